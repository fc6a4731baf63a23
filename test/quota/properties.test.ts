import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateQuota, defaultPlan, RULE_SET_IDS, type Allocation, type AllocateOptions, type Evaluation, type RuleSetId } from '../../src/index';
import { AllocationSchema } from '../../src/schemas';
import { evaluationPool } from './pool';
import { shuffled } from './helpers';

let pool: Record<RuleSetId, Evaluation[]>;

beforeAll(async () => {
  pool = await evaluationPool(200);
});

/** A batch: evaluations from the pool, renamed, spread over a few units, sharing a few achievements. */
const batchArb = fc.record({
  level: fc.constantFrom(...RULE_SET_IDS),
  picks: fc.array(
    fc.record({
      pick: fc.nat(),
      unit: fc.integer({ min: 0, max: 4 }),
      achievements: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 2 }),
      outsideQuota: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    }),
    { maxLength: 40 },
  ),
  money: fc.option(
    fc.record({
      decisionDate: fc.constantFrom('2025-07-01', '2026-06-30', '2026-07-01', '2030-03-31'),
      budgetVnd: fc.option(fc.oneof(fc.integer({ min: 0, max: 12_000_000 }), fc.constantFrom(760_000, 1_520_000, 2_280_000)), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  history: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  budgetRule: fc.constantFrom(undefined, 'strict' as const, 'fill' as const),
  seed: fc.integer(),
});

type BatchInput = typeof batchArb extends fc.Arbitrary<infer T> ? T : never;

function build(b: BatchInput): { evaluations: Evaluation[]; options: AllocateOptions } {
  const source = pool[b.level];
  const evaluations = b.picks.map((p, i): Evaluation => {
    const e = source[p.pick % source.length] as Evaluation;
    return {
      ...e,
      nominationId: `n-${String(i).padStart(2, '0')}`,
      nomineeName: `Người ${i}`,
      unit: { id: `u${p.unit}`, ...(e.unit.block && { block: e.unit.block }) },
      achievements: p.achievements.map((a) => ({ id: `tk-${a}` })),
      outsideQuota: b.level === 'annual-city' && p.outsideQuota,
    };
  });
  const budgetApplies = b.level !== 'annual-city';
  const options: AllocateOptions = {
    level: b.level,
    ...(b.money && { decisionDate: b.money.decisionDate }),
    ...(b.money?.budgetVnd !== undefined && budgetApplies && { budgetVnd: b.money.budgetVnd }),
    ...(b.budgetRule !== undefined && budgetApplies && { budgetRule: b.budgetRule }),
    history: b.history.map((a) => ({ achievementId: `tk-${a}`, award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-06-30' })),
  };
  return { evaluations, options };
}

function entries(a: Allocation) {
  return [...a.selected, ...a.notSelected, ...a.outsideQuota];
}

const RUNS = { numRuns: 500, seed: 20261125 };

describe('allocateQuota properties (fast-check, realistic evaluations from evaluateNominations)', () => {
  it('shuffling the input never changes the result', () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        expect(allocateQuota(shuffled(evaluations, b.seed), options)).toStrictEqual(a);
        expect(allocateQuota(evaluations.slice().reverse(), options)).toStrictEqual(a);
      }),
      RUNS,
    );
  });

  // With no plan given, allocateQuota reads the bundled plan less the text no answer reads
  // (src/plan/answering.ts); test/plan/answeringPlan.test.ts does the same for the other two.
  it('the whole bundled plan given as options.plan gives the same allocation, in both languages, as none', () => {
    fc.assert(
      fc.property(batchArb, fc.constantFrom('vi' as const, 'en' as const), (b, lang) => {
        const { evaluations, options } = build(b);
        expect(allocateQuota(evaluations, { ...options, lang, plan: defaultPlan() })).toStrictEqual(allocateQuota(evaluations, { ...options, lang }));
      }),
      RUNS,
    );
  });

  it('every input is accounted for exactly once, and the output is plain JSON of the documented shape', () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        const ids = entries(a).map((e) => e.nominationId);
        expect(ids.slice().sort()).toEqual(evaluations.map((e) => e.nominationId).sort());
        expect(new Set(ids).size).toBe(ids.length);
        expect(AllocationSchema.parse(a)).toStrictEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
        expect(a.totals.collectives + a.totals.individuals).toBe(a.selected.length);
      }),
      RUNS,
    );
  });

  it('nothing selected is ineligible, undetermined or outside the quota; only eligible proposals are listed outside the quota, never judged', () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        for (const e of a.selected) expect(e.outcome).toBe('eligible');
        // Only an eligible proposal is listed outside the quota; one that is not is refused with its outcome.
        const outside = new Set(evaluations.filter((e) => e.outsideQuota && e.outcome === 'eligible').map((e) => e.nominationId));
        expect(new Set(a.outsideQuota.map((e) => e.nominationId))).toEqual(outside);
        for (const e of evaluations.filter((x) => x.outsideQuota && x.outcome !== 'eligible')) {
          expect(a.notSelected.find((n) => n.nominationId === e.nominationId)?.reason).toBe(e.outcome);
        }
        for (const e of a.notSelected) {
          if (e.reason === 'ineligible' || e.reason === 'undetermined') expect(e.outcome).toBe(e.reason);
          else expect(e.outcome).toBe('eligible');
        }
      }),
      RUNS,
    );
  });

  it('no unit exceeds its quota, whatever the council decides on the ties', () => {
    fc.assert(
      fc.property(
        batchArb.filter((b) => b.level === 'annual-city'),
        (b) => {
          const { evaluations, options } = build(b);
          const a = allocateQuota(evaluations, options);
          const used = new Map<string, number>();
          for (const e of a.selected) used.set(`${e.unit.id}/${e.nomineeKind}`, (used.get(`${e.unit.id}/${e.nomineeKind}`) ?? 0) + 1);
          for (const t of a.ties)
            if (t.cutoff === 'quota') used.set(`${t.unitId}/${t.nomineeKind}`, (used.get(`${t.unitId}/${t.nomineeKind}`) ?? 0) + t.places);
          for (const n of used.values()) expect(n).toBeLessThanOrEqual(1);
        },
      ),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('the selected stay within the budget, with the money of the ties set aside, and the budget follows priority', () => {
    fc.assert(
      fc.property(
        batchArb.filter((b) => b.level !== 'annual-city' && b.money?.budgetVnd !== undefined),
        (b) => {
          const { evaluations, options } = build(b);
          const a = allocateQuota(evaluations, options);
          const budget = options.budgetVnd as number;
          const money = (e: { moneyVnd?: number }) => e.moneyVnd ?? 0;
          expect(a.totals.moneyVnd).toBe(a.selected.reduce((s, e) => s + money(e), 0));
          const reserved = a.notSelected
            .filter((e) => e.reason === 'tie-at-cutoff' && !a.ties.some((t) => t.cutoff === 'budget' && t.nominationIds.includes(e.nominationId)))
            .reduce((s, e) => s + money(e), 0);
          expect((a.totals.moneyVnd ?? 0) + reserved).toBeLessThanOrEqual(budget);
          expect(a.money?.remainingVnd).toBe(budget - (a.totals.moneyVnd ?? 0));
          // In strict mode nothing below a nomination that did not fit is selected (fill: see below).
          const lowestSelected = Math.min(...a.selected.map((e) => e.priorityScore));
          if (options.budgetRule === 'strict')
            for (const e of a.notSelected) if (e.reason === 'budget') expect(e.priorityScore).toBeLessThanOrEqual(lowestSelected);
        },
      ),
      { ...RUNS, numRuns: 300 },
    );
  });

  // III.2.1.1.b-quantity, read in both budget modes (rules/quotas.json budgetOrder).
  it.each(['strict', 'fill'] as const)(
    'in %s budget mode shuffling changes nothing, the money selected never exceeds the budget, and a lower tier is selected only past every higher eligible nominee',
    (mode) => {
      fc.assert(
        fc.property(
          batchArb.filter((b) => b.level !== 'annual-city' && b.money?.budgetVnd !== undefined),
          (b) => {
            const built = build(b);
            const options = { ...built.options, budgetRule: mode };
            const a = allocateQuota(built.evaluations, options);
            expect(allocateQuota(shuffled(built.evaluations, b.seed), options)).toStrictEqual(a);
            expect(a.totals.moneyVnd ?? 0).toBeLessThanOrEqual(options.budgetVnd as number);
            expect(a.notes.some((n) => n.includes(`Cách dùng kinh phí: ${mode}, theo tùy chọn budgetRule.`))).toBe(true);
            const inTie = new Set(a.ties.flatMap((t) => t.nominationIds));
            // Why an eligible higher-tier nominee may be passed over: its achievement is another's
            // (III.1.2-b), it is in a reported tie, or (fill only) its money does not fit what is left.
            const excused = new Set<string>(mode === 'fill' ? ['duplicate-achievement', 'budget'] : ['duplicate-achievement']);
            for (const s of a.selected) {
              for (const e of a.notSelected) {
                if (e.outcome !== 'eligible' || e.priorityScore <= s.priorityScore) continue;
                expect(excused.has(e.reason) || inTie.has(e.nominationId), `${s.nominationId} selected below ${e.nominationId} (${e.reason})`).toBe(true);
              }
            }
          },
        ),
        { ...RUNS, numRuns: 200 },
      );
    },
  );

  it('one achievement is never commended twice, nor again after an earlier award', () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        const awarded = new Set((options.history ?? []).map((h) => h.achievementId));
        const held = new Set<string>();
        for (const e of a.selected) {
          for (const id of e.achievementIds) {
            expect(awarded.has(id)).toBe(false);
            expect(held.has(id)).toBe(false);
            held.add(id);
          }
        }
        for (const d of a.duplicates) {
          expect(d.places.length).toBeGreaterThanOrEqual(2);
          const claimants = d.places.flatMap((p) => (p.source === 'batch' ? [p.nominationId] : []));
          const selected = a.selected.filter((e) => claimants.includes(e.nominationId)).map((e) => e.nominationId);
          expect(selected.length).toBeLessThanOrEqual(1);
          expect(d.selectedNominationId).toBe(selected[0] ?? null);
        }
      }),
      RUNS,
    );
  });

  it('a tie is never broken silently: its nominations share one priority and are all tie-at-cutoff, and every tie-at-cutoff is in a tie', () => {
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        const byId = new Map(entries(a).map((e) => [e.nominationId, e]));
        const inTies = new Set(a.ties.flatMap((t) => t.nominationIds));
        for (const t of a.ties) {
          for (const id of t.nominationIds) {
            const e = byId.get(id);
            expect(e && 'reason' in e ? e.reason : 'selected').toBe('tie-at-cutoff');
            expect(e?.priorityScore).toBe(t.priorityScore);
          }
        }
        for (const e of a.notSelected) if (e.reason === 'tie-at-cutoff') expect(inTies.has(e.nominationId)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the generated batches exercise every reason, every kind of tie, duplicates and outside-quota proposals', () => {
    const seen = new Map<string, number>();
    const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
    for (const b of fc.sample(batchArb, { numRuns: 500, seed: RUNS.seed })) {
      const { evaluations, options } = build(b);
      const a = allocateQuota(evaluations, options);
      for (const e of a.notSelected) count(e.reason);
      for (const t of a.ties) count(`tie:${t.cutoff}`);
      if (a.duplicates.some((d) => d.places.some((p) => p.source === 'history'))) count('duplicate:history');
      if (a.duplicates.some((d) => d.places.filter((p) => p.source === 'batch').length > 1)) count('duplicate:batch');
      if (a.outsideQuota.length > 0) count('outsideQuota');
      if (a.selected.length > 0) count('selected');
    }
    for (const k of [
      'ineligible',
      'undetermined',
      'quota',
      'budget',
      'duplicate-achievement',
      'tie-at-cutoff',
      'tie:quota',
      'tie:achievement',
      'tie:budget',
      'duplicate:history',
      'duplicate:batch',
      'outsideQuota',
      'selected',
    ]) {
      expect(seen.get(k) ?? 0, k).toBeGreaterThan(5);
    }
  });

  it('lists follow the documented order: priority first, then collectives before individuals, unit ID, nomination ID', () => {
    const key = (e: Allocation['selected'][number]) =>
      [String(99 - e.priorityScore).padStart(2, '0'), e.nomineeKind === 'collective' ? '0' : '1', e.unit.id, e.nominationId].join('\u0000');
    fc.assert(
      fc.property(batchArb, (b) => {
        const { evaluations, options } = build(b);
        const a = allocateQuota(evaluations, options);
        for (const list of [a.selected, a.notSelected, a.outsideQuota]) {
          const keys = list.map(key);
          expect(keys).toEqual(keys.slice().sort());
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });
});
