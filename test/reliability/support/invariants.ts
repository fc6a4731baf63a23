import { ISSUE_CODES, ValidationError } from '../../../src/index';
import { IssueSchema } from '../../../src/schemas';
import { POLLUTION_MARKER } from './odd';

/**
 * The promises every public function keeps, as checks: an answer or a ValidationError with
 * issues (nothing else), inputs never changed, prototypes never touched, plain-JSON outputs,
 * the same answer every time. All walks are iterative: inputs may be nested 20,000 deep.
 */

// ---------------------------------------------------------------- fingerprints of inputs

const PROTO_NAMES = new Map<unknown, string>([
  [null, 'null'],
  [Object.prototype, 'Object'],
  [Array.prototype, 'Array'],
  [Date.prototype, 'Date'],
  [Map.prototype, 'Map'],
  [Set.prototype, 'Set'],
  [String.prototype, 'String'],
  [Number.prototype, 'Number'],
  [Boolean.prototype, 'Boolean'],
  [Function.prototype, 'Function'],
]);

function atom(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return `s${JSON.stringify(v)}`;
    case 'number':
      return Object.is(v, -0) ? 'n-0' : `n${String(v)}`;
    case 'bigint':
      return `b${String(v)}`;
    case 'boolean':
      return `t${String(v)}`;
    case 'undefined':
      return 'u';
    case 'symbol':
      return `y${String(v.description)}`;
    case 'function':
      return 'f';
    default:
      return v === null ? 'null' : '?';
  }
}

/**
 * A complete description of a value: every own key (symbols and non-enumerable ones too) with
 * its attributes, prototypes, frozen and extensible states, the insides of Dates, Maps, Sets,
 * boxed values and typed arrays. Two equal fingerprints mean nothing observable changed.
 * Shared objects are described once (then referred to), so a 100,000-element array of one
 * object costs 100,000 tokens, not 100,000 objects.
 */
export function fingerprint(root: unknown, skip?: ReadonlySet<object>): string {
  const out: string[] = [];
  const seen = new Map<object, number>();
  // Long strings are written once and then referred to: a huge array of one long text (a plan
  // file repeated 10,000 times) would otherwise make a fingerprint longer than a string can be.
  const texts = new Map<string, number>();
  const stack: unknown[] = [root];
  const END = Symbol('end');
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === END) {
      out.push(')');
      continue;
    }
    if (typeof v === 'string' && v.length > 64) {
      const ref = texts.get(v);
      if (ref !== undefined) {
        out.push(`@s${ref}`);
        continue;
      }
      texts.set(v, texts.size);
    }
    if (typeof v !== 'object' || v === null) {
      out.push(atom(v));
      continue;
    }
    if (skip?.has(v)) {
      // A part shared with a fixed input, fingerprinted on its own (see Subject.shared).
      out.push('shared');
      continue;
    }
    const ref = seen.get(v);
    if (ref !== undefined) {
      out.push(`@${ref}`);
      continue;
    }
    seen.set(v, seen.size);
    const proto = Object.getPrototypeOf(v) as unknown;
    out.push(`(${PROTO_NAMES.get(proto) ?? (Array.isArray(v) ? 'Array?' : 'other')}${Object.isFrozen(v) ? 'F' : ''}${Object.isExtensible(v) ? '' : 'X'}`);
    stack.push(END);
    const children: unknown[] = [];
    if (v instanceof Date) out.push(`d${v.getTime()}`);
    else if (v instanceof Map) for (const [k, x] of v) children.push(k, x);
    else if (v instanceof Set) for (const x of v) children.push(x);
    else if (v instanceof String || v instanceof Number || v instanceof Boolean) children.push(v.valueOf());
    else if (ArrayBuffer.isView(v)) out.push(`v${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}`);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      out.push(
        `k${typeof k === 'symbol' ? atom(k) : JSON.stringify(k)}${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}${d.writable ? 'w' : ''}${d.get || d.set ? 'a' : ''}`,
      );
      children.push(d.get ?? d.set ?? d.value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out.join('\u0001');
}

/**
 * A deep copy of plain objects and arrays, keeping prototypes and property attributes
 * (Dates, Maps, boxed values and the like are shared, not copied, and so is what `skip`
 * holds). Iterative.
 */
export function deepClone<T>(value: T, skip?: ReadonlySet<object>): T {
  const copies = new Map<object, object>();
  const make = (v: unknown): unknown => {
    // Frozen parts (a Plan, an evaluation's shared criteria) stay as they are: already frozen.
    if (typeof v !== 'object' || v === null || skip?.has(v) || Object.isFrozen(v)) return v;
    const proto = Object.getPrototypeOf(v) as object | null;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
    let c = copies.get(v);
    if (!c) {
      c = Array.isArray(v) ? new Array<unknown>(v.length) : (Object.create(proto) as object);
      copies.set(v, c);
      pending.push(v);
    }
    return c;
  };
  const pending: object[] = [];
  const root = make(value);
  while (pending.length > 0) {
    const v = pending.pop()!;
    const c = copies.get(v)!;
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if (Array.isArray(v) && k === 'length') continue;
      if ('value' in d) d.value = make(d.value);
      Object.defineProperty(c, k, d);
    }
  }
  return root as T;
}

// ---------------------------------------------------------------- prototypes and globals

interface Snapshot {
  readonly objects: readonly [string, object][];
  readonly keys: readonly (readonly [PropertyKey, PropertyDescriptor])[][];
  readonly extensible: readonly boolean[];
  readonly globals: readonly PropertyKey[];
}

const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['Object', Object],
];

/** The own properties (with descriptors) of Object.prototype and its neighbours, and the global names. */
export function snapshotPrototypes(): Snapshot {
  return {
    objects: WATCHED,
    keys: WATCHED.map(([, o]) => Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!] as const)),
    extensible: WATCHED.map(([, o]) => Object.isExtensible(o)),
    globals: Reflect.ownKeys(globalThis),
  };
}

/** Fails when any watched prototype gained, lost or changed a property, or a global appeared. */
export function expectPrototypesUnchanged(before: Snapshot): void {
  const after = snapshotPrototypes();
  before.objects.forEach(([name], i) => {
    const a = before.keys[i]!;
    const b = after.keys[i]!;
    if (a.length !== b.length || a.some(([k], j) => k !== b[j]![0])) {
      throw new Error(`${name} changed its own keys: ${JSON.stringify(b.map(([k]) => String(k)))}`);
    }
    a.forEach(([k, d], j) => {
      const e = b[j]![1];
      const same =
        Object.is(d.value, e.value) &&
        d.get === e.get &&
        d.set === e.set &&
        d.writable === e.writable &&
        d.enumerable === e.enumerable &&
        d.configurable === e.configurable;
      if (!same) throw new Error(`${name}.${String(k)} changed`);
    });
    if (after.extensible[i] !== before.extensible[i]) throw new Error(`${name} was made non-extensible`);
  });
  if (after.globals.length !== before.globals.length || after.globals.some((k, i) => k !== before.globals[i])) {
    throw new Error('a global name appeared or went');
  }
  if (POLLUTION_MARKER in {}) throw new Error('Object.prototype was polluted');
}

// ---------------------------------------------------------------- equality

/**
 * Fails unless two values are equal as `toStrictEqual` sees plain data: same prototypes, same
 * own keys in the same order, `undefined`-valued keys and holes counted, primitives by
 * Object.is. Iterative and cheap (the properties compare tens of thousands of answers).
 */
export function expectStrictlyEqual(actual: unknown, expected: unknown, label = 'value'): void {
  const stack: [unknown, unknown, string][] = [[actual, expected, label]];
  const compared = new Map<object, object>();
  while (stack.length > 0) {
    const [a, b, path] = stack.pop()!;
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      throw new Error(`${path}: ${describeValue(a)} is not ${describeValue(b)}`);
    }
    // Each pair once: shared parts and cycles (a plan listing its versions) are compared once.
    if (compared.get(a) === b) continue;
    compared.set(a, b);
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) throw new Error(`${path}: different prototypes`);
    if (a instanceof Date && b instanceof Date && !Object.is(a.getTime(), b.getTime())) throw new Error(`${path}: different dates`);
    const ka = Reflect.ownKeys(a);
    const kb = Reflect.ownKeys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) {
      throw new Error(`${path}: keys ${JSON.stringify(ka.map(String))} differ from ${JSON.stringify(kb.map(String))}`);
    }
    for (const k of ka) stack.push([(a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`]);
  }
}

function describeValue(v: unknown): string {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v);
  } catch {
    return typeof v;
  }
}

// ---------------------------------------------------------------- outcomes

export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ValidationError };

const CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message}\n${e.stack ?? ''}`;
  return `a thrown ${typeof e}: ${String(e)}`;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Fails unless `e` is a ValidationError whose issues are all well-formed. */
export function expectValidationError(e: unknown): asserts e is ValidationError {
  if (!(e instanceof ValidationError)) fail(`expected a ValidationError, got ${describeThrown(e)}`);
  if (e.name !== 'ValidationError') fail(`name ${e.name}`);
  if (e.lang !== 'vi' && e.lang !== 'en') fail(`lang ${String(e.lang)}`);
  if (typeof e.message !== 'string' || e.message.length === 0) fail('an empty message');
  if (!Array.isArray(e.issues) || e.issues.length === 0) fail('a ValidationError without issues');
  // The first issue through the public schema; every issue through the same checks by hand
  // (a batch of 10,000 bad nominations has 10,000 issues).
  if (!IssueSchema.safeParse(e.issues[0]).success) fail(`a malformed issue: ${JSON.stringify(e.issues[0])}`);
  for (const issue of e.issues) {
    const keys = Object.keys(issue);
    const m = issue.messages as { vi?: unknown; en?: unknown } | undefined;
    const ok =
      keys.length === 5 &&
      CODES.has(issue.code) &&
      Array.isArray(issue.path) &&
      typeof issue.params === 'object' &&
      issue.params !== null &&
      !Array.isArray(issue.params) &&
      typeof issue.message === 'string' &&
      typeof m === 'object' &&
      m !== null &&
      Object.keys(m).length === 2 &&
      typeof m.vi === 'string' &&
      m.vi.length > 0 &&
      typeof m.en === 'string' &&
      m.en.length > 0 &&
      issue.message === m[e.lang] &&
      issue.path.every((k: unknown) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k) && k >= 0));
    if (!ok) fail(`a malformed issue (code, path, message, messages in vi and en, params): ${JSON.stringify(issue)}`);
  }
  // The error itself is plain JSON too.
  const json = JSON.parse(JSON.stringify(e)) as unknown;
  expectStrictlyEqual(json, { name: 'ValidationError', message: e.message, issues: [...e.issues] }, 'the error as JSON');
}

/** Calls `f`: its answer, or the ValidationError it threw; anything else thrown fails the test. */
export function settleSync<T>(f: () => T): Settled<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    expectValidationError(e);
    return { ok: false, error: e };
  }
}

/** The same for a function that may return a promise (or throw before returning one). */
export async function settle<T>(f: () => T | Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    expectValidationError(e);
    return { ok: false, error: e };
  }
}

/** Two calls with the same input gave the same answer, or the same issues. */
export function expectSameOutcome<T>(a: Settled<T>, b: Settled<T>): void {
  if (b.ok !== a.ok) throw new Error(`the same call ${a.ok ? 'answered' : 'refused'} once and ${b.ok ? 'answered' : 'refused'} once`);
  if (a.ok && b.ok) expectStrictlyEqual(b.value, a.value, 'the second answer');
  if (!a.ok && !b.ok) {
    expectStrictlyEqual(b.error.issues, a.error.issues, 'the second issues');
    expectStrictlyEqual(b.error.message, a.error.message, 'the second message');
  }
}

// ---------------------------------------------------------------- plain JSON outputs

/**
 * Fails unless the value is plain JSON: null, booleans, finite numbers other than -0,
 * strings, dense arrays and plain objects whose own keys are enumerable string data
 * properties, none `undefined`, and no cycle. Then JSON.stringify/parse gives it back
 * unchanged, which is checked too.
 */
export function expectPlainJson(value: unknown, label = 'output'): void {
  type Frame = { v: unknown; path: string; exit?: object };
  const stack: Frame[] = [{ v: value, path: label }];
  const onPath = new Set<object>();
  const done = new Set<object>();
  while (stack.length > 0) {
    const { v, path, exit } = stack.pop()!;
    if (exit) {
      onPath.delete(exit);
      done.add(exit);
      continue;
    }
    if (v === null || typeof v === 'boolean' || typeof v === 'string') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`${path} is ${String(v)}, which JSON does not keep`);
      continue;
    }
    if (typeof v !== 'object') throw new Error(`${path} is a ${typeof v}, not JSON`);
    // Shared parts are fine in JSON (written out twice); a cycle is not.
    if (onPath.has(v)) throw new Error(`${path} is an object that contains it: JSON cannot hold a cycle`);
    if (done.has(v)) continue;
    onPath.add(v);
    stack.push({ v: undefined, path, exit: v });
    const proto = Object.getPrototypeOf(v) as unknown;
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) throw new Error(`${path} is an array of another class`);
      for (let i = 0; i < v.length; i++) {
        if (!Object.hasOwn(v, i)) throw new Error(`${path}[${i}] is a hole`);
        stack.push({ v: v[i], path: `${path}[${i}]` });
      }
      continue;
    }
    if (proto !== Object.prototype) throw new Error(`${path} is not a plain object (${(v as object).constructor?.name ?? 'no prototype'})`);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if (typeof k === 'symbol' || !d.enumerable || !('value' in d)) throw new Error(`${path}.${String(k)} is not a plain data property`);
      if (d.value === undefined) throw new Error(`${path}.${k} is undefined`);
      stack.push({ v: d.value, path: `${path}.${k}` });
    }
  }
  expectStrictlyEqual(JSON.parse(JSON.stringify(value)), value, `${label} after a JSON round trip`);
}

/** Fails unless every string in the value (keys too) is in NFC. */
export function expectAllNfc(value: unknown, label = 'output'): void {
  const stack: { v: unknown; path: string }[] = [{ v: value, path: label }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    if (typeof v === 'string') {
      if (v !== v.normalize('NFC')) throw new Error(`${path} is not in NFC: ${JSON.stringify(v)}`);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k !== k.normalize('NFC')) throw new Error(`key ${path}.${k} is not in NFC`);
        stack.push({ v: x, path: `${path}.${k}` });
      }
    }
  }
}

/** Every object reachable from a value (iteratively). */
export function objectsIn(root: unknown): Set<object> {
  const out = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || out.has(v)) continue;
    out.add(v);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return out;
}
