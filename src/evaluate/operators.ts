/**
 * The library's own operator, registered on every engine:
 * `countDistinctInRange` is met when the fact (a list of years) holds at least `atLeast`
 * distinct values within [from, to]. A year listed twice counts once; years outside the
 * range do not count (“trong giai đoạn 2026 - 2030”).
 */
export function countDistinctInRange(factValue: unknown, value: unknown): boolean {
  if (!Array.isArray(factValue) || typeof value !== 'object' || value === null) return false;
  const { from, to, atLeast } = value as { from: number; to: number; atLeast: number };
  const seen = new Set<unknown>();
  for (const v of factValue) {
    if (typeof v === 'number' && v >= from && v <= to) seen.add(v);
  }
  return seen.size >= atLeast;
}
