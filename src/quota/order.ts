import type { Quotas } from '../schema/quotas';
import type { Candidate } from './candidate';

/** Compares two strings by UTF-16 code units: the same on every host, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Numbers the distinct unit IDs 0, 1, 2… in the order they first appear, setting each
 * candidate's `unitIndex` (later steps keep per-unit counts in arrays indexed by it), and
 * returns each number's place among the IDs by code units.
 */
function numberUnits(candidates: readonly Candidate[]): number[] {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const c of candidates) {
    let k = index.get(c.unitId);
    if (k === undefined) {
      index.set(c.unitId, (k = ids.length));
      ids.push(c.unitId);
    }
    c.unitIndex = k;
  }
  const byId = ids.map((_, k) => k).sort((a, b) => compareCodeUnits(ids[a] as string, ids[b] as string));
  const rank = new Array<number>(ids.length);
  byId.forEach((k, r) => (rank[k] = r));
  return rank;
}

/**
 * Sorts candidates into the documented order (rules/quotas.json): priority score, highest
 * first (the only key that decides anything), then the presentation keys (by default nominee
 * kind, collectives first; unit ID; nomination ID), strings compared by code units.
 * definePlan makes sure `nominationId` is the last key, and nomination IDs are unique in a
 * batch, so the order is total and the result never depends on the order of the input; each
 * candidate's `rank` is then its position, and its `unitIndex` the number of its unit (see
 * numberUnits). Returns a new array.
 *
 * The keys before the nomination ID are read as the digits of one number, `sortKey` (unit IDs
 * ranked once), so that the comparison compares two numbers, and nomination IDs only when
 * those are equal: comparing unit IDs as strings in every comparison made the sort of 100,000
 * candidates about a third of the allocation.
 */
export function sortCandidates(candidates: readonly Candidate[], quotas: Quotas): Candidate[] {
  const keys = quotas.presentationOrder.keys;
  const unitRank = numberUnits(candidates);
  // Each key's weight is the product of the sizes of the keys after it (2 kinds, the number of units).
  let weight = 1;
  let kindWeight = 0;
  let unitWeight = 0;
  for (let i = keys.length - 1; i >= 0; i--) {
    if (keys[i] === 'nomineeKind') {
      kindWeight = weight;
      weight *= 2;
    } else if (keys[i] === 'unitId') {
      unitWeight = weight;
      weight *= unitRank.length;
    }
  }
  // Highest priority first: the score counts negatively.
  for (const c of candidates) c.sortKey = -c.score * weight + c.kindRank * kindWeight + (unitRank[c.unitIndex] as number) * unitWeight;
  const sorted = candidates.slice().sort((a, b) => a.sortKey - b.sortKey || compareCodeUnits(a.id, b.id));
  sorted.forEach((c, i) => (c.rank = i));
  return sorted;
}

/** Splits candidates sorted by the documented order into runs of equal priority score. */
export function priorityTiers(sorted: readonly Candidate[]): Candidate[][] {
  const tiers: Candidate[][] = [];
  let current: Candidate[] = [];
  for (const c of sorted) {
    if (current.length > 0 && (current[0] as Candidate).score !== c.score) {
      tiers.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 0) tiers.push(current);
  return tiers;
}
