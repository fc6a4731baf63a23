import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvaluationInputSchema, EvaluationSchema, RULE_SET_IDS, type Evaluation } from '../../src/index';
import { isEvaluationShape } from '../../src/quota/evaluationShape';
import { evaluationPool } from './pool';

// The fast check in front of EvaluationInputSchema must never accept what the schema refuses.
let all: Evaluation[];

beforeAll(async () => {
  const pool = await evaluationPool(60);
  all = RULE_SET_IDS.flatMap((r) => pool[r]);
});

type Container = Record<string, unknown> | unknown[];

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

  it('refuses values that are not plain objects and leaves them to zod', () => {
    const e = all[0] as Evaluation;
    class Boxed {}
    expect(isEvaluationShape(Object.assign(new Boxed(), e))).toBe(false);
    expect(isEvaluationShape(null)).toBe(false);
    expect(isEvaluationShape([e])).toBe(false);
    expect(isEvaluationShape({ ...e, unit: Object.assign(Object.create({ block: 'ward' }) as object, { id: 'u' }) })).toBe(false);
  });
});
