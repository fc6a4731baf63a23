import { describe, expect, it } from 'vitest';
import { isEvaluationShape } from '../../src/quota/evaluationShape';
import { EvaluationInputSchema, evaluateNominationSync } from '../../src/index';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// The fast path in front of EvaluationInputSchema (isEvaluationShape) answers exactly as the
// schema does for what it accepts, and hands the rest to zod. Its limits must be the schema's
// limits, to the unit: a well-formed input at a limit takes the fast path (and gets the
// schema's answer), one just past it is refused by both. Mutation testing found that nothing
// held the fast paths to the limits (a limit moved by one only slowed things). (The schema's
// limits for nominations, which no fast path repeats, are in test/evaluate/nominationShape.test.ts.)

describe('the evaluation fast path keeps the schema’s limits', () => {
  const e = evaluateNominationSync(eligibleGrassrootsIndividual());
  const variants: [string, unknown, boolean][] = [
    ['as evaluateNominationSync made it', e, true],
    ['with submittedAt', { ...e, submittedAt: '2026-11-19T10:00:00Z' }, true],
    ['a year of null', { ...e, year: null }, true],
    ['a unit with a name and a block', { ...e, unit: { id: 'u', name: '', block: 'ward' } }, true],
    ['an achievement with a title and a year', { ...e, achievements: [{ id: 'a', title: '', year: 2026 }] }, true],
    ['an award clause of 100 characters', { ...e, award: { ...e.award, clause: 'c'.repeat(100) } }, true],
    ['an award clause of 101 characters', { ...e, award: { ...e.award, clause: 'c'.repeat(101) } }, false],
    ['an empty nomination ID', { ...e, nominationId: '' }, false],
    ['an unknown rule set', { ...e, ruleSet: 'x' }, false],
    ['a year of 2026.5', { ...e, year: 2026.5 }, false],
    ['an unknown kind', { ...e, nomineeKind: 'x' }, false],
    ['an unknown outcome', { ...e, outcome: 'x' }, false],
    ['an unknown language', { ...e, lang: 'fr' }, false],
    ['outsideQuota as a string', { ...e, outsideQuota: 'no' }, false],
    ['submittedAt as a number', { ...e, submittedAt: 1 }, false],
    ['an extra key', { ...e, extra: 1 }, false],
    ['a missing key', { ...e, lang: undefined }, false],
    ['a negative priority score', { ...e, priority: { ...e.priority, score: -1 } }, false],
    ['a priority criterion with an unknown result', { ...e, priority: { ...e.priority, criteria: [{ id: 'a', clause: 'c', result: 'x' }] } }, false],
    ['a priority criterion with an extra key', { ...e, priority: { ...e.priority, criteria: [{ id: 'a', clause: 'c', result: 'met', x: 1 }] } }, false],
    ['a unit without ID', { ...e, unit: { name: 'u' } }, false],
    ['a unit with an unknown block', { ...e, unit: { id: 'u', block: 'x' } }, false],
    ['an achievement without ID', { ...e, achievements: [{ title: 't' }] }, false],
    ['an achievement year of 2026.5', { ...e, achievements: [{ id: 'a', year: 2026.5 }] }, false],
    ['a criteria root with an unknown result', { ...e, criteria: { ...e.criteria, result: 'x' } }, false],
    ['a criteria root with an unknown logic', { ...e, criteria: { ...e.criteria, logic: 'xor' } }, false],
    ['a criteria root with a one-language text', { ...e, criteria: { ...e.criteria, text: { vi: 'x' } } }, false],
    ['a criteria root with an empty label', { ...e, criteria: { ...e.criteria, label: { vi: '', en: 'x' } } }, false],
    ['a criteria root whose facts hold an object', { ...e, criteria: { ...e.criteria, facts: { a: {} } } }, false],
    ['a criteria root whose facts hold a list', { ...e, criteria: { ...e.criteria, facts: { a: [1, 'x'] } } }, true],
    ['a criteria root whose facts hold Infinity', { ...e, criteria: { ...e.criteria, facts: { a: Number.POSITIVE_INFINITY } } }, false],
    ['a criteria root with missing facts that are not strings', { ...e, criteria: { ...e.criteria, missingFacts: [1] } }, false],
    ['a criteria root whose children are not a list', { ...e, criteria: { ...e.criteria, children: {} } }, false],
    ['reasons that are not strings', { ...e, reasons: [1] }, false],
  ];
  for (const [what, v, valid] of variants) {
    it(`${valid ? 'takes' : 'hands to the schema'} an evaluation with ${what}${valid ? '' : ', which refuses it'}`, () => {
      expect(isEvaluationShape(v)).toBe(valid);
      expect(EvaluationInputSchema.safeParse(v).success).toBe(valid);
    });
  }
});
