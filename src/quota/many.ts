/**
 * One value or several, as a map value: most keys of a large batch (a unit, an achievement)
 * hold one candidate, and a one-element array for each would be most of the allocation.
 */
export type Many<T extends object | number> = T | T[];

/** Adds `value` under `key`, turning a single value into a list on the second one. */
export function addTo<K, T extends object | number>(map: Map<K, Many<T>>, key: K, value: T): void {
  const current = map.get(key);
  if (current === undefined) map.set(key, value);
  else if (Array.isArray(current)) current.push(value);
  else map.set(key, [current, value]);
}

/** The values as a list (a new array for a single value). */
export function listOf<T extends object | number>(many: Many<T> | undefined): T[] {
  return many === undefined ? [] : Array.isArray(many) ? many : [many];
}

/** How many values. */
export function sizeOf<T extends object | number>(many: Many<T> | undefined): number {
  return many === undefined ? 0 : Array.isArray(many) ? many.length : 1;
}

/** The first value. */
export function firstOf<T extends object | number>(many: Many<T>): T {
  return Array.isArray(many) ? (many[0] as T) : many;
}
