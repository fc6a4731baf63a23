import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeadline, defaultPlan, definePlan, withCalendarYear } from '../../src/index';
import type { OfficialDaysOffFile } from '../../src/schemas';
import { amendedDefinition, bundledDefinition } from '../helpers/plans';

const examplePath = fileURLToPath(new URL('../../examples/calendar-2027.example.json', import.meta.url));
/** examples/calendar-2027.example.json: every 2027 holiday, with Friday 19/11/2027 made a day off. */
const example = (): OfficialDaysOffFile => JSON.parse(readFileSync(examplePath, 'utf8')) as OfficialDaysOffFile;

/** A year's file with one day off on `date`, for the culture-day occasion. */
const oneDayOff = (year: number, date: string, reference = `Văn bản ví dụ ${date}`): OfficialDaysOffFile => ({
  kind: 'official-days-off',
  year,
  occasions: [{ holiday: 'culture-day', daysOff: [{ from: date, to: date }], reference, confidence: 'high' }],
});

const grassroots = (year: number) => ({ track: 'annual-grassroots', year }) as const;

describe('checkDeadline reads the official days off of the plan it is given (III.3)', () => {
  it("a 2027 file that makes Friday 19/11/2027 a day off moves the grassroots deadline's last working day to Thursday 18/11 and drops the estimate note", () => {
    const before = checkDeadline(grassroots(2027), { lang: 'en' });
    expect(before.milestones[0]).toMatchObject({ lastDay: '2027-11-19', lastWorkingDay: '2027-11-19', holidayData: 'estimate' });
    expect(before.notes.some((n) => n.includes('Year 2027') && n.includes('estimates'))).toBe(true);

    const plan = withCalendarYear(defaultPlan(), example());
    const after = checkDeadline(grassroots(2027), { plan, lang: 'en' });
    expect(after.milestones[0]).toMatchObject({ lastDay: '2027-11-19', lastWorkingDay: '2027-11-18', holidayData: 'official' });
    expect(after.milestones[0]!.daysOffAtEnd).toEqual([
      { date: '2027-11-19', kind: 'holiday', holiday: 'culture-day', name: 'Vietnamese Culture Day (24 November)', source: 'official' },
    ]);
    expect(after.notes.some((n) => n.includes('estimates'))).toBe(false);
  });

  it("the answer cites the references of the plan's file for the year it used, each once, in both languages", () => {
    const plan = withCalendarYear(defaultPlan(), oneDayOff(2027, '2027-11-19', 'Công văn số 1/VPCP (ví dụ)'));
    const en = checkDeadline(grassroots(2027), { plan, lang: 'en' });
    const vi = checkDeadline(grassroots(2027), { plan });
    expect(en.notes).toContain('[III.3] Year 2027: the days off are the official ones the plan gives: Công văn số 1/VPCP (ví dụ).');
    expect(vi.notes).toContain('[III.3] Năm 2027: ngày nghỉ lễ theo lịch nghỉ chính thức do kế hoạch cung cấp: Công văn số 1/VPCP (ví dụ).');
    // A year the plan does not give is not cited: 2028 is still estimated.
    expect(checkDeadline(grassroots(2028), { plan, lang: 'en' }).notes.some((n) => n.includes('the plan gives'))).toBe(false);
  });

  it('a file that leaves holidays out keeps the estimate note for them, naming only those', () => {
    const plan = withCalendarYear(defaultPlan(), oneDayOff(2027, '2027-11-19'));
    const check = checkDeadline(grassroots(2027), { plan, lang: 'en' });
    expect(check.milestones[0]!.lastWorkingDay).toBe('2027-11-18');
    const note = check.notes.find((n) => n.includes('estimates'));
    expect(note).toContain('Year 2027: the days off for New Year');
    expect(note).not.toContain('Culture Day');
  });

  it("the plan's year wins over the bundled list of the same year, and the bundled plan is not changed by it", () => {
    const plan = withCalendarYear(defaultPlan(), oneDayOff(2026, '2026-11-19'));
    expect(checkDeadline(grassroots(2026), { plan }).milestones[0]!.lastWorkingDay).toBe('2026-11-18');
    expect(checkDeadline(grassroots(2026)).milestones[0]!.lastWorkingDay).toBe('2026-11-19');
    expect(checkDeadline(grassroots(2026), { plan: defaultPlan() }).milestones[0]!.lastWorkingDay).toBe('2026-11-19');
  });

  it('two plans with other days off for the same year each get their own answers, whichever is asked first', () => {
    // Due before Tuesday 20/11/2029: the last day is Monday 19/11.
    const friday = withCalendarYear(defaultPlan(), oneDayOff(2029, '2029-11-19'));
    const longer = oneDayOff(2029, '2029-11-16');
    const thursday = withCalendarYear(defaultPlan(), {
      ...longer,
      occasions: [{ ...longer.occasions[0]!, daysOff: [{ from: '2029-11-16', to: '2029-11-19' }] }],
    });
    for (let round = 0; round < 2; round++) {
      expect(checkDeadline(grassroots(2029), { plan: friday }).milestones[0]!.lastWorkingDay).toBe('2029-11-16');
      expect(checkDeadline(grassroots(2029), { plan: thursday }).milestones[0]!.lastWorkingDay).toBe('2029-11-15');
      expect(checkDeadline(grassroots(2029)).milestones[0]!.lastWorkingDay).toBe('2029-11-19');
    }
  });

  it('a plan definition may carry the calendar itself, and every version of an amended plan reads it', () => {
    const plan = definePlan({ ...amendedDefinition(), calendar: { official: [oneDayOff(2028, '2028-11-17')] } });
    expect(plan.versions.map((v) => v.calendar?.official.map((f) => f.year))).toEqual([[2028], [2028]]);
    for (const planVersion of ['1.0.0', '1.1.0']) {
      expect(checkDeadline(grassroots(2028), { plan, planVersion }).milestones[0]!.lastWorkingDay).toBe('2028-11-16');
    }
  });

  it("a working day the plan's file swaps in counts as one", () => {
    const file: OfficialDaysOffFile = {
      kind: 'official-days-off',
      year: 2028,
      occasions: [
        { holiday: 'culture-day', daysOff: [{ from: '2028-11-20', to: '2028-11-20' }], workingDays: ['2028-11-19'], reference: 'Ví dụ', confidence: 'high' },
      ],
    };
    const plan = definePlan({ ...bundledDefinition(), calendar: { official: [file] } });
    // Due before 20/11/2028 (a Monday): the last day is Sunday 19/11, made a working day.
    expect(checkDeadline(grassroots(2028), { plan }).milestones[0]).toMatchObject({ lastDay: '2028-11-19', lastWorkingDay: '2028-11-19' });
    expect(checkDeadline(grassroots(2028)).milestones[0]).toMatchObject({ lastDay: '2028-11-19', lastWorkingDay: '2028-11-17' });
  });
});
