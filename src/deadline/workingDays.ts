/**
 * Working days of state agencies in Vietnam: Monday to Friday, except public holidays and
 * their make-up days; a weekend day the Government made a working day in exchange for another
 * (hoán đổi ngày làm việc, in an official list) counts as a working day.
 */
import type { BilingualText } from '../ground/lang';
import { calendarSources, isWeeklyDayOff, yearCalendar, type CalendarSources, type DayOff } from './holidays';
import { addDaysVn, weekdayVn, yearOf, type PlainDate } from './vietnamTime';

// A table built when the module loads, before StrykerJS switches a mutant on: its mutants would be
// false survivors (stryker-js#6209). test/deadline/holidays.test.ts checks every name against the
// weekday of a date.
// Stryker disable all
/** Weekday names, Sunday first. */
export const WEEKDAY_NAMES: readonly BilingualText[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'thứ Hai', en: 'Monday' },
  { vi: 'thứ Ba', en: 'Tuesday' },
  { vi: 'thứ Tư', en: 'Wednesday' },
  { vi: 'thứ Năm', en: 'Thursday' },
  { vi: 'thứ Sáu', en: 'Friday' },
  { vi: 'thứ Bảy', en: 'Saturday' },
];
// Stryker restore all

/** The holiday (or make-up day) on a date, if any. A make-up day may spill into the next year. */
export function holidayOn(date: PlainDate, cal: CalendarSources = calendarSources()): DayOff | undefined {
  const year = yearOf(date);
  return yearCalendar(year, cal).daysOff.get(date) ?? yearCalendar(year - 1, cal).daysOff.get(date);
}

/** Whether state agencies work on a date. */
export function isWorkingDay(date: PlainDate, cal: CalendarSources = calendarSources()): boolean {
  if (yearCalendar(yearOf(date), cal).workingDays.has(date)) return true;
  return !isWeeklyDayOff(date, cal) && holidayOn(date, cal) === undefined;
}

// No run of days off in Vietnam comes near this; the bound only guards against bad data.
const MAX_DAYS_BACK = 60;

/** The last working day on or before `date`. */
export function lastWorkingDayOnOrBefore(date: PlainDate, cal: CalendarSources = calendarSources()): PlainDate {
  let d = date;
  for (let i = 0; i < MAX_DAYS_BACK && !isWorkingDay(d, cal); i++) d = addDaysVn(d, -1);
  return d;
}

/** Why a day is not a working day. */
export interface NonWorkingDay {
  readonly date: PlainDate;
  /** `weekend` for an ordinary Saturday or Sunday; `holiday` for a public holiday, a make-up day or a day of an announced break. */
  readonly kind: 'weekend' | 'holiday';
  /** The holiday rule (`tet`, `national-day`, …), for `holiday`. */
  readonly holiday?: string;
  readonly name: BilingualText;
  /** For `holiday`: from the official list, or estimated from the rules. */
  readonly source?: 'official' | 'estimate';
  readonly substitute?: boolean;
}

/** Why `date` is not a working day (`undefined` when it is one). */
export function nonWorkingDay(date: PlainDate, cal: CalendarSources = calendarSources()): NonWorkingDay | undefined {
  if (isWorkingDay(date, cal)) return undefined;
  const h = holidayOn(date, cal);
  if (h) return { date, kind: 'holiday', holiday: h.holiday, name: h.name, source: h.source, substitute: h.substitute };
  const weekday = WEEKDAY_NAMES[weekdayVn(date)] as BilingualText;
  return { date, kind: 'weekend', name: weekday };
}

/** The days off after `after` up to and including `upTo`, in order. */
export function nonWorkingDaysBetween(after: PlainDate, upTo: PlainDate, cal: CalendarSources = calendarSources()): NonWorkingDay[] {
  const out: NonWorkingDay[] = [];
  for (let d = addDaysVn(after, 1); d <= upTo; d = addDaysVn(d, 1)) {
    const n = nonWorkingDay(d, cal);
    if (n) out.push(n);
  }
  return out;
}

/** The holidays of `year` that are estimates (no official list covers them). */
export function estimatedHolidays(year: number, cal: CalendarSources = calendarSources()): readonly string[] {
  return yearCalendar(year, cal).estimated;
}
