/**
 * Vietnam time: plain dates (`YYYY-MM-DD`) and instants, all calendar arithmetic done in
 * Asia/Ho_Chi_Minh with date-fns and @date-fns/tz, so that no result depends on the host's
 * time zone (legal time in Vietnam is UTC+7, without daylight saving).
 */
import { tz, TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, endOfDay, getDay } from 'date-fns';

/** The time zone of every date of the plan. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const inVietnam = /* @__PURE__ */ tz(VIETNAM_TIME_ZONE);

/** A calendar date in Vietnam, `YYYY-MM-DD`. */
export type PlainDate = string;

/** Midnight at the start of a plain date, in Vietnam. */
function startOf(date: PlainDate): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, VIETNAM_TIME_ZONE);
}

// Dates are written with the getters of a TZDate in Vietnam time rather than date-fns's
// `format`, which would carry its format-string parser and the en-US locale (about 5 KB gzip)
// into every host's bundle for three fixed patterns. test/deadline/vietnamTime.test.ts checks
// these against `format` over the whole range of instants the library accepts.

/** `n` with leading zeros to `width` digits. */
function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A date (any `Date`, read in Vietnam time) as a plain date, `yyyy-MM-dd`. */
function plainOf(date: Date): PlainDate {
  const d = new TZDate(date.getTime(), VIETNAM_TIME_ZONE);
  return `${digits(d.getFullYear(), 4)}-${digits(d.getMonth() + 1, 2)}-${digits(d.getDate(), 2)}`;
}

/** The time of day of a date in Vietnam time, `HH:mm:ss`. */
function clockOf(d: TZDate): string {
  return `${digits(d.getHours(), 2)}:${digits(d.getMinutes(), 2)}:${digits(d.getSeconds(), 2)}`;
}

/** The offset from UTC of a date in Vietnam time, `+07:00` (date-fns's `xxx`). */
function offsetOf(d: TZDate): string {
  const minutes = -d.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${digits(Math.trunc(abs / 60), 2)}:${digits(abs % 60, 2)}`;
}

// The functions of plain dates below are pure, and a deadline check asks the same few hundred
// dates again and again (working days, holidays on the way): their answers are remembered,
// so date-fns and @date-fns/tz (whose time-zone offsets go through Intl) compute each once.
// Being pure, a remembered answer is the answer computed anew; the limit bounds the memory.
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

/** The plan's fixed offset, UTC+7, in milliseconds. */
const PLAN_OFFSET_MS = 7 * 3_600_000;

/**
 * An instant as an ISO string at the plan's fixed offset, `+07:00`, from its UTC fields alone
 * (no time zone data involved).
 */
function atPlanOffset(epochMs: number): string {
  const iso = new Date(epochMs + PLAN_OFFSET_MS).toISOString();
  return `${iso.slice(0, 23)}+07:00`;
}

/**
 * An instant (epoch milliseconds) as an ISO string in Vietnam time: `2026-11-19T23:59:00.000+07:00`.
 * Always the same instant: before 1911, Vietnam's local mean time was UTC+07:06:30, an offset
 * ISO 8601 cannot write (offsets are whole minutes); such an instant is written at the plan's
 * fixed +07:00 rather than at an offset cut to minutes, which would name another instant.
 */
export function toVietnamIso(epochMs: number): string {
  return memo(isoTexts, String(epochMs), () => {
    const d = new TZDate(epochMs, VIETNAM_TIME_ZONE);
    if (!Number.isInteger(d.getTimezoneOffset())) return atPlanOffset(epochMs);
    const text = `${plainOf(d)}T${clockOf(d)}.${digits(d.getMilliseconds(), 3)}${offsetOf(d)}`;
    // Whatever the time zone data says of the offset, the text must name this very instant.
    return Date.parse(text) === epochMs ? text : atPlanOffset(epochMs);
  });
}

/** The last millisecond of a plain date in Vietnam (23:59:59.999), as epoch milliseconds. */
export function endOfDayVn(date: PlainDate): number {
  return memo(dayEnds, date, () => endOfDay(startOf(date), { in: inVietnam }).getTime());
}

/** The parts of an instant in Vietnam time, for messages: date and `HH:mm:ss`. */
export function vietnamClock(epochMs: number): { date: PlainDate; time: string } {
  const d = new TZDate(epochMs, VIETNAM_TIME_ZONE);
  return { date: plainOf(d), time: clockOf(d) };
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
