import type { Lang } from '../ground/lang';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { isPlan } from './finalize';
import type { Plan } from './Plan';

/** The issue for a value given where a plan from `definePlan` or `loadPlan` must be. */
export function notAPlan(path: readonly PropertyKey[], lang: Lang): Issue {
  return makeIssue('not_a_plan', path, { argument: path.join('.') }, lang);
}

/** The issues of a helper's positional `plan` argument: none for a plan from `definePlan` or `loadPlan`. */
export function planArgumentIssues(plan: unknown, lang: Lang = 'vi'): Issue[] {
  return isPlan(plan) ? [] : [notAPlan(['plan'], lang)];
}

/**
 * The plan a call uses: the bundled plan when none is given (`fallback`: the whole of it, or
 * the part a function needs), or the given plan, which must come from `definePlan` or
 * `loadPlan` (a raw definition is refused: validate it once with `definePlan`, then reuse it).
 *
 * @throws {ValidationError} `not_a_plan` at `['options', 'plan']` for anything else.
 */
export function resolvePlan(plan: unknown, lang: Lang, fallback: () => Plan): Plan {
  if (plan === undefined) return fallback();
  if (isPlan(plan)) return plan;
  throw new ValidationError([notAPlan(['options', 'plan'], lang)], lang);
}
