import * as z from 'zod/mini';
import { BilingualTextSchema, LangSchema } from '../ground/lang';
import { FactNameSchema, type FactName, UnitBlockSchema } from './facts';
import { visibleId } from './identifier';
import { NomineeKindSchema, RuleSetIdSchema } from './nomination';
import { AwardSchema } from './ruleSet';

/** `'met'`, `'not-met'`, or `'unknown'` when a fact it needs is missing. */
export const CRITERION_STATUSES = ['met', 'not-met', 'unknown'] as const;
export const CriterionStatusSchema = /* @__PURE__ */ (() => z.enum(CRITERION_STATUSES))();
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

/** A fact's value as a criterion read it; `null` when the fact is unknown. */
export const FactValueSchema = /* @__PURE__ */ (() => z.union([z.boolean(), z.number(), z.string(), z.array(z.union([z.number(), z.string()])), z.null()]))();
export type FactValue = z.infer<typeof FactValueSchema>;

/** The result of one criterion of the plan, with its clause ID and text, and its children. */
export interface CriterionResult {
  /** The clause ID (leaf) or the structural group (all/any). */
  id: string;
  logic?: 'all' | 'any';
  result: CriterionStatus;
  /** The plan's Vietnamese text and the English gloss. */
  text: { vi: string; en: string };
  label: { vi: string; en: string };
  /** The facts this criterion read, `null` for unknown (leaves only). */
  facts?: Record<string, FactValue>;
  /** The unknown facts that would decide it (unknown leaves only). */
  missingFacts?: FactName[];
  children?: CriterionResult[];
}

/** The fields of one criterion result, its children apart (allocateQuota checks a tree's root with them). */
export const CriterionNodeFields = /* @__PURE__ */ (() => ({
  id: z.string().check(z.minLength(1)),
  logic: z.optional(z.enum(['all', 'any'])),
  result: CriterionStatusSchema,
  text: BilingualTextSchema,
  label: BilingualTextSchema,
  facts: z.optional(z.record(z.string(), FactValueSchema)),
  missingFacts: z.optional(z.array(FactNameSchema)),
}))();

export const CriterionResultSchema: z.ZodMiniType<CriterionResult> = /* @__PURE__ */ (() =>
  z.lazy(() => z.strictObject({ ...CriterionNodeFields, children: z.optional(z.array(CriterionResultSchema)) })))();

/** `'eligible'`, `'ineligible'`, or `'undetermined'` when the facts given cannot decide. */
export const OUTCOMES = ['eligible', 'ineligible', 'undetermined'] as const;
export const OutcomeSchema = /* @__PURE__ */ (() => z.enum(OUTCOMES))();
export type Outcome = z.infer<typeof OutcomeSchema>;

/** A priority criterion's result (III.1.2-c, III.2.1.1.b-priority). */
export const PriorityResultSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    clause: z.string().check(z.minLength(1)),
    result: CriterionStatusSchema,
  }))();

/** What an evaluation carries for ordering: each priority criterion and how many are met. */
export const PrioritySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    score: z.int().check(z.minimum(0)),
    criteria: z.array(PriorityResultSchema),
  }))();
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * The answer of `evaluateNomination`: plain JSON, safe to store or send as it is. Its IDs
 * (nomination, unit, achievements) are read back in the canonical form IDs are compared in:
 * trimmed, without control or format characters (then put in NFC by allocateQuota).
 */
export const EvaluationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    nominationId: z.string().check(z.trim(), z.minLength(1), visibleId),
    ruleSet: RuleSetIdSchema,
    planId: z.string().check(z.minLength(1)),
    planVersion: z.string().check(z.minLength(1)),
    year: z.nullable(z.int()),
    nomineeKind: NomineeKindSchema,
    nomineeName: z.string().check(z.minLength(1)),
    unit: z.strictObject({
      id: z.string().check(z.trim(), z.minLength(1), visibleId),
      name: z.optional(z.string()),
      block: z.optional(UnitBlockSchema),
    }),
    award: AwardSchema,
    outcome: OutcomeSchema,
    criteria: CriterionResultSchema,
    missingFacts: z.array(FactNameSchema),
    reasons: z.array(z.string()),
    lang: LangSchema,
    achievements: z.array(
      z.strictObject({ id: z.string().check(z.trim(), z.minLength(1), visibleId), title: z.optional(z.string()), year: z.optional(z.int()) }),
    ),
    priority: PrioritySchema,
    submittedAt: z.optional(z.string()),
    /** Proposed outside the per-unit quota (III.2.1.2.b-discretionary). */
    outsideQuota: z.boolean(),
  }))();

/** The answer of `evaluateNomination`. */
export type Evaluation = z.infer<typeof EvaluationSchema>;
