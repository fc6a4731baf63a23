// The one barrel: named exports only, nothing runs at import time.
export { evaluateNomination } from './evaluate/evaluateNomination';
export { evaluateNominations } from './evaluate/evaluateNominations';
export type { EvaluateOptions } from './evaluate/options';

export { definePlan } from './plan/definePlan';
export { defaultPlan } from './plan/defaultPlan';
export type { Plan } from './plan/Plan';

export { ValidationError } from './validation/ValidationError';
export { ISSUE_CODES, IssueSchema, type Issue, type IssueCode } from './validation/issue';

export { LangSchema, BilingualTextSchema, type Lang, type BilingualText } from './i18n/lang';
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
export { PlanDefinitionSchema, PlanMetaSchema, ClauseListSchema, type PlanDefinition, type PlanMeta, type ClauseList } from './schema/plan';
