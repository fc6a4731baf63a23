/** Freezes a value and everything inside it (iteratively, so any depth will do). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    // A frozen object met here was deep-frozen by an earlier call: no need to walk it again.
    if (typeof v !== 'object' || v === null || seen.has(v) || Object.isFrozen(v)) continue;
    seen.add(v);
    if (!ArrayBuffer.isView(v)) Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}
