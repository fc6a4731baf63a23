import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJd, jdFromDate, jdToDate, lunarNewYear, lunarToJd, lunarToSolar, solarToLunar } from '../../src/deadline/lunar';

// Published dates. Tết (1st day of the 1st lunar month) and Giỗ Tổ Hùng Vương (10th day of the
// 3rd lunar month) in Vietnam, 2020–2035, as tabulated by the python-holidays project
// (vacanza/holidays, holidays/calendars/chinese.py: LUNAR_NEW_YEAR_DATES and HUNG_KINGS_DATES,
// with VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES overriding 2030 to 2 February), and matching the
// Vietnamese calendars and the Government's holiday announcements of those years.
const TET_VIETNAM: readonly [number, string][] = [
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'],
  [2031, '2031-01-23'],
  [2032, '2032-02-11'],
  [2033, '2033-01-31'],
  [2034, '2034-02-19'],
  [2035, '2035-02-08'],
];

const HUNG_KINGS_VIETNAM: readonly [number, string][] = [
  [2020, '2020-04-02'],
  [2021, '2021-04-21'],
  [2022, '2022-04-10'],
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
  [2027, '2027-04-16'],
  [2028, '2028-04-04'],
  [2029, '2029-04-23'],
  [2030, '2030-04-12'],
  [2031, '2031-04-01'],
  [2032, '2032-04-19'],
  [2033, '2033-04-09'],
  [2034, '2034-04-28'],
  [2035, '2035-04-17'],
];

describe('the Vietnamese lunar calendar (Hồ Ngọc Đức’s algorithm, UTC+7)', () => {
  it.each(TET_VIETNAM)('Tết %i falls on %s in Vietnam', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it.each(HUNG_KINGS_VIETNAM)('Giỗ Tổ Hùng Vương %i falls on %s', (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });

  it('Tết 2030 is 2 February in Vietnam (UTC+7) but 3 February in China (UTC+8)', () => {
    expect(lunarNewYear(2030, 7)).toBe('2030-02-02');
    expect(lunarNewYear(2030, 8)).toBe('2030-02-03');
    // That new moon is at about 16:08 UTC on 2 February 2030 (by this algorithm): 23:08 in Hà Nội, 00:08 on the 3rd in Beijing.
    expect(solarToLunar([2030, 2, 2], 7)).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(solarToLunar([2030, 2, 2], 8)).toEqual({ year: 2029, month: 12, day: 30, leap: false });
  });

  it('every other Tết of 2020–2035 is the same day in both calendars, so 2030 is the only difference of the period', () => {
    const differing = TET_VIETNAM.filter(([y]) => lunarNewYear(y, 7) !== lunarNewYear(y, 8)).map(([y]) => y);
    expect(differing).toEqual([2030]);
  });

  it('the Vietnamese dates that python-holidays lists apart from China’s later this century come out of UTC+7', () => {
    // VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES: 2053 → 18 February (China: 19 February).
    expect(lunarNewYear(2053, 7)).toBe('2053-02-18');
    expect(lunarNewYear(2053, 8)).toBe('2053-02-19');
    // VIETNAMESE_CALENDAR_HUNG_KINGS_DATES: 2037 → 24 April, 2038 → 13 April (China: 25 and 14 April).
    expect(lunarToSolar(2037, 3, 10, 7)).toBe('2037-04-24');
    expect(lunarToSolar(2037, 3, 10, 8)).toBe('2037-04-25');
    expect(lunarToSolar(2038, 3, 10, 7)).toBe('2038-04-13');
    expect(lunarToSolar(2038, 3, 10, 8)).toBe('2038-04-14');
  });

  it('the day before Tết 2030 is the last day (29th) of the 12th month of the old year', () => {
    expect(solarToLunar([2030, 2, 1])).toEqual({ year: 2029, month: 12, day: 29, leap: false });
  });

  it('leap months are found: the 2nd month of 2023 and the 6th month of 2025 are doubled', () => {
    expect(solarToLunar([2023, 3, 22])).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar([2025, 7, 25])).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(formatJd(lunarToJd({ year: 2025, month: 6, day: 1, leap: true }) ?? 0)).toBe('2025-07-25');
    expect(lunarToJd({ year: 2026, month: 6, day: 1, leap: true })).toBeNull();
    expect(lunarToJd({ year: 2025, month: 5, day: 1, leap: true })).toBeNull();
  });

  it('Julian day numbers round-trip with the Gregorian calendar', () => {
    expect(jdFromDate(1, 1, 2000)).toBe(2451545);
    fc.assert(
      fc.property(fc.integer({ min: jdFromDate(1, 1, 1900), max: jdFromDate(31, 12, 2199) }), (jd) => {
        const [y, m, d] = jdToDate(jd);
        expect(jdFromDate(d, m, y)).toBe(jd);
      }),
    );
  });

  it('a lunar date converts back to the same solar day, and the next day is the next lunar day or a new month', () => {
    fc.assert(
      fc.property(fc.integer({ min: jdFromDate(1, 1, 1950), max: jdFromDate(31, 12, 2150) }), (jd) => {
        const today = solarToLunar(jdToDate(jd));
        expect(lunarToJd(today)).toBe(jd);
        const tomorrow = solarToLunar(jdToDate(jd + 1));
        if (tomorrow.day === 1) expect([29, 30]).toContain(today.day);
        else expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
      }),
      { numRuns: 300 },
    );
  });
});

// An outside reference: the Chinese calendar of 1900–2100 (UTC+8) as the widely republished
// lunarInfo table gives it (test/deadline/fixtures/chinese-lunar-years-1900-2100.json). The same
// algorithm at UTC+8 must start every month on the table's day, except the months listed here,
// each with the reason found (new moon times by this algorithm, Beijing time).
const CHINA = JSON.parse(readFileSync(new URL('./fixtures/chinese-lunar-years-1900-2100.json', import.meta.url), 'utf8')) as {
  timeZone: number;
  years: [number, string, number, string][];
};

/** Beijing's local mean time (116°24′ E), at which China reckoned its calendar before 1929. */
const BEIJING_MEAN_TIME = 7 + 45.6 / 60;

const EXCEPTIONS: Readonly<Record<string, { ours: string; reason: string }>> = {
  // Before 1929: new moons 2 to 8 minutes after midnight at UTC+8, before midnight at Beijing mean time.
  '1914-11-17': { ours: '1914/9/30', reason: 'before 1929, Beijing mean time' },
  '1916-02-03': { ours: '1915/12/30', reason: 'before 1929, Beijing mean time' },
  '1920-11-10': { ours: '1920/9/30', reason: 'before 1929, Beijing mean time' },
  // New moons within three minutes of midnight (00:03, 00:01, 23:59 by this algorithm): beyond its precision.
  '1933-07-22': { ours: '1933/5L/30', reason: 'new moon at midnight' },
  '2057-09-29': { ours: '2057/9/2', reason: 'new moon at midnight' },
  '2097-08-07': { ours: '2097/6/30', reason: 'new moon at midnight' },
  // The table is off: the 6th month's new moon was at 00:15 on 16 July (the table: the 15th), and
  // the 8th month's at 07:07 on 13 September (the table: the 12th).
  '1996-07-15': { ours: '1996/5/30', reason: 'table' },
  '1996-09-12': { ours: '1996/7/30', reason: 'table' },
  // 2033: the table's leap month is the 7th; the rule (no principal term in the month) gives the
  // 11th, as the algorithm does (the "2033 problem"). Every month from the 8th on is named differently.
  '2033-08-25': { ours: '2033/8/1', reason: 'leap month' },
  '2033-09-23': { ours: '2033/9/1', reason: 'leap month' },
  '2033-10-23': { ours: '2033/10/1', reason: 'leap month' },
  '2033-11-22': { ours: '2033/11/1', reason: 'leap month' },
  '2033-12-22': { ours: '2033/11L/1', reason: 'leap month' },
};

interface MonthStart {
  readonly date: string;
  readonly jd: number;
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

function chineseMonthStarts(): MonthStart[] {
  const starts: MonthStart[] = [];
  for (const [year, first, leapMonth, lengths] of CHINA.years) {
    const [y, m, d] = first.split('-').map(Number) as [number, number, number];
    let jd = jdFromDate(d, m, y);
    let month = 0;
    for (let i = 0; i < lengths.length; i++) {
      const leap = leapMonth > 0 && i === leapMonth;
      if (!leap) month++;
      starts.push({ date: formatJd(jd), jd, year, month, leap });
      jd += lengths[i] === 'L' ? 30 : 29;
    }
  }
  return starts;
}

const show = (l: { year: number; month: number; day: number; leap: boolean }) => `${l.year}/${l.month}${l.leap ? 'L' : ''}/${l.day}`;

describe('the same algorithm at UTC+8 against the Chinese calendar of 1900–2100', () => {
  const starts = chineseMonthStarts();

  it('the table holds 201 lunar years, 2,486 months, each year starting where the one before ends', () => {
    expect(CHINA.timeZone).toBe(8);
    expect(CHINA.years.length).toBe(201);
    expect(starts.length).toBe(2486);
    for (let i = 1; i < CHINA.years.length; i++) {
      const next = starts.find((s) => s.year === CHINA.years[i]![0] && s.month === 1 && !s.leap)!;
      expect(next.date).toBe(CHINA.years[i]![1]);
    }
  });

  it('every month starts on the table’s day, but for 13 months each explained', () => {
    const differing: Record<string, string> = {};
    for (const s of starts) {
      const ours = solarToLunar(jdToDate(s.jd), 8);
      if (show(ours) !== show({ ...s, day: 1 })) differing[s.date] = show(ours);
    }
    expect(differing).toEqual(Object.fromEntries(Object.entries(EXCEPTIONS).map(([date, e]) => [date, e.ours])));
  });

  it('converting back, each month of the table starts on its day (same exceptions)', () => {
    const mismatched: string[] = [];
    for (const s of starts) {
      if (EXCEPTIONS[s.date]) continue;
      if (lunarToJd({ year: s.year, month: s.month, day: 1, leap: s.leap }, 8) !== s.jd) mismatched.push(s.date);
      if (!s.leap && lunarToSolar(s.year, s.month, 15, 8) !== formatJd(s.jd + 14)) mismatched.push(`${s.date} +14`);
    }
    expect(mismatched).toEqual([]);
  });

  it('before 1929 the differences vanish at Beijing’s mean time, at which China then reckoned', () => {
    for (const [date, e] of Object.entries(EXCEPTIONS).filter(([, e]) => e.reason === 'before 1929, Beijing mean time')) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const s = starts.find((x) => x.date === date)!;
      expect([date, show(solarToLunar([y, m, d], BEIJING_MEAN_TIME))]).toEqual([date, show({ ...s, day: 1 })]);
      expect([date, show(solarToLunar([y, m, d], 8))]).toEqual([date, e.ours]);
    }
  });

  it('Tết of every year 1900–2100 in China is the table’s, but 1916 (Beijing mean time)', () => {
    const differing = CHINA.years.filter(([year, first]) => lunarNewYear(year, 8) !== first).map(([year]) => year);
    expect(differing).toEqual([1916]);
  });
});
