/**
 * One milestone of a deadline track, checked: the date it is due before, the last day under
 * the reading chosen, the last working day, and its status at the times the caller gave.
 * Pure: the times come from the caller, never from a clock.
 */
import type { DeadlineReading, MilestoneDefinition } from '../schema/deadlines';
import type { MilestoneStatus } from '../schema/deadline';
import type { CalendarSources } from './holidays';
import { estimatedHolidays, lastWorkingDayOnOrBefore, nonWorkingDaysBetween, type NonWorkingDay } from './workingDays';
import { addDaysVn, daysBetweenVn, endOfDayVn, vietnamDateOf, yearOf, type PlainDate } from './vietnamTime';

/** What a milestone is checked against: the caller's input, validated. */
export interface MilestoneContext {
  readonly year?: number;
  readonly periodSummaryDeadline?: PlainDate;
  readonly reading: DeadlineReading;
  /** `submittedAt` as epoch milliseconds. */
  readonly submittedMs?: number;
  /** `asOf` as epoch milliseconds. */
  readonly asOfMs?: number;
  /** The calendar of the plan version in use. */
  readonly calendar: CalendarSources;
}

/** The dated part of a checked milestone. */
export interface MilestoneDates {
  readonly dueBefore: PlainDate;
  readonly lastDay: PlainDate;
  /** The last millisecond of `lastDay` in Vietnam, as epoch milliseconds. */
  readonly lastInstantMs: number;
  readonly lastWorkingDay: PlainDate;
  readonly daysOffAtEnd: readonly NonWorkingDay[];
  /** The years between the last working day and the last day whose holidays are estimated from the rules. */
  readonly estimatedYears: readonly number[];
}

/** A milestone, checked. */
export interface MilestoneResult {
  readonly def: MilestoneDefinition;
  readonly bindsCommune: boolean;
  /** `null` when there is no calendar deadline or its date is not known. */
  readonly dates: MilestoneDates | null;
  readonly status: MilestoneStatus;
  /** Calendar days from the `asOf` date to the last day; `undefined` without `asOf` or a date (checkDeadline then leaves it out). */
  readonly daysLeft: number | undefined;
}

/** D in "trước ngày D", or `null` when there is none (ad-hoc) or it is not known (no periodSummaryDeadline). */
export function dueDateOf(def: MilestoneDefinition, ctx: MilestoneContext): PlainDate | null {
  const due = def.due;
  switch (due.kind) {
    case 'annual':
      // The year is required for annual tracks (checked before); III.3 readings: grassroots Y → 20/11/Y, city Y → 10/3 and 31/3 of Y+1.
      return ctx.year === undefined ? null : `${String(ctx.year + due.yearOffset).padStart(4, '0')}-${due.before}`;
    case 'fixed':
      return due.before;
    case 'commune-plan':
      return ctx.periodSummaryDeadline ?? null;
    case 'none':
      return null;
  }
}

/**
 * The dates of a milestone due before `dueBefore`. Strict reading (default): the last day is the
 * day before D; inclusive: D itself. The last instant is 23:59:59.999 of the last day in Vietnam.
 * No roll-forward to a working day (Civil Code Art. 148 is not applied: the plan's dates are
 * fixed dates, not periods); the last working day is reported instead.
 */
export function datesOf(dueBefore: PlainDate, reading: DeadlineReading, cal: CalendarSources): MilestoneDates {
  const lastDay = reading === 'strict' ? addDaysVn(dueBefore, -1) : dueBefore;
  const lastWorkingDay = lastWorkingDayOnOrBefore(lastDay, cal);
  const estimatedYears: number[] = [];
  for (let y = yearOf(lastWorkingDay); y <= yearOf(lastDay); y++) {
    if (estimatedHolidays(y, cal).length > 0) estimatedYears.push(y);
  }
  return {
    dueBefore,
    lastDay,
    lastInstantMs: endOfDayVn(lastDay),
    lastWorkingDay,
    daysOffAtEnd: nonWorkingDaysBetween(lastWorkingDay, lastDay, cal),
    estimatedYears,
  };
}

/**
 * Checks one milestone. A milestone that binds the submitting units is judged on `submittedAt`
 * (on-time / late) when given, else on `asOf` (open / closed). A milestone that binds the
 * commune itself (its report to the city) is not judged on the dossier's arrival: only on
 * `asOf`, else unknown.
 */
export function checkMilestone(def: MilestoneDefinition, ctx: MilestoneContext): MilestoneResult {
  const bindsCommune = def.from === 'commune';
  if (def.due.kind === 'none') return { def, bindsCommune, dates: null, status: 'not-applicable', daysLeft: undefined };
  const due = dueDateOf(def, ctx);
  if (due === null) return { def, bindsCommune, dates: null, status: 'unknown', daysLeft: undefined };
  const dates = datesOf(due, ctx.reading, ctx.calendar);
  let status: MilestoneStatus = 'unknown';
  if (!bindsCommune && ctx.submittedMs !== undefined) status = ctx.submittedMs <= dates.lastInstantMs ? 'on-time' : 'late';
  else if (ctx.asOfMs !== undefined) status = ctx.asOfMs <= dates.lastInstantMs ? 'open' : 'closed';
  const daysLeft = ctx.asOfMs === undefined ? undefined : daysBetweenVn(vietnamDateOf(ctx.asOfMs), dates.lastDay);
  return { def, bindsCommune, dates, status, daysLeft };
}
