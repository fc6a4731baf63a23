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
