import * as z from 'zod/mini';
import type { OfficialDaysOffFile } from '../schema/calendar';
import { OfficialDaysOffFileSchema } from '../schema/calendar';
import type { PlanOptions } from '../schema/options';
import type { Issue } from '../validation/issue';
import { checkArguments } from '../validation/checkArguments';
import { ValidationError } from '../validation/ValidationError';
import { checkOfficialFile, definePlan, readPlanOptions } from './definePlan';
import { planFile } from './finalize';
import type { Plan } from './Plan';
import { planArgument } from './resolvePlan';

// Built when the module loads, before StrykerJS switches a mutant on: its mutants would be false
// survivors (stryker-js#6209).
// Stryker disable next-line all
const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ file: OfficialDaysOffFileSchema }))();

/**
 * A new plan: `plan` with one year's official days off added to its calendar, or replacing the
 * year it already had. For that year `checkDeadline` then uses the file instead of the bundled
 * calendar (or the rules' estimates): the holidays it lists lose their "estimate" note and the
 * answer cites the file's references. The file is in the format of `rules/calendar/2026.json`
 * (`OfficialDaysOffFileSchema`); see `examples/calendar-2027.example.json`. Every version of
 * the plan gets the year (the calendar is national law, not a part an amendment changes).
 * `plan` itself is not changed (plans are frozen).
 *
 * @param plan - A plan from `definePlan` or `loadPlan` (`defaultPlan()` too), any version of it.
 * @param file - One year's official days off: `{ kind: 'official-days-off', year, occasions }`.
 * @param options - `lang` for the error messages (Vietnamese by default).
 * @returns The same version of the new plan (the latest when `plan` is the latest).
 * @throws {ValidationError} When `plan` is no plan (`not_a_plan` at `plan`), or the file is
 *   refused: its schema (paths under `file`), a range that ends before it starts
 *   (`date_range_reversed`) or a date outside the file's year (`date_not_in_year`). Nothing is
 *   half-applied: either the whole file is in the new plan or an error is thrown.
 *
 * @example
 * const file = JSON.parse(await readFile('examples/calendar-2027.example.json', 'utf8'));
 * const plan = withCalendarYear(defaultPlan(), file);
 * const check = checkDeadline({ track: 'annual-grassroots', year: 2027 }, { plan, lang: 'en' });
 * check.milestones[0].lastDay; //=> '2027-11-19'
 * check.milestones[0].lastWorkingDay; //=> '2027-11-18' (the example makes Friday 19/11/2027 a day off)
 * check.milestones[0].holidayData; //=> 'official'
 */
export function withCalendarYear<P extends Plan>(plan: P, file: OfficialDaysOffFile, options?: PlanOptions): P;
export function withCalendarYear(plan: unknown, file: unknown, options?: PlanOptions): Plan;
export function withCalendarYear(plan: unknown, file: unknown, options?: PlanOptions): Plan {
  const lang = readPlanOptions(options);
  const given = planArgument(plan, lang);
  const { file: year } = checkArguments(ArgumentsSchema, { file }, lang, given.issues);
  const issues: Issue[] = [];
  checkOfficialFile(year, ['file'], lang, issues);
  if (issues.length > 0) throw new ValidationError(issues, lang);
  const found = given.plan!;
  const definition = planFile(found.versions);
  const others = (definition.calendar?.official ?? []).filter((f) => f.year !== year.year);
  const official = [...others, year].sort((a, b) => a.year - b.year);
  const next = definePlan({ ...definition, calendar: { official } }, { lang });
  return next.versions[found.versions.indexOf(found)] ?? next;
}
