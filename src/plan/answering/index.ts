/**
 * The library's bundled data as its functions read it: the files of `rules/` less the text
 * written for readers that no answer reads. Each JSON file here is made from its file in
 * `rules/` by test/plan/answeringView.test.ts (after a change to `rules/`, run
 * `npx vitest run test/plan/answeringView.test.ts -u` and commit both), which also lists what
 * each one leaves out: the notes on the quota rules, the parameters' descriptions, the plan's
 * legal bases, the calendar's references and sources. The rule sets and the deadlines are read
 * whole, from `rules/`. The clause list is left out too (no answer reads it: each criterion
 * carries its own clause ID and quote).
 *
 * What is left out still ships where someone reads it: `defaultPlan()` is the whole plan, and
 * the docs site is made from `rules/`. test/plan/answeringPlan.test.ts checks that the three
 * functions answer exactly as they do with the whole plan. Leaving the text out keeps about
 * 7 KB gzip out of every browser bundle of the three functions (issue 7).
 */
import annualCity from '../../../rules/annual-city.json';
import annualGrassroots from '../../../rules/annual-grassroots.json';
import deadlines from '../../../rules/deadlines.json';
import periodSummary from '../../../rules/period-2026-2030.json';
import type { BundledParts } from '../bundledPlan';
import awardCoefficients from './award-coefficients.json';
import baseSalary from './base-salary.json';
import official2026 from './calendar-2026.json';
import holidayRules from './calendar-holiday-rules.json';
import meta from './plan.json';
import quotas from './quotas.json';
import rounding from './rounding.json';

/** The metadata and rule sets: all `evaluateNomination` reads (its bundle has nothing else). */
export function answeringRuleSetParts(): BundledParts {
  return { meta, clauses: { clauses: [] }, ruleSets: [annualGrassroots, annualCity, periodSummary] };
}

/** The whole plan as `checkDeadline` and `allocateQuota` read it. */
export function answeringParts(): BundledParts {
  return { ...answeringRuleSetParts(), deadlines, quotas, parameters: { baseSalary, awardCoefficients, rounding } };
}

/** The calendar files as `checkDeadline` reads them (the official lists by file name). */
export const ANSWERING_CALENDAR = { rules: holidayRules, official: { '2026.json': official2026 } } as const;
