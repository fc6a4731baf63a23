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
  /** This version's number: the plan's own, or the amendment's. */
  readonly version: string;
  /** From this Vietnam date on, this version is in force (until the next version's date). */
  readonly effectiveFrom: string;
  /** For an amended version: what the amendment is and what it replaced. */
  readonly amendment?: {
    readonly title: { readonly vi: string; readonly en: string };
    readonly legalBases: readonly { readonly id: string; readonly date: string; readonly vi: string; readonly en: string }[];
    readonly replaced: readonly string[];
  };
  /**
   * Every version of the plan, oldest first, this one among them; each is a whole `Plan`.
   * Functions pick the version in force on the date that matters, unless the caller names one.
   */
  readonly versions: readonly Plan[];
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
