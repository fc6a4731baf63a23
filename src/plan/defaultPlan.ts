import annualCity from '../../rules/annual-city.json';
import annualGrassroots from '../../rules/annual-grassroots.json';
import clauses from '../../rules/clauses.json';
import deadlines from '../../rules/deadlines.json';
import awardCoefficients from '../../rules/parameters/award-coefficients.json';
import baseSalary from '../../rules/parameters/base-salary.json';
import rounding from '../../rules/parameters/rounding.json';
import periodSummary from '../../rules/period-2026-2030.json';
import meta from '../../rules/plan.json';
import quotas from '../../rules/quotas.json';
import { bundledPlan, type BundledParts } from './bundledPlan';
import type { DeadlineTrack } from '../schema/deadlines';
import type { RuleSetId } from '../schema/nomination';
import type { Plan } from './Plan';

// Made from the bundled files alone, which never change: the plan made once is the plan made anew.
let cached: Plan<RuleSetId, DeadlineTrack> | undefined;

/** The files of `rules/` that make the bundled plan, as imported. */
export function bundledParts(): BundledParts {
  return {
    meta,
    clauses,
    ruleSets: [annualGrassroots, annualCity, periodSummary],
    deadlines,
    quotas,
    parameters: { baseSalary, awardCoefficients, rounding },
  };
}

/**
 * The bundled plan: Vĩnh Bảo commune's 2026–2030 administrative-reform emulation plan, as
 * the files in `rules/` state it (rule sets, deadlines, quotas, parameters), with every note,
 * clause summary and legal basis written there. The functions answer the same with it as
 * without it (when no `plan` is given they use the same files less the text no answer reads,
 * which keeps it out of browser bundles that never call `defaultPlan`). Made on first
 * use (not at import), then reused; the files are the library's own, checked by
 * `definePlan` in a test rather than in every host (see bundledPlan.ts), so it never throws.
 *
 * @returns The default `Plan`, deeply frozen, the same object on every call.
 * @throws Does not throw: the bundled files are checked by a test, not when the plan is made.
 * @example
 * defaultPlan().meta.period.to; //=> 2030
 */
export function defaultPlan(): Plan<RuleSetId, DeadlineTrack> {
  cached ??= bundledPlan(bundledParts()) as Plan<RuleSetId, DeadlineTrack>;
  return cached;
}
