import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { PlainDateSchema } from '../schema/parameters';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { checkArguments } from '../validation/checkArguments';
import type { Plan } from './Plan';
import { planArgument } from './resolvePlan';

// Built when the module loads, before StrykerJS switches a mutant on: its mutants would be false
// survivors (stryker-js#6209). test/plan/arguments.test.ts refuses a date that is no date through it.
// Stryker disable next-line all
const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ date: PlainDateSchema }))();

/**
 * The version of a plan in force on a Vietnam date (`YYYY-MM-DD`): the latest version whose
 * effective date is on or before it. Before the plan's own effective date, the first version.
 *
 * @param plan - A plan from `definePlan` or `loadPlan` (any of its versions).
 * @param date - A plain date, `YYYY-MM-DD`, in Vietnam.
 * @returns The version in force: a whole `Plan`.
 * @throws {ValidationError} When `plan` is not from `definePlan` or `loadPlan` (`not_a_plan` at
 *   `plan`) or `date` is not a `YYYY-MM-DD` date (at `date`). A date before every version is no
 *   error: it gives the first version.
 *
 * @example
 * versionInForce(amendedPlan, '2028-06-30').version; //=> '1.0.0'
 * versionInForce(amendedPlan, '2028-07-01').version; //=> '1.1.0' (an amendment effective 1/7/2028)
 */
export function versionInForce<P extends Plan>(plan: P, date: string): P {
  const given = planArgument(plan);
  checkArguments(ArgumentsSchema, { date }, 'vi', given.issues);
  return inForce(given.plan!, date) as P;
}

/** The version in force on `date`, for arguments already checked. */
function inForce(plan: Plan, date: string): Plan {
  const versions = plan.versions;
  let chosen = versions[0] ?? plan;
  for (const v of versions) if (v.effectiveFrom <= date) chosen = v;
  return chosen;
}

/**
 * The version a call uses: the one the caller names, else the one in force on `date`.
 *
 * @throws {ValidationError} When the named version is not a version of the plan (`unknown_plan_version`, at `path`).
 */
export function chooseVersion(plan: Plan, named: string | undefined, date: string, lang: Lang, path: readonly PropertyKey[]): Plan {
  if (named === undefined) return inForce(plan, date);
  const found = plan.versions.find((v) => v.version === named);
  if (!found) {
    throw new ValidationError(
      [makeIssue('unknown_plan_version', path, { planId: plan.id, version: named, versions: plan.versions.map((v) => v.version) }, lang)],
      lang,
    );
  }
  return found;
}

/**
 * The date that decides which version's criteria apply to a nomination: the last day of its
 * assessment year (an amendment in force during a year governs that year's assessment), or,
 * without a year (the period summary), the plan's `period.criteriaDate` (the bundled plan: the
 * commune's report, 31/3/2030, III.3.2-period), else the last day of the plan's period.
 */
export function criteriaDate(plan: Plan, year: number | undefined): string {
  if (year !== undefined) return `${year}-12-31`;
  return plan.meta.period.criteriaDate?.date ?? `${plan.meta.period.to}-12-31`;
}
