// The command line's one door into the library: the public API only. The build keeps this
// import external, so dist/cli.js loads the package's own dist/index.js instead of a second copy.
export {
  allocateQuota,
  checkDeadline,
  comparePlans,
  loadPlan,
  runScenarios,
  conditionFacts,
  defaultPlan,
  evaluateNominationsSync,
  formatVnd,
  DEADLINE_TRACKS,
  FACT_INFO,
  RULE_SET_IDS,
  ValidationError,
} from '../index';
export type {
  Allocation,
  AllocationEntry,
  CriterionResult,
  DeadlineCheck,
  DeadlineTrack,
  Evaluation,
  FactName,
  Issue,
  Lang,
  MilestoneCheck,
  Nomination,
  NotSelectedEntry,
  Plan,
  PlanComparison,
  RuleSetId,
  ScenarioReport,
} from '../index';
// Types only (erased from the build): the rule files' shapes, from the schemas entry.
export type { Condition, CriterionNode, RuleSet } from '../schemas';
