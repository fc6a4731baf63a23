import * as z from 'zod/mini';
import { BilingualTextSchema } from '../i18n/lang';
import { ClauseIdSchema, RuleSetSchema } from './ruleSet';
import { QuotasSchema } from './quotas';
import { ParametersSchema } from './parameters';
import { DeadlinesFileSchema } from './deadlines';

const PlainDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/** `rules/plan.json`: who issued the plan, its title, period, legal bases and version. */
export const PlanMetaSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    effectiveFrom: PlainDateSchema,
    documentNumber: z.string().check(z.minLength(1)),
    issuedAt: z.strictObject({
      place: z.string().check(z.minLength(1)),
      date: z.nullable(PlainDateSchema),
      note: z.optional(BilingualTextSchema),
    }),
    issuer: BilingualTextSchema,
    signatory: z.optional(z.strictObject({ name: z.string().check(z.minLength(1)), title: BilingualTextSchema })),
    title: BilingualTextSchema,
    period: z.strictObject({ from: z.int(), to: z.int() }),
    legalBases: z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        date: PlainDateSchema,
        vi: z.string().check(z.minLength(1)),
        en: z.string().check(z.minLength(1)),
      }),
    ),
    ruleSets: z.array(z.string().check(z.minLength(1))),
  }))();
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

/** `rules/clauses.json`: the plan's clause IDs, with a summary of each. */
export const ClauseListSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    source: z.string(),
    clauses: z.array(
      z.strictObject({
        id: ClauseIdSchema,
        section: z.string().check(z.minLength(1)),
        kind: z.enum(['clause', 'section', 'group']),
        summary: z.strictObject({ vi: z.optional(z.string()), en: z.string().check(z.minLength(1)) }),
      }),
    ),
  }))();
export type ClauseList = z.infer<typeof ClauseListSchema>;

/**
 * A whole plan as data: what `definePlan` takes. The bundled Vĩnh Bảo plan is one value of it;
 * another commune's plan, or an amended one, is another.
 */
export const PlanDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    meta: PlanMetaSchema,
    clauses: ClauseListSchema,
    ruleSets: z.array(RuleSetSchema).check(z.minLength(1)),
    /** `rules/deadlines.json` (III.3): the tracks and milestones `checkDeadline` uses; optional for a plan without deadlines. */
    deadlines: z.optional(DeadlinesFileSchema),
    /** `rules/quotas.json` (III.1.2-b, III.2.1.1.b, III.2.1.2.b, III.2.2.b): what `allocateQuota` applies; optional for a plan without quotas. */
    quotas: z.optional(QuotasSchema),
    /** `rules/parameters/*.json`: dated base salary, award coefficients and rounding for award money; optional. */
    parameters: z.optional(ParametersSchema),
  }))();
export type PlanDefinition = z.input<typeof PlanDefinitionSchema>;
