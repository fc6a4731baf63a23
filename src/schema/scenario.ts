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

/** A scenario file: the scenarios of one rule set. */
export const ScenarioFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
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

/** A scenario file as written. */
export type ScenarioFile = z.input<typeof ScenarioFileSchema>;
/** One scenario as written. */
export type Scenario = z.input<typeof ScenarioSchema>;

/** A list of scenario files: what `runScenarios` takes. */
export const ScenarioFilesSchema = /* @__PURE__ */ (() => z.array(ScenarioFileSchema).check(z.maxLength(1_000)))();
