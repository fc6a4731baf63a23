import { describe, expect, it } from 'vitest';
import { defaultPlan, type RoundingMode } from '../../src/index';
import { awardMoneyVnd, moneyContext, valueInForce } from '../../src/quota/awardMoney';

describe('award money = coefficient × base salary, rounded to tens of thousands of đồng', () => {
  const table: [string, number, number, RoundingMode, number][] = [
    ['the worked example of LEGAL-FACTS: 0.3 × 2,530,000 = 759,000 rounds to 760,000', 2_530_000, 0.3, 'nearest', 760_000],
    ['0.3 × 2,530,000 rounded up is 760,000 too', 2_530_000, 0.3, 'up', 760_000],
    ['0.3 × 2,530,000 rounded down is 750,000', 2_530_000, 0.3, 'down', 750_000],
    ['0.3 × 2,340,000 = 702,000 rounds to 700,000', 2_340_000, 0.3, 'nearest', 700_000],
    ['0.3 × 2,340,000 rounded up is 710,000', 2_340_000, 0.3, 'up', 710_000],
    ['0.6 × 2,530,000 = 1,518,000 rounds to 1,520,000', 2_530_000, 0.6, 'nearest', 1_520_000],
    ['0.6 × 2,340,000 = 1,404,000 rounds to 1,400,000', 2_340_000, 0.6, 'nearest', 1_400_000],
    ['an exact half rounds up: 1.5 × 2,530,000 = 3,795,000 rounds to 3,800,000', 2_530_000, 1.5, 'nearest', 3_800_000],
    ['an exact half rounded down stays down: 3,795,000 → 3,790,000', 2_530_000, 1.5, 'down', 3_790_000],
    ['3.0 × 2,530,000 = 7,590,000 is already a multiple', 2_530_000, 3, 'nearest', 7_590_000],
    ['a multiple is not rounded up either: 3.0 × 2,530,000 up is 7,590,000', 2_530_000, 3, 'up', 7_590_000],
    ['223,500 to the nearest is 220,000', 2_235_000, 0.1, 'nearest', 220_000],
    ['223,500 rounded up is 230,000', 2_235_000, 0.1, 'up', 230_000],
    ['the 2018 answer of the Central Emulation and Commendation Board: 834,000 rounded up is 840,000', 2_780_000, 0.3, 'up', 840_000],
    ['no floating-point drift: 0.7 × 2,530,000 = 1,771,000 rounds to 1,770,000', 2_530_000, 0.7, 'nearest', 1_770_000],
  ];
  it.each(table)('%s', (_name, base, coefficient, mode, expected) => {
    expect(awardMoneyVnd(base, coefficient, 10_000, mode)).toBe(expected);
  });

  it('rounds to any unit the parameter file gives', () => {
    expect(awardMoneyVnd(2_530_000, 0.3, 1_000, 'nearest')).toBe(759_000);
    expect(awardMoneyVnd(2_530_000, 0.3, 100_000, 'nearest')).toBe(800_000);
  });
});

describe('dated values: the one in force on a date', () => {
  const values = { '2024-07-01': 'a', '2026-07-01': 'b' };

  it('takes the latest value that started on or before the date', () => {
    expect(valueInForce(values, '2026-06-30')).toEqual({ from: '2024-07-01', entry: 'a' });
    expect(valueInForce(values, '2026-07-01')).toEqual({ from: '2026-07-01', entry: 'b' });
    expect(valueInForce(values, '2030-03-31')).toEqual({ from: '2026-07-01', entry: 'b' });
  });

  it('has nothing before the first value', () => {
    expect(valueInForce(values, '2024-06-30')).toBeUndefined();
  });

  it('does not depend on the order of the keys in the file', () => {
    expect(valueInForce({ '2026-07-01': 'b', '2024-07-01': 'a' }, '2026-06-30')).toEqual({ from: '2024-07-01', entry: 'a' });
    expect(valueInForce({ '2026-07-01': 'b', '2024-07-01': 'a' }, '2027-01-01')).toEqual({ from: '2026-07-01', entry: 'b' });
  });
});

describe('the money of a level on a decision date, from the bundled parameters', () => {
  const plan = defaultPlan();
  const params = plan.parameters;
  const grassroots = plan.ruleSets['annual-grassroots'];
  const city = plan.ruleSets['annual-city'];
  const levels = plan.quotas?.levels;
  if (!params || !grassroots || !city || !levels?.['annual-grassroots'] || !levels['annual-city']) throw new Error('bundled plan incomplete');

  it('gives Giấy khen 760,000 đồng to an individual and 1,520,000 to a collective from 2026-07-01, with sources', () => {
    const m = moneyContext(params, grassroots, levels['annual-grassroots']!.budget, '2026-07-01', undefined, 'vi');
    if ('issues' in m) throw new Error('unexpected issues');
    expect(m.perKind).toEqual({ collective: 1_520_000, individual: 760_000 });
    expect(m.report.baseSalary).toEqual({
      valueVnd: 2_530_000,
      from: '2026-07-01',
      reference: expect.stringContaining('161/2026/NĐ-CP'),
      confidence: 'medium-high',
    });
    expect(m.report.rounding).toMatchObject({
      unitVnd: 10_000,
      mode: 'up',
      modeFrom: 'parameter',
      reference: expect.stringContaining('91/2017/NĐ-CP'),
      confidence: 'medium-high',
    });
    expect(m.report.awards.find((a) => a.nomineeKind === 'individual')).toMatchObject({
      award: 'giay-khen-chu-tich-ubnd-xa',
      coefficient: 0.3,
      from: '2025-07-01',
      reference: expect.stringContaining('152/2025/NĐ-CP'),
      confidence: 'medium',
    });
    expect(m.report.payer).toBe('commune');
  });

  it('gives Bằng khen 3,510,000 đồng to an individual on 2026-06-30, at the 2024-07-01 base salary, paid by the city', () => {
    const m = moneyContext(params, city, levels['annual-city']!.budget, '2026-06-30', undefined, 'en');
    if ('issues' in m) throw new Error('unexpected issues');
    expect(m.perKind).toEqual({ collective: 7_020_000, individual: 3_510_000 });
    expect(m.report.payer).toBe('city');
  });

  it('rounds up by default (Decree 91/2017/NĐ-CP Art. 68(2)): a Giấy khen of an individual at 2,340,000 đồng is 710,000, not 700,000', () => {
    const m = moneyContext(params, grassroots, levels['annual-grassroots']!.budget, '2026-06-30', undefined, 'vi');
    if ('issues' in m) throw new Error('unexpected issues');
    expect(m.perKind).toEqual({ collective: 1_410_000, individual: 710_000 });
    expect(m.report.rounding).toMatchObject({ mode: 'up', modeFrom: 'parameter' });
  });

  it('uses the rounding chosen by the caller and says so', () => {
    const m = moneyContext(params, grassroots, levels['annual-grassroots']!.budget, '2026-06-30', 'nearest', 'vi');
    if ('issues' in m) throw new Error('unexpected issues');
    expect(m.perKind.individual).toBe(700_000);
    expect(m.report.rounding).toMatchObject({ mode: 'nearest', modeFrom: 'option' });
  });

  it('refuses a date before Decree 152/2025 took effect: no coefficient was in force', () => {
    const m = moneyContext(params, grassroots, levels['annual-grassroots']!.budget, '2025-06-30', undefined, 'en');
    expect('issues' in m && m.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'parameter_not_in_force',
        ['options', 'decisionDate'],
        'No value of “award-coefficients/giay-khen-chu-tich-ubnd-xa/collective” is in force on 2025-06-30 (the first value is from 2025-07-01)',
      ],
      [
        'parameter_not_in_force',
        ['options', 'decisionDate'],
        'No value of “award-coefficients/giay-khen-chu-tich-ubnd-xa/individual” is in force on 2025-06-30 (the first value is from 2025-07-01)',
      ],
    ]);
  });

  it('names the earliest value as the first, whatever the order of the keys in the file', () => {
    const values = params.baseSalary.values;
    const reversed = Object.fromEntries(Object.entries(values).reverse());
    expect(Object.keys(reversed)[0]).not.toBe('2024-07-01');
    const m = moneyContext(
      { ...params, baseSalary: { ...params.baseSalary, values: reversed } },
      grassroots,
      levels['annual-grassroots']!.budget,
      '2024-06-30',
      undefined,
      'en',
    );
    expect('issues' in m && m.issues.map((i) => i.message)).toContain(
      'No value of “base-salary” is in force on 2024-06-30 (the first value is from 2024-07-01)',
    );
  });

  it('a plan without coefficients for an award of the rule set is refused with an issue, not a crash', () => {
    const m = moneyContext(
      { ...params, awardCoefficients: { ...params.awardCoefficients, awards: {} } },
      grassroots,
      levels['annual-grassroots']!.budget,
      '2026-07-01',
      undefined,
      'en',
    );
    expect('issues' in m && m.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'award_coefficients_missing',
        ['options', 'plan', 'parameters', 'awardCoefficients', 'awards'],
        expect.stringContaining('no award coefficients for “giay-khen-chu-tich-ubnd-xa”'),
      ],
      [
        'award_coefficients_missing',
        ['options', 'plan', 'parameters', 'awardCoefficients', 'awards'],
        expect.stringContaining('no award coefficients for “giay-khen-chu-tich-ubnd-xa”'),
      ],
    ]);
  });

  it('refuses a date before the first base salary, naming each parameter missing', () => {
    const m = moneyContext(params, grassroots, levels['annual-grassroots']!.budget, '2024-06-30', undefined, 'vi');
    expect('issues' in m && m.issues.map((i) => i.message)).toContain(
      'Không có giá trị “base-salary” có hiệu lực vào ngày 2024-06-30 (giá trị đầu tiên từ 2024-07-01)',
    );
  });
});
