import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAtomEngine } from '../../src/evaluate/engine';
import { compileAtom } from '../../src/evaluate/compileSync';
import { compileCriteria } from '../../src/evaluate/compile';
import { evaluateNominations, evaluateNominationsSync, RULE_SET_IDS, type Nomination } from '../../src/index';
import { OPERATORS, type Operator } from '../../src/schemas';
import { nominationFor, situation } from '../helpers/arbitraries';
import { freshPlan } from '../helpers/plans';
import { DIFFERENTIAL_RUNS, FC_SEED } from '../reliability/support/runs';

// Generated fact sets per rule set and nominee kind: 2,000 in `npm test`, 100,000 in the deep run.
const RUNS = DIFFERENTIAL_RUNS;
const BATCH = 5_000;

describe('the compiled (sync) path and the json-rules-engine path agree', () => {
  it("every atom of every rule set: the compiled predicate gives the engine's answer on any known value", async () => {
    const plan = freshPlan();
    const values = fc.oneof(
      fc.boolean(),
      fc.integer({ min: -3, max: 12 }),
      fc.constantFrom('department', 'ward', 'commune', 'special-zone', 'advise', 'participate', 'direct', ''),
      fc.array(fc.oneof(fc.integer({ min: 2020, max: 2035 }), fc.constantFrom('advise', 'participate', 'organize', 'direct', 'in-charge', 'propose')), {
        maxLength: 6,
      }),
    );
    for (const rs of Object.values(plan.ruleSets)) {
      for (const kind of ['collective', 'individual'] as const) {
        const { atoms } = compileCriteria(rs, kind);
        const engine = await createAtomEngine(atoms);
        const predicates = atoms.map((a) => compileAtom(a));
        await fc.assert(
          fc.asyncProperty(fc.array(values, { minLength: atoms.length, maxLength: atoms.length }), async (vs) => {
            // one value per atom's fact (later atoms on the same fact see the same value)
            const facts: Record<string, unknown> = {};
            atoms.forEach((a, i) => (facts[a.fact] ??= vs[i]));
            const byEngine = await engine.run(facts);
            atoms.forEach((a, i) => expect(predicates[i]!(facts[a.fact] as never), `${rs.id} ${a.fact} ${a.operator}`).toBe(byEngine[i]));
          }),
          { numRuns: 300 },
        );
      }
    }
  });

  it("every operator the compiler knows gives json-rules-engine's answer, odd values included", async () => {
    const sample: Record<Operator, unknown> = {
      equal: 3,
      notEqual: true,
      in: ['ward', 'commune'],
      notIn: [1, 2],
      contains: 'advise',
      doesNotContain: 2027,
      lessThan: 5,
      lessThanInclusive: 3,
      greaterThan: 1,
      greaterThanInclusive: 2,
      'someFact:in': ['direct', 2026],
      countDistinctInRange: { from: 2026, to: 2030, atLeast: 2 },
    };
    const odd = fc.oneof(
      fc.boolean(),
      fc.integer({ min: -2, max: 8 }),
      fc.double({ noNaN: false }),
      fc.constantFrom('3', '5px', '', 'ward', 'advise', 'direct'),
      fc.array(fc.oneof(fc.integer({ min: 2024, max: 2032 }), fc.constantFrom('advise', 'direct', '2027')), { maxLength: 5 }),
    );
    const atoms = OPERATORS.map((operator) => ({ fact: `x${operator}`, operator, value: sample[operator] as never }));
    const engine = await createAtomEngine(atoms);
    const predicates = atoms.map((a) => compileAtom(a));
    await fc.assert(
      fc.asyncProperty(odd, async (value) => {
        const facts = Object.fromEntries(atoms.map((a) => [a.fact, value]));
        const byEngine = await engine.run(facts);
        atoms.forEach((a, i) => expect(predicates[i]!(value as never), a.operator).toBe(byEngine[i]));
      }),
      { numRuns: 2000 },
    );
  });

  it('an operator the compiler does not know is refused with a clear error, not guessed', () => {
    expect(() => compileAtom({ fact: 'goodConduct', operator: 'startsWith', value: 'x' })).toThrow(/startsWith/);
  });

  for (const ruleSet of RULE_SET_IDS) {
    for (const kind of ['collective', 'individual'] as const) {
      it(`${ruleSet} ${kind}: ${RUNS.toLocaleString('en')} generated fact sets, unknown facts included, give deep-equal evaluations`, async () => {
        // Two separate plans: neither path can reuse an answer the other built.
        const engineSide = freshPlan();
        const compiledSide = freshPlan();
        const gen = situation.map((s) => ({ ...s, ruleSet, kind }));
        let seed = FC_SEED + ruleSet.length * 7 + kind.length;
        for (let done = 0; done < RUNS; done += BATCH) {
          const n = Math.min(BATCH, RUNS - done);
          const batch: Nomination[] = fc.sample(gen, { numRuns: n, seed: seed++ }).map((s, i) => nominationFor(s, true, `d${done + i}`));
          // Reasons in both languages on the first batch; the rest in Vietnamese (the default).
          for (const lang of done === 0 ? (['vi', 'en'] as const) : (['vi'] as const)) {
            const a = await evaluateNominations(batch, { plan: engineSide, lang });
            const b = evaluateNominationsSync(batch, { plan: compiledSide, lang });
            // Both are built by the same code in the same key order: compare as JSON, fast.
            for (let i = 0; i < n; i++) {
              const ja = JSON.stringify(a[i]);
              const jb = JSON.stringify(b[i]);
              if (ja !== jb) expect(b[i]).toEqual(a[i]);
            }
          }
        }
      }, 600_000);
    }
  }
});
