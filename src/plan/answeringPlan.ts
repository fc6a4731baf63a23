import { answeringParts, answeringRuleSetParts } from './answering';
import { bundledPlan } from './bundledPlan';
import type { Plan } from './Plan';

// The plan the three functions use when the caller gives none: the bundled plan as they read
// it (src/plan/answering.ts), without the text written for readers. Not public: `defaultPlan()`
// is the whole plan, and a function given it answers exactly the same
// (test/plan/answeringPlan.test.ts).

// Each is made from the bundled files alone, which never change: made once, then reused.
let ruleSetsOnly: Plan | undefined;
let whole: Plan | undefined;

/**
 * The metadata, rule sets and quota rules alone: `evaluateNomination`'s default, so that a
 * bundle of the evaluators carries no deadlines or parameters. The quota rules say where a
 * proposal may be flagged outside the quota.
 */
export function answeringRuleSetsPlan(): Plan {
  ruleSetsOnly ??= bundledPlan(answeringRuleSetParts());
  return ruleSetsOnly;
}

/** The whole bundled plan as `checkDeadline` and `allocateQuota` read it: their default. */
export function answeringPlan(): Plan {
  whole ??= bundledPlan(answeringParts());
  return whole;
}
