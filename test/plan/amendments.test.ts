import { describe, expect, it } from 'vitest';
import { allocateQuota, definePlan, evaluateNomination, type Nomination } from '../../src/index';
import { bundledDefinition as bundled } from '../helpers/plans';
import { readRulesJson } from '../helpers/rules';
import { issuesOf } from '../helpers/issues';

// Amendments that replace the quotas or the award parameters, and the plans definePlan refuses
// because they contradict themselves (IDs twice, an amendment replacing what the plan lacks).

type Json = Record<string, any>;

const amendment = (replaces: Json, extra: Json = {}) => ({
  kind: 'amendment',
  version: '1.1.0',
  effectiveFrom: '2028-07-01',
  title: { vi: 'Điều chỉnh kế hoạch (ví dụ)', en: 'Amendment (example)' },
  replaces,
  ...extra,
});

const LEGAL_BASIS = { id: '1/2028/NĐ-CP', date: '2028-06-01', vi: 'Nghị định ví dụ số 1/2028/NĐ-CP', en: 'Example Decree 1/2028/NĐ-CP' };

const cityIndividual = (id: string, year: number): Nomination => ({
  id,
  ruleSet: 'annual-city',
  year,
  nominee: { kind: 'individual', name: `Cán bộ ${id}`, unit: { id: 'xa-vinh-bao', block: 'commune' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], outstandingAdvisory: true, selectedByUnit: true },
});

describe('an amendment that replaces the quotas or the award parameters (III.2.1.2.b-quota, III.2.1.1.b-quantity as data)', () => {
  it('quotas replaced from 1/7/2028: a unit may propose two individuals for 2028, still one for 2027', async () => {
    const quotas = structuredClone(readRulesJson<Json>('quotas.json'));
    quotas['levels']['annual-city']['quantity']['limits']['individual'] = 2;
    const plan = definePlan({ ...bundled(), amendments: [amendment({ quotas })] });
    expect(plan.versions[1]?.amendment).toEqual({
      title: { vi: 'Điều chỉnh kế hoạch (ví dụ)', en: 'Amendment (example)' },
      legalBases: [],
      replaced: ['quotas'],
    });
    const y2028 = [await evaluateNomination(cityIndividual('a', 2028), { plan }), await evaluateNomination(cityIndividual('b', 2028), { plan })];
    const y2027 = [await evaluateNomination(cityIndividual('a', 2027), { plan }), await evaluateNomination(cityIndividual('b', 2027), { plan })];
    const a2028 = allocateQuota(y2028, { level: 'annual-city', plan });
    const a2027 = allocateQuota(y2027, { level: 'annual-city', plan });
    expect([a2028.planVersion, a2028.selected.map((e) => e.nominationId)]).toEqual(['1.1.0', ['a', 'b']]);
    expect([a2027.planVersion, a2027.selected.length, a2027.ties.length]).toEqual(['1.0.0', 0, 1]);
  });

  it('parameters replaced from 1/7/2028: a new base salary prices the Giấy khen of that version', async () => {
    const baseSalary = structuredClone(readRulesJson<Json>('parameters/base-salary.json'));
    baseSalary['values']['2028-07-01'] = { value: 2_800_000, reference: 'ví dụ (example)', confidence: 'low' };
    const parameters = {
      baseSalary,
      awardCoefficients: readRulesJson('parameters/award-coefficients.json'),
      rounding: readRulesJson('parameters/rounding.json'),
    };
    const plan = definePlan({ ...bundled(), amendments: [amendment({ parameters }, { legalBases: [LEGAL_BASIS] })] });
    expect(plan.versions[1]?.amendment?.replaced).toEqual(['parameters']);
    expect(plan.versions[1]?.amendment?.legalBases).toEqual([LEGAL_BASIS]);
    const e = await evaluateNomination(
      {
        ...cityIndividual('g', 2028),
        ruleSet: 'annual-grassroots',
        facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true },
      },
      { plan },
    );
    const a = allocateQuota([e], { level: 'annual-grassroots', plan, decisionDate: '2028-11-25' });
    expect([a.planVersion, a.selected.map((s) => s.moneyVnd)]).toEqual(['1.1.0', [840_000]]);
    // The earlier version keeps the earlier parameters: no value from 2028 there.
    expect(plan.versions[0]?.parameters?.baseSalary.values['2028-07-01']).toBeUndefined();
  });
});

describe('definePlan refuses a plan that contradicts itself, naming the place', () => {
  const withoutPeriodRuleSet = (): Json => {
    const def = bundled();
    const ruleSets = (def['ruleSets'] as { id: string }[]).filter((r) => r.id !== 'period-2026-2030');
    const quotas = structuredClone(def['quotas'] as Json);
    delete quotas['levels']['period-2026-2030'];
    return { ...def, meta: { ...(def['meta'] as Json), ruleSets: ['annual-grassroots', 'annual-city'] }, ruleSets, quotas };
  };
  const cases: [string, () => Json, { code: string; path: (string | number)[] }][] = [
    [
      'an amendment replacing a rule set the plan does not have',
      () => ({ ...withoutPeriodRuleSet(), amendments: [amendment({ ruleSets: [readRulesJson('period-2026-2030.json')] })] }),
      { code: 'rule_set_not_in_plan', path: ['amendments', 0, 'replaces', 'ruleSets', 0, 'id'] },
    ],
    [
      'an amendment replacing deadlines in a plan without deadlines',
      () => {
        const { deadlines: _d, ...def } = bundled();
        return { ...def, amendments: [amendment({ deadlines: { tracks: readRulesJson<Json>('deadlines.json')['tracks'] } })] };
      },
      { code: 'deadlines_not_in_plan', path: ['amendments', 0, 'replaces', 'deadlines'] },
    ],
    [
      'an amendment with the version of the plan it amends',
      () => ({ ...bundled(), amendments: [amendment({ quotas: readRulesJson('quotas.json') }, { version: '1.0.0' })] }),
      { code: 'duplicate_id', path: ['amendments', 0, 'version'] },
    ],
    [
      'two amendments with one version',
      () => ({
        ...bundled(),
        amendments: [amendment({ quotas: readRulesJson('quotas.json') }), amendment({ quotas: readRulesJson('quotas.json') }, { effectiveFrom: '2029-07-01' })],
      }),
      { code: 'duplicate_id', path: ['amendments', 1, 'version'] },
    ],
    [
      'a clause listed twice',
      () => {
        const def = bundled();
        const clauses = structuredClone(def['clauses'] as Json);
        clauses['clauses'].push(clauses['clauses'][0]);
        return { ...def, clauses };
      },
      { code: 'duplicate_id', path: ['clauses', 'clauses', 51, 'id'] },
    ],
    [
      'a criterion ID used twice in one tree',
      () => {
        const def = bundled();
        const grassroots = structuredClone(readRulesJson<Json>('annual-grassroots.json'));
        const children = grassroots['criteria']['collective']['children'];
        children[1]['id'] = children[0]['id'];
        return { ...def, ruleSets: [grassroots, ...(def['ruleSets'] as Json[]).slice(1)] };
      },
      { code: 'duplicate_id', path: ['ruleSets', 0, 'criteria', 'collective', 'children', 1, 'id'] },
    ],
    [
      'a priority criterion ID used twice',
      () => {
        const def = bundled();
        const grassroots = structuredClone(readRulesJson<Json>('annual-grassroots.json'));
        grassroots['priority'][1]['id'] = grassroots['priority'][0]['id'];
        return { ...def, ruleSets: [grassroots, ...(def['ruleSets'] as Json[]).slice(1)] };
      },
      { code: 'duplicate_id', path: ['ruleSets', 0, 'priority', 1, 'id'] },
    ],
    [
      'a priority criterion reading a fact the plan does not know',
      () => {
        const def = bundled();
        const grassroots = structuredClone(readRulesJson<Json>('annual-grassroots.json'));
        grassroots['priority'][0]['conditions']['all'][0]['fact'] = 'handlesEverything';
        return { ...def, ruleSets: [grassroots, ...(def['ruleSets'] as Json[]).slice(1)] };
      },
      { code: 'unknown_fact', path: ['ruleSets', 0, 'priority', 0, 'conditions', 'all', 0, 'fact'] },
    ],
    [
      'an amendment whose replacement deadlines name a track the plan does not have',
      () => {
        const deadlines = structuredClone(readRulesJson<Json>('deadlines.json'));
        const def = bundled();
        const own = structuredClone(def['deadlines'] as Json);
        own['tracks'] = own['tracks'].filter((t: Json) => t['id'] !== 'ad-hoc');
        return { ...def, deadlines: own, amendments: [amendment({ deadlines: { tracks: deadlines['tracks'].filter((t: Json) => t['id'] === 'ad-hoc') } })] };
      },
      { code: 'track_not_in_plan', path: ['amendments', 0, 'replaces', 'deadlines', 'tracks', 0, 'id'] },
    ],
  ];

  it.each(cases)('%s', (_name, definition, expected) => {
    expect(issuesOf(() => definePlan(definition()))).toContainEqual(expected);
  });

  it('the messages name what is wrong, in both languages', () => {
    const { deadlines: _d, ...def } = bundled();
    const plan = { ...def, amendments: [amendment({ deadlines: { tracks: readRulesJson<Json>('deadlines.json')['tracks'] } })] };
    expect(() => definePlan(plan, { lang: 'en' })).toThrow('Invalid plan: the plan has no deadlines to replace');
    expect(() => definePlan(plan)).toThrow('Kế hoạch không hợp lệ: kế hoạch chưa có thời hạn để thay');
    const twice = { ...bundled(), amendments: [amendment({ quotas: readRulesJson('quotas.json') }, { version: '1.0.0' })] };
    expect(() => definePlan(twice, { lang: 'en' })).toThrow('Duplicate ID: “1.0.0”');
  });
});
