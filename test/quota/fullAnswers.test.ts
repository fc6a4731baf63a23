import { beforeAll, describe, expect, it } from 'vitest';
import { allocateQuota, type Allocation, type Evaluation } from '../../src/index';
import { evaluateCase, quotaCases } from './helpers';

// Every text of the answer to each scenario of rules/scenarios/quotas.json, in both languages:
// each entry's clause and explanation, each tie's and duplicate's, the totals, the money and the
// notes, in order. This is the one snapshot of each scenario's allocation.
// The expected texts are in __snapshots__/fullAnswers.test.ts.snap, read and checked against
// the plan when written; a changed sentence, number or clause shows there as a diff to review.
const file = quotaCases();
const evaluations = new Map<string, Evaluation[]>();

beforeAll(async () => {
  for (const c of file.cases) evaluations.set(c.name, await evaluateCase(file, c));
});

function texts(a: Allocation) {
  const entry = (e: Allocation['selected'][number]) =>
    `${e.nominationId}${e.moneyVnd === undefined ? '' : ` (${e.moneyVnd} VND)`} [${e.clause}]: ${e.explanation}`;
  return {
    selected: a.selected.map(entry),
    notSelected: a.notSelected.map((e) => `${e.reason} ${entry(e)}`),
    outsideQuota: a.outsideQuota.map(entry),
    ties: a.ties,
    duplicates: a.duplicates.map((d) => JSON.stringify(d)),
    totals: a.totals,
    money: a.money,
    notes: a.notes,
  };
}

describe('allocateQuota’s every text, scenario by scenario (rules/scenarios/quotas.json)', () => {
  for (const c of file.cases) {
    it(c.name, () => {
      const evs = evaluations.get(c.name) ?? [];
      for (const lang of ['en', 'vi'] as const) {
        expect(texts(allocateQuota(evs, { level: c.level, ...c.options, lang }))).toMatchSnapshot(lang);
      }
    });
  }
});
