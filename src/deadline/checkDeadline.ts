import {
  afterReportNote,
  communeNote,
  dataNote,
  dayOffNote,
  estimateNote,
  milestoneNote,
  noDeadlineNote,
  noTimeNote,
  planCalendarNote,
  readingNote,
  unknownDateNote,
  yearUnusedNote,
  WEEKLY_DAY_OFF,
  type DayOffReason,
} from '../i18n/deadlineNotes';
import type { BilingualText, Lang } from '../ground/lang';
import type { DeadlineCheck, DeadlineInput, MilestoneCheck, NonWorkingDayInfo } from '../schema/deadline';
import type { DeadlineReading, DeadlinesFile, DeadlineTrack } from '../schema/deadlines';
import type { ReadonlyInput } from '../schema/nomination';
import { calendarSources, type CalendarSources } from './holidays';
import { checkMilestone, type MilestoneDates, type MilestoneResult } from './milestones';
import { resolveDeadlineOptions, type DeadlineOptions } from './options';
import { checkDeadlineInput, type CheckedDeadlineInput } from './validateInput';
import { daysBetweenVn, toVietnamIso, vietnamClock, VIETNAM_TIME_ZONE, weekdayVn } from './vietnamTime';
import { estimatedHolidays, WEEKDAY_NAMES } from './workingDays';

function weekdayName(date: string): BilingualText {
  return WEEKDAY_NAMES[weekdayVn(date)] as BilingualText;
}

function milestoneOutput(r: MilestoneResult, deadlines: DeadlinesFile, lang: Lang): MilestoneCheck {
  const { def, dates } = r;
  const daysOffAtEnd: NonWorkingDayInfo[] = (dates?.daysOffAtEnd ?? []).map((d) => ({
    date: d.date,
    kind: d.kind,
    ...(d.holiday !== undefined && { holiday: d.holiday }),
    name: d.name[lang],
    ...(d.source !== undefined && { source: d.source }),
  }));
  return {
    id: def.id,
    clause: def.clause,
    label: def.label[lang],
    from: { id: def.from, name: deadlines.parties[def.from][lang] },
    to: { id: def.to, name: deadlines.parties[def.to][lang] },
    bindsCommune: r.bindsCommune,
    dueBefore: dates?.dueBefore ?? null,
    lastDay: dates?.lastDay ?? null,
    lastInstant: dates ? toVietnamIso(dates.lastInstantMs) : null,
    lastWorkingDay: dates?.lastWorkingDay ?? null,
    daysOffAtEnd,
    holidayData: dates ? (dates.estimatedYears.length > 0 ? 'estimate' : 'official') : null,
    status: r.status,
    ...(r.daysLeft !== undefined && { daysLeft: r.daysLeft }),
  };
}

/**
 * Checks a commendation dossier against the plan's deadlines (III.3): for each milestone of the
 * track, the date it is due before, the last day under the reading of "trước ngày D", the last
 * instant (23:59:59.999 Vietnam time), the last working day, and its status at the times given.
 *
 * `submittedAt` decides `on-time` / `late`; without it, `asOf` decides `open` / `closed` and
 * `daysLeft` (calendar days from the `asOf` date to the last day: 0 on the last day, negative
 * after it). With neither, statuses are `unknown` and a note says so: the library never reads
 * the clock. The commune's own report to the city (31/3) binds the commune, not the unit: it is
 * judged on `asOf` only. A last day that is a day off is not moved (Civil Code Art. 148 is not
 * applied to the plan's fixed dates); the last working day is reported and a note warns.
 * All dates are Vietnam dates (Asia/Ho_Chi_Minh); results do not depend on the host's time zone.
 *
 * @param input - `{ track, year?, submittedAt?, asOf?, reading?, periodSummaryDeadline? }`: `track` is
 *   `annual-grassroots` (III.3.1-grassroots, before 20/11 of `year`), `annual-city` (III.3.1-city,
 *   before 10/3 and 31/3 of `year` + 1), `ad-hoc` (III.3.1-ad-hoc, no calendar deadline) or
 *   `period-2026-2030` (III.3.2-period: before `periodSummaryDeadline`, the commune's own date, and
 *   the report before 31/3/2030); `year` is the assessment year (required for the annual tracks);
 *   instants are ISO strings with an offset, or `Date`s, and a date alone (`YYYY-MM-DD`) is that day from its start in Vietnam time; `reading` is `strict` (default) or `inclusive`.
 * @param options - `lang` (`'vi'` default, or `'en'`) for notes and errors; `plan` (default: the bundled Vĩnh Bảo plan).
 * @returns The `DeadlineCheck`: `{ track, clause, milestones, onTime, notes, … }`, plain JSON.
 * @throws {ValidationError} For bad input or options: an invalid date or instant (or one outside
 *   the years 1900–2200), an unknown track,
 *   an annual track without `year`, a year outside the plan's period, `periodSummaryDeadline` on
 *   another track; each issue has its path (`['year']`, `['submittedAt']`, …).
 *
 * @example
 * const check = checkDeadline(
 *   { track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z' },
 *   { lang: 'en' },
 * );
 * check.onTime; //=> false (17:30 UTC on 19/11 is 00:30 on 20/11 in Vietnam)
 * check.milestones[0].lastDay; //=> '2026-11-19'
 * check.milestones[0].lastInstant; //=> '2026-11-19T23:59:59.999+07:00'
 * check.milestones[0].status; //=> 'late'
 * check.notes[1];
 * //=> '[III.3.1-grassroots] Annual grassroots commendation dossiers to the commune People\'s Committee: before 20 November 2026; the last day is Thursday 19 November 2026, until 23:59:59 Vietnam time. The dossier arrived at 00:30:00 on 20 November 2026 (Vietnam time): late (1 day after the last day).'
 */
export function checkDeadline<T extends string = DeadlineTrack>(input: ReadonlyInput<DeadlineInput<NoInfer<T>>>, options?: DeadlineOptions<T>): DeadlineCheck {
  const { lang, plan: root, planVersion } = resolveDeadlineOptions(options);
  const checked = checkDeadlineInput(input, root, lang, planVersion);
  const { plan, deadlines, track } = checked;
  const { year } = checked.input;
  const reading = checked.input.reading ?? deadlines.reading.default;
  // The calendar of the version in use: its own official days off over the bundled ones.
  const calendar = calendarSources(plan.calendar);
  const results = checkMilestones(checked, reading, calendar);

  const notes: string[] = [];
  if (results.some((r) => r.dates !== null)) {
    notes.push(readingNote(deadlines.clause, reading, reading === deadlines.reading.default, lang));
  }
  if (year !== undefined && !track.requiresYear) notes.push(yearUnusedNote(track.clause, year, lang));
  for (const r of results) notes.push(...milestoneNotes(r, checked, lang));
  notes.push(...afterReportNotes(results, lang));
  notes.push(...planCalendarNotes(results, calendar, deadlines.clause, lang));
  notes.push(...estimateNotes(results, calendar, deadlines.clause, lang));
  const timed = checked.submittedMs !== undefined || checked.asOfMs !== undefined;
  if (!timed && results.some((r) => r.status === 'unknown' && r.dates !== null)) {
    notes.push(noTimeNote(deadlines.clause, lang));
  }

  return {
    track: track.id,
    clause: track.clause,
    title: track.title[lang],
    planId: plan.id,
    planVersion: plan.version,
    year: year ?? null,
    reading,
    timeZone: VIETNAM_TIME_ZONE,
    submittedAt: checked.submittedMs !== undefined ? toVietnamIso(checked.submittedMs) : null,
    asOf: checked.asOfMs !== undefined ? toVietnamIso(checked.asOfMs) : null,
    milestones: results.map((r) => milestoneOutput(r, deadlines, lang)),
    onTime: onTimeOf(results),
    notes,
    lang,
  };
}

/** Each milestone of the track, checked against the caller's year, dates and instants. */
function checkMilestones(checked: CheckedDeadlineInput, reading: DeadlineReading, calendar: CalendarSources): MilestoneResult[] {
  const { year, periodSummaryDeadline } = checked.input;
  return checked.track.milestones.map((def) =>
    checkMilestone(def, {
      reading,
      calendar,
      ...(year !== undefined && { year }),
      ...(periodSummaryDeadline !== undefined && { periodSummaryDeadline }),
      ...(checked.submittedMs !== undefined && { submittedMs: checked.submittedMs }),
      ...(checked.asOfMs !== undefined && { asOfMs: checked.asOfMs }),
    }),
  );
}

/** The notes on one milestone: its sentence, then its data, commune and day-off notes when they apply. */
function milestoneNotes(r: MilestoneResult, checked: CheckedDeadlineInput, lang: Lang): string[] {
  const { def, dates } = r;
  if (dates === null) return [r.status === 'not-applicable' ? noDeadlineNote(def, lang) : unknownDateNote(def, lang)];
  const judgedOn =
    r.status === 'on-time' || r.status === 'late' ? checked.submittedMs : r.status === 'open' || r.status === 'closed' ? checked.asOfMs : undefined;
  const arrivedOn = judgedOn === undefined ? undefined : vietnamClock(judgedOn);
  const notes = [
    milestoneNote(
      {
        def,
        dueBefore: dates.dueBefore,
        lastDay: dates.lastDay,
        lastDayWeekday: weekdayName(dates.lastDay),
        status: r.status === 'not-applicable' ? 'unknown' : r.status,
        ...(arrivedOn !== undefined && { at: arrivedOn }),
        ...(r.status === 'late' && arrivedOn !== undefined && { daysLate: daysBetweenVn(dates.lastDay, arrivedOn.date) }),
        ...(r.daysLeft !== undefined && { daysLeft: r.daysLeft }),
      },
      lang,
    ),
  ];
  const extra = dataNote(def, lang);
  if (extra) notes.push(extra);
  if (r.bindsCommune) notes.push(communeNote(def, checked.submittedMs !== undefined, checked.asOfMs !== undefined, lang));
  if (dates.lastWorkingDay !== dates.lastDay) {
    notes.push(
      dayOffNote(
        def,
        { date: dates.lastDay, weekday: weekdayName(dates.lastDay) },
        { date: dates.lastWorkingDay, weekday: weekdayName(dates.lastWorkingDay) },
        dayOffReasons(dates),
        checked.deadlines,
        lang,
      ),
    );
  }
  return notes;
}

/** Why the days between the last working day and the last day are off, each reason once. */
function dayOffReasons(dates: MilestoneDates): DayOffReason[] {
  const reasons: DayOffReason[] = [];
  const seen = new Set<string>();
  for (const d of dates.daysOffAtEnd) {
    const name = d.kind === 'weekend' ? WEEKLY_DAY_OFF : d.name;
    const key = `${name.en}|${d.source === 'estimate'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push({ name, estimate: d.source === 'estimate' });
  }
  return reasons;
}

/** A unit's deadline after the commune's own report deadline cannot be right (the commune compiles before it reports). */
function afterReportNotes(results: readonly MilestoneResult[], lang: Lang): string[] {
  const notes: string[] = [];
  for (const unit of results) {
    if (unit.bindsCommune || !unit.dates) continue;
    for (const report of results) {
      if (!report.bindsCommune || !report.dates) continue;
      if (unit.dates.lastDay > report.dates.lastDay) {
        notes.push(afterReportNote(unit.def, unit.dates.lastDay, report.def, report.dates.lastDay, lang));
      }
    }
  }
  return notes;
}

/** One note per year of the plan's own calendar that the dates were computed from, citing its references. */
function planCalendarNotes(results: readonly MilestoneResult[], calendar: CalendarSources, clause: string, lang: Lang): string[] {
  if (calendar.given.size === 0) return [];
  const years = new Set<number>();
  for (const r of results) {
    if (!r.dates) continue;
    for (let y = Number(r.dates.lastWorkingDay.slice(0, 4)); y <= Number(r.dates.lastDay.slice(0, 4)); y++) years.add(y);
  }
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((y) => {
      const file = calendar.given.get(y);
      return file ? [planCalendarNote(clause, y, [...new Set(file.occasions.map((o) => o.reference))], lang)] : [];
    });
}

/** One note per year whose holidays the dates were computed from estimates, naming the estimated holidays. */
function estimateNotes(results: readonly MilestoneResult[], calendar: CalendarSources, clause: string, lang: Lang): string[] {
  const estimatedYears = [...new Set(results.flatMap((r) => r.dates?.estimatedYears ?? []))].sort((a, b) => a - b);
  if (estimatedYears.length === 0) return [];
  const { rules, official } = calendar;
  const names = new Map(rules.holidays.map((h) => [h.id, h.name]));
  // Without an official list for the year every holiday is an estimate; with one, only those it leaves out.
  return estimatedYears.map((y) =>
    estimateNote(
      clause,
      y,
      estimatedHolidays(y, calendar).map((id) => names.get(id) ?? { vi: id, en: id }),
      !official.has(y),
      lang,
    ),
  );
}

/** `onTime`: decided by the milestones that bind the submitting unit and have a date; `null` when they do not decide it. */
function onTimeOf(results: readonly MilestoneResult[]): boolean | null {
  const unitStatuses = results.filter((r) => !r.bindsCommune && r.dates !== null).map((r) => r.status);
  if (unitStatuses.includes('late')) return false;
  if (unitStatuses.length > 0 && unitStatuses.every((s) => s === 'on-time')) return true;
  return null;
}
