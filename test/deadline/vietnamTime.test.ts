import { describe, expect, it } from 'vitest';
import { addDaysVn, daysBetweenVn, endOfDayVn, toVietnamIso, vietnamDateOf, weekdayVn } from '../../src/deadline/vietnamTime';

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
