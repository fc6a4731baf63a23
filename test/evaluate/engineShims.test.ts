import { createRequire } from 'node:module';
import EventEmitter2 from 'eventemitter2';
import realHashIt from 'hash-it';
import { Almanac, Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import clone from '../../src/evaluate/engineShims/clone';
import EventEmitter from '../../src/evaluate/engineShims/eventEmitter';
import hashIt from '../../src/evaluate/engineShims/hashIt';
import { JSONPath } from '../../src/evaluate/engineShims/jsonPath';

// clone ships no types; the engine calls it as `clone(value)`.
const realClone = createRequire(import.meta.url)('clone') as <T>(value: T) => T;

// The build of dist/ gives json-rules-engine these in place of eventemitter2 and jsonpath-plus
// (tsup.config.ts), and these in place of clone and hash-it. The emitter must do what eventemitter2 does for the two methods the engine
// calls; test/evaluate/distEngine.test.ts checks the built engine path as a whole.

interface Emitter {
  on(event: string, listener: (...args: unknown[]) => unknown): Emitter;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

/** A subclass made the way Babel's ES5 output makes json-rules-engine's Engine and Rule. */
function babelSubclass(Parent: unknown): new () => Emitter {
  function Child(this: object) {
    (Parent as (this: object) => void).call(this);
  }
  Child.prototype = Object.create((Parent as { prototype: object }).prototype, { constructor: { value: Child } });
  Object.setPrototypeOf(Child, Parent as object);
  return Child as unknown as new () => Emitter;
}

describe('the event emitter json-rules-engine gets in the build', () => {
  it('works as the parent of a class built the way Babel builds the engine’s classes', async () => {
    const Child = babelSubclass(EventEmitter);
    const e = new Child();
    const seen: unknown[] = [];
    expect(e.on('success', (...args) => seen.push(args))).toBe(e);
    await e.emitAsync('success', 'event', 'almanac', 'result');
    expect(seen).toEqual([['event', 'almanac', 'result']]);
  });

  it.each([
    ['no listener', [] as string[], 'x'],
    ['one listener of another event', ['y'], 'x'],
    ['two listeners of the event and one of another, in the order added', ['x', 'y', 'x'], 'x'],
  ])('with %s, emitAsync calls and resolves as eventemitter2 does', async (_name, events, emitted) => {
    const run = async (Parent: unknown) => {
      const e = new (babelSubclass(Parent))();
      const calls: string[] = [];
      events.forEach((event, i) =>
        e.on(event, async (a) => {
          calls.push(`${event}${i}:${String(a)}`);
          return i;
        }),
      );
      const resolved = await e.emitAsync(emitted, 'a');
      return { calls, resolved };
    };
    const ours = await run(EventEmitter);
    expect(ours).toEqual(await run(EventEmitter2));
    expect(ours.calls).toHaveLength(events.filter((e) => e === emitted).length);
  });

  it('each listener is called at once, before emitAsync returns, and a rejection rejects the emit', async () => {
    const e = new (babelSubclass(EventEmitter))();
    const order: string[] = [];
    e.on('failure', () => order.push('listener'));
    e.on('failure', () => Promise.reject(new Error('boom')));
    const p = e.emitAsync('failure');
    order.push('returned');
    expect(order).toEqual(['listener', 'returned']);
    await expect(p).rejects.toThrow('boom');
  });

  it('two emitters keep their own listeners', async () => {
    const Child = babelSubclass(EventEmitter);
    const a = new Child();
    const b = new Child();
    const calls: string[] = [];
    a.on('x', () => calls.push('a'));
    b.on('x', () => calls.push('b'));
    await a.emitAsync('x');
    expect(calls).toEqual(['a']);
  });
});

describe('the JSONPath json-rules-engine gets in the build', () => {
  it('refuses to run, naming what is not supported, instead of answering', () => {
    expect(() => JSONPath()).toThrow(/`path` are not supported/);
  });
});

/** A rule's conditions as the engine holds them: `Condition` objects, made by a real engine. */
function engineConditions(): object {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    name: '0',
    conditions: {
      all: [
        { fact: 'reformRoles', operator: 'contains', value: 'advise' },
        { any: [{ fact: 'years', operator: 'in', value: [2026, 2027] }, { not: { fact: 'x', operator: 'equal', value: { a: [1, null, 'b'] } } }] },
      ],
    },
    event: { type: 'atom', params: { n: 1 } },
  });
  const rule = (engine as unknown as { rules: { conditions: object }[] }).rules[0];
  if (!rule) throw new Error('the engine kept no rule');
  return rule.conditions;
}

/** Each object of a tree with its prototype, in the order met: what a copy must keep. */
function shapeOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(shapeOf);
  return { proto: Object.getPrototypeOf(value) as unknown, entries: Object.entries(value).map(([k, v]) => [k, shapeOf(v)]) };
}

/** Every object and array reachable from a value. */
function objectsOf(value: unknown, out = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    out.add(value);
    for (const v of Object.values(value)) objectsOf(v, out);
  }
  return out;
}

describe('the clone json-rules-engine gets in the build', () => {
  it('copies the engine’s own conditions as clone does: same values, same prototypes, no object shared', () => {
    const conditions = engineConditions();
    const ours = clone(conditions);
    expect(Object.getPrototypeOf(conditions)).not.toBe(Object.prototype);
    expect(shapeOf(ours)).toEqual(shapeOf(realClone(conditions)));
    expect(shapeOf(ours)).toEqual(shapeOf(conditions));
    const before = objectsOf(conditions);
    expect([...objectsOf(ours)].filter((o) => before.has(o))).toEqual([]);
  });

  it.each([
    ['a number', 3],
    ['a string', 'trực tiếp'],
    ['null', null],
    ['undefined', undefined],
    ['an event', { type: 'atom', params: { n: 1, list: [true, false] } }],
  ])('copies %s as clone does', (_name, value) => {
    expect(clone(value)).toStrictEqual(realClone(value));
  });

  it('writing on the copy, as the engine does when it evaluates, leaves the rule’s conditions as they were', () => {
    const conditions = engineConditions();
    const before = JSON.stringify(conditions);
    const copy = clone(conditions) as { all: { result?: boolean }[] };
    copy.all.forEach((c) => {
      c.result = true;
    });
    expect(JSON.stringify(conditions)).toBe(before);
  });

  it.each([
    ['Date', new Date(0)],
    ['Map', new Map()],
    ['Set', new Set()],
    ['RegExp', /x/],
    ['Uint8Array', new Uint8Array(1)],
  ])('refuses a %s, which it cannot copy the way clone does, instead of copying it wrongly, and names it', (name, value) => {
    expect(() => clone({ value })).toThrow(`thi-dua-cchc: cannot copy a ${name} (json-rules-engine was bundled with a JSON-only clone)`);
  });

  it('refuses a cycle, and copies a value met twice without a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => clone(cyclic)).toThrow(/cannot copy a cycle/);
    const shared = { a: 1 };
    expect(clone({ x: shared, y: [shared] })).toEqual({ x: { a: 1 }, y: [{ a: 1 }] });
  });
});

describe('the hash-it json-rules-engine gets in the build', () => {
  // What the engine hashes: `{ params, id }` for a fact, params `{}` for the facts it is given.
  const keys = [
    { params: {}, id: 'goodConduct' },
    { params: {}, id: 'reformRoles' },
    { params: { year: 2026 }, id: 'goodConduct' },
    { params: { year: 2027 }, id: 'goodConduct' },
    { params: { year: '2026' }, id: 'goodConduct' },
  ];

  it('gives equal keys for equal values and different keys for different ones, as hash-it does', () => {
    for (const a of keys) {
      for (const b of keys) {
        expect(hashIt(a) === hashIt(structuredClone(b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(realHashIt(a) === realHashIt(structuredClone(b)));
      }
    }
    expect(new Set(keys.map(hashIt)).size).toBe(keys.length);
  });

  it('is what the engine keys a given fact by in its cache', () => {
    const almanac = new Almanac({ allowUndefinedFacts: true });
    almanac.addRuntimeFact('goodConduct', true);
    const cache = (almanac as unknown as { factResultsCache: Map<unknown, unknown> }).factResultsCache;
    expect([...cache.keys()]).toEqual([realHashIt({ params: {}, id: 'goodConduct' })]);
    expect(hashIt({ params: {}, id: 'goodConduct' })).toBe('{"params":{},"id":"goodConduct"}');
  });
});
