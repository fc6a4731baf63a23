import fc from 'fast-check';
import { DANGEROUS_KEYS, oddString, oddValue, pollutingPayload } from './odd';

/**
 * One mutation of a valid input, the way real inputs go wrong: a field dropped, a type
 * changed, an odd string, a huge array, deep nesting, a `__proto__`/`constructor`/`prototype`
 * own key, an object without prototype or with its fields inherited, an unknown key.
 *
 * The mutated copy shares every untouched part with the valid input (only the containers on
 * the path to the change are copied), so a large plan costs little to mutate; the valid input
 * itself is never changed.
 */

export type Path = readonly (string | number)[] & { readonly object?: boolean };

export const MUTATION_KINDS = ['drop', 'retype', 'oddString', 'huge', 'deep', 'deepAlike', 'dangerousKey', 'nullPrototype', 'inherited', 'unknownKey'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** Which place: an index into the places of the input (modulo their number). */
  readonly pick: number;
  readonly value: unknown;
  readonly text: string;
  readonly size: number;
  readonly depth: number;
  /** Depth of the nesting that keeps the input's own shape (a condition in `not`s, a group in groups). */
  readonly alikeDepth: number;
  readonly key: (typeof DANGEROUS_KEYS)[number];
  /** How the dangerous key is made an own property: by JSON.parse, or by Object.defineProperty. */
  readonly via: 'json' | 'define';
  readonly unknownKey: string;
}

/** Mutations, with huge arrays up to `maxSize` elements (kept small where each element costs much). */
export function mutationArb(maxSize = 100_000): fc.Arbitrary<Mutation> {
  const sizes = [10, 1_000, 10_000, 100_000].filter((n) => n <= maxSize);
  // The largest sizes and depths are drawn rarely: one such input costs as much as hundreds of others.
  const size = fc.oneof({ arbitrary: fc.constantFrom(...sizes.slice(0, 2)), weight: 20 }, { arbitrary: fc.constantFrom(...sizes), weight: 1 });
  const depth = fc.oneof({ arbitrary: fc.constantFrom(20, 200), weight: 20 }, { arbitrary: fc.constantFrom(2_000, 20_000), weight: 1 });
  return fc.record({
    kind: fc.constantFrom(...MUTATION_KINDS),
    pick: fc.nat(),
    value: oddValue,
    text: oddString,
    size,
    depth,
    alikeDepth: fc.oneof({ arbitrary: fc.constantFrom(3, 30, 300), weight: 20 }, { arbitrary: fc.constant(3_000), weight: 1 }),
    key: fc.constantFrom(...DANGEROUS_KEYS),
    via: fc.constantFrom<'json' | 'define'>('json', 'define'),
    unknownKey: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('path', 'then', 'toJSON', 'valueOf', 'hasOwnProperty')),
  });
}

type Obj = Record<PropertyKey, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null;
}

function isPlainObject(v: unknown): v is Obj {
  if (!isObject(v) || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A path, marked when the value there is a plain object. */
function placed(path: (string | number)[], value: unknown): Path {
  return isPlainObject(value) ? Object.assign(path, { object: true }) : path;
}

const placesCache = new WeakMap<object, Path[]>();

/**
 * The path to every value in a tree of plain objects and arrays, the root (`[]`) first, each
 * marked when it holds a plain object. The places inside an object met before (the parts of
 * the bundled plan every valid plan shares) are reused, not walked again.
 */
export function places(root: unknown): Path[] {
  if (typeof root === 'object' && root !== null) {
    const cached = placesCache.get(root);
    if (cached) return cached;
    // A cycle (a plan lists its versions, itself among them): the place, not its insides again.
    if (walking.has(root)) return [placed([], root)];
    walking.add(root);
    try {
      return placesOf(root);
    } finally {
      walking.delete(root);
    }
  }
  return placesOf(root);
}

const walking = new Set<object>();

function placesOf(root: unknown): Path[] {
  const out: Path[] = [placed([], root)];
  // A frozen object (a Plan, an evaluation's shared criteria) is an argument as a whole: the
  // mutations replace it, never change its insides (which are the library's own, not the input).
  if (typeof root === 'object' && root !== null && Object.isFrozen(root)) return out;
  const children: [string | number, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : isPlainObject(root)
      ? Object.keys(root).map((k) => [k, root[k]])
      : [];
  for (const [k, v] of children) {
    for (const p of places(v)) out.push(p.object === true ? Object.assign([k, ...p], { object: true }) : [k, ...p]);
  }
  if (typeof root === 'object' && root !== null) placesCache.set(root, out);
  return out;
}

/** The value at a path. */
export function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = (v as Obj)[k];
  return v;
}

/** A shallow, unfrozen copy keeping the prototype, every own key and which keys are enumerable. */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return v.slice() as T;
  if (!isObject(v)) return v;
  const out = Object.create(Object.getPrototypeOf(v) as object | null) as Obj;
  for (const k of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    Object.defineProperty(out, k, 'value' in d ? { ...d, writable: true, configurable: true } : { ...d, configurable: true });
  }
  return out as T;
}

/** Sets an own data property, whatever the key (`__proto__` included), as JSON.parse would. */
function define(target: Obj, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Replaces the value at `path` by `f(old)` in a path copy of `root`; `REMOVE` deletes it. */
const REMOVE = Symbol('remove');
function replaceAt(root: unknown, path: Path, f: (old: unknown) => unknown): unknown {
  if (path.length === 0) {
    const v = f(root);
    return v === REMOVE ? undefined : v;
  }
  const top = copy(root) as Obj;
  let parent = top;
  for (let i = 0; i < path.length - 1; i++) {
    const child = copy(parent[path[i]!]) as Obj;
    define(parent, path[i]!, child);
    parent = child;
  }
  const key = path[path.length - 1]!;
  const v = f(parent[key]);
  if (v === REMOVE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent[key as number] = v;
  else define(parent, key, v);
  return top;
}

/** `value` wrapped `depth` times, alternately in a list and under `key`. Iterative. */
function nest(value: unknown, depth: number, key: string): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) {
    if (i % 2 === 0) v = [v];
    else {
      const o: Obj = {};
      define(o, key, v);
      v = o;
    }
  }
  return v;
}

function jsonText(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return 'null';
  }
}

/** The object with one more own key, made as JSON.parse makes it or with defineProperty. */
function withOwnKey(o: Obj, key: string, value: unknown, via: 'json' | 'define'): Obj {
  const out = copy(o);
  if (via === 'define') {
    define(out, key, value);
    return out;
  }
  const parsed = JSON.parse(`{${JSON.stringify(key)}: ${jsonText(value)}}`) as Obj;
  const desc = Object.getOwnPropertyDescriptor(parsed, key);
  if (desc) Object.defineProperty(out, key, desc);
  return out;
}

/**
 * Applies a mutation to a valid input. `known` are its places when computed once beforehand
 * (for a large fixed input such as a plan). Returns the mutated copy and a description.
 */
export function mutate(root: unknown, m: Mutation, known?: readonly Path[]): { value: unknown; where: string } {
  const all = known ?? places(root);
  const objects = (): readonly Path[] => all.filter((p) => p.object === true);
  const pick = <T>(list: readonly T[]): T => list[m.pick % list.length]!;
  let path: Path;
  let value: unknown;
  switch (m.kind) {
    case 'drop':
      path = pick(all.length > 1 ? all.slice(1) : all);
      value = replaceAt(root, path, () => REMOVE);
      break;
    case 'retype':
      path = pick(all);
      value = replaceAt(root, path, () => m.value);
      break;
    case 'oddString':
      path = pick(all);
      value = replaceAt(root, path, () => m.text);
      break;
    case 'huge':
      path = pick(all);
      value = replaceAt(root, path, (old) => new Array<unknown>(m.size).fill(old));
      break;
    case 'deep': {
      path = pick(all);
      const key = String(path[path.length - 1] ?? 'not');
      value = replaceAt(root, path, (old) => nest(old, m.depth, key));
      break;
    }
    case 'deepAlike': {
      // Nesting that every level of a schema may accept: the value wrapped in copies of its own
      // container (a condition in `{ all: [ … ] }`, a criterion in a group of one, a list in a list).
      const deep = all.filter((p) => p.length >= 2);
      path = deep.length > 0 ? pick(deep) : pick(all);
      const container = at(root, path.slice(0, -1));
      const key = path[path.length - 1]!;
      value = replaceAt(root, path, (old) => {
        let v = old;
        for (let i = 0; i < m.alikeDepth; i++) {
          if (Array.isArray(container)) v = [v];
          else if (isPlainObject(container)) {
            const wrapper = copy(container);
            define(wrapper, key, v);
            v = wrapper;
          }
        }
        return v;
      });
      break;
    }
    case 'dangerousKey': {
      const list = objects();
      path = list.length > 0 ? pick(list) : [];
      value = replaceAt(root, path, (old) => (isPlainObject(old) ? withOwnKey(old, m.key, pollutingPayload(), m.via) : old));
      break;
    }
    case 'nullPrototype': {
      const list = objects();
      path = list.length > 0 ? pick(list) : [];
      value = replaceAt(root, path, (old) => (isPlainObject(old) ? Object.assign(Object.create(null) as Obj, old) : old));
      break;
    }
    case 'inherited': {
      const list = objects();
      path = list.length > 0 ? pick(list) : [];
      // Every field inherited, none own: a careless reader sees them, Object.keys does not.
      value = replaceAt(root, path, (old) => (isPlainObject(old) ? (Object.create(copy(old)) as unknown) : old));
      break;
    }
    case 'unknownKey': {
      const list = objects();
      path = list.length > 0 ? pick(list) : [];
      value = replaceAt(root, path, (old) => (isPlainObject(old) ? withOwnKey(old, m.unknownKey, m.value, m.via) : old));
      break;
    }
  }
  return { value, where: `${m.kind} at ${JSON.stringify(path)}` };
}
