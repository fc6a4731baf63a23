// Named exports only, nothing runs at import time. README's "API" section lists every name
// exported here (test/package/exports.test.ts checks the list).

/**
 * The zod schemas (zod 4) of the files a plan is made of (`rules/`: plan, clauses, rule sets,
 * deadlines, calendar, quotas, parameters), of other inputs a host may store (a deadline input,
 * earlier awards) and of the answers (evaluation, deadline check, allocation, issue), with the
 * types of those files.
 *
 * @module thi-dua-cchc/schemas
 */

// plan files
export {
  PlanMetaSchema,
  ClauseListSchema,
  AmendmentSchema,
  type PlanMeta,
  type ClauseList,
  type Amendment,
} from './schema/plan';
export {
  RuleSetSchema,
  type RuleSet,
  type CriterionNode,
  type CriterionLeaf,
  type Award,
  type PriorityCriterion,
} from './schema/ruleSet';
export { ScenarioFileSchema } from './schema/scenario';
export { OPERATORS, type Condition, type Atom, type Operator } from './schema/condition';
export {
  DeadlinesFileSchema,
  type DeadlinesFile,
  type DeadlineTrackDefinition,
  type MilestoneDefinition,
  type Due,
} from './schema/deadlines';
export {
  HolidayRulesFileSchema,
  OfficialDaysOffFileSchema,
  PlanCalendarSchema,
  type HolidayRulesFile,
  type OfficialDaysOffFile,
  type PlanCalendar,
  type Confidence,
} from './schema/calendar';
export {
  QuotasSchema,
  type Quotas,
  type LevelQuota,
  type Quantity,
  type BudgetRule,
  type PresentationKey,
} from './schema/quotas';
export {
  ParametersSchema,
  BaseSalaryFileSchema,
  AwardCoefficientsFileSchema,
  RoundingFileSchema,
  type Parameters,
  type BaseSalaryFile,
  type AwardCoefficientsFile,
  type RoundingFile,
} from './schema/parameters';

// other inputs
export { DeadlineInputSchema } from './schema/deadline';
export { HistoryEntrySchema } from './schema/allocation';

// answers
export { EvaluationSchema } from './schema/evaluation';
export { DeadlineCheckSchema } from './schema/deadline';
export { AllocationSchema } from './schema/allocation';
export { IssueSchema } from './validation/issue';
