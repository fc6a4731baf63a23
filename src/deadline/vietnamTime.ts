/**
 * Vietnam time: plain dates (`YYYY-MM-DD`) and instants, all calendar arithmetic done in
 * Asia/Ho_Chi_Minh with date-fns and @date-fns/tz, so that no result depends on the host's
 * time zone (legal time in Vietnam is UTC+7, without daylight saving).
 */
import { tz, TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, endOfDay, format, getDay } from 'date-fns';

/** The time zone of every date of the plan. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const inVietnam = tz(VIETNAM_TIME_ZONE);

/** A calendar date in Vietnam, `YYYY-MM-DD`. */
export type PlainDate = string;

/** Midnight at the start of a plain date, in Vietnam. */
function startOf(date: PlainDate): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, VIETNAM_TIME_ZONE);
}

/** A date (any `Date`, read in Vietnam time) as a plain date. */
function plainOf(date: Date): PlainDate {
  return format(date, 'yyyy-MM-dd', { in: inVietnam });
}

// The functions of plain dates below are pure, and a deadline check asks the same few hundred
// dates again and again (working days, holidays on the way): their answers are remembered,
// so date-fns and @date-fns/tz (whose time-zone offsets go through Intl) compute each once.
const MEMO_LIMIT = 50_000;
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const added = new Map<string, PlainDate>();
const weekdays = new Map<string, number>();
const dayEnds = new Map<string, number>();
const isoTexts = new Map<string, string>();

/**
 * Forgets the remembered answers. Not public: the mutation run calls it before each test
 * (test/stryker.setup.ts), so that each test computes what it checks.
 */
export function forgetDateMemos(): void {
  added.clear();
  weekdays.clear();
  dayEnds.clear();
  isoTexts.clear();
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDaysVn(date: PlainDate, days: number): PlainDate {
  // A plain date is always ten characters: the date and the count run together are unambiguous.
  return memo(added, `${date}${days}`, () => plainOf(addDays(startOf(date), days, { in: inVietnam })));
}

/** The day of the week of a plain date: 0 = Sunday … 6 = Saturday. */
export function weekdayVn(date: PlainDate): number {
  return memo(weekdays, date, () => getDay(startOf(date), { in: inVietnam }));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetweenVn(from: PlainDate, to: PlainDate): number {
  return differenceInCalendarDays(startOf(to), startOf(from), { in: inVietnam });
}

/** The Vietnam date of an instant (epoch milliseconds). */
export function vietnamDateOf(epochMs: number): PlainDate {
  return plainOf(new TZDate(epochMs, VIETNAM_TIME_ZONE));
}

/** An instant (epoch milliseconds) as an ISO string in Vietnam time: `2026-11-19T23:59:00.000+07:00`. */
export function toVietnamIso(epochMs: number): string {
  return memo(isoTexts, String(epochMs), () => format(new TZDate(epochMs, VIETNAM_TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx", { in: inVietnam }));
}

/** The last millisecond of a plain date in Vietnam (23:59:59.999), as epoch milliseconds. */
export function endOfDayVn(date: PlainDate): number {
  return memo(dayEnds, date, () => endOfDay(startOf(date), { in: inVietnam }).getTime());
}

/** The parts of an instant in Vietnam time, for messages: date and `HH:mm:ss`. */
export function vietnamClock(epochMs: number): { date: PlainDate; time: string } {
  const d = new TZDate(epochMs, VIETNAM_TIME_ZONE);
  return { date: plainOf(d), time: format(d, 'HH:mm:ss', { in: inVietnam }) };
}

/** The year of a plain date. */
export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/** Every plain date from `from` to `to`, inclusive, in order (empty when `to` is before `from`). */
export function datesFromTo(from: PlainDate, to: PlainDate): PlainDate[] {
  const out: PlainDate[] = [];
  for (let d = from; d <= to; d = addDaysVn(d, 1)) out.push(d);
  return out;
}
