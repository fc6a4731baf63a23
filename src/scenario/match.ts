/** A value written for a person: JSON, as the scenario file has it. */
function shown(value: unknown): string {
  return value === undefined ? 'absent' : typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Where `actual` differs from a partial `expected`, as `[field, expected, actual]`: each field
 * `expected` gives must match, an object's fields in turn, a list's entries in order (and its
 * length); other values must be equal. Fields are written as dotted paths under `at`.
 */
export function partialDifferences(actual: unknown, expected: unknown, at = ''): [string, string, string][] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [[at, shown(expected), shown(actual)]];
    return expected.flatMap((e, i) => partialDifferences(actual[i], e, `${at}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [[at, shown(expected), shown(actual)]];
    return Object.entries(expected).flatMap(([k, e]) =>
      partialDifferences(Object.hasOwn(actual, k) ? (actual as Record<string, unknown>)[k] : undefined, e, at ? `${at}.${k}` : k),
    );
  }
  return Object.is(actual, expected) ? [] : [[at, shown(expected), shown(actual)]];
}
