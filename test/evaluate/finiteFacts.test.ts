import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finiteDomain } from '../../src/evaluate/resolveTree';
import { evaluateNomination, evaluateNominationSync, type CriterionResult, type Evaluation, type Nomination } from '../../src/index';
import type { FactName } from '../../src/schema/facts';
import { nominationFor, situation } from '../helpers/arbitraries';
import { runs } from '../reliability/support/runs';

function leaves(node: CriterionResult, out: CriterionResult[] = []): CriterionResult[] {
  if (node.children) for (const c of node.children) leaves(c, out);
  else out.push(node);
  return out;
}

/** The nomination with the given facts set to the given values (`unitBlock` goes on the unit). */
function completed(n: Nomination, values: ReadonlyMap<FactName, unknown>): Nomination {
  const facts: Record<string, unknown> = { ...n.facts };
  let unit = n.nominee.unit;
  for (const [f, v] of values) {
    if (f === 'unitBlock') unit = { ...unit, block: v as never };
    else facts[f] = v;
  }
  return { ...n, nominee: { ...n.nominee, unit }, facts: facts as Nomination['facts'] };
}

/** Every assignment of values to the facts, each from its finite domain. */
function* assignments(facts: readonly FactName[]): Generator<Map<FactName, unknown>> {
  if (facts.length === 0) {
    yield new Map();
    return;
  }
  const [first, ...rest] = facts;
  for (const value of finiteDomain(first!)!) {
    for (const m of assignments(rest)) yield new Map([[first!, value], ...m]);
  }
}

/** The one result every completion gives, or 'unknown' when they differ. */
function common<T extends string>(results: readonly T[], unknown: T): T {
  return results.every((r) => r === results[0]) ? results[0]! : unknown;
}

function unknownFinite(e: Evaluation, read: readonly string[]): FactName[] {
  return (read as FactName[]).filter((f) => finiteDomain(f) !== undefined && isUnknown(e, f));
}

/** Whether two of the assignments that differ in `fact` alone give different results. */
function changes(fact: FactName, tried: readonly (readonly [Map<FactName, unknown>, string])[]): boolean {
  const key = (m: Map<FactName, unknown>) => JSON.stringify([...m].filter(([f]) => f !== fact));
  const seen = new Map<string, string>();
  for (const [values, result] of tried) {
    const k = key(values);
    const before = seen.get(k);
    if (before !== undefined && before !== result) return true;
    seen.set(k, result);
  }
  return false;
}

// The facts the nomination leaves unknown, as the evaluation reports them on its leaves.
function isUnknown(e: Evaluation, f: FactName): boolean {
  return leaves(e.criteria).some((l) => l.facts !== undefined && f in l.facts && l.facts[f] === null);
}

describe('an unknown fact with finitely many values that cannot change a result does not leave it unknown (issue 16 item 5)', () => {
  it.each([
    [2, 'eligible', []],
    [3, 'eligible', []],
    [4, 'undetermined', ['unitBlock']],
    [5, 'undetermined', ['unitBlock']],
    [6, 'ineligible', []],
  ] as const)('a city collective ranked %i with no unit block is %s, missing %j (III.2.1.2.a-collective-2)', async (rank, outcome, missing) => {
    const n: Nomination = {
      id: 'tt',
      ruleSet: 'annual-city',
      year: 2026,
      nominee: { kind: 'collective', name: 'Tập thể', unit: { id: 'u' } },
      facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: rank },
    };
    for (const e of [evaluateNominationSync(n), await evaluateNomination(n)]) {
      expect(e.outcome).toBe(outcome);
      expect(e.missingFacts).toEqual(missing);
    }
  });

  it('an individual with no reform roles given but not of good conduct is ineligible, and the roles are not asked for', () => {
    const e = evaluateNominationSync({
      id: 'cn',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name: 'Cá nhân', unit: { id: 'u' } },
      facts: { goodConduct: false },
    });
    expect(e.outcome).toBe('ineligible');
    expect(e.missingFacts).toEqual([]);
  });

  it("every rule file: each criterion's result is the one all values of its unknown finite facts give, and both evaluators say so", async () => {
    await fc.assert(
      fc.asyncProperty(situation, async (s) => {
        const n = nominationFor(s, true);
        const sync = evaluateNominationSync(n);
        expect(await evaluateNomination(n)).toEqual(sync);
        for (const leaf of leaves(sync.criteria)) {
          const unknown = unknownFinite(sync, Object.keys(leaf.facts ?? {}));
          const tried = [...assignments(unknown)].map((values) => {
            const e = evaluateNominationSync(completed(n, values));
            return [values, leaves(e.criteria).find((l) => l.id === leaf.id)!.result] as const;
          });
          const results = tried.map(([, r]) => r);
          expect(leaf.result, leaf.id).toBe(common(results, 'unknown'));
          // when every value decides it, a finite fact listed as missing is one whose value changes it
          if (leaf.result === 'unknown' && !results.includes('unknown')) {
            for (const f of leaf.missingFacts ?? []) if (finiteDomain(f as FactName)) expect(changes(f as FactName, tried), `${leaf.id} ${f}`).toBe(true);
          }
        }
        // the outcome: tried when the unknown finite facts the criteria read have few values together
        const read = [...new Set(leaves(sync.criteria).flatMap((l) => Object.keys(l.facts ?? {})))];
        const unknown = unknownFinite(sync, read);
        const count = unknown.reduce((k, f) => k * finiteDomain(f)!.length, 1);
        if (count <= 512) {
          const outcomes = [...assignments(unknown)].map((values) => evaluateNominationSync(completed(n, values)).outcome);
          expect(sync.outcome).toBe(common(outcomes, 'undetermined'));
        }
      }),
      runs(),
    );
  });
});
