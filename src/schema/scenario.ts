import * as z from 'zod/mini';
import { CriterionStatusSchema, OutcomeSchema } from './evaluation';
import { NomineeKindSchema, PlanIdSchema, YearSchema } from './nomination';
import { ClauseIdSchema } from './ruleSet';

// A scenario file: legal scenarios of one rule set, each a sentence of the plan with the facts
// it is about and the results the plan gives them. The library's own are in rules/scenarios/;
// a host writes its own in the same format and runs them with runScenarios or
// `thi-dua-cchc test`. Facts and units are checked when the nomination is built from them (as
// any nomination is), so a misspelt fact is named with its path in the file.

/** Facts as a scenario writes them: any fact of the nomination format; `null` (in a case) makes it unknown. */
const ScenarioFactsSchema = /* @__PURE__ */ (() => z.record(z.string(), z.unknown()))();

/** A unit as a scenario writes it; checked as a nomination's unit. */
const ScenarioUnitSchema = /* @__PURE__ */ (() => z.record(z.string(), z.unknown()))();

/** What the plan says the result is. */
export const ScenarioExpectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The evaluation's outcome. */
    outcome: OutcomeSchema,
    /** Result of each named criterion (a node of the criteria tree, by its clause ID). */
    criteria: z.record(ClauseIdSchema, CriterionStatusSchema),
    /** The facts still needed, when the outcome is `undetermined` (in the evaluation's order). */
    missingFacts: z.optional(z.array(z.string())),
  }))();

/** One legal scenario. */
export const ScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A sentence: what the case is, in the plan's words where it can be. */
    name: z.string().check(z.minLength(1), z.maxLength(1000)),
    kind: NomineeKindSchema,
    /** Applied to the file's base facts for the kind; `null` removes a fact (it becomes unknown). */
    facts: ScenarioFactsSchema,
    /** Replaces the file's unit. */
    unit: z.optional(ScenarioUnitSchema),
    /** Replaces the file's year. */
    year: z.optional(YearSchema),
    expect: ScenarioExpectSchema,
    /**
     * Clauses outside the criteria tree that the case exercises: the rule set's `basis` (met when
     * eligible for the award of the kind, not met when ineligible) and the priority clauses (met
     * when one priority criterion citing it is met, not met when all are not met).
     */
    exercises: z.optional(z.record(ClauseIdSchema, z.enum(['met', 'not-met']))),
  }))();

/** An evaluation scenario file: the scenarios of one rule set. */
export const EvaluationScenarioFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What the file holds (optional: a file with a `ruleSet` holds evaluation scenarios). */
    kind: z.optional(z.literal('evaluation-scenarios')),
    /** The rule set the scenarios are about (any rule set of the plan they run against). */
    ruleSet: PlanIdSchema,
    /** The clause of the plan the rule set stands for. */
    clause: ClauseIdSchema,
    /** What the file is, for readers. */
    description: z.string(),
    /** The assessment year of every case that gives none. */
    year: z.optional(YearSchema),
    /** The proposing unit of every case that gives none. */
    unit: ScenarioUnitSchema,
    /** The facts each case starts from, by nominee kind. */
    bases: z.partialRecord(NomineeKindSchema, ScenarioFactsSchema),
    cases: z.array(ScenarioSchema).check(z.minLength(1), z.maxLength(10_000)),
  }))();

/** One deadline scenario: the input of `checkDeadline` and what the plan says of it. */
export const DeadlineScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A sentence: what the case is. */
    name: z.string().check(z.minLength(1), z.maxLength(1000)),
    /** The clause of III.3 the case is about; the check must cite it. */
    clause: ClauseIdSchema,
    /** `checkDeadline`'s input (checked as such). */
    input: z.record(z.string(), z.unknown()),
    /**
     * The fields of the check that matter, matched partly: each field given must be equal (an
     * object's fields in turn, a list's entries in order); `milestones` by milestone ID.
     */
    expect: z.catchall(z.strictObject({ milestones: z.record(z.string(), z.record(z.string(), z.unknown())) }), z.unknown()),
    /** The clauses the case exercises: met when no milestone citing it is late and one is on time (or has no calendar deadline), not met when one is late. */
    exercises: z.optional(z.record(ClauseIdSchema, z.enum(['met', 'not-met']))),
  }))();

/** A deadline scenario file (III.3). */
export const DeadlineScenarioFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('deadline-scenarios'),
    clause: ClauseIdSchema,
    description: z.string(),
    cases: z.array(DeadlineScenarioSchema).check(z.minLength(1), z.maxLength(10_000)),
  }))();

/** A nomination of a quota scenario, in short: its facts come from a preset of the file, then its own. */
export const QuotaScenarioNominationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The nominee's name (`Hồ sơ <id>` when left out). */
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    kind: NomineeKindSchema,
    /** The proposing unit's ID. */
    unit: z.string().check(z.minLength(1), z.maxLength(200)),
    block: z.optional(z.string()),
    /** The name of the file's preset the facts start from. */
    preset: z.string().check(z.minLength(1)),
    facts: z.optional(z.record(z.string(), z.unknown())),
    /** Achievement IDs (`tk-<id>` when left out: one achievement of its own). */
    achievements: z.optional(z.array(z.string())),
    outsideQuota: z.optional(z.boolean()),
  }))();

/** One quota scenario: nominations of one level, the allocation's options, and what the plan says of the allocation. */
export const QuotaScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(1000)),
    /** The level allocated (a rule set of the plan); every nomination is of it. */
    level: PlanIdSchema,
    /** `allocateQuota`'s options less level, plan and language (checked as such). */
    options: z.optional(z.record(z.string(), z.unknown())),
    nominations: z.array(QuotaScenarioNominationSchema).check(z.maxLength(10_000)),
    /**
     * The allocation: the IDs selected and outside the quota, and `[id, reason]` not selected, in
     * the documented order (a list left out must be empty); ties and duplicates matched partly,
     * in order; `totals` field by field; each named nomination's clause and money; the money left.
     */
    expect: z.strictObject({
      selected: z.optional(z.array(z.string())),
      notSelected: z.optional(z.array(z.tuple([z.string(), z.string()]))),
      outsideQuota: z.optional(z.array(z.string())),
      ties: z.optional(z.array(z.record(z.string(), z.unknown()))),
      duplicates: z.optional(z.array(z.record(z.string(), z.unknown()))),
      clauses: z.optional(z.record(z.string(), ClauseIdSchema)),
      money: z.optional(z.record(z.string(), z.number())),
      remainingVnd: z.optional(z.number()),
      totals: z.optional(z.record(z.string(), z.unknown())),
    }),
    /** Per clause, the nominations with which the case exercises it met and not met. */
    exercises: z.optional(z.record(ClauseIdSchema, z.strictObject({ met: z.optional(z.array(z.string())), 'not-met': z.optional(z.array(z.string())) }))),
  }))();

/** A quota scenario file (III.1.2-b, III.1.2-c, III.2.1.1.b, III.2.1.2.b, III.2.2.b). */
export const QuotaScenarioFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('quota-scenarios'),
    description: z.string(),
    /** The assessment year of every nomination. */
    year: YearSchema,
    /** Named fact sets the nominations start from. */
    presets: z.record(z.string(), z.record(z.string(), z.unknown())),
    cases: z.array(QuotaScenarioSchema).check(z.minLength(1), z.maxLength(10_000)),
  }))();

/**
 * A scenario file: evaluation scenarios (a rule set's, with `ruleSet`), deadline scenarios
 * (`kind: 'deadline-scenarios'`) or quota scenarios (`kind: 'quota-scenarios'`). `runScenarios`
 * reads each by its kind.
 */
export const ScenarioFileSchema = /* @__PURE__ */ (() => z.union([EvaluationScenarioFileSchema, DeadlineScenarioFileSchema, QuotaScenarioFileSchema]))();

/** A scenario file as written. */
export type ScenarioFile = z.input<typeof ScenarioFileSchema>;
/** An evaluation scenario file as written. */
export type EvaluationScenarioFile = z.input<typeof EvaluationScenarioFileSchema>;
/** A deadline scenario file as written. */
export type DeadlineScenarioFile = z.input<typeof DeadlineScenarioFileSchema>;
/** A quota scenario file as written. */
export type QuotaScenarioFile = z.input<typeof QuotaScenarioFileSchema>;
/** One evaluation scenario as written. */
export type Scenario = z.input<typeof ScenarioSchema>;
