// Named exports only, nothing runs at import time. README's "API" section lists every name
// exported here (test/package/exports.test.ts checks the list).

/**
 * The main entry: the functions (evaluate, check a deadline, allocate, define and load plans),
 * `ValidationError`, the types of their inputs, options and answers, the schemas of a nomination
 * and of a plan definition, and a constant for every enumerated value a form or a report needs.
 *
 * @module thi-dua-cchc
 */

// evaluate
export { evaluateNomination } from './evaluate/evaluateNomination';
export { evaluateNominations } from './evaluate/evaluateNominations';
export { evaluateNominationSync } from './evaluate/evaluateNominationSync';
export { evaluateNominationsSync } from './evaluate/evaluateNominationsSync';
export type { EvaluateOptions } from './evaluate/options';

// deadline
export { checkDeadline } from './deadline/checkDeadline';
export type { DeadlineOptions } from './deadline/options';

// quota
export { allocateQuota } from './quota/allocateQuota';
export type { AllocateOptions } from './quota/options';

// scenarios
export { runScenarios, type RunScenariosOptions } from './scenario/runScenarios';
export type { ScenarioReport, ScenarioResult, ScenarioDifference } from './scenario/report';
export type { ScenarioFile, EvaluationScenarioFile, DeadlineScenarioFile, QuotaScenarioFile, Scenario } from './schema/scenario';

// comparing plans
export { comparePlans, type ComparePlansOptions } from './compare/comparePlans';
export type { PlanComparison, NominationChange, Place } from './compare/report';

// plans
export { definePlan } from './plan/definePlan';
export { loadPlan } from './plan/loadPlan';
export { defaultPlan } from './plan/defaultPlan';
export { conditionFacts, factsRead } from './plan/factsRead';
export { formatVnd } from './i18n/money';
export { versionInForce } from './plan/planVersion';
export { jsonSchema } from './plan/jsonSchema';
export { withCalendarYear } from './plan/withCalendarYear';
export { withParameters, type ParameterFiles } from './plan/withParameters';
export type { Plan, RuleSetIdOf, TrackIdOf } from './plan/Plan';
export type { CallOptions, PlanOptions } from './schema/options';
export { PlanDefinitionSchema, type PlanDefinition } from './schema/plan';

// errors
export { ValidationError } from './validation/ValidationError';
export {
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type CustomReason,
  type ExpectedValue,
} from './validation/issue';

// inputs
export { LANGS, type Lang, type BilingualText } from './ground/lang';
export {
  NominationSchema,
  RULE_SET_IDS,
  NOMINEE_KINDS,
  type Nomination,
  type RuleSetId,
  type NomineeKind,
  type Unit,
  type Achievement,
} from './schema/nomination';
export {
  REFORM_ROLES,
  UNIT_BLOCKS,
  FACT_INFO,
  type Facts,
  type FactName,
  type InputFactName,
  type FactInfo,
  type ReformRole,
  type UnitBlock,
} from './schema/facts';
export { RULE_SET_FACTS, type RuleSetFact } from './schema/ruleSetFacts';
export type { DeadlineInput } from './schema/deadline';
export {
  DEADLINE_TRACKS,
  DEADLINE_READINGS,
  PARTY_IDS,
  type DeadlineTrack,
  type DeadlineReading,
  type PartyId,
} from './schema/deadlines';
export { ROUNDING_MODES, type RoundingMode } from './schema/parameters';
export type { HistoryEntry } from './schema/allocation';

// answers
export {
  OUTCOMES,
  CRITERION_STATUSES,
  type Evaluation,
  type CriterionResult,
  type Outcome,
  type CriterionStatus,
  type FactValue,
  type Priority,
} from './schema/evaluation';
export {
  MILESTONE_STATUSES,
  type DeadlineCheck,
  type MilestoneCheck,
  type MilestoneStatus,
  type NonWorkingDayInfo,
  type Party,
} from './schema/deadline';
export {
  NOT_SELECTED_REASONS,
  type Allocation,
  type AllocationEntry,
  type NotSelectedEntry,
  type NotSelectedReason,
  type Tie,
  type Duplicate,
  type AchievementPlace,
  type AllocationMoney,
} from './schema/allocation';
