import { tz, TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysVn, daysBetweenVn, endOfDayVn, toVietnamIso, vietnamClock, vietnamDateOf, weekdayVn } from '../../src/deadline/vietnamTime';

describe('Vietnam time helpers', () => {
  it.each([
    ['2026-11-20', -1, '2026-11-19'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2030-01-01', -1, '2029-12-31'],
    ['2029-12-31', 1, '2030-01-01'],
  ] as const)('%s plus %i day(s) is %s', (date, days, expected) => {
    expect(addDaysVn(date, days)).toBe(expected);
  });

  it('weekdays: 20/11/2027 is a Saturday, 10/3/2030 a Sunday, 19/11/2026 a Thursday', () => {
    expect([weekdayVn('2027-11-20'), weekdayVn('2030-03-10'), weekdayVn('2026-11-19')]).toEqual([6, 0, 4]);
  });

  it('an instant’s Vietnam date is the UTC date moved by 7 hours', () => {
    expect(vietnamDateOf(Date.parse('2026-11-19T16:59:59.999Z'))).toBe('2026-11-19');
    expect(vietnamDateOf(Date.parse('2026-11-19T17:00:00Z'))).toBe('2026-11-20');
    expect(toVietnamIso(Date.parse('2026-11-19T17:30:00Z'))).toBe('2026-11-20T00:30:00.000+07:00');
  });

  it('the end of a Vietnam day is 23:59:59.999 at UTC+7', () => {
    expect(new Date(endOfDayVn('2026-11-19')).toISOString()).toBe('2026-11-19T16:59:59.999Z');
    expect(daysBetweenVn('2029-12-01', '2030-03-30')).toBe(119);
  });
});

// The library writes dates with TZDate's getters instead of date-fns's `format` (which would
// bring its format parser and a locale into browser bundles); these must agree with `format`.
describe('dates written in Vietnam time agree with date-fns format', () => {
  const first = Date.UTC(1900, 0, 1) - 7 * 3_600_000;
  const last = Date.UTC(2201, 0, 1) - 7 * 3_600_000 - 1;
  const inVietnam = tz('Asia/Ho_Chi_Minh');
  const byFormat = (ms: number) => format(new TZDate(ms, 'Asia/Ho_Chi_Minh'), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx", { in: inVietnam });

  // Before 1911 the zone's offset, +07:06:30, is no whole number of minutes: format writes it cut
  // to +07:06, which names another instant; toVietnamIso writes the same instant at +07:00.
  const atPlanOffset = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 23)}+07:00`;
  const expectedIso = (ms: number) => (Date.parse(byFormat(ms)) === ms ? byFormat(ms) : atPlanOffset(ms));

  it('every instant from 1900 to 2200 is written as format writes it (date, clock, milliseconds, offset), or before 1911 at +07:00', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        expect(Date.parse(toVietnamIso(ms))).toBe(ms);
        expect(toVietnamIso(ms)).toBe(expectedIso(ms));
        expect(vietnamDateOf(ms)).toBe(byFormat(ms).slice(0, 10));
        expect(vietnamClock(ms)).toEqual({ date: byFormat(ms).slice(0, 10), time: byFormat(ms).slice(11, 19) });
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });

  // The offsets Asia/Ho_Chi_Minh has had (+07:06, +07, +08, +09) and the edges of the range.
  it.each([
    ['1900-01-01T00:00:00.000+07:06'],
    ['1911-05-01T00:00:00.000+07:00'],
    ['1943-06-01T12:34:56.789+08:00'],
    ['1945-06-01T00:00:00.000+09:00'],
    ['1970-01-01T07:00:00.000+08:00'],
    ['1975-06-13T00:00:00.000+07:00'],
    ['2026-11-19T23:59:59.999+07:00'],
    ['2200-12-31T23:59:59.999+07:00'],
  ])('%s is written back as the same instant, as format writes it where format can', (iso) => {
    const ms = Date.parse(iso);
    expect(toVietnamIso(ms)).toBe(expectedIso(ms));
    expect(Date.parse(toVietnamIso(ms))).toBe(ms);
  });

  it('1900-01-01T00:00:00+07:00 is echoed as it was given, not at +07:06', () => {
    expect(toVietnamIso(Date.parse('1900-01-01T00:00:00+07:00'))).toBe('1900-01-01T00:00:00.000+07:00');
  });

  it('a day added across the 1975 change of offset keeps the calendar date', () => {
    expect(addDaysVn('1975-06-12', 1)).toBe('1975-06-13');
    expect(addDaysVn('1942-12-31', 1)).toBe('1943-01-01');
  });
});
