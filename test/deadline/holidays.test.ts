import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HolidayRulesFileSchema, OfficialDaysOffFileSchema } from '../../src/schemas';
import { CALENDAR_DATA } from '../../src/deadline/calendarData';
import { calendarSources, yearCalendar } from '../../src/deadline/holidays';
import { isWorkingDay, lastWorkingDayOnOrBefore, nonWorkingDay, nonWorkingDaysBetween, WEEKDAY_NAMES } from '../../src/deadline/workingDays';
import { weekdayVn } from '../../src/deadline/vietnamTime';
import { readRulesJson } from '../helpers/rules';

const calendarDir = fileURLToPath(new URL('../../rules/calendar/', import.meta.url));

/** The days off of a year (holidays, make-up days, announced breaks), sorted, with their holiday. */
function daysOff(year: number): [string, string][] {
  return [...yearCalendar(year).daysOff.values()].map((d): [string, string] => [d.date, d.holiday]).sort();
}

function holidayDates(year: number, holiday: string): string[] {
  return daysOff(year)
    .filter(([, h]) => h === holiday)
    .map(([d]) => d);
}

describe('the calendar files of rules/calendar/', () => {
  const files = readdirSync(calendarDir)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('holiday-rules.json is valid, and every rule has a reference and a confidence', () => {
    const rules = HolidayRulesFileSchema.parse(readRulesJson('calendar/holiday-rules.json'));
    expect(rules.holidays.map((h) => h.id)).toEqual(['new-year', 'tet', 'reunification', 'labour-day', 'national-day', 'hung-kings', 'culture-day']);
    for (const h of rules.holidays) {
      expect(h.reference.length).toBeGreaterThan(10);
      expect(h.name.vi.normalize('NFC')).toBe(h.name.vi);
    }
    expect(rules.holidays.find((h) => h.id === 'culture-day')).toMatchObject({ validFrom: '2026-07-01', confidence: 'medium' });
  });

  it('every yearly file is valid, lies within its year, names known holidays, and cites its sources', () => {
    const ids = new Set(calendarSources().rules.holidays.map((h) => h.id));
    const yearly = files.filter((f) => /^\d{4}\.json$/.test(f));
    expect(yearly.length).toBeGreaterThan(0);
    for (const f of yearly) {
      const file = OfficialDaysOffFileSchema.parse(readRulesJson(`calendar/${f}`));
      expect(`${file.year}.json`).toBe(f);
      const seen = new Set<string>();
      for (const o of file.occasions) {
        expect(ids.has(o.holiday), `${f}: ${o.holiday}`).toBe(true);
        expect(seen.has(o.holiday), `${f}: ${o.holiday} listed once`).toBe(false);
        seen.add(o.holiday);
        for (const r of o.daysOff) {
          expect(r.from <= r.to).toBe(true);
          expect(r.from.slice(0, 4)).toBe(String(file.year));
          expect(r.to.slice(0, 4)).toBe(String(file.year));
        }
        for (const w of o.workingDays ?? []) expect(nonWorkingDay(w), `${w} is a working day`).toBeUndefined();
        expect(o.reference.length).toBeGreaterThan(10);
      }
    }
  });

  it('every file of rules/calendar/ is bundled with the library', () => {
    const bundled = ['holiday-rules.json', ...Object.keys(CALENDAR_DATA.official)].sort();
    expect(bundled).toEqual(files);
  });
});

describe('days off by the Labour Code (Art. 111–112), official lists winning', () => {
  it('2026 uses the official lists for every holiday: nothing is estimated', () => {
    expect(yearCalendar(2026).estimated).toEqual([]);
  });

  it('Tết 2026 is the announced break, Saturday 14 to Sunday 22 February', () => {
    expect(holidayDates(2026, 'tet')).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });

  it('New Year 2026 is four days off, with Saturday 10 January a working day in exchange', () => {
    expect(holidayDates(2026, 'new-year')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-01-17')).toBe(false);
  });

  it('Giỗ Tổ 2026 falls on Sunday 26 April and is made up on Monday 27 April', () => {
    expect(holidayDates(2026, 'hung-kings')).toEqual(['2026-04-26', '2026-04-27']);
    expect(lastWorkingDayOnOrBefore('2026-04-27')).toBe('2026-04-24');
  });

  it('National Day 2026: 1 and 2 September off (the pair), with the swapped Monday 31 August and Saturday 22 August a working day', () => {
    expect(holidayDates(2026, 'national-day')).toEqual(['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']);
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(isWorkingDay('2026-09-03')).toBe(true);
  });

  it('Vietnamese Culture Day, 24 November 2026 (a Tuesday), is a day off from 2026, and not before', () => {
    expect(nonWorkingDay('2026-11-24')).toMatchObject({ kind: 'holiday', holiday: 'culture-day', source: 'official' });
    expect(holidayDates(2025, 'culture-day')).toEqual([]);
    expect(holidayDates(2027, 'culture-day')).toEqual(['2027-11-24']);
  });

  it('2027 has no official list: every holiday is estimated from the rules', () => {
    expect(yearCalendar(2027).estimated).toEqual(['new-year', 'tet', 'reunification', 'labour-day', 'national-day', 'hung-kings', 'culture-day']);
    expect(yearCalendar(2027).workingDays.size).toBe(0);
  });

  it('the Tết estimate is the last day of the lunar year and the 1st–4th, made up after a weekend (Tết 2027 is a Saturday)', () => {
    // 5/2 (Fri, 30 Tết), 6/2 (Sat, mùng 1), 7/2 (Sun), 8/2 (Mon), 9/2 (Tue); 6/2 and 7/2 made up on Wed 10/2 and Thu 11/2.
    expect(holidayDates(2027, 'tet')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(yearCalendar(2027).daysOff.get('2027-02-10')).toMatchObject({ substitute: true, source: 'estimate' });
  });

  it('the Tết 2030 estimate starts on 1 February, the 29th of the last month, because Tết is 2 February in Vietnam', () => {
    expect(holidayDates(2030, 'tet')).toEqual(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07']);
    expect(lastWorkingDayOnOrBefore('2030-02-07')).toBe('2030-01-31');
    expect(isWorkingDay('2030-02-08')).toBe(true);
  });

  it('the National Day estimate is the pair 1–2 September, and a pair on a weekend is made up (2029: Saturday and Sunday)', () => {
    expect(holidayDates(2027, 'national-day')).toEqual(['2027-09-01', '2027-09-02']);
    expect(holidayDates(2029, 'national-day')).toEqual(['2029-09-01', '2029-09-02', '2029-09-03', '2029-09-04']);
  });

  it('a fixed holiday on a weekend is made up on the next working day (1 May 2027 is a Saturday)', () => {
    expect(holidayDates(2027, 'labour-day')).toEqual(['2027-05-01', '2027-05-03']);
    expect(holidayDates(2027, 'reunification')).toEqual(['2027-04-30']);
  });

  it('every weekday has its name in both languages, Sunday first (23 to 29 November 2026)', () => {
    const week = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
    expect(week.map((d) => WEEKDAY_NAMES[weekdayVn(d)])).toEqual([
      { vi: 'Chủ nhật', en: 'Sunday' },
      { vi: 'thứ Hai', en: 'Monday' },
      { vi: 'thứ Ba', en: 'Tuesday' },
      { vi: 'thứ Tư', en: 'Wednesday' },
      { vi: 'thứ Năm', en: 'Thursday' },
      { vi: 'thứ Sáu', en: 'Friday' },
      { vi: 'thứ Bảy', en: 'Saturday' },
    ]);
  });

  it('weekends are days off of their own, named by weekday', () => {
    expect(nonWorkingDay('2027-11-20')).toEqual({ date: '2027-11-20', kind: 'weekend', name: { vi: 'thứ Bảy', en: 'Saturday' } });
    expect(nonWorkingDaysBetween('2030-03-08', '2030-03-10').map((d) => d.date)).toEqual(['2030-03-09', '2030-03-10']);
    // Working days in the range are left out: Wednesday 6 to Tuesday 12 March 2030.
    expect(nonWorkingDaysBetween('2030-03-05', '2030-03-12').map((d) => d.date)).toEqual(['2030-03-09', '2030-03-10']);
    expect(lastWorkingDayOnOrBefore('2028-11-19')).toBe('2028-11-17');
    expect(lastWorkingDayOnOrBefore('2026-11-19')).toBe('2026-11-19');
  });
});
