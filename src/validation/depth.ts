/**
 * The deepest nesting a plan file may have: objects and arrays within each other. The bundled
 * plan nests about a dozen levels; recursive conditions are checked recursively, so a file
 * nested thousands of levels deep (or one that refers to itself) is refused before any parse.
 */
export const MAX_NESTING = 100;

/**
 * Where `value` first nests deeper than `max` objects and arrays within each other, as a path
 * from the top, or `undefined` when it does not. A value that contains itself nests forever.
 * Iterative (no recursion, so no stack overflow) and linear: a part shared by several
 * places is measured once.
 */
export function tooDeepAt(value: unknown, max: number = MAX_NESTING): PropertyKey[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  /** Height of each finished part: how many levels it holds, itself included. */
  const height = new WeakMap<object, number>();
  const open = new WeakSet<object>();
  interface Frame {
    readonly node: object;
    readonly keys: string[];
    next: number;
    height: number;
  }
  const frames: Frame[] = [];
  const path: PropertyKey[] = [];
  const enter = (node: object): void => {
    open.add(node);
    frames.push({ node, keys: Object.keys(node), next: 0, height: 1 });
  };
  enter(value);
  while (frames.length > 0) {
    const top = frames[frames.length - 1]!;
    if (top.next < top.keys.length) {
      const key = top.keys[top.next++]!;
      const child: unknown = (top.node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      const at = Array.isArray(top.node) ? Number(key) : key;
      const known = height.get(child);
      if (open.has(child) || frames.length + (known ?? 1) > max) return [...path, at];
      if (known !== undefined) {
        if (known + 1 > top.height) top.height = known + 1;
        continue;
      }
      path.push(at);
      enter(child);
      continue;
    }
    frames.pop();
    open.delete(top.node);
    height.set(top.node, top.height);
    const parent = frames[frames.length - 1];
    if (parent) {
      path.pop();
      if (top.height + 1 > parent.height) parent.height = top.height + 1;
    }
  }
  return undefined;
}
