import type { Lang } from '../ground/lang';
import { MAX_NESTING } from './depth';
import type { IssueParams } from './issue';
import { makeIssue } from './issues';
import { ValidationError } from './ValidationError';

/** How `readPlain` reads a value. */
export interface ReadPlainOptions {
  /** The language of the error's messages (`'vi'` by default). */
  readonly lang?: Lang;
  /**
   * Lists longer than this are refused by their length (`too_big`, origin `array`), their
   * elements never read: the longest list the schema that follows allows.
   */
  readonly maxItems?: number;
  /** The deepest nesting of objects and arrays (`too_big`, origin `depth`). */
  readonly maxDepth?: number;
  /**
   * Values taken as they are, not read: called with the path (below the top) of each object or
   * array met; `true` keeps that value by reference (e.g. `options.plan`, which is checked as a
   * plan, or the parts of an evaluation no schema reads).
   */
  readonly keep?: (path: readonly PropertyKey[], value: object) => boolean;
}

// The name of Object.prototype's accessor of the prototype: JSON.parse makes it an own key,
// which zod's records drop without a word. Refused as a key of any input (unrecognized_keys).
// test/reliability/security.test.ts allows this one line to name it.
const PROTOTYPE_KEY = '__proto__';

/** Thrown inside the walk: the one problem found, where. */
class Refusal {
  constructor(
    readonly code: 'not_plain_data' | 'unreadable' | 'too_big' | 'unrecognized_keys',
    readonly path: readonly PropertyKey[],
    readonly params: IssueParams['not_plain_data'] | IssueParams['too_big'] | IssueParams['unrecognized_keys'] | Record<never, never>,
  ) {}
}

const hasOwn = Object.hasOwn;
const getOwn = Reflect.getOwnPropertyDescriptor;
const getTime = Date.prototype.getTime;

/** The time of a `Date` (of any realm, its methods overridden or not), or `undefined` for anything else. */
function timeOf(value: object): number | undefined {
  if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
  try {
    return getTime.call(value) as number;
  } catch {
    return undefined;
  }
}

/**
 * Whether an object's prototype is `Object.prototype` of some realm, or `null`: a plain object
 * as JSON.parse, an object literal or `Object.create(null)` make it.
 */
function isPlainProto(proto: object | null): boolean {
  return proto === null || proto === Object.prototype || Reflect.getPrototypeOf(proto) === null;
}

/**
 * Reads an input once, into a plain snapshot: a copy made only of own enumerable data
 * properties (string keys), arrays by their indexes, and
 * `Date`s read through `Date.prototype.getTime` (a new `Date` of the same time: an overridden `toISOString` or
 * `getTime` is never called). Everything the library then does with the input (validation,
 * the cache key, the evaluation, the missing facts) reads the snapshot, so a getter, a
 * property hidden from `for…in` or a proxy cannot show one part of the library one value and
 * another part another.
 *
 * - Non-enumerable properties and symbol keys are not data: they are left out, as JSON leaves them.
 * - A key named like Object.prototype's accessor of the prototype (which `JSON.parse` makes an own
 *   key, and zod's records drop silently) is refused (`unrecognized_keys`), wherever it is.
 * - A getter or setter is refused (`not_plain_data`, kind `accessor`): reading it could run
 *   anything, and answer differently each time.
 * - An object whose prototype is not `Object.prototype` (of any realm) or `null` and that is not a
 *   `Date` or an array (a class instance, a `Map`, a boxed primitive…) is refused
 *   (`not_plain_data`, kind `instance`): its data may live in its prototype's getters, which a
 *   copy of its own properties would silently miss. Hosts pass plain data, as JSON gives it.
 * - A proxy is read through its traps, once each; one whose traps throw (or a revoked one) is
 *   `unreadable`, as is any object whose reading throws.
 * - A list longer than `maxItems` is refused by its length, a part nested deeper than
 *   `maxDepth` (or containing itself) by its depth, before anything below is read.
 *
 * A part shared by several places is read once and stays shared in the snapshot. Primitives
 * and functions are returned as they are (the schema that follows refuses a function). Not
 * exported by the package: every public function reads its inputs through it.
 *
 * @param value - The input, as the host gave it.
 * @param path - Where the input lies, for the issue's path (`['options']`, `[index]`…).
 * @param options - `lang`, `maxItems`, `maxDepth`, and `keep` for parts taken as they are.
 * @returns The plain snapshot.
 * @throws {ValidationError} With one issue (`not_plain_data`, `unreadable`, `unrecognized_keys` or `too_big`) at the first part refused.
 */
export function readPlain(value: unknown, path: readonly PropertyKey[] = [], options: ReadPlainOptions = {}): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const maxItems = options.maxItems ?? 1_000_000;
  const maxDepth = options.maxDepth ?? MAX_NESTING;
  const keep = options.keep;
  const done = new Map<object, unknown>();
  const open = new Set<object>();
  const at: PropertyKey[] = [];

  const read = (node: object): unknown => {
    const known = done.get(node);
    if (known !== undefined) return known;
    if (open.has(node) || open.size >= maxDepth) throw new Refusal('too_big', [...path, ...at], { origin: 'depth', maximum: maxDepth });
    if (keep !== undefined && at.length > 0 && keep(at, node)) return node;
    let out: unknown;
    open.add(node);
    try {
      if (Array.isArray(node)) out = readArray(node);
      else if (isPlainProto(Reflect.getPrototypeOf(node))) out = readObject(node);
      else {
        const time = timeOf(node);
        if (time === undefined) throw new Refusal('not_plain_data', [...path, ...at], { kind: 'instance' });
        out = new Date(time);
      }
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw new Refusal('unreadable', [...path, ...at], {});
    }
    open.delete(node);
    done.set(node, out);
    return out;
  };

  /** The value of an own data property; an accessor is refused (the path is built only then). */
  const dataOf = (desc: PropertyDescriptor, key: PropertyKey): unknown => {
    if (!hasOwn(desc, 'value')) throw new Refusal('not_plain_data', [...path, ...at, key], { kind: 'accessor' });
    return desc.value;
  };

  const child = (v: unknown, key: PropertyKey): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    at.push(key);
    const out = read(v);
    at.pop();
    return out;
  };

  const readArray = (node: object): unknown[] => {
    const length = dataOf(getOwn(node, 'length') as PropertyDescriptor, 'length');
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw new Refusal('unreadable', [...path, ...at], {});
    if (length > maxItems) throw new Refusal('too_big', [...path, ...at], { origin: 'array', maximum: maxItems, inclusive: true });
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      const desc = getOwn(node, i);
      if (desc === undefined) continue; // a hole reads as undefined, as the schema then sees it
      out[i] = child(dataOf(desc, i), i);
    }
    return out;
  };

  const readObject = (node: object): Record<string, unknown> => {
    // A plain object: the one key that would reach its prototype is refused before any is set.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      // Read again: a proxy may answer the second question differently; this answer is the one used.
      const desc = getOwn(node, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (key === PROTOTYPE_KEY) throw new Refusal('unrecognized_keys', [...path, ...at], { keys: [key] });
      out[key] = child(dataOf(desc, key), key);
    }
    return out;
  };

  try {
    return read(value);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const lang = options.lang ?? 'vi';
    throw new ValidationError([makeIssue(error.code, error.path, error.params as never, lang)], lang);
  }
}

/**
 * Whether `value` is an array (a proxy of one included), read without letting a revoked proxy's
 * `TypeError` out.
 *
 * @throws {ValidationError} `unreadable` at `path` for a revoked proxy.
 */
export function isList(value: unknown, path: readonly PropertyKey[], lang: Lang): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    throw new ValidationError([makeIssue('unreadable', path, {}, lang)], lang);
  }
}

/**
 * The language asked for by a raw `options` value, read without running anything: `'en'` when
 * its own `lang` is the data value `'en'`, else `'vi'`. Used before the options are read, so
 * that even a message about reading them is in the language asked for.
 */
export function guessLang(options: unknown): Lang {
  if (typeof options !== 'object' || options === null) return 'vi';
  try {
    const desc = getOwn(options, 'lang');
    return desc !== undefined && hasOwn(desc, 'value') && desc.value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
