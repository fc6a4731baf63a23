import { beforeAll, describe, expect, it } from 'vitest';
import { allocateQuota, NOT_SELECTED_REASONS, type Evaluation } from '../../src/index';
import { AllocationSchema } from '../../src/schemas';
import { quotaExercise } from '../helpers/exercises';
import { evaluateCase, placesOf, quotaCases, shuffled } from './helpers';

const file = quotaCases();
const evaluations = new Map<string, Evaluation[]>();

beforeAll(async () => {
  for (const c of file.cases) evaluations.set(c.name, await evaluateCase(file, c));
});

// The legal scenarios of rules/scenarios/quotas.json, through the public API, in both languages.
describe('allocateQuota scenarios (rules/scenarios/quotas.json)', () => {
  for (const c of file.cases) {
    it(c.name, () => {
      const evs = evaluations.get(c.name) ?? [];
      for (const lang of ['vi', 'en'] as const) {
        const a = allocateQuota(evs, { level: c.level, ...c.options, lang });
        expect(AllocationSchema.parse(a)).toStrictEqual(a);
        expect(placesOf(a)).toEqual({
          selected: c.expect.selected ?? [],
          notSelected: c.expect.notSelected ?? [],
          outsideQuota: c.expect.outsideQuota ?? [],
        });
        expect(a.ties).toHaveLength(c.expect.ties?.length ?? 0);
        (c.expect.ties ?? []).forEach((t, i) => expect(a.ties[i]).toMatchObject(t));
        expect(a.duplicates).toHaveLength(c.expect.duplicates?.length ?? 0);
        (c.expect.duplicates ?? []).forEach((d, i) => expect(a.duplicates[i]).toMatchObject(d));
        expect(a.totals).toEqual(c.expect.totals);
        const entries = [...a.selected, ...a.notSelected, ...a.outsideQuota];
        for (const [id, clause] of Object.entries(c.expect.clauses ?? {})) {
          expect(entries.find((e) => e.nominationId === id)?.clause, id).toBe(clause);
        }
        for (const [id, money] of Object.entries(c.expect.money ?? {})) {
          expect(entries.find((e) => e.nominationId === id)?.moneyVnd, id).toBe(money);
        }
        if (c.expect.remainingVnd !== undefined) expect(a.money?.remainingVnd).toBe(c.expect.remainingVnd);
        for (const e of entries) expect(e.explanation.startsWith(`[${e.clause}] `), e.explanation).toBe(true);
        for (const t of a.ties) expect(t.explanation.startsWith(`[${t.clause}] `)).toBe(true);
        expect(a.notes.length).toBeGreaterThan(0);
        expect(allocateQuota(shuffled(evs, 7), { level: c.level, ...c.options, lang })).toStrictEqual(a);
        for (const [clause, byResult] of Object.entries(c.exercises ?? {})) {
          for (const [result, ids] of Object.entries(byResult)) {
            for (const id of ids) expect(quotaExercise(a, evs, clause, id), `${id} exercises ${clause}`).toBe(result);
          }
        }
      }
    });
  }
});

describe('traceability of the quantity clauses', () => {
  const clauses = [
    'III.1.2-b',
    'III.1.2-c',
    'III.2.1.1.b-quantity',
    'III.2.1.1.b-priority',
    'III.2.1.2.b-quota',
    'III.2.1.2.b-discretionary',
    'III.2.2.b-quantity',
  ];

  it('every clause allocateQuota implements is named by at least one scenario', () => {
    for (const id of clauses)
      expect(
        file.cases.some((c) => c.name.includes(id)),
        id,
      ).toBe(true);
  });

  it('every scenario cites at least one clause in its sentence', () => {
    for (const c of file.cases) expect(c.name).toMatch(/\(III\.[0-9.a-z-]+(, III\.[0-9.a-z-]+)*\)$/);
  });

  it('every reason a nomination can be not selected for occurs in a scenario', () => {
    const reasons = new Set(file.cases.flatMap((c) => (c.expect.notSelected ?? []).map(([, r]) => r)));
    expect([...reasons].sort()).toEqual([...NOT_SELECTED_REASONS].sort());
  });

  it('the scenarios cover each level and each kind of tie', () => {
    expect(new Set(file.cases.map((c) => c.level))).toEqual(new Set(['annual-grassroots', 'annual-city', 'period-2026-2030']));
    const cutoffs = new Set(file.cases.flatMap((c) => (c.expect.ties ?? []).map((t) => t['cutoff'])));
    expect(cutoffs).toEqual(new Set(['quota', 'achievement', 'budget']));
  });
});
