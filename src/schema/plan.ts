import * as z from 'zod/mini';
import { visibleId } from './identifier';
import { BilingualTextSchema } from '../ground/lang';
import { ClauseIdSchema, RuleSetSchema } from './ruleSet';
import { QuotasSchema } from './quotas';
import { ParametersSchema } from './parameters';
import { DeadlinesFileSchema, DeadlineTrackDefinitionSchema } from './deadlines';
import { PlanCalendarSchema } from './calendar';

const PlainDateSchema = /* @__PURE__ */ (() => z.iso.date())();

const LegalBasisSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    date: PlainDateSchema,
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }))();

/** `rules/plan.json`: who issued the plan, its title, period, legal bases and version. */
export const PlanMetaSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), visibleId),
    version: z.string().check(z.minLength(1), visibleId),
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
    period: z.strictObject({
      from: z.int(),
      to: z.int(),
      /**
       * The day whose version of the criteria judges the period summary (a nomination without
       * an assessment year), with the reading that chose it; left out, the period's last day.
       */
      criteriaDate: z.optional(z.strictObject({ date: PlainDateSchema, note: BilingualTextSchema })),
    }),
    legalBases: z.array(LegalBasisSchema),
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
 * An amendment (điều chỉnh, bổ sung kế hoạch): a new version of the plan that, from its
 * effective date, replaces the named rule sets (by id), the named deadline tracks (by id),
 * or the quotas or parameters as a whole. Earlier versions are kept: a function picks the
 * version in force on the date that matters.
 */
export const AmendmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('amendment'),
    /** The new version's number, e.g. `1.1.0`. */
    version: z.string().check(z.minLength(1)),
    /** From this Vietnam date on, the amended version is in force. */
    effectiveFrom: PlainDateSchema,
    /** What the amendment is, in both languages. */
    title: BilingualTextSchema,
    /** The decisions that amend the plan. */
    legalBases: z.optional(z.array(LegalBasisSchema)),
    replaces: z.strictObject({
      ruleSets: z.optional(z.array(RuleSetSchema).check(z.minLength(1))),
      deadlines: z.optional(z.strictObject({ tracks: z.array(DeadlineTrackDefinitionSchema).check(z.minLength(1)) })),
      quotas: z.optional(QuotasSchema),
      parameters: z.optional(ParametersSchema),
    }),
  }))();
export type Amendment = z.infer<typeof AmendmentSchema>;

/** What evaluating nominations needs of a plan: its metadata, clause list and rule sets. */
export const PlanCoreSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    meta: PlanMetaSchema,
    clauses: ClauseListSchema,
    ruleSets: z.array(RuleSetSchema).check(z.minLength(1)),
  }))();
export type PlanCore = z.infer<typeof PlanCoreSchema>;

/**
 * A whole plan as data: what `definePlan` takes. The bundled Vĩnh Bảo plan is one value of it;
 * another commune's plan, or an amended one, is another.
 */
export const PlanDefinitionSchema = /* @__PURE__ */ (() =>
  z.extend(PlanCoreSchema, {
    /** `rules/deadlines.json` (III.3): the tracks and milestones `checkDeadline` uses; optional for a plan without deadlines. */
    deadlines: z.optional(DeadlinesFileSchema),
    /** `rules/quotas.json` (III.1.2-b, III.2.1.1.b, III.2.1.2.b, III.2.2.b): what `allocateQuota` applies; optional for a plan without quotas. */
    quotas: z.optional(QuotasSchema),
    /** `rules/parameters/*.json`: dated base salary, award coefficients and rounding for award money; optional. */
    parameters: z.optional(ParametersSchema),
    /**
     * The Government's official days off by year (`rules/calendar/YYYY.json` files): for the
     * years it lists, `checkDeadline` uses them instead of the bundled calendar; optional.
     */
    calendar: z.optional(PlanCalendarSchema),
    /** Later versions of the plan, in the order they take effect. */
    amendments: z.optional(z.array(AmendmentSchema)),
  }))();
export type PlanDefinition = z.input<typeof PlanDefinitionSchema>;
