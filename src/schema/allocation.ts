import * as z from 'zod/mini';
import { LangSchema } from '../ground/lang';
import { CallOptionsSchema } from './options';
import { CriterionNodeFields, EvaluationSchema, OutcomeSchema } from './evaluation';
import { UnitBlockSchema } from './facts';
import { IdSchema, NomineeKindSchema, RuleSetIdSchema } from './nomination';
import { ConfidenceSchema } from './calendar';
import { PlainDateSchema, RoundingModeSchema } from './parameters';
import { BudgetModeSchema } from './quotas';
import { AwardSchema, ClauseIdSchema } from './ruleSet';
import type { IssueParams } from '../validation/issue';

/**
 * A date of an award decision, `YYYY-MM-DD`, in the years 1900–2200 (those `YearSchema`
 * allows): a decision in year 0001 or 9999 is a typing error, not a date the plan can speak of.
 */
export const DecisionDateSchema = /* @__PURE__ */ (() =>
  PlainDateSchema.check(
    z.refine((d: string) => /^(?:19\d\d|2[01]\d\d|2200)-/.test(d), { params: { reason: 'date_in_range' } satisfies IssueParams['custom'] }),
  ))();

/** An award given earlier (III.1.2-b): the achievement it commended, the award, and when it was decided. */
export const HistoryEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The host's achievement ID, as in `nomination.achievements[].id` (trimmed, NFC). */
    achievementId: IdSchema,
    /** The award given, e.g. `giay-khen-chu-tich-ubnd-xa`; any award form counts (one achievement, one award). */
    award: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    decidedOn: DecisionDateSchema,
  }))();
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/**
 * The root of an evaluation's criteria tree, as allocateQuota checks it: the root node in
 * full (its clause ID, result, texts, facts), its children only as a list. allocateQuota reads
 * the root's ID and result (the outcome must follow from it) and nothing below.
 */
export const CriterionRootSchema = /* @__PURE__ */ (() => z.strictObject({ ...CriterionNodeFields, children: z.optional(z.array(z.unknown())) }))();

/**
 * An evaluation as allocateQuota takes it: EvaluationSchema, every field checked as there,
 * except that the criteria tree is checked at its root only. The allocation never reads below
 * the root, and checking every node of 100,000 trees would cost more than the allocation
 * itself; the consistency checks (outcome follows from the root's result, the root is the rule
 * set's, the priority criteria are the rule set's) still refuse what evaluateNomination did not
 * make. Every Evaluation fits it.
 */
export const EvaluationInputSchema = /* @__PURE__ */ (() => z.extend(EvaluationSchema, { criteria: CriterionRootSchema }))();
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

/** The levels `allocateQuota` allocates: the plan's rule sets. */
export const AllocationLevelSchema = RuleSetIdSchema;

/**
 * Options of `allocateQuota`: the options every function shares (`lang`, `plan`, `planVersion`:
 * left out, the version the evaluations were made under, which must be one) and its own.
 * Unknown keys are refused.
 */
export const AllocateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The rule set whose quota applies: every evaluation must be of this rule set, which the plan declares. */
    level: AllocationLevelSchema,
    /** The commune's award budget in đồng (grassroots and period levels); needs `decisionDate`. */
    budgetVnd: z.optional(z.int().check(z.minimum(0))),
    /** The date of the award decision (`YYYY-MM-DD`): picks the base salary and coefficients in force. */
    decisionDate: z.optional(DecisionDateSchema),
    /**
     * How the budget is spent across priority tiers (`strict` or `fill`, see BudgetModeSchema);
     * the level's mode in rules/quotas.json when left out. Only where a budget applies.
     */
    budgetRule: z.optional(BudgetModeSchema),
    /** Rounding mode of award money; the parameter file's default (`up`) when left out. */
    rounding: z.optional(RoundingModeSchema),
    /** Earlier awards: an achievement listed here is not commended again (III.1.2-b). */
    history: z.optional(z.array(HistoryEntrySchema).check(z.maxLength(1_000_000))),
    ...CallOptionsSchema.shape,
  }))();

/** Why a nomination is not selected. */
export const NOT_SELECTED_REASONS = ['ineligible', 'undetermined', 'quota', 'budget', 'duplicate-achievement', 'tie-at-cutoff'] as const;
export const NotSelectedReasonSchema = /* @__PURE__ */ (() => z.enum(NOT_SELECTED_REASONS))();
export type NotSelectedReason = z.infer<typeof NotSelectedReasonSchema>;

/** One nomination's place in the allocation. */
export const AllocationEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    nominationId: z.string().check(z.minLength(1)),
    nomineeName: z.string().check(z.minLength(1)),
    nomineeKind: NomineeKindSchema,
    unit: z.strictObject({ id: z.string().check(z.minLength(1)), name: z.optional(z.string()), block: z.optional(UnitBlockSchema) }),
    outcome: OutcomeSchema,
    /**
     * The priority tier (rules/quotas.json priorityTiers), higher first: by default 1 when at
     * least one priority item (III.1.2-c, III.2.1.1.b-priority) is met, else 0. Items are never
     * summed for ranking; `priorityMet` lists them.
     */
    priorityScore: z.int().check(z.minimum(0)),
    /** The IDs of the priority criteria met. */
    priorityMet: z.array(z.string()),
    award: AwardSchema,
    /** The achievements the nomination rests on (III.1.2-b). */
    achievementIds: z.array(z.string()),
    /** The clause that decided the entry's place. */
    clause: ClauseIdSchema,
    /** One sentence in the chosen language, citing `clause`. */
    explanation: z.string().check(z.minLength(1)),
    /** Award money in đồng, when a decision date was given and the nomination was judged. */
    moneyVnd: z.optional(z.int().check(z.minimum(0))),
  }))();
export type AllocationEntry = z.infer<typeof AllocationEntrySchema>;

/** A nomination not selected, with the reason. */
export const NotSelectedEntrySchema = /* @__PURE__ */ (() => z.extend(AllocationEntrySchema, { reason: NotSelectedReasonSchema }))();
export type NotSelectedEntry = z.infer<typeof NotSelectedEntrySchema>;

// Module-level values built by calls are wrapped in pure-annotated functions, as the schemas are:
// once the library is bundled into one file, a host's bundler can drop only what is marked pure.
const TieBase = /* @__PURE__ */ (() => ({
  clause: ClauseIdSchema,
  /** The priority tier every nomination of the tie shares. */
  priorityScore: z.int().check(z.minimum(0)),
  /** The nominations that tie, in the documented order; at least two. */
  nominationIds: z.array(z.string()).check(z.minLength(2)),
  explanation: z.string().check(z.minLength(1)),
}))();

/** Nominations of equal priority that straddle a cutoff: the council decides, the library does not. */
export const TieSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('cutoff', [
    z.strictObject({
      cutoff: z.literal('quota'),
      ...TieBase,
      unitId: z.string().check(z.minLength(1)),
      nomineeKind: NomineeKindSchema,
      /** The places of the unit's quota still open, fewer than the nominations. */
      places: z.int().check(z.minimum(1)),
    }),
    z.strictObject({
      cutoff: z.literal('achievement'),
      ...TieBase,
      /** The achievements two or more of these nominations claim. */
      achievementIds: z.array(z.string()).check(z.minLength(1)),
    }),
    z.strictObject({
      cutoff: z.literal('budget'),
      ...TieBase,
      /** The budget left for these nominations, less than their total money. */
      remainingVnd: z.int().check(z.minimum(0)),
    }),
  ]))();
export type Tie = z.infer<typeof TieSchema>;

/** One place an achievement is claimed: a nomination of the batch, or an earlier award. */
export const AchievementPlaceSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('source', [
    z.strictObject({ source: z.literal('batch'), nominationId: z.string().check(z.minLength(1)), nomineeName: z.string().check(z.minLength(1)) }),
    z.strictObject({ source: z.literal('history'), award: z.string().check(z.minLength(1)), decidedOn: PlainDateSchema }),
  ]))();
export type AchievementPlace = z.infer<typeof AchievementPlaceSchema>;

/** An achievement claimed in more than one place (III.1.2-b), with every place. */
export const DuplicateSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    achievementId: z.string().check(z.minLength(1)),
    clause: ClauseIdSchema,
    /** Earlier awards first (by date), then the batch's nominations in the documented order. */
    places: z.array(AchievementPlaceSchema).check(z.minLength(2)),
    /** The nomination selected for it in this allocation, if any. */
    selectedNominationId: z.nullable(z.string()),
  }))();
export type Duplicate = z.infer<typeof DuplicateSchema>;

const Provenance = /* @__PURE__ */ (() => ({ from: PlainDateSchema, reference: z.string().check(z.minLength(1)), confidence: ConfidenceSchema }))();

/** The money parameters used, with their sources: present when a decision date was given. */
export const AllocationMoneySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    decisionDate: PlainDateSchema,
    /** Who pays the awards of this level: the commune (bounded by its budget), or the city. */
    payer: z.enum(['commune', 'city', 'state']),
    baseSalary: z.strictObject({ valueVnd: z.int().check(z.positive()), ...Provenance }),
    rounding: z.strictObject({
      unitVnd: z.int().check(z.positive()),
      mode: RoundingModeSchema,
      /** `parameter` when the default mode of the parameter file was used, `option` when the caller chose it. */
      modeFrom: z.enum(['parameter', 'option']),
      ...Provenance,
    }),
    /** The money of each award of the level, per nominee kind. */
    awards: z.array(
      z.strictObject({
        award: z.string().check(z.minLength(1)),
        nomineeKind: NomineeKindSchema,
        coefficient: z.number().check(z.positive()),
        moneyVnd: z.int().check(z.minimum(0)),
        ...Provenance,
      }),
    ),
    budgetVnd: z.nullable(z.int().check(z.minimum(0))),
    /** `budgetVnd` less the money of the selected, when a budget was given. */
    remainingVnd: z.nullable(z.int().check(z.minimum(0))),
  }))();
export type AllocationMoney = z.infer<typeof AllocationMoneySchema>;

/**
 * The answer of `allocateQuota`: plain JSON. Every input evaluation appears exactly once, in
 * `selected`, `notSelected` or `outsideQuota` (III.2.1.2.b-discretionary, listed apart and
 * not judged). Every list is in the documented order, so the result does not depend on the
 * order of the input.
 */
export const AllocationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    level: AllocationLevelSchema,
    planId: z.string().check(z.minLength(1)),
    planVersion: z.string().check(z.minLength(1)),
    /** The assessment year shared by the batch (annual levels), `null` otherwise or for an empty batch. */
    year: z.nullable(z.int()),
    lang: LangSchema,
    selected: z.array(AllocationEntrySchema),
    notSelected: z.array(NotSelectedEntrySchema),
    outsideQuota: z.array(AllocationEntrySchema),
    ties: z.array(TieSchema),
    duplicates: z.array(DuplicateSchema),
    totals: z.strictObject({
      collectives: z.int().check(z.minimum(0)),
      individuals: z.int().check(z.minimum(0)),
      /** Award money of the selected; `null` when no decision date was given (money not computed). */
      moneyVnd: z.nullable(z.int().check(z.minimum(0))),
    }),
    money: z.nullable(AllocationMoneySchema),
    notes: z.array(z.string()),
  }))();
export type Allocation = z.infer<typeof AllocationSchema>;
