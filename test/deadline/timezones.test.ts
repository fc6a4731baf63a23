import { afterAll, describe, expect, it } from 'vitest';
import { checkDeadline } from '../../src/index';

// The host's time zone must not change any answer. The whole suite also runs under several TZ
// values (.ci/run); this test switches TZ inside one process and compares the answers.
const ZONES: readonly [string, number][] = [
  ['UTC', 0],
  ['America/Los_Angeles', 480], // UTC-8 on 1 January
  ['Asia/Ho_Chi_Minh', -420],
  ['Pacific/Kiritimati', -840], // UTC+14: a different calendar date from Vietnam for part of each day
];

const INPUTS: readonly unknown[] = [
  { track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T23:59:00+07:00' },
  { track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z' },
  { track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z', reading: 'inclusive' },
  { track: 'annual-grassroots', year: 2027, asOf: '2027-11-19T20:00:00-08:00' },
  { track: 'annual-city', year: 2029, asOf: new Date(Date.UTC(2030, 2, 9, 16, 59, 59, 999)) },
  { track: 'annual-city', year: 2028, submittedAt: new Date(Date.UTC(2029, 2, 9, 10, 0)) },
  { track: 'period-2026-2030', periodSummaryDeadline: '2030-02-06', asOf: '2030-01-31T23:30:00+14:00' },
  { track: 'ad-hoc', submittedAt: '2027-06-01T09:00:00+07:00' },
];

const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

function answers(): string[] {
  return INPUTS.flatMap((input) => [JSON.stringify(checkDeadline(input as never)), JSON.stringify(checkDeadline(input as never, { lang: 'en' }))]);
}

describe('checkDeadline does not depend on the host time zone', () => {
  it('gives identical answers under UTC, America/Los_Angeles, Asia/Ho_Chi_Minh and Pacific/Kiritimati', () => {
    const results = new Map<string, string[]>();
    for (const [zone, offset] of ZONES) {
      process.env['TZ'] = zone;
      // The switch took effect: local time of the process is now that zone.
      expect(new Date(2026, 0, 1).getTimezoneOffset(), zone).toBe(offset);
      results.set(zone, answers());
    }
    const [first, ...rest] = [...results.values()];
    for (const r of rest) expect(r).toEqual(first);
  });

  it('a late-evening instant in Kiritimati is read on its Vietnam date, not the host’s', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    // 31/1/2030 23:30 at UTC+14 is 31/1/2030 16:30 in Vietnam, five days before the last day (5/2/2030).
    const check = checkDeadline({ track: 'period-2026-2030', periodSummaryDeadline: '2030-02-06', asOf: '2030-01-31T23:30:00+14:00' });
    expect(check.asOf).toBe('2030-01-31T16:30:00.000+07:00');
    expect(check.milestones[0]).toMatchObject({ status: 'open', daysLeft: 5, lastWorkingDay: '2030-01-31' });
  });
});
