/**
 * Stands in for `clone` in the build of `dist/` (tsup.config.ts). json-rules-engine deep-copies
 * a rule's conditions, event, priority and name into each `RuleResult` (and a referenced
 * condition into its reference, which the rule schema does not allow), then evaluates the copy,
 * writing each condition's `result` and `factResult` on it. The copy must keep prototypes: the
 * conditions are `Condition` instances whose methods the engine calls on the copy.
 *
 * What the library gives the engine is JSON (the rule schema, src/schema/condition.ts) inside
 * the engine's own `Condition` objects, so this copies primitives, arrays and objects (with
 * their prototype and own enumerable string keys, as `clone` does) and nothing else: a `Map`,
 * `Set`, `Date`, `RegExp`, typed array or cycle, which `clone` would copy and this one would
 * copy wrongly, throws instead. `clone` is 2.4 KB minified (about 1 KB gzip) of every host's
 * bundle for this.
 *
 * The default export, as `require('clone')` gives it to Babel's interop.
 */
export default function clone<T>(value: T): T {
  return copy(value, new Set()) as T;
}

function copy(value: unknown, seen: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) throw new Error('thi-dua-cchc: cannot copy a cycle (json-rules-engine was bundled with a JSON-only clone)');
  if (Array.isArray(value)) {
    seen.add(value);
    const out = value.map((item: unknown) => copy(item, seen));
    seen.delete(value);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof Map ||
    value instanceof Set ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    value instanceof Promise
  ) {
    throw new Error(`thi-dua-cchc: cannot copy a ${Object.prototype.toString.call(value).slice(8, -1)} (json-rules-engine was bundled with a JSON-only clone)`);
  }
  seen.add(value);
  const out = Object.create(proto as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen);
  seen.delete(value);
  return out;
}
