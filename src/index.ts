// The one barrel: named exports only, nothing runs at import time.
export { evaluateNomination } from './evaluate/evaluateNomination';
export { evaluateNominations } from './evaluate/evaluateNominations';
export { evaluateNominationSync } from './evaluate/evaluateNominationSync';
export { evaluateNominationsSync } from './evaluate/evaluateNominationsSync';
export type { EvaluateOptions } from './evaluate/options';

export { definePlan } from './plan/definePlan';
export { loadPlan } from './plan/loadPlan';
export { conditionFacts, factsRead } from './plan/factsRead';
export { formatVnd } from './i18n/money';
export { versionInForce } from './plan/planVersion';
export { RULE_SET_FACTS, type RuleSetFact } from './schema/ruleSetFacts';
export { jsonSchema } from './plan/jsonSchema';
export { defaultPlan } from './plan/defaultPlan';
export type { Plan } from './plan/Plan';

export { ValidationError } from './validation/ValidationError';
export {
  ISSUE_CODES,
  IssueSchema,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type CustomReason,
  type ExpectedValue,
} from './validation/issue';

export { LangSchema, BilingualTextSchema, type Lang, type BilingualText } from './ground/lang';
export {
  NominationSchema,
  NomineeSchema,
  UnitSchema,
  AchievementSchema,
  RuleSetIdSchema,
  NomineeKindSchema,
  RULE_SET_IDS,
  type Nomination,
  type ParsedNomination,
  type RuleSetId,
  type NomineeKind,
  type Unit,
  type Achievement,
} from './schema/nomination';
export {
  FactsSchema,
  ReformRoleSchema,
  UnitBlockSchema,
  REFORM_ROLES,
  FACT_INFO,
  type Facts,
  type FactName,
  type InputFactName,
  type FactInfo,
  type ReformRole,
  type UnitBlock,
} from './schema/facts';
export {
  EvaluationSchema,
  CriterionResultSchema,
  OutcomeSchema,
  CriterionStatusSchema,
  PrioritySchema,
  type Evaluation,
  type CriterionResult,
  type Outcome,
  type CriterionStatus,
  type FactValue,
  type Priority,
} from './schema/evaluation';
export {
  RuleSetSchema,
  CriterionNodeSchema,
  AwardSchema,
  PriorityCriterionSchema,
  type RuleSet,
  type CriterionNode,
  type CriterionLeaf,
  type Award,
  type PriorityCriterion,
} from './schema/ruleSet';
export { ConditionSchema, OPERATORS, type Condition, type Atom, type Operator } from './schema/condition';
export {
  PlanDefinitionSchema,
  PlanMetaSchema,
  ClauseListSchema,
  AmendmentSchema,
  type PlanDefinition,
  type PlanMeta,
  type ClauseList,
  type Amendment,
} from './schema/plan';

// deadline
export { checkDeadline } from './deadline/checkDeadline';
export type { DeadlineOptions } from './deadline/options';
export {
  DeadlineInputSchema,
  DeadlineCheckSchema,
  MilestoneCheckSchema,
  MilestoneStatusSchema,
  NonWorkingDaySchema,
  PartySchema,
  type DeadlineInput,
  type ParsedDeadlineInput,
  type DeadlineCheck,
  type MilestoneCheck,
  type MilestoneStatus,
  type NonWorkingDayInfo,
  type Party,
} from './schema/deadline';
export {
  DeadlinesFileSchema,
  DeadlineTrackDefinitionSchema,
  MilestoneDefinitionSchema,
  DueSchema,
  DeadlineTrackSchema,
  DeadlineReadingSchema,
  PartyIdSchema,
  DEADLINE_TRACKS,
  PARTY_IDS,
  type DeadlinesFile,
  type DeadlineTrackDefinition,
  type MilestoneDefinition,
  type Due,
  type DeadlineTrack,
  type DeadlineReading,
  type PartyId,
} from './schema/deadlines';
export {
  HolidayRulesFileSchema,
  OfficialDaysOffFileSchema,
  ConfidenceSchema,
  type HolidayRulesFile,
  type OfficialDaysOffFile,
  type Confidence,
} from './schema/calendar';

// quota
export { allocateQuota } from './quota/allocateQuota';
export type { AllocateOptions } from './quota/options';
export {
  AllocateOptionsSchema,
  AllocationSchema,
  AllocationEntrySchema,
  NotSelectedEntrySchema,
  NotSelectedReasonSchema,
  NOT_SELECTED_REASONS,
  TieSchema,
  DuplicateSchema,
  AchievementPlaceSchema,
  AllocationMoneySchema,
  HistoryEntrySchema,
  AllocationLevelSchema,
  EvaluationInputSchema,
  CriterionRootSchema,
  type EvaluationInput,
  type Allocation,
  type AllocationEntry,
  type NotSelectedEntry,
  type NotSelectedReason,
  type Tie,
  type Duplicate,
  type AchievementPlace,
  type AllocationMoney,
  type HistoryEntry,
} from './schema/allocation';
export {
  QuotasSchema,
  LevelQuotaSchema,
  QuantitySchema,
  BudgetRuleSchema,
  PresentationKeySchema,
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
  RoundingModeSchema,
  CoefficientSchema,
  type Parameters,
  type BaseSalaryFile,
  type AwardCoefficientsFile,
  type RoundingFile,
  type RoundingMode,
} from './schema/parameters';
