import { describe, expect, it } from 'vitest';
import { allocateQuota, defaultPlan, definePlan, evaluateNominationsSync, loadPlan, withCalendarYear, withParameters, type Plan } from '../../src/index';
import type { BaseSalaryFile, OfficialDaysOffFile } from '../../src/schemas';
import { issuesOf } from '../helpers/issues';
import { amendedDefinition, bundledDefinition, ruleSetsDefinition } from '../helpers/plans';
import { readRulesJson } from '../helpers/rules';

const year2027 = (): OfficialDaysOffFile => ({
  kind: 'official-days-off',
  year: 2027,
  occasions: [{ holiday: 'culture-day', daysOff: [{ from: '2027-11-19', to: '2027-11-19' }], reference: 'Ví dụ', confidence: 'high' }],
});

const baseSalary = (values: BaseSalaryFile['values']): BaseSalaryFile => ({
  kind: 'parameter',
  id: 'base-salary',
  description: { vi: 'Mức lương cơ sở', en: 'Base salary' },
  unit: 'VND',
  values,
});

/** An eligible grassroots individual of 2028: the award is a Giấy khen (coefficient 0.3). */
const eligible2028 = {
  id: 'gk-2028-1',
  ruleSet: 'annual-grassroots',
  year: 2028,
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'phong-kt' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true },
} as const;

/** The award money of that individual under `plan`, decided on `decisionDate`. */
function moneyOn(plan: Plan, decisionDate: string): number | undefined {
  const evaluations = evaluateNominationsSync([eligible2028], { plan });
  return allocateQuota(evaluations, { level: 'annual-grassroots', decisionDate, plan }).selected[0]?.moneyVnd;
}

describe("a plan's calendar is part of its plan file", () => {
  it('loadPlan of a plan with a calendar, as JSON, gives back the same plan, calendar and versions included', () => {
    const plan = definePlan({ ...amendedDefinition(), calendar: { official: [year2027()] } });
    const file = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['meta', 'clauses', 'ruleSets', 'deadlines', 'quotas', 'parameters', 'calendar', 'amendments']);
    const again = loadPlan(JSON.stringify(plan));
    expect(again.calendar).toEqual(plan.calendar);
    expect(again.versions.map((v) => v.calendar)).toEqual(plan.versions.map((v) => v.calendar));
    expect(again.seal).toBe(plan.seal);
  });

  it('a plan whose calendar was changed after it was made is no plan (the seal covers it)', () => {
    const plan = withCalendarYear(defaultPlan(), year2027());
    const changed = structuredClone(plan) as unknown as { calendar: { official: OfficialDaysOffFile[] } };
    changed.calendar.official[0]!.occasions[0]!.daysOff[0]!.from = '2027-11-18';
    expect(issuesOf(() => withCalendarYear(changed as unknown as Plan, year2027()))).toEqual([{ code: 'not_a_plan', path: ['plan'] }]);
  });
});

describe('a bad calendar is refused with paths, and nothing is half-applied', () => {
  const bad = (mutate: (f: OfficialDaysOffFile) => void): OfficialDaysOffFile => {
    const f = year2027();
    mutate(f);
    return f;
  };
  it.each([
    [
      'a range that ends before it starts',
      bad((f) => {
        f.occasions[0]!.daysOff[0] = { from: '2027-11-19', to: '2027-11-18' };
      }),
      [{ code: 'date_range_reversed', path: ['occasions', 0, 'daysOff', 0] }],
    ],
    [
      "a date outside the file's year",
      bad((f) => {
        f.occasions[0]!.workingDays = ['2026-12-31'];
      }),
      [{ code: 'date_not_in_year', path: ['occasions', 0, 'workingDays', 0] }],
    ],
    [
      'a file of another kind',
      bad((f) => {
        (f as { kind: string }).kind = 'holiday-rules';
      }),
      [{ code: 'invalid_value', path: ['kind'] }],
    ],
    [
      'a day that is no date',
      bad((f) => {
        f.occasions[0]!.daysOff[0]!.to = '2027-02-30';
      }),
      [{ code: 'invalid_format', path: ['occasions', 0, 'daysOff', 0, 'to'] }],
    ],
  ])('%s: withCalendarYear at file, definePlan at calendar.official', (_name, file, issues) => {
    const plan = defaultPlan();
    expect(issuesOf(() => withCalendarYear(plan, file))).toEqual(issues.map((i) => ({ ...i, path: ['file', ...i.path] })));
    expect(issuesOf(() => definePlan({ ...bundledDefinition(), calendar: { official: [file] } }))).toEqual(
      issues.map((i) => ({ ...i, path: ['calendar', 'official', 0, ...i.path] })),
    );
    expect(plan.calendar).toBeUndefined();
  });

  it('two files of the same year in one plan are refused at the second one', () => {
    expect(issuesOf(() => definePlan({ ...bundledDefinition(), calendar: { official: [year2027(), year2027()] } }))).toEqual([
      { code: 'duplicate_id', path: ['calendar', 'official', 1, 'year'] },
    ]);
  });

  it('withCalendarYear refuses what is no plan, with the file issues too', () => {
    expect(issuesOf(() => withCalendarYear({} as Plan, { kind: 'official-days-off' } as unknown as OfficialDaysOffFile))).toEqual([
      { code: 'not_a_plan', path: ['plan'] },
      { code: 'invalid_type', path: ['file', 'year'] },
      { code: 'invalid_type', path: ['file', 'occasions'] },
    ]);
  });

  it('a year given again replaces the one the plan had, the others kept, in year order', () => {
    const y2029: OfficialDaysOffFile = {
      ...year2027(),
      year: 2029,
      occasions: [{ ...year2027().occasions[0]!, daysOff: [{ from: '2029-11-19', to: '2029-11-19' }] }],
    };
    const first = withCalendarYear(withCalendarYear(defaultPlan(), y2029), year2027());
    const again = withCalendarYear(first, { ...year2027(), occasions: [{ ...year2027().occasions[0]!, reference: 'Lần hai' }] });
    expect(again.calendar?.official.map((f) => [f.year, f.occasions[0]!.reference])).toEqual([
      [2027, 'Lần hai'],
      [2029, 'Ví dụ'],
    ]);
    expect(first.calendar?.official.map((f) => f.occasions[0]!.reference)).toEqual(['Ví dụ', 'Ví dụ']);
  });

  it('withCalendarYear returns the same version of the new plan as the one it was given', () => {
    const plan = definePlan(amendedDefinition());
    expect(withCalendarYear(plan.versions[0]!, year2027()).version).toBe('1.0.0');
    expect(withCalendarYear(plan, year2027()).version).toBe('1.1.0');
  });
});

describe('dated parameters a host adds: its values win for the dates they carry', () => {
  it('a base salary added from 1/7/2028 changes the money of a decision dated 2028-07-02 and not one dated 2028-06-30', () => {
    const plan = withParameters(defaultPlan(), {
      baseSalary: baseSalary({ '2028-07-01': { value: 2_800_000, reference: 'Nghị định ví dụ', confidence: 'medium' } }),
    });
    // 0.3 × 2,530,000 = 759,000 → 760,000; 0.3 × 2,800,000 = 840,000.
    expect(moneyOn(defaultPlan(), '2028-06-30')).toBe(760_000);
    expect(moneyOn(plan, '2028-06-30')).toBe(760_000);
    expect(moneyOn(defaultPlan(), '2028-07-02')).toBe(760_000);
    expect(moneyOn(plan, '2028-07-02')).toBe(840_000);
    const evaluations = evaluateNominationsSync([eligible2028], { plan });
    expect(allocateQuota(evaluations, { level: 'annual-grassroots', decisionDate: '2028-07-02', plan }).money?.baseSalary).toEqual({
      valueVnd: 2_800_000,
      from: '2028-07-01',
      reference: 'Nghị định ví dụ',
      confidence: 'medium',
    });
  });

  it("a value on a date the plan has replaces it; the plan's other dates and its description stay", () => {
    const plan = withParameters(defaultPlan(), {
      baseSalary: baseSalary({ '2026-07-01': { value: 2_600_000, reference: 'Sửa', confidence: 'high' } }),
    });
    const own = readRulesJson('parameters/base-salary.json') as BaseSalaryFile;
    expect(plan.parameters?.baseSalary.description).toEqual(own.description);
    expect(Object.entries(plan.parameters!.baseSalary.values).map(([d, v]) => [d, v.value])).toEqual([
      ['2024-07-01', 2_340_000],
      ['2026-07-01', 2_600_000],
    ]);
    expect(defaultPlan().parameters?.baseSalary.values['2026-07-01']?.value).toBe(2_530_000);
  });

  it('an amendment that replaced the parameters gets the values too', () => {
    const def = amendedDefinition() as { amendments: { replaces: Record<string, unknown> }[] };
    def.amendments[0]!.replaces['parameters'] = bundledDefinition()['parameters'];
    const plan = withParameters(definePlan(def), {
      baseSalary: baseSalary({ '2028-07-01': { value: 2_800_000, reference: 'Nghị định ví dụ', confidence: 'medium' } }),
    });
    expect(plan.versions.map((v) => v.parameters?.baseSalary.values['2028-07-01']?.value)).toEqual([2_800_000, 2_800_000]);
    expect(plan.amendment?.replaced).toEqual(['quotas', 'parameters']);
  });

  it('new coefficients of an award and a new rounding date merge the same way', () => {
    const own = defaultPlan().parameters!;
    const award = own.awardCoefficients.awards['giay-khen-chu-tich-ubnd-xa']!;
    const plan = withParameters(defaultPlan(), {
      awardCoefficients: {
        kind: 'award-coefficients',
        description: { vi: 'Hệ số', en: 'Coefficients' },
        awards: {
          'giay-khen-chu-tich-ubnd-xa': {
            name: award.name,
            individual: { '2029-01-01': { value: 0.5, reference: 'Ví dụ', confidence: 'low' } },
            collective: { '2029-01-01': { value: 1, reference: 'Ví dụ', confidence: 'low' } },
          },
        },
      },
      rounding: {
        kind: 'rounding',
        description: { vi: 'Làm tròn', en: 'Rounding' },
        values: { '2029-01-01': { unitVnd: 1000, mode: 'up', reference: 'Ví dụ', confidence: 'low' } },
      },
    });
    const merged = plan.parameters!.awardCoefficients.awards['giay-khen-chu-tich-ubnd-xa']!;
    expect(Object.keys(merged.individual)).toEqual(['2025-07-01', '2029-01-01']);
    expect(Object.keys(merged.collective)).toEqual(['2025-07-01', '2029-01-01']);
    expect(merged.collective['2025-07-01']).toEqual(award.collective['2025-07-01']);
    expect(merged.name).toEqual(award.name);
    expect(Object.keys(plan.parameters!.rounding.values)).toEqual(['2024-01-01', '2029-01-01']);
  });

  it('refuses a bad file at its path, a plan without parameters given only part of them, and what is no plan', () => {
    expect(
      issuesOf(() => withParameters(defaultPlan(), { baseSalary: baseSalary({ '2028-07-01': { value: -1, reference: 'x', confidence: 'high' } }) })),
    ).toEqual([{ code: 'too_small', path: ['parameters', 'baseSalary', 'values', '2028-07-01', 'value'] }]);
    const bare = definePlan(ruleSetsDefinition());
    const only = { baseSalary: baseSalary({ '2028-07-01': { value: 2_800_000, reference: 'x', confidence: 'high' } }) };
    expect(issuesOf(() => withParameters(bare, only))).toEqual([{ code: 'parameters_not_in_plan', path: ['parameters'] }]);
    expect(bare.parameters).toBeUndefined();
    expect(issuesOf(() => withParameters({} as Plan, only))).toEqual([{ code: 'not_a_plan', path: ['plan'] }]);
  });
});
