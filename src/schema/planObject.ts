import type { ClauseList, PlanMeta } from './plan';
import type { RuleSet } from './ruleSet';
import type { DeadlinesFile, DeadlineTrackDefinition } from './deadlines';
import type { Quotas } from './quotas';
import type { Parameters } from './parameters';
import type { PlanCalendar } from './calendar';

/** What a plan object says it is: recognised by this, in any build of the library, in a worker, after `structuredClone`. */
export const PLAN_KIND = 'thi-dua-cchc/plan';
/** The layout of plan objects; a later library that changes it writes another number. */
export const PLAN_FORMAT = 1;

/**
 * A validated plan: what `definePlan` returns and every function accepts as `options.plan`.
 * Deeply frozen: a plan does not change once checked.
 *
 * `R` and `T` are the IDs of its rule sets and deadline tracks: the bundled plan's literal IDs
 * for `defaultPlan()`, those of a literal definition given to `definePlan`, `string` for a plan
 * loaded at run time (each function then checks an ID against the plan).
 */
export interface Plan<R extends string = string, T extends string = string> {
  /** `'thi-dua-cchc/plan'`: how a plan is recognised across builds, workers and clones. */
  readonly kind: typeof PLAN_KIND;
  /** The layout of this object (1). */
  readonly format: typeof PLAN_FORMAT;
  /**
   * A checksum of every version's content, written by `definePlan`: a plan changed after it
   * was made (or data merely shaped like a plan) does not match it and is refused.
   */
  readonly seal: string;
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
  readonly versions: readonly Plan<R, T>[];
  readonly meta: PlanMeta;
  readonly clauses: ClauseList['clauses'];
  /** The rule sets by ID: every one the plan declares (an amendment replaces, never removes). */
  readonly ruleSets: { readonly [K in R]: RuleSet };
  /** The plan's deadlines (III.3), when it has them. */
  readonly deadlines?: Omit<DeadlinesFile, 'tracks'> & { tracks: (DeadlineTrackDefinition & { id: T })[] };
  /** The plan's quota rules (III.1.2-b, III.2.1.1.b, III.2.1.2.b, III.2.2.b), when it has them. */
  readonly quotas?: Quotas;
  /** The plan's dated parameters for award money, when it has them. */
  readonly parameters?: Parameters;
  /**
   * The official days off the plan's author gave, by year (the format of
   * `rules/calendar/YYYY.json`): they win over the bundled calendar for the years they cover.
   * Every version of a plan has the same calendar.
   */
  readonly calendar?: PlanCalendar;
}

/** The rule set IDs of a plan type: literal for the bundled plan, `string` for a plan loaded at run time. */
export type RuleSetIdOf<P extends Plan> = Extract<keyof P['ruleSets'], string>;
/** The deadline track IDs of a plan type. */
export type TrackIdOf<P extends Plan> = NonNullable<P['deadlines']>['tracks'][number]['id'];
