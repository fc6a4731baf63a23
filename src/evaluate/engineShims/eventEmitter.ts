/**
 * What json-rules-engine 7 uses of `eventemitter2`, and nothing more: its `Engine` and `Rule`
 * extend an emitter (through Babel's `Parent.call(this)`, hence a plain constructor function),
 * call `on` for the handlers a rule is given, and `emitAsync` for a rule's `success` and
 * `failure` events. The build of `dist/` puts this in place of eventemitter2 (tsup.config.ts),
 * which is 18 KB minified (about 5 KB gzip) of every browser bundle for two methods. The library
 * registers no handler: the engine's answers come from `engine.run(...).results`.
 *
 * Same behaviour for those two methods: listeners of an event run in the order they were added,
 * each called at once with the event's arguments; `emitAsync` resolves to the list of what they
 * returned, or rejects with the first rejection.
 *
 * The default export, as `require('eventemitter2')` gives it to Babel's interop.
 */
type Listener = (...args: unknown[]) => unknown;

interface Emitter {
  on(event: string, listener: Listener): Emitter;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

export default function EventEmitter(this: Emitter): void {
  const listeners = new Map<string, Listener[]>();
  this.on = function on(event, listener) {
    const list = listeners.get(event);
    if (list) list.push(listener);
    else listeners.set(event, [listener]);
    return this;
  };
  this.emitAsync = (event, ...args) => Promise.all((listeners.get(event) ?? []).map((listener) => listener(...args)));
}
