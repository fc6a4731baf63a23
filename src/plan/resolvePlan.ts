import type { Lang } from '../ground/lang';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { isPlan } from './finalize';
import type { Plan } from './Plan';

/** The issue for a value given where a plan from `definePlan` or `loadPlan` must be. */
export function notAPlan(path: readonly PropertyKey[], lang: Lang): Issue {
  const where = path.join('.');
  return makeIssue(
    'invalid_plan',
    path,
    {
      vi: `${where} phải là kế hoạch do definePlan hoặc loadPlan trả về`,
      en: `${where} must be a plan returned by definePlan or loadPlan`,
    },
    lang,
  );
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
 * @throws {ValidationError} `invalid_plan` at `['options', 'plan']` for anything else.
 */
export function resolvePlan(plan: unknown, lang: Lang, fallback: () => Plan): Plan {
  if (plan === undefined) return fallback();
  if (isPlan(plan)) return plan;
  throw new ValidationError([notAPlan(['options', 'plan'], lang)], lang);
}
