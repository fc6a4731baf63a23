import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';
import { NomineeKindSchema, RuleSetIdSchema } from './nomination';
import { ClauseIdSchema } from './ruleSet';

/** A clause of the plan, quoted: its ID, the Vietnamese text and an English gloss. */
const QuotedClause = {
  clause: ClauseIdSchema,
  text: BilingualTextSchema,
};

/**
 * How many a level may select. `per-unit` (III.2.1.2.b-quota): each proposing unit at most
 * `limits[kind]` nominees of each kind. `no-fixed-number` (III.2.1.1.b-quantity,
 * III.2.2.b-quantity): the Chairman decides, within the budget when one is given.
 */
export const QuantitySchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('per-unit'),
      ...QuotedClause,
      limits: z.strictObject({ collective: z.int().check(z.minimum(0), z.maximum(1000)), individual: z.int().check(z.minimum(0), z.maximum(1000)) }),
    }),
    z.strictObject({ kind: z.literal('no-fixed-number'), ...QuotedClause }),
  ]))();
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * How the budget is spent across priority tiers (III.2.1.1.b-quantity leaves it to the
 * Chairman; docs/readings.md). `strict`: once a tier does not fit (a nomination of it, or the
 * tier's tie at the budget), no lower tier is selected. `fill`: once a tier is settled, or its
 * tie at the budget has the money it could take set aside, lower-tier nominations that fit the
 * money left are selected, tier by tier.
 */
export const BudgetModeSchema = /* @__PURE__ */ (() => z.enum(['strict', 'fill']))();
export type BudgetMode = z.infer<typeof BudgetModeSchema>;

/**
 * Whether the commune's award budget bounds a level. Where it does (`applies: true`), a
 * `budgetVnd` keeps the selection within it; where it does not (the city pays its Bằng khen),
 * a `budgetVnd` is refused rather than silently ignored.
 */
export const BudgetRuleSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('applies', [
    z.strictObject({
      applies: z.literal(true),
      payer: z.literal('commune'),
      ...QuotedClause,
      /** The level's default budget mode; `allocateQuota`'s `budgetRule` may choose the other. */
      mode: BudgetModeSchema,
    }),
    z.strictObject({
      applies: z.literal(false),
      payer: z.enum(['city', 'state']),
      /** Why the commune budget does not bound this level. */
      note: BilingualTextSchema,
    }),
  ]))();
export type BudgetRule = z.infer<typeof BudgetRuleSchema>;

/**
 * One priority tier above the rest: the nominations meeting at least `meetsAtLeast` items of the
 * level's priority clauses (III.1.2-c, III.2.1.1.b-priority). Items are never summed for ranking:
 * a nomination's tier is the number of declared tiers it reaches, and within a tier nobody is
 * preferred.
 */
export const PriorityTierSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    meetsAtLeast: z.int().check(z.minimum(1), z.maximum(1000)),
    text: BilingualTextSchema,
  }))();
export type PriorityTier = z.infer<typeof PriorityTierSchema>;

/** What one level (rule set) allows: how many, whether a budget applies, proposals outside the quota. */
export const LevelQuotaSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * The tiers above the rest, highest first (`meetsAtLeast` strictly decreasing); every
     * nomination reaching none is in the last tier, the rest. Default: one, `prioritised`
     * (at least one item met).
     */
    priorityTiers: z.array(PriorityTierSchema).check(
      z.maxLength(1000),
      z.refine((tiers) => tiers.every((t, k) => k === 0 || t.meetsAtLeast < (tiers[k - 1] as PriorityTier).meetsAtLeast), {
        message: 'priorityTiers: meetsAtLeast must decrease strictly, highest tier first',
      }),
    ),
    quantity: QuantitySchema,
    budget: BudgetRuleSchema,
    /** III.2.1.2.b-discretionary: proposals flagged `outsideQuota` are listed apart, not judged. */
    discretionary: z.optional(z.strictObject(QuotedClause)),
    note: z.optional(BilingualTextSchema),
  }))();
export type LevelQuota = z.infer<typeof LevelQuotaSchema>;

/** The keys that order candidates of equal priority, for presentation only. */
export const PresentationKeySchema = /* @__PURE__ */ (() => z.enum(['nomineeKind', 'unitId', 'nominationId']))();
export type PresentationKey = z.infer<typeof PresentationKeySchema>;

/**
 * `rules/quotas.json`: the quantity clauses of the plan (III.2.1.1.b, III.2.1.2.b, III.2.2.b),
 * the one-achievement-one-award principle (III.1.2-b), and the documented order.
 */
export const QuotasSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('quotas'),
    description: BilingualTextSchema,
    /** III.1.2-b: one achievement is commended once. */
    oneAchievementOneAward: z.strictObject(QuotedClause),
    /**
     * The only key that decides who comes first: the priority tier (each level's
     * `priorityTiers`, from the items of III.1.2-c and III.2.1.1.b-priority met), highest first.
     */
    ranking: z.strictObject({
      rule: z.literal('priority-tiers'),
      note: BilingualTextSchema,
    }),
    /**
     * How candidates of equal priority are listed. Never decides who gets a place: equal
     * priority at a cutoff is a tie for the council. Must end in `nominationId` to be total.
     */
    presentationOrder: z.strictObject({
      keys: z.array(PresentationKeySchema).check(z.minLength(1)),
      nomineeKinds: z.array(NomineeKindSchema).check(z.length(2)),
      note: BilingualTextSchema,
    }),
    /** What each budget mode does below a tier that does not fit the budget. */
    budgetOrder: z.strictObject({
      strict: z.strictObject({ note: BilingualTextSchema }),
      fill: z.strictObject({ note: BilingualTextSchema }),
    }),
    /** What a tie reserves for the candidates below it. */
    ties: z.strictObject({ note: BilingualTextSchema }),
    /** Per level (rule set ID); a level left out cannot be allocated. */
    levels: z.record(RuleSetIdSchema, LevelQuotaSchema),
  }))();
export type Quotas = z.infer<typeof QuotasSchema>;
