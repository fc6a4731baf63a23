import EventEmitter2 from 'eventemitter2';
import { describe, expect, it } from 'vitest';
import EventEmitter from '../../src/evaluate/engineShims/eventEmitter';
import { JSONPath } from '../../src/evaluate/engineShims/jsonPath';

// The build of dist/ gives json-rules-engine these in place of eventemitter2 and jsonpath-plus
// (tsup.config.ts). The emitter must do what eventemitter2 does for the two methods the engine
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
      events.forEach((event, i) => e.on(event, async (a) => {
        calls.push(`${event}${i}:${String(a)}`);
        return i;
      }));
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
