import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';
import { ConditionSchema } from './condition';
import { RuleSetIdSchema } from './nomination';

/** A clause ID of the plan, as the plan's clause list names it (e.g. `III.2.1.1.a-collective-1`). */
export const ClauseIdSchema = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100)))();

const NodeBase = {
  /** The clause ID this node quotes (a leaf), or the structural group it stands for. */
  id: ClauseIdSchema,
  /** The plan's Vietnamese text, quoted exactly, and an English gloss. */
  text: BilingualTextSchema,
  /** A short name for the criterion, used in reasons. */
  label: BilingualTextSchema,
  /** The reading the library takes, where the text needs one. */
  note: z.optional(BilingualTextSchema),
  /** Sub-points of the clause, quoted exactly (e.g. the PAR index thresholds per block). */
  items: z.optional(z.array(BilingualTextSchema)),
};

/** A criterion that reads facts. */
export const CriterionLeafSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...NodeBase,
    conditions: ConditionSchema,
  }))();
export type CriterionLeaf = z.infer<typeof CriterionLeafSchema>;

/** A criterion node: a leaf with conditions, or a group whose children combine by `all` or `any`. */
export type CriterionNode = CriterionLeaf | (Omit<CriterionLeaf, 'conditions'> & { logic: 'all' | 'any'; children: CriterionNode[] });

export const CriterionNodeSchema: z.ZodMiniType<CriterionNode> = /* @__PURE__ */ (() =>
  z.lazy(() =>
    z.union([
      CriterionLeafSchema,
      z.strictObject({
        ...NodeBase,
        logic: z.enum(['all', 'any']),
        children: z.array(CriterionNodeSchema).check(z.minLength(1)),
      }),
    ]),
  ))();

/** An award the rule set leads to, with the clause that names it. */
export const AwardSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    clause: ClauseIdSchema,
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }))();
export type Award = z.infer<typeof AwardSchema>;

/** A priority criterion (III.1.2-c, III.2.1.1.b-priority): used to order eligible nominees. */
export const PriorityCriterionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    clause: ClauseIdSchema,
    text: BilingualTextSchema,
    conditions: ConditionSchema,
  }))();
export type PriorityCriterion = z.infer<typeof PriorityCriterionSchema>;

/** A rule set file (`rules/<id>.json`). */
export const RuleSetSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('rule-set'),
    id: RuleSetIdSchema,
    clause: ClauseIdSchema,
    title: BilingualTextSchema,
    /** Annual rule sets need the assessment year of a nomination. */
    requiresYear: z.boolean(),
    /** Clauses the whole rule set rests on besides its criteria (who may be commended; award fits subject). */
    basis: z.array(ClauseIdSchema),
    awards: z.strictObject({ collective: AwardSchema, individual: AwardSchema }),
    criteria: z.strictObject({ collective: CriterionNodeSchema, individual: CriterionNodeSchema }),
    priority: z.array(PriorityCriterionSchema),
  }))();
export type RuleSet = z.infer<typeof RuleSetSchema>;
