import type { Lang } from '../i18n/lang';
import { definePlan, isPlan } from './definePlan';
import type { Plan } from './Plan';

const defined = new WeakMap<object, Plan>();

/**
 * The plan a call uses: the bundled plan when none is given (`fallback`: the whole of it, or
 * the part a function needs), the given plan when it came from `definePlan`, or a plan
 * definition validated once and remembered.
 */
export function resolvePlan(plan: unknown, lang: Lang, fallback: () => Plan): Plan {
  if (plan === undefined) return fallback();
  if (isPlan(plan)) return plan;
  if (typeof plan === 'object' && plan !== null) {
    let p = defined.get(plan);
    if (!p) {
      p = definePlan(plan, { lang });
      defined.set(plan, p);
    }
    return p;
  }
  return definePlan(plan, { lang });
}
