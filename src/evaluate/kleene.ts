/** A three-valued result: a missing fact makes a criterion unknown, never not-met. */
export type Tri = 'met' | 'not-met' | 'unknown';

/** Kleene conjunction: not-met if any is not-met, met if all are met, else unknown. */
export function allOf(results: readonly Tri[]): Tri {
  let unknown = false;
  for (const r of results) {
    if (r === 'not-met') return 'not-met';
    if (r === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'met';
}

/** Kleene disjunction, the dual: met if any is met, not-met if all are not-met, else unknown. */
export function anyOf(results: readonly Tri[]): Tri {
  let unknown = false;
  for (const r of results) {
    if (r === 'met') return 'met';
    if (r === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'not-met';
}

/** Kleene negation: unknown stays unknown. */
export function notOf(result: Tri): Tri {
  return result === 'met' ? 'not-met' : result === 'not-met' ? 'met' : 'unknown';
}
