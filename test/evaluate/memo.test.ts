import { describe, expect, it } from 'vitest';
import { definePlan, evaluateNominationSync, RULE_SET_FACTS, RULE_SET_IDS, type Nomination, type NomineeKind, type RuleSetId } from '../../src/index';
import { FACT_TYPES } from '../../src/schema/facts';
import { ruleSetsDefinition } from '../helpers/plans';

// Evaluations of the same facts are remembered per compiled rule set (src/evaluate/core.ts: a
// trie keyed by small codes for each fact value). The memo must never answer for other facts:
// one after another, fact sets that differ in one value (unknown, false, true, small and large
// numbers, lists in another order, blocks) must each get the answer a fresh plan gives.

const VALUES: Record<string, readonly unknown[]> = {
  boolean: [true, false, null],
  integer: [0, 1, 2, 3, 4, 5, 6, 12, 1_000_000, null],
  roles: [['advise'], ['participate'], ['advise', 'propose'], ['propose', 'advise'], ['direct', 'organize', 'propose'], [], null],
  years: [[2026, 2027, 2028], [2028, 2027, 2026], [2026], [2026, 2026, 2027], [2025, 2026, 2027, 2028], [], null],
  block: ['department', 'ward', 'commune', 'special-zone', null],
};

/** The values tried for one fact: those of its type that the nomination schema accepts for it (a PAR rank starts at 1). */
function valuesOf(fact: string): readonly unknown[] {
  const values = VALUES[FACT_TYPES[fact as keyof typeof FACT_TYPES].type] as readonly unknown[];
  return fact === 'parIndexRank' ? values.filter((v) => v !== 0) : values;
}

function base(ruleSet: RuleSetId, kind: NomineeKind): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const f of RULE_SET_FACTS[ruleSet][kind] as readonly string[]) {
    if (f !== 'unitBlock') facts[f] = valuesOf(f)[0];
  }
  return facts;
}

function nomination(ruleSet: RuleSetId, kind: NomineeKind, facts: Record<string, unknown>, block: unknown, i: number): Nomination {
  const known = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== null));
  return {
    id: `m-${i}`,
    ruleSet,
    ...(ruleSet === 'period-2026-2030' ? {} : { year: 2026 }),
    nominee: { kind, name: 'Nguyễn Văn A', unit: { id: 'u', ...(block === null ? {} : { block: block as 'ward' }) } },
    facts: known,
  } as Nomination;
}

/** Fact sets one value away from the base, and from each other, in a fixed order. */
function variants(ruleSet: RuleSetId, kind: NomineeKind): { facts: Record<string, unknown>; block: unknown }[] {
  const out: { facts: Record<string, unknown>; block: unknown }[] = [];
  const names = RULE_SET_FACTS[ruleSet][kind] as readonly string[];
  for (const block of VALUES['block'] as readonly unknown[]) {
    out.push({ facts: base(ruleSet, kind), block });
    for (const f of names) {
      if (f === 'unitBlock') continue;
      for (const v of valuesOf(f)) out.push({ facts: { ...base(ruleSet, kind), [f]: v }, block });
    }
  }
  // Every fact unknown but one, then every fact known but one: long runs of one code.
  for (const f of names.filter((n) => n !== 'unitBlock')) {
    const none = Object.fromEntries(names.filter((n) => n !== 'unitBlock').map((n) => [n, null]));
    out.push({ facts: { ...none, [f]: base(ruleSet, kind)[f] ?? true }, block: null });
    out.push({ facts: { ...base(ruleSet, kind), [f]: null }, block: 'commune' });
  }
  return out;
}

describe('the memo of evaluations never answers for other facts', () => {
  for (const ruleSet of RULE_SET_IDS) {
    for (const kind of ['collective', 'individual'] as const) {
      it(`${ruleSet}, ${kind}: each fact set in turn gets the answer of a fresh plan`, () => {
        const remembering = definePlan(ruleSetsDefinition());
        const list = variants(ruleSet, kind);
        const outcomes = new Set<string>();
        list.forEach(({ facts, block }, i) => {
          const n = nomination(ruleSet, kind, facts, block, i);
          const remembered = evaluateNominationSync(n, { plan: remembering });
          const fresh = evaluateNominationSync(n, { plan: definePlan(ruleSetsDefinition()) });
          expect(remembered).toStrictEqual(fresh);
          outcomes.add(fresh.outcome);
        });
        // The list reaches different outcomes, so the memo is tried on answers that differ.
        expect(outcomes.has('eligible') && outcomes.has('undetermined')).toBe(true);
        // And the same list again, now all remembered, gives the same answers.
        list.forEach(({ facts, block }, i) => {
          const n = nomination(ruleSet, kind, facts, block, i);
          expect(evaluateNominationSync(n, { plan: remembering })).toStrictEqual(evaluateNominationSync(n, { plan: definePlan(ruleSetsDefinition()) }));
        });
        // A fresh plan per fact set is slow (a second or two quiet): a loaded machine needs more than vitest's 5 s.
      }, 60_000);
    }
  }
});
