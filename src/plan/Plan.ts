import type { ClauseList, PlanMeta } from '../schema/plan';
import type { RuleSetId } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import type { DeadlinesFile } from '../schema/deadlines';
import type { Quotas } from '../schema/quotas';
import type { Parameters } from '../schema/parameters';

/**
 * A validated plan: what `definePlan` returns and every function accepts as `options.plan`.
 * Deeply frozen: a plan does not change once checked.
 */
export interface Plan {
  readonly id: string;
  readonly version: string;
  readonly meta: PlanMeta;
  readonly clauses: ClauseList['clauses'];
  readonly ruleSets: { readonly [K in RuleSetId]?: RuleSet };
  /** The plan's deadlines (III.3), when it has them. */
  readonly deadlines?: DeadlinesFile;
  /** The plan's quota rules (III.1.2-b, III.2.1.1.b, III.2.1.2.b, III.2.2.b), when it has them. */
  readonly quotas?: Quotas;
  /** The plan's dated parameters for award money, when it has them. */
  readonly parameters?: Parameters;
}
