import { describe, expect, it } from 'vitest';
import { checkDeadline } from '../../src/index';

describe('a date alone is that day in Vietnam time (issue 18 item 5)', () => {
  it.each([
    ['asOf', '2027-03-02', '2027-03-02T00:00:00+07:00'],
    ['submittedAt', '2026-11-19', '2026-11-19T00:00:00+07:00'],
  ] as const)('%s “%s” is accepted and read as %s', (field, date, instant) => {
    const base = { track: 'annual-city', year: 2026 } as const;
    const byDate = checkDeadline({ ...base, [field]: date });
    const byInstant = checkDeadline({ ...base, [field]: instant });
    expect(byDate).toEqual(byInstant);
  });

  it('an instant without an offset is still refused', () => {
    expect(() => checkDeadline({ track: 'annual-city', year: 2026, asOf: '2027-03-02T08:00' })).toThrow();
  });
});
