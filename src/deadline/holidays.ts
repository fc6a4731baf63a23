/**
 * Vietnam's days off, year by year: the public holidays of the Labour Code (Art. 112), the
 * make-up day when a holiday falls on a weekend (Art. 111(3)), and the Government's official
 * lists where they are known (rules/calendar/YYYY.json), which win over the rules for the
 * holidays they cover. Holidays computed only from the rules are marked as estimates.
 *
 * The calendar is national law, not part of a commune's plan: it is bundled library data, and a
 * plan may carry the official lists of later years (`calendar`), which win for those years.
 */
import type { BilingualText } from '../ground/lang';
import type { HolidayDay, OfficialDaysOffFile } from '../schema/calendar';
import { lunarToSolar } from './lunar';
import { CALENDAR_DATA, type HolidayRules, type OfficialDaysOff } from './calendarData';
import { addDaysVn, datesFromTo, weekdayVn, type PlainDate } from './vietnamTime';

/** One day off that is not an ordinary weekend: a holiday, a make-up day, or a day of an announced break. */
export interface DayOff {
  readonly date: PlainDate;
  /** The holiday rule it belongs to (`tet`, `national-day`, …). */
  readonly holiday: string;
  readonly name: BilingualText;
  /** `official`: from the Government's list for the year; `estimate`: computed from the rules. */
  readonly source: 'official' | 'estimate';
  /** `substitute`: made up for a holiday that fell on a weekend (estimates only). */
  readonly substitute: boolean;
}

/** The days off of one calendar year. */
export interface YearCalendar {
  readonly year: number;
  /** Days off other than ordinary weekends, by date. */
  readonly daysOff: ReadonlyMap<PlainDate, DayOff>;
  /** Weekend days made working days in exchange for another day (official lists only). */
  readonly workingDays: ReadonlySet<PlainDate>;
  /** The holidays of the year taken from the rules because no official list covers them. */
  readonly estimated: readonly string[];
}

/**
 * The calendar one plan version reads: the rules, the official lists by year (the plan's own
 * over the bundled ones), and the years computed from them, remembered with it.
 */
export interface CalendarSources {
  readonly rules: HolidayRules;
  readonly official: ReadonlyMap<number, OfficialDaysOff>;
  /** The years the plan's author gave (their files carry references, which the answers cite). */
  readonly given: ReadonlyMap<number, PlanOfficialDaysOff>;
  readonly years: Map<number, YearCalendar>;
}

/** One year of a plan's calendar, as the plan carries it (references included). */
export type PlanOfficialDaysOff = OfficialDaysOffFile;

// Each derives from the bundled calendar and one plan's calendar alone, both frozen: an answer
// remembered is the answer computed anew. Kept per plan calendar (a frozen object of the plan),
// so a plan given other days off never sees another plan's years.
let bundled: CalendarSources | undefined;
const byPlanCalendar = new WeakMap<object, CalendarSources>();

/**
 * The calendar for a plan's `calendar` (the bundled one when it has none), read on first use:
 * the files of rules/calendar/ less their notes and references (calendarData.ts), then the
 * plan's files, which win for the years they cover. The bundled files are the library's own
 * data, checked against `HolidayRulesFileSchema` and `OfficialDaysOffFileSchema` by
 * test/plan/bundledPlan.test.ts rather than in every host; a plan's were checked by `definePlan`.
 */
export function calendarSources(planCalendar?: { readonly official: readonly PlanOfficialDaysOff[] }): CalendarSources {
  if (!bundled) {
    const official = new Map<number, OfficialDaysOff>();
    for (const file of Object.values(CALENDAR_DATA.official)) official.set(file.year, file);
    bundled = { rules: CALENDAR_DATA.rules, official, given: new Map(), years: new Map() };
  }
  if (!planCalendar) return bundled;
  let sources = byPlanCalendar.get(planCalendar);
  if (!sources) {
    const official = new Map(bundled.official);
    const given = new Map<number, PlanOfficialDaysOff>();
    for (const file of planCalendar.official) {
      official.set(file.year, file);
      given.set(file.year, file);
    }
    sources = { rules: bundled.rules, official, given, years: new Map() };
    byPlanCalendar.set(planCalendar, sources);
  }
  return sources;
}

/** Whether a date is a weekly day off (Saturday or Sunday for state agencies). */
export function isWeeklyDayOff(date: PlainDate, cal: CalendarSources = calendarSources()): boolean {
  return cal.rules.weeklyDaysOff.days.includes(weekdayVn(date));
}

function dayOfRule(day: HolidayDay, year: number): PlainDate {
  if ('solar' in day) return `${year}-${day.solar}`;
  const [m, d] = day.lunar.split('-').map(Number) as [number, number];
  return addDaysVn(lunarToSolar(year, m, d), day.offsetDays ?? 0);
}

function buildYear(year: number, cal: CalendarSources): YearCalendar {
  const { rules, official } = cal;
  const names = new Map(rules.holidays.map((h) => [h.id, h.name]));
  const daysOff = new Map<PlainDate, DayOff>();
  const workingDays = new Set<PlainDate>();
  const file = official.get(year);
  const covered = new Set<string>();

  for (const occasion of file?.occasions ?? []) {
    covered.add(occasion.holiday);
    const name = names.get(occasion.holiday) ?? { vi: occasion.holiday, en: occasion.holiday };
    for (const range of occasion.daysOff) {
      for (const date of datesFromTo(range.from, range.to)) {
        daysOff.set(date, { date, holiday: occasion.holiday, name, source: 'official', substitute: false });
      }
    }
    for (const date of occasion.workingDays ?? []) workingDays.add(date);
  }

  const estimated: string[] = [];
  const onWeekend: DayOff[] = [];
  for (const rule of rules.holidays) {
    if (covered.has(rule.id)) continue;
    const dates = rule.days.map((d) => dayOfRule(d, year)).filter((d) => rule.validFrom === undefined || d >= rule.validFrom);
    if (dates.length === 0) continue;
    estimated.push(rule.id);
    for (const date of dates) {
      const day: DayOff = { date, holiday: rule.id, name: rule.name, source: 'estimate', substitute: false };
      if (!daysOff.has(date)) daysOff.set(date, day);
      if (isWeeklyDayOff(date, cal)) onWeekend.push(day);
    }
  }
  // Labour Code Art. 111(3): a holiday on a weekly day off is made up on the next working day.
  onWeekend.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const day of onWeekend) {
    let next = addDaysVn(day.date, 1);
    while (isWeeklyDayOff(next, cal) || daysOff.has(next)) next = addDaysVn(next, 1);
    daysOff.set(next, { ...day, date: next, substitute: true });
  }
  return { year, daysOff, workingDays, estimated };
}

/** The days off of a year in a calendar (the bundled one by default; computed once, then reused). */
export function yearCalendar(year: number, cal: CalendarSources = calendarSources()): YearCalendar {
  let days = cal.years.get(year);
  if (!days) {
    days = buildYear(year, cal);
    cal.years.set(year, days);
  }
  return days;
}
