import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isMade } from '../../src/validation/madeHere';
import { allocateQuota, evaluateNominationsSync, RULE_SET_IDS, ValidationError, type AllocateOptions, type Evaluation } from '../../src/index';
import { EvaluationInputSchema } from '../../src/schema/allocation';
import { nominationFor, situation } from '../helpers/arbitraries';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// allocateQuota validates every evaluation with zod, except one this library made in this
// process (deep-frozen when made, recorded in src/validation/madeHere.ts). These tests hold both
// halves: what zod refuses is refused with its path, whatever the evaluation was copied from;
// what the library made is taken as it is, and gives exactly the allocation of its JSON copy.

const GR: AllocateOptions = { level: 'annual-grassroots' };
let e: Evaluation;

beforeAll(() => {
  [e] = evaluateNominationsSync([eligibleGrassrootsIndividual({ id: 'hs-1', achievements: [{ id: 'tk-1' }] })]) as [Evaluation];
});

function paths(evaluations: unknown[]): { code: string; path: PropertyKey[] }[] {
  try {
    allocateQuota(evaluations, GR);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ code, path }) => ({ code, path: [...path] }));
  }
  throw new Error('expected a ValidationError');
}

describe('an evaluation that is not the library’s own goes through zod', () => {
  // [what, change, the path zod reports under index 0 (undefined: accepted)]
  const variants: [string, () => unknown, PropertyKey[] | undefined][] = [
    ['with submittedAt', () => ({ ...e, submittedAt: '2026-11-19T10:00:00Z' }), undefined],
    ['a unit with a name and a block', () => ({ ...e, unit: { id: 'u', name: '', block: 'ward' } }), undefined],
    ['an achievement with a title and a year', () => ({ ...e, achievements: [{ id: 'a', title: '', year: 2026 }] }), undefined],
    ['an award clause of 100 characters', () => ({ ...e, award: { ...e.award, clause: 'c'.repeat(100) } }), undefined],
    ['criteria facts holding a list', () => ({ ...e, criteria: { ...e.criteria, facts: { a: [1, 'x'] } } }), undefined],
    ['an award clause of 101 characters', () => ({ ...e, award: { ...e.award, clause: 'c'.repeat(101) } }), ['award', 'clause']],
    ['an empty nomination ID', () => ({ ...e, nominationId: '' }), ['nominationId']],
    ['a rule set ID that is not well formed', () => ({ ...e, ruleSet: 'X Y' }), ['ruleSet']],
    ['a year of 2026.5', () => ({ ...e, year: 2026.5 }), ['year']],
    ['an unknown kind', () => ({ ...e, nomineeKind: 'x' }), ['nomineeKind']],
    ['an unknown language', () => ({ ...e, lang: 'fr' }), ['lang']],
    ['outsideQuota as a string', () => ({ ...e, outsideQuota: 'no' }), ['outsideQuota']],
    ['submittedAt as a number', () => ({ ...e, submittedAt: 1 }), ['submittedAt']],
    ['an extra key', () => ({ ...e, extra: 1 }), []],
    ['a missing key', () => ({ ...e, lang: undefined }), ['lang']],
    ['a negative priority score', () => ({ ...e, priority: { ...e.priority, score: -1 } }), ['priority', 'score']],
    [
      'a priority criterion with an unknown result',
      () => ({ ...e, priority: { ...e.priority, criteria: [{ id: 'a', clause: 'c', result: 'x' }] } }),
      ['priority', 'criteria', 0, 'result'],
    ],
    [
      'a priority criterion with an extra key',
      () => ({ ...e, priority: { ...e.priority, criteria: [{ id: 'a', clause: 'c', result: 'met', x: 1 }] } }),
      ['priority', 'criteria', 0],
    ],
    ['a unit without ID', () => ({ ...e, unit: { name: 'u' } }), ['unit', 'id']],
    ['a unit with an unknown block', () => ({ ...e, unit: { id: 'u', block: 'x' } }), ['unit', 'block']],
    ['an achievement without ID', () => ({ ...e, achievements: [{ title: 't' }] }), ['achievements', 0, 'id']],
    ['an achievement year of 2026.5', () => ({ ...e, achievements: [{ id: 'a', year: 2026.5 }] }), ['achievements', 0, 'year']],
    ['a criteria root with an unknown result', () => ({ ...e, criteria: { ...e.criteria, result: 'x' } }), ['criteria', 'result']],
    ['a criteria root with an unknown logic', () => ({ ...e, criteria: { ...e.criteria, logic: 'xor' } }), ['criteria', 'logic']],
    ['a criteria root with a one-language text', () => ({ ...e, criteria: { ...e.criteria, text: { vi: 'x' } } }), ['criteria', 'text', 'en']],
    ['a criteria root with an empty label', () => ({ ...e, criteria: { ...e.criteria, label: { vi: '', en: 'x' } } }), ['criteria', 'label', 'vi']],
    ['criteria facts holding an object', () => ({ ...e, criteria: { ...e.criteria, facts: { a: {} } } }), ['criteria', 'facts', 'a']],
    ['criteria facts holding Infinity', () => ({ ...e, criteria: { ...e.criteria, facts: { a: Number.POSITIVE_INFINITY } } }), ['criteria', 'facts', 'a']],
    ['criteria missing facts that are not strings', () => ({ ...e, criteria: { ...e.criteria, missingFacts: [1] } }), ['criteria', 'missingFacts', 0]],
    ['criteria children that are not a list', () => ({ ...e, criteria: { ...e.criteria, children: {} } }), ['criteria', 'children']],
    ['reasons that are not strings', () => ({ ...e, reasons: [1] }), ['reasons', 0]],
  ];
  for (const [what, make, path] of variants) {
    if (path === undefined) {
      it(`accepts a copy with ${what}`, () => {
        const v = make();
        expect(isMade(v)).toBe(false);
        expect(allocateQuota([v], GR).notSelected.length + allocateQuota([v], GR).selected.length).toBe(1);
      });
    } else {
      it(`refuses a copy with ${what}: not_an_evaluation at [0], then zod's issue at [0, ${path.join(', ')}]`, () => {
        const found = paths([make()]);
        expect(found[0]).toEqual({ code: 'not_an_evaluation', path: [0] });
        expect(found.slice(1).map((f) => f.path)).toContainEqual([0, ...path]);
        // The same issues as zod's own, under the index.
        const zod = EvaluationInputSchema.safeParse(make());
        expect(zod.success).toBe(false);
        expect(found.length).toBe(1 + (zod.error?.issues.length ?? 0));
      });
    }
  }

  it('refuses a structured clone or a JSON copy that was changed, though the original was the library’s', () => {
    const clone = structuredClone(e) as Record<string, unknown>;
    clone['outcome'] = 'selected';
    expect(paths([clone])).toContainEqual({ code: 'invalid_value', path: [0, 'outcome'] });
    const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    json['unit'] = { id: 7 };
    expect(paths([json])).toContainEqual({ code: 'invalid_type', path: [0, 'unit', 'id'] });
  });
});

describe('an evaluation the library made is trusted, and safely so', () => {
  it('is deep-frozen: it, its unit, achievements, award, criteria and priority cannot be changed', () => {
    for (const part of [e, e.unit, e.achievements, e.achievements[0], e.award, e.criteria, e.priority, e.priority.criteria, e.reasons, e.missingFacts]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => {
      (e as { outcome: string }).outcome = 'ineligible';
    }).toThrow(TypeError);
    expect(e.outcome).toBe('eligible');
  });

  it('is recognised (zod is not asked), and a copy of it is not (zod is asked once per evaluation)', () => {
    const copy = JSON.parse(JSON.stringify(e)) as unknown;
    expect([isMade(e), isMade(copy), isMade({ ...e }), isMade(structuredClone(e))]).toEqual([true, false, false, false]);
    const parse = vi.spyOn(EvaluationInputSchema, 'safeParse');
    try {
      allocateQuota([e], GR);
      expect(parse).not.toHaveBeenCalled();
      allocateQuota([copy], GR);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('still goes through the checks against the plan and level', () => {
    expect(paths([e, e])).toEqual([{ code: 'duplicate_id', path: [1, 'nominationId'] }]);
    expect(() => allocateQuota([e], { level: 'annual-city' })).toThrow(ValidationError);
  });

  it('gives exactly the allocation of its JSON copy (random batches from the evaluation arbitraries)', () => {
    const batch = fc.record({
      level: fc.constantFrom(...RULE_SET_IDS),
      items: fc.array(fc.record({ s: situation, partial: fc.boolean(), unit: fc.integer({ min: 0, max: 3 }), achievement: fc.integer({ min: 0, max: 8 }) }), {
        minLength: 1,
        maxLength: 25,
      }),
      decisionDate: fc.option(fc.constantFrom('2026-06-30', '2026-07-01'), { nil: undefined }),
    });
    fc.assert(
      fc.property(batch, ({ level, items, decisionDate }) => {
        const nominations = items.map(({ s, partial, unit, achievement }, i) => {
          const n = nominationFor({ ...s, ruleSet: level }, partial, `n-${i}`);
          return { ...n, nominee: { ...n.nominee, unit: { ...n.nominee.unit, id: `u${unit}` } }, achievements: [{ id: `tk-${achievement}` }] };
        });
        const own = evaluateNominationsSync(nominations);
        expect(own.every(isMade)).toBe(true);
        const stored = JSON.parse(JSON.stringify(own)) as unknown[];
        const options: AllocateOptions = { level, ...(decisionDate && { decisionDate }) };
        expect(allocateQuota(own, options)).toStrictEqual(allocateQuota(stored, options));
      }),
      { numRuns: 150, seed: 20261919 },
    );
  }, 60_000);
});
