/**
 * The library's bundled data as its functions read it: the files of `rules/` less the text
 * written for readers that no answer reads (about 7 KB gzip of every browser bundle of the
 * three functions). The files are imported here as they are; the build and the tests serve
 * this module each one through src/plan/answeringView.ts, which says what it leaves out of each
 * file: the notes on the quota rules, the parameters' descriptions, the plan's legal bases, the
 * calendar's notes, references and sources. The rule sets and the deadlines are read whole. The
 * clause list is not imported (no answer reads it: each criterion carries its own clause ID and
 * quote).
 *
 * What is left out still ships where someone reads it: `defaultPlan()` is the whole plan, and
 * the docs site is made from `rules/`. test/plan/answeringPlan.test.ts checks that the three
 * functions answer exactly as they do with the whole plan.
 */
// Not sorted on purpose: the browser bundle compresses smaller in this order.
import annualCity from '../../rules/annual-city.json';
import annualGrassroots from '../../rules/annual-grassroots.json';
import deadlines from '../../rules/deadlines.json';
import periodSummary from '../../rules/period-2026-2030.json';
import awardCoefficients from '../../rules/parameters/award-coefficients.json';
import baseSalary from '../../rules/parameters/base-salary.json';
import official2026 from '../../rules/calendar/2026.json';
import holidayRules from '../../rules/calendar/holiday-rules.json';
import meta from '../../rules/plan.json';
import quotas from '../../rules/quotas.json';
import rounding from '../../rules/parameters/rounding.json';
import type { BundledParts } from './bundledPlan';

/**
 * The metadata, rule sets and quota rules: all `evaluateNomination` reads (the quota rules say
 * at which levels a proposal may be flagged outside the quota; its bundle has nothing else).
 */
export function answeringRuleSetParts(): BundledParts {
  return { meta, clauses: { clauses: [] }, ruleSets: [annualGrassroots, annualCity, periodSummary], quotas };
}

/** The whole plan as `checkDeadline` and `allocateQuota` read it. */
export function answeringParts(): BundledParts {
  return { ...answeringRuleSetParts(), deadlines, parameters: { baseSalary, awardCoefficients, rounding } };
}

/**
 * The calendar files as `checkDeadline` reads them (the official lists by file name). Typed as
 * the whole files; calendarData.ts gives them the types without the readers' text.
 */
export const ANSWERING_CALENDAR = { rules: holidayRules, official: { '2026.json': official2026 } } as const;
