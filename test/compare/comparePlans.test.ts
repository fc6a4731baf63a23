import { describe, expect, it } from 'vitest';
import { comparePlans, defaultPlan, definePlan, type Nomination } from '../../src/index';
import { refusalOf } from '../helpers/issues';
import { topThreeDefinition } from '../helpers/plans';

/** The bundled plan amended from 1/1/2028: a commune must rank in the top 3 of the PAR index, not the top 5. */
const amended = () => definePlan(topThreeDefinition('2028-01-01'));

const commune = (id: string, year: number, rank: number, unit = id): Nomination => ({
  id,
  ruleSet: 'annual-city',
  year,
  nominee: { kind: 'collective', name: `UBND ${id}`, unit: { id: unit, block: 'commune' } },
  facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: rank },
});

describe('comparePlans lists what an amendment changes', () => {
  it('the same plan twice changes nothing', () => {
    const batch = [1, 4, 6].map((rank) => commune(`xa-${rank}`, 2028, rank));
    const diff = comparePlans(batch, defaultPlan(), defaultPlan());
    expect(diff).toEqual({
      planA: { id: 'vinh-bao-cchc-2026-2030', version: '1.0.0' },
      planB: { id: 'vinh-bao-cchc-2026-2030', version: '1.0.0' },
      changes: [],
      unchanged: 3,
    });
  });

  it('a stricter rank from 2028 changes the communes ranked 4th and 5th in 2028, and nobody in 2027', () => {
    const batch = [2027, 2028].flatMap((year) => [1, 2, 3, 4, 5, 6].map((rank) => commune(`xa-${year}-${rank}`, year, rank)));
    const diff = comparePlans(batch, defaultPlan(), amended(), { lang: 'en' });
    expect(diff.changes.map((c) => c.nominationId)).toEqual(['xa-2028-4', 'xa-2028-5']);
    expect(diff.unchanged).toBe(10);
    for (const c of diff.changes) {
      expect(c.outcome).toEqual({ a: 'eligible', b: 'ineligible' });
      expect(c.planVersion).toEqual({ a: '1.0.0', b: '1.1.0' });
      expect(c.clauses).toEqual([
        { clause: 'III.2.1.2.a-collective', a: 'met', b: 'not-met' },
        { clause: 'III.2.1.2.a-collective-2', a: 'met', b: 'not-met' },
      ]);
      expect(c.place).toBeUndefined();
    }
    expect(diff.planB).toEqual({ id: 'vinh-bao-cchc-2026-2030', version: '1.1.0' });
  });

  it('the sentence of a change is in Vietnamese by default', () => {
    const [change] = comparePlans([commune('xa-vinh-bao', 2028, 4)], defaultPlan(), amended()).changes;
    expect(change?.summary).toBe(
      'xa-vinh-bao (UBND xa-vinh-bao): đủ tiêu chuẩn → không đủ tiêu chuẩn (1.0.0 → 1.1.0); III.2.1.2.a-collective: đạt → không đạt; III.2.1.2.a-collective-2: đạt → không đạt',
    );
  });

  it('given allocation options, a nomination whose outcome stays but whose place changes is listed with both places', () => {
    // One unit, two eligible collectives in 2028: under the plan as issued they tie for its one
    // place; once the 4th is not in the top 3, the 2nd takes the place alone.
    const batch = [commune('xa-a', 2028, 2, 'xa-vinh-bao'), commune('xa-b', 2028, 4, 'xa-vinh-bao')];
    const diff = comparePlans(batch, defaultPlan(), amended(), { lang: 'en', allocation: { level: 'annual-city', decisionDate: '2028-12-15' } });
    expect(diff.changes.map((c) => [c.nominationId, c.outcome.a, c.outcome.b, c.place?.a, c.place?.b])).toEqual([
      ['xa-a', 'eligible', 'eligible', 'tie-at-cutoff', 'selected'],
      ['xa-b', 'eligible', 'ineligible', 'tie-at-cutoff', 'ineligible'],
    ]);
    expect(diff.changes[0]?.clauses).toEqual([]);
    expect(diff.changes[0]?.summary).toBe('xa-a (UBND xa-a): eligible → eligible (1.0.0 → 1.1.0); place: not selected: tie at the cutoff → selected');
  });

  it('nominations of another level than the one allocated are not allocated', () => {
    const grassroots: Nomination = {
      id: 'cn-1',
      ruleSet: 'annual-grassroots',
      year: 2028,
      nominee: { kind: 'individual', name: 'Phạm Văn Minh', unit: { id: 'phong-kt' } },
      facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true },
    };
    const diff = comparePlans([grassroots, commune('xa-b', 2028, 4)], defaultPlan(), amended(), { allocation: { level: 'annual-city' } });
    expect(diff.changes.map((c) => [c.nominationId, c.place])).toEqual([['xa-b', { a: 'selected', b: 'ineligible' }]]);
    expect(diff.unchanged).toBe(1);
  });

  it.each([
    ['a first plan that is none', () => comparePlans([], {} as never, defaultPlan()), [['planA']]],
    ['two plans that are none', () => comparePlans([], null as never, 'plan' as never), [['planA'], ['planB']]],
    [
      'a nomination either plan refuses',
      () => comparePlans([{ id: 'x' } as never], defaultPlan(), defaultPlan()),
      [
        [0, 'ruleSet'],
        [0, 'nominee'],
      ],
    ],
    [
      'allocation options without a level',
      () => comparePlans([], defaultPlan(), defaultPlan(), { allocation: {} as never }),
      [['options', 'allocation', 'level']],
    ],
    [
      'a commune budget at city level',
      () => comparePlans([], defaultPlan(), defaultPlan(), { allocation: { level: 'annual-city', budgetVnd: 1 } }),
      [
        ['options', 'allocation', 'budgetVnd'],
        ['options', 'allocation', 'decisionDate'],
      ],
    ],
    ['an unknown option', () => comparePlans([], defaultPlan(), defaultPlan(), { plan: defaultPlan() } as never), [['options']]],
  ] as const)('%s is refused with its path', (_name, call, paths) => {
    expect(refusalOf(call).issues.map((i) => i.path)).toEqual(paths);
  });

  it('the nominations given are not changed', () => {
    const batch = [commune('xa-b', 2028, 4)];
    const copy = structuredClone(batch);
    comparePlans(batch, defaultPlan(), amended(), { allocation: { level: 'annual-city' } });
    expect(batch).toStrictEqual(copy);
  });
});
