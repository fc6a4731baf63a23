import annualCity from '../../rules/annual-city.json';
import annualGrassroots from '../../rules/annual-grassroots.json';
import clauses from '../../rules/clauses.json';
import periodSummary from '../../rules/period-2026-2030.json';
import meta from '../../rules/plan.json';
import { bundledPlan } from './bundledPlan';
import type { Plan } from './Plan';

/** The bundled plan's metadata, clause list and rule sets, as the files in `rules/` state them. */
export function bundledRuleSetParts(): { meta: unknown; clauses: unknown; ruleSets: unknown[] } {
  return { meta, clauses, ruleSets: [annualGrassroots, annualCity, periodSummary] };
}

let cached: Plan | undefined;

/**
 * Forgets the validated bundled rule sets plan. Not public (the barrel does not export it): the mutation run calls it
 * before each test file (test/stryker.setup.ts), as a fresh module would.
 */
export function forgetDefaultRuleSetsPlan(): void {
  cached = undefined;
}

/**
 * The bundled plan with only what evaluating a nomination needs (metadata, clauses, rule
 * sets), so that a browser bundle of the evaluators does not carry the deadlines, quotas
 * and award parameters. Same id and version as `defaultPlan()`, so its evaluations are
 * accepted wherever the full plan is used. Made on first use, from files a test has checked
 * (see bundledPlan.ts).
 */
export function defaultRuleSetsPlan(): Plan {
  cached ??= bundledPlan(bundledRuleSetParts());
  return cached;
}
