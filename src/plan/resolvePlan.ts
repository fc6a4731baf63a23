import type { Lang } from '../ground/lang';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { asPlan } from './finalize';
import type { Plan } from './Plan';

/** The issue for a value given where a plan from `definePlan` or `loadPlan` must be. */
export function notAPlan(path: readonly PropertyKey[], lang: Lang): Issue {
  return makeIssue('not_a_plan', path, { argument: path.join('.') }, lang);
}

/**
 * A helper's positional `plan` argument as this library uses it (see `asPlan`: a plan from any
 * build, or a clone of one), or the issue that it is none.
 */
export function planArgument(plan: unknown, lang: Lang = 'vi'): { plan: Plan; issues: [] } | { plan: undefined; issues: Issue[] } {
  const found = asPlan(plan);
  return found ? { plan: found, issues: [] } : { plan: undefined, issues: [notAPlan(['plan'], lang)] };
}

/**
 * The plan a call uses: the bundled plan when none is given (`fallback`: the whole of it, or
 * the part a function needs), or the given plan, which must be one that `definePlan` or
 * `loadPlan` made, by this build of the library or another, or a structured clone of one (a raw
 * definition is refused: validate it once with `definePlan`, then reuse it).
 *
 * @throws {ValidationError} `not_a_plan` at `['options', 'plan']` for anything else.
 */
export function resolvePlan(plan: unknown, lang: Lang, fallback: () => Plan): Plan {
  if (plan === undefined) return fallback();
  const found = asPlan(plan);
  if (found) return found;
  throw new ValidationError([notAPlan(['options', 'plan'], lang)], lang);
}
