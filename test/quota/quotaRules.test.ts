import { describe, expect, it } from 'vitest';
import { definePlan, defaultPlan } from '../../src/index';
import { AwardCoefficientsFileSchema, BaseSalaryFileSchema, QuotasSchema, RoundingFileSchema, type Quotas } from '../../src/schemas';
import { planText, readRulesJson, ruleSetFiles, section } from '../helpers/rules';
import { fullPlanDefinition } from './helpers';
import { issuesOf as issuesOfCall, type Found } from '../helpers/issues';

const issuesOf = (definition: unknown): Found[] => issuesOfCall(() => definePlan(definition));

function withQuotas(change: (q: Quotas) => void): Record<string, unknown> {
  const def = fullPlanDefinition();
  const quotas = structuredClone(def['quotas']) as Quotas;
  change(quotas);
  return { ...def, quotas };
}

describe('rules/quotas.json states the plan’s quantity clauses', () => {
  const quotas = QuotasSchema.parse(readRulesJson('quotas.json'));
  const text = planText().normalize('NFC');

  it('fits its schema and is part of the bundled plan', () => {
    expect(defaultPlan().quotas).toEqual(quotas);
  });

  it('quotes the plan word for word (III.1.2-b, III.2.1.1.b-quantity, III.2.1.2.b-quota, III.2.1.2.b-discretionary, III.2.2.b-quantity)', () => {
    const quotes = [
      quotas.oneAchievementOneAward.text.vi,
      ...Object.values(quotas.levels).flatMap((l) => [
        l.quantity.text.vi,
        ...(l.budget.applies ? [l.budget.text.vi] : []),
        ...(l.discretionary ? [l.discretionary.text.vi] : []),
      ]),
    ];
    expect(quotes.length).toBe(7);
    for (const q of quotes) expect(text, q).toContain(q.normalize('NFC'));
  });

  it('puts each quote in its own section of the plan', () => {
    const b211 = section(text, '2.1.1. Khen thưởng cấp cơ sở', '2.1.2. Khen thưởng cấp thành phố');
    const b212 = section(text, '2.1.2. Khen thưởng cấp thành phố', '2.2. Khen thưởng cấp Nhà nước');
    const b22 = section(text, '2.2. Khen thưởng cấp Nhà nước', '3. Thời gian đề nghị xét khen thưởng');
    const l = quotas.levels;
    expect(b211).toContain(l['annual-grassroots']?.quantity.text.vi);
    expect(b212).toContain(l['annual-city']?.quantity.text.vi);
    expect(b212).toContain(l['annual-city']?.discretionary?.text.vi);
    expect(b22).toContain(l['period-2026-2030']?.quantity.text.vi);
  });

  it('gives the city level 1 collective and 1 individual per unit, and no fixed number elsewhere (III.2.1.2.b-quota)', () => {
    expect(quotas.levels['annual-city']?.quantity).toMatchObject({ kind: 'per-unit', clause: 'III.2.1.2.b-quota', limits: { collective: 1, individual: 1 } });
    expect(quotas.levels['annual-grassroots']?.quantity).toMatchObject({ kind: 'no-fixed-number', clause: 'III.2.1.1.b-quantity' });
    expect(quotas.levels['period-2026-2030']?.quantity).toMatchObject({ kind: 'no-fixed-number', clause: 'III.2.2.b-quantity' });
  });

  it('applies the commune budget to the Giấy khen levels, not to the city’s Bằng khen', () => {
    expect(quotas.levels['annual-grassroots']?.budget).toMatchObject({ applies: true, payer: 'commune', clause: 'III.2.1.1.b-quantity' });
    expect(quotas.levels['period-2026-2030']?.budget).toMatchObject({ applies: true, payer: 'commune', clause: 'III.2.2.b-quantity' });
    expect(quotas.levels['annual-city']?.budget).toMatchObject({ applies: false, payer: 'city' });
    expect(quotas.levels['annual-city']?.discretionary?.clause).toBe('III.2.1.2.b-discretionary');
    expect(quotas.levels['annual-grassroots']?.discretionary).toBeUndefined();
  });

  it('documents a total presentation order ending in the nomination ID', () => {
    expect(quotas.presentationOrder.keys).toEqual(['nomineeKind', 'unitId', 'nominationId']);
    expect(quotas.presentationOrder.nomineeKinds).toEqual(['collective', 'individual']);
    expect(quotas.ranking.rule).toBe('priority-tiers');
  });

  it('declares two tiers at every level by default: prioritised (at least one priority item met) and the rest', () => {
    for (const level of Object.values(quotas.levels)) expect(level.priorityTiers.map((t) => [t.id, t.meetsAtLeast])).toEqual([['prioritised', 1]]);
  });

  it('spends the commune budget in fill mode by default at both Giấy khen levels, documenting both modes', () => {
    expect(quotas.levels['annual-grassroots']?.budget).toMatchObject({ mode: 'fill' });
    expect(quotas.levels['period-2026-2030']?.budget).toMatchObject({ mode: 'fill' });
    expect(quotas.budgetOrder.strict.note.en).toMatch(/^Mode strict:/);
    expect(quotas.budgetOrder.fill.note.en).toMatch(/^Mode fill:/);
  });

  it('every priority clause the rule sets use is III.1.2-c or III.2.1.1.b-priority', () => {
    const clauses = new Set(ruleSetFiles().flatMap((r) => r.priority.map((p) => p.clause)));
    expect(clauses).toEqual(new Set(['III.1.2-c', 'III.2.1.1.b-priority']));
  });
});

describe('rules/parameters/ holds the dated values of LEGAL-FACTS.md, each with its source and confidence', () => {
  const base = BaseSalaryFileSchema.parse(readRulesJson('parameters/base-salary.json'));
  const coefficients = AwardCoefficientsFileSchema.parse(readRulesJson('parameters/award-coefficients.json'));
  const rounding = RoundingFileSchema.parse(readRulesJson('parameters/rounding.json'));

  it('base salary: 2,340,000 from 2024-07-01 (Decree 73/2024) and 2,530,000 from 2026-07-01 (Decree 161/2026)', () => {
    expect(base.values).toEqual({
      '2024-07-01': { value: 2_340_000, reference: expect.stringContaining('73/2024/NĐ-CP'), confidence: 'high' },
      '2026-07-01': { value: 2_530_000, reference: expect.stringContaining('161/2026/NĐ-CP'), confidence: 'medium-high' },
    });
  });

  it('coefficients from 2025-07-01 (Decree 152/2025 Art. 54(1)) for every award the rule sets give, both kinds', () => {
    const table = Object.fromEntries(
      Object.entries(coefficients.awards).map(([id, a]) => [id, { collective: a.collective['2025-07-01'], individual: a.individual['2025-07-01'] }]),
    );
    expect(table).toEqual({
      'giay-khen-chu-tich-ubnd-xa': {
        individual: { value: 0.3, reference: expect.stringContaining('152/2025/NĐ-CP, Điều 54 khoản 1'), confidence: 'medium' },
        collective: { value: 0.6, reference: expect.stringContaining('91/2017'), confidence: 'low-medium', note: expect.anything() },
      },
      'bang-khen-chu-tich-ubnd-thanh-pho': {
        individual: { value: 1.5, reference: expect.stringContaining('152/2025/NĐ-CP, Điều 54 khoản 1'), confidence: 'medium' },
        collective: { value: 3, reference: expect.stringContaining('91/2017'), confidence: 'low-medium', note: expect.anything() },
      },
    });
    const awards = new Set(ruleSetFiles().flatMap((r) => [r.awards.collective.id, r.awards.individual.id]));
    expect(new Set(Object.keys(coefficients.awards))).toEqual(awards);
  });

  it('rounding: to 10,000 đồng, up by default (Decree 91/2017/NĐ-CP Art. 68(2), “làm tròn số lên”), medium-high confidence', () => {
    expect(Object.values(rounding.values)).toEqual([
      {
        unitVnd: 10_000,
        mode: 'up',
        reference: expect.stringContaining('Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2'),
        confidence: 'medium-high',
        note: expect.anything(),
      },
    ]);
    expect(JSON.stringify(rounding)).not.toContain('223');
  });

  it('refuses a coefficient with more than three decimals, an invalid date key, and a file without values', () => {
    const bad = structuredClone(readRulesJson<Record<string, unknown>>('parameters/award-coefficients.json'));
    const gk = (bad['awards'] as Record<string, Record<string, Record<string, { value: number }>>>)['giay-khen-chu-tich-ubnd-xa'];
    (gk!['individual']!['2025-07-01'] as { value: number }).value = 0.3333;
    expect(AwardCoefficientsFileSchema.safeParse(bad).success).toBe(false);
    const dates = { ...base, values: { '2026-02-30': base.values['2024-07-01'] } };
    expect(BaseSalaryFileSchema.safeParse(dates).success).toBe(false);
    expect(BaseSalaryFileSchema.safeParse({ ...base, values: {} }).success).toBe(false);
  });
});

describe('definePlan checks quotas and parameters against the plan', () => {
  it('accepts the bundled files', () => {
    const plan = definePlan(fullPlanDefinition());
    expect(plan.quotas?.levels['annual-city']?.quantity.clause).toBe('III.2.1.2.b-quota');
    expect(Object.isFrozen(plan.parameters?.baseSalary.values)).toBe(true);
  });

  it('refuses a clause ID the plan does not have', () => {
    const def = withQuotas((q) => {
      q.oneAchievementOneAward.clause = 'III.1.2-z';
      q.levels['annual-city']!.quantity.clause = 'III.2.1.2.b-quotas';
    });
    expect(issuesOf(def)).toEqual([
      { code: 'unknown_clause', path: ['quotas', 'oneAchievementOneAward', 'clause'] },
      { code: 'unknown_clause', path: ['quotas', 'levels', 'annual-city', 'quantity', 'clause'] },
    ]);
  });

  it('refuses a presentation order that is not total, or names a kind twice', () => {
    const def = withQuotas((q) => {
      q.presentationOrder.keys = ['nominationId', 'unitId'];
      q.presentationOrder.nomineeKinds = ['individual', 'individual'];
    });
    expect(issuesOf(def)).toEqual([
      { code: 'presentation_keys_invalid', path: ['quotas', 'presentationOrder', 'keys'] },
      { code: 'presentation_kinds_invalid', path: ['quotas', 'presentationOrder', 'nomineeKinds'] },
    ]);
  });

  it('refuses quotas for a level that is not a rule set of the plan', () => {
    const def = fullPlanDefinition();
    const ruleSets = (def['ruleSets'] as { id: string }[]).filter((r) => r.id !== 'period-2026-2030');
    const meta = { ...(def['meta'] as object), ruleSets: ['annual-grassroots', 'annual-city'] };
    expect(issuesOf({ ...def, meta, ruleSets })).toEqual([{ code: 'rule_set_not_in_plan', path: ['quotas', 'levels', 'period-2026-2030'] }]);
  });

  it('refuses a level the plan has no rule set for, a level key that is no ID, and an unknown budget payer', () => {
    const def = withQuotas((q) => {
      (q.levels as Record<string, unknown>)['annual-province'] = q.levels['annual-city'];
    });
    expect(issuesOf(def)).toEqual([{ code: 'rule_set_not_in_plan', path: ['quotas', 'levels', 'annual-province'] }]);
    const malformed = withQuotas((q) => {
      (q.levels as Record<string, unknown>)['Annual City'] = q.levels['annual-city'];
    });
    expect(issuesOf(malformed)).toEqual([{ code: 'invalid_key', path: ['quotas', 'levels', 'Annual City'] }]);
    const payer = withQuotas((q) => {
      (q.levels['annual-city']!.budget as { payer: string }).payer = 'province';
    });
    expect(issuesOf(payer)).toEqual([{ code: 'invalid_value', path: ['quotas', 'levels', 'annual-city', 'budget', 'payer'] }]);
  });

  it('refuses parameters without coefficients for an award a rule set gives', () => {
    const def = fullPlanDefinition();
    const parameters = structuredClone(def['parameters']) as { awardCoefficients: { awards: Record<string, unknown> } };
    delete parameters.awardCoefficients.awards['bang-khen-chu-tich-ubnd-thanh-pho'];
    expect(issuesOf({ ...def, parameters })).toEqual([{ code: 'award_coefficients_missing', path: ['parameters', 'awardCoefficients', 'awards'] }]);
  });

  it('a plan may leave quotas and parameters out (evaluation alone needs neither)', () => {
    const { quotas: _q, parameters: _p, ...def } = fullPlanDefinition();
    const plan = definePlan(def);
    expect(plan.quotas).toBeUndefined();
    expect(plan.parameters).toBeUndefined();
  });
});
