import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvaluationInputSchema, EvaluationSchema, RULE_SET_IDS, type Evaluation } from '../../src/index';
import { isEvaluationShape, prefetch } from '../../src/quota/evaluationShape';
import { evaluationPool } from './pool';

// The fast check in front of EvaluationInputSchema must never accept what the schema refuses.
let all: Evaluation[];

beforeAll(async () => {
  const pool = await evaluationPool(60);
  all = RULE_SET_IDS.flatMap((r) => pool[r]);
});

type Container = Record<string, unknown> | unknown[];

/** An evaluation from the pool with every optional part present, as plain JSON. */
function full(): Evaluation {
  const e = structuredClone(all.find((x) => x.ruleSet === 'annual-grassroots' && x.priority.criteria.length > 1) as Evaluation);
  const root = e.criteria as unknown as Record<string, unknown>;
  Object.assign(e, { submittedAt: '2026-10-01T08:00:00+07:00', outsideQuota: false });
  e.unit = { id: 'u-1', name: 'Phòng Văn hóa', block: 'ward' };
  e.achievements = [{ id: 'a-1', title: 'Sáng kiến', year: 2026 }, { id: 'a-2' }];
  Object.assign(root, { logic: 'all', facts: { goodConduct: true, count: 2, roles: ['advise', 1], none: null }, missingFacts: ['excellentCompletion'] });
  return e;
}

/** Every object and array inside a value, with the value itself first. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value as Container);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

const strange = fc.constantFrom<unknown>(
  undefined, null, '', 'x', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true, [], {}, [1, 'a'], [null],
  'eligible', 'met', 'vi', 'collective', 'department', 'all', new Date(0), Object.create({ inherited: 1 }) as unknown,
);

const mutation = fc.record({
  target: fc.nat(),
  key: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'add-key', 'add-symbol'),
  value: fc.oneof(strange, fc.jsonValue({ maxDepth: 2 })),
});

describe('the fast evaluation check agrees with EvaluationInputSchema', () => {
  it('accepts every evaluation evaluateNominations makes (so the fast path is the usual path)', () => {
    expect(all.length).toBe(180);
    for (const e of all) {
      expect(isEvaluationShape(e)).toBe(true);
      expect(EvaluationSchema.safeParse(e).success).toBe(true);
      expect(EvaluationInputSchema.safeParse(e).success).toBe(true);
    }
  });

  it('accepts an evaluation only if EvaluationInputSchema accepts it, under any single change anywhere', () => {
    let agreedRefusals = 0;
    fc.assert(
      fc.property(fc.nat(), mutation, (pick, m) => {
        const e = structuredClone(all[pick % all.length]) as Evaluation;
        const list = containers(e);
        const target = list[m.target % list.length] as Container;
        const keys = Object.keys(target);
        const key = Array.isArray(target) ? m.key % Math.max(1, target.length) : keys[m.key % Math.max(1, keys.length)];
        switch (m.kind) {
          case 'delete':
            if (Array.isArray(target)) target.splice(Number(key), 1);
            else if (key !== undefined) delete target[key];
            break;
          case 'replace':
            if (Array.isArray(target)) target[Number(key)] = m.value;
            else if (key !== undefined) target[key] = m.value;
            break;
          case 'add-key':
            (target as Record<string, unknown>)['extra'] = m.value;
            break;
          case 'add-symbol':
            (target as Record<symbol, unknown>)[Symbol('s')] = m.value;
            break;
        }
        const fast = isEvaluationShape(e);
        const zod = EvaluationInputSchema.safeParse(e).success;
        if (fast) expect(zod).toBe(true);
        if (!fast && !zod) agreedRefusals++;
      }),
      { numRuns: 3000, seed: 4 },
    );
    expect(agreedRefusals).toBeGreaterThan(400);
  });

  it('EvaluationInputSchema is EvaluationSchema with the criteria checked at the root only: every Evaluation fits it', () => {
    fc.assert(
      fc.property(fc.nat(), mutation, (pick, m) => {
        const e = structuredClone(all[pick % all.length]) as Evaluation;
        const target = containers(e);
        const t = target[m.target % target.length] as Record<string, unknown>;
        if (!Array.isArray(t)) t['extra'] = m.value;
        if (EvaluationSchema.safeParse(e).success) expect(EvaluationInputSchema.safeParse(e).success).toBe(true);
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  // The same rule, tried exhaustively (not sampled) on one evaluation with every optional part
  // present: each key of each object and each item of each list, deleted, replaced by each
  // strange value, and each object given an unknown key or a symbol key. Deterministic, so the
  // mutation run (10 generated runs per property) checks every part too.
  it('accepts no single change anywhere that EvaluationInputSchema refuses, tried on every part in turn', () => {
    const base = full();
    expect(isEvaluationShape(base)).toBe(true);
    const values: unknown[] = [
      undefined, null, '', ' ', 'x', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true, [], {}, [1, 'a'], [null], ['x'], [{}],
      'eligible', 'met', 'unknown', 'vi', 'collective', 'department', 'all', 'a'.repeat(101), new Date(0), Object.create({ inherited: 1 }) as unknown,
      { vi: 'a', en: 'b' }, { id: 'a', result: 'met', clause: 'c' }, { id: 'x' },
    ];
    const size = containers(base).length;
    let tried = 0;
    let refusedByBoth = 0;
    const check = (e: unknown) => {
      tried++;
      const fast = isEvaluationShape(e);
      const zod = EvaluationInputSchema.safeParse(e).success;
      if (fast && !zod) throw new Error(`the fast check accepts what zod refuses: ${JSON.stringify(e)}`);
      if (!fast && !zod) refusedByBoth++;
    };
    for (let t = 0; t < size; t++) {
      const keysOf = (c: Container) => (Array.isArray(c) ? c.map((_, i) => String(i)) : Object.keys(c));
      const keyCount = keysOf(containers(base)[t] as Container).length;
      for (let k = 0; k < keyCount; k++) {
        const variants: ((c: Container, key: string) => void)[] = [
          (c, key) => (Array.isArray(c) ? c.splice(Number(key), 1) : delete c[key]),
          ...values.map((v) => (c: Container, key: string) => {
            (c as Record<string, unknown>)[key] = v;
          }),
        ];
        for (const change of variants) {
          const e = structuredClone(base);
          const c = containers(e)[t] as Container;
          change(c, keysOf(c)[k] as string);
          check(e);
        }
      }
      for (const v of [1, 'x', undefined]) {
        const e = structuredClone(base);
        (containers(e)[t] as Record<string, unknown>)['extra'] = v;
        check(e);
        const s = structuredClone(base);
        (containers(s)[t] as Record<symbol, unknown>)[Symbol('s')] = v;
        check(s);
      }
    }
    expect(tried).toBeGreaterThan(2000);
    expect(refusedByBoth).toBeGreaterThan(1000);
  });

  it('takes the fast path for an evaluation with every optional part present, and for each part left out', () => {
    const base = full();
    expect(isEvaluationShape(base)).toBe(true);
    const without = (drop: (e: Record<string, any>) => void) => {
      const e = structuredClone(base) as Record<string, any>;
      drop(e);
      return e;
    };
    const optional: [string, (e: Record<string, any>) => void][] = [
      ['submittedAt', (e) => delete e['submittedAt']],
      ['unit.name', (e) => delete e['unit']['name']],
      ['unit.block', (e) => delete e['unit']['block']],
      ['achievement title', (e) => delete e['achievements'][0]['title']],
      ['achievement year', (e) => delete e['achievements'][0]['year']],
      ['criteria logic', (e) => delete e['criteria']['logic']],
      ['criteria facts', (e) => delete e['criteria']['facts']],
      ['criteria missingFacts', (e) => delete e['criteria']['missingFacts']],
      ['criteria children', (e) => delete e['criteria']['children']],
    ];
    for (const [name, drop] of optional) {
      const e = without(drop);
      expect([name, EvaluationInputSchema.safeParse(e).success]).toEqual([name, true]);
      expect([name, isEvaluationShape(e)]).toEqual([name, true]);
    }
    for (const block of ['department', 'ward', 'commune', 'special-zone']) expect(isEvaluationShape(without((e) => (e['unit']['block'] = block)))).toBe(true);
    for (const outcome of ['eligible', 'ineligible', 'undetermined']) expect(isEvaluationShape(without((e) => (e['outcome'] = outcome)))).toBe(true);
    for (const result of ['met', 'not-met', 'unknown']) {
      expect(isEvaluationShape(without((e) => (e['criteria']['result'] = result)))).toBe(true);
      expect(isEvaluationShape(without((e) => (e['priority']['criteria'][0]['result'] = result)))).toBe(true);
    }
    for (const lang of ['vi', 'en']) expect(isEvaluationShape(without((e) => (e['lang'] = lang)))).toBe(true);
    for (const logic of ['all', 'any']) expect(isEvaluationShape(without((e) => (e['criteria']['logic'] = logic)))).toBe(true);
    for (const kind of ['collective', 'individual']) expect(isEvaluationShape(without((e) => (e['nomineeKind'] = kind)))).toBe(true);
    for (const fact of [null, true, 0, 'x', [1, 'a']]) expect(isEvaluationShape(without((e) => (e['criteria']['facts'] = { f: fact })))).toBe(true);
    expect(isEvaluationShape(without((e) => (e['year'] = null)))).toBe(true);
    expect(isEvaluationShape(without((e) => (e['achievements'] = [])))).toBe(true);
  });

  it('refuses values that are not plain objects and leaves them to zod', () => {
    const e = all[0] as Evaluation;
    class Boxed {}
    expect(isEvaluationShape(Object.assign(new Boxed(), e))).toBe(false);
    expect(isEvaluationShape(null)).toBe(false);
    expect(isEvaluationShape([e])).toBe(false);
    expect(isEvaluationShape({ ...e, unit: Object.assign(Object.create({ block: 'ward' }) as object, { id: 'u' }) })).toBe(false);
  });
});

// prefetch reads ahead what the check reads (for speed only): it must read any value without
// throwing, and its sum must never be negative, or the check would refuse a good evaluation.
describe('prefetch', () => {
  it('reads the length of every string the check reads, and adds them up', () => {
    const e = full();
    const strings = [
      e.nominationId, e.planId, e.planVersion, e.nomineeName, e.ruleSet, e.unit.id, e.unit.name ?? '',
      e.award.id, e.award.clause, e.award.vi, e.award.en, e.criteria.id, e.criteria.text.vi, e.criteria.text.en, e.criteria.label.vi, e.criteria.label.en,
      ...e.reasons, ...e.missingFacts, ...e.achievements.map((a) => a.id), ...e.priority.criteria.flatMap((p) => [p.id, p.clause]),
    ];
    expect(prefetch(e as unknown as Record<string, unknown>)).toBe(strings.reduce((sum, x) => sum + x.length, 0));
  });

  it('reads any value in any place without throwing, and never answers less than 0', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.oneof(strange, fc.anything()), (pick, t, value) => {
        const e = structuredClone(all[pick % all.length]) as Evaluation;
        const list = containers(e);
        const target = list[t % list.length] as Container;
        const keys = Array.isArray(target) ? target.map((_, i) => String(i)) : Object.keys(target);
        const key = keys[t % Math.max(1, keys.length)];
        if (key !== undefined) (target as Record<string, unknown>)[key] = value;
        expect(prefetch(e as unknown as Record<string, unknown>)).toBeGreaterThanOrEqual(0);
        expect(prefetch({ unit: value, award: value, criteria: { text: value }, reasons: [value], achievements: [value], priority: { criteria: [value] } })).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000, seed: 6 },
    );
  });
});
