import type { Quotas } from '../schema/quotas';
import type { Candidate } from './candidate';

/** Compares two strings by UTF-16 code units: the same on every host, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Numbers the distinct unit IDs 0, 1, 2… in the order they first appear, setting each
 * candidate's `unitIndex` (later steps keep per-unit counts in arrays rather than Maps), and
 * returns each number's place among the IDs by code units.
 */
function numberUnits(candidates: readonly Candidate[]): Int32Array {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    let k = index.get(c.unitId);
    if (k === undefined) {
      k = ids.length;
      index.set(c.unitId, k);
      ids.push(c.unitId);
    }
    c.unitIndex = k;
  }
  const byId = ids.map((_, k) => k).sort((a, b) => compareCodeUnits(ids[a] as string, ids[b] as string));
  const rank = new Int32Array(ids.length);
  for (let r = 0; r < byId.length; r++) rank[byId[r] as number] = r;
  return rank;
}

/**
 * Runs of equal keys up to this length are sorted by insertion: most runs hold one to a few
 * candidates, and each call of Array#sort sets up its own working storage.
 */
const SHORT_RUN = 8;

/** Sorts `items[start..end)` in place by insertion (stable). */
function insertionSort<T>(items: T[], start: number, end: number, compare: (a: T, b: T) => number): void {
  for (let i = start + 1; i < end; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= start && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}

/** What sortByKeyThenId reads of a candidate. */
export type Keyed = Pick<Candidate, 'sortKey' | 'id'>;

/**
 * Sorts candidates by `sortKey`, then nomination ID (unique in a batch), into a new array.
 * Each candidate's key and index are packed into one double, `(sortKey − min) × n + index`,
 * exact below 2^53, and the doubles are sorted as numbers by the engine, with no comparison
 * called back into JavaScript; runs of equal keys (candidates of one unit, kind and priority)
 * are then sorted by nomination ID. A batch whose packed keys would not be exact (tens of
 * millions of candidates) is sorted with a comparison instead; the order is the same.
 */
export function sortByKeyThenId<T extends Keyed>(candidates: readonly T[]): T[] {
  const n = candidates.length;
  if (n < 2) return candidates.slice();
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const key = (candidates[i] as T).sortKey;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  const byId = (a: T, b: T) => compareCodeUnits(a.id, b.id);
  if ((max - min + 1) * n > Number.MAX_SAFE_INTEGER) {
    return candidates.slice().sort((a, b) => a.sortKey - b.sortKey || byId(a, b));
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ((candidates[i] as T).sortKey - min) * n + i;
  packed.sort();
  const sorted = new Array<T>(n);
  for (let j = 0; j < n; j++) sorted[j] = candidates[(packed[j] as number) % n] as T;
  // Runs of equal keys are found in the packed doubles, read in order, rather than in the
  // candidates, which lie all over memory: `p - p % n` is the key's part of a double, exactly.
  for (let start = 0; start < n; ) {
    const p = packed[start] as number;
    const key = p - (p % n);
    let end = start + 1;
    while (end < n && (packed[end] as number) - ((packed[end] as number) % n) === key) end++;
    if (end - start > SHORT_RUN) {
      const run = sorted.slice(start, end).sort(byId);
      for (let k = 0; k < run.length; k++) sorted[start + k] = run[k] as T;
    } else {
      insertionSort(sorted, start, end, byId);
    }
    start = end;
  }
  return sorted;
}

/**
 * Sorts candidates into the documented order (rules/quotas.json): priority score, highest
 * first (the only key that decides anything), then the presentation keys (by default nominee
 * kind, collectives first; unit ID; nomination ID), strings compared by code units.
 * Nomination IDs are unique in a batch, so the order is total and the result never depends on
 * the order of the input; each candidate's `rank` is then its position, and its `unitIndex` the
 * number of its unit (see numberUnits). Returns a new array.
 *
 * The keys before the nomination ID are folded into one number per candidate (unit IDs ranked
 * once), so that the sort compares numbers, and nomination IDs only among candidates with
 * equal numbers. definePlan makes sure `nominationId` is the last key.
 */
export function sortCandidates(candidates: readonly Candidate[], quotas: Quotas): Candidate[] {
  const keys = quotas.presentationOrder.keys;
  const unitRank = numberUnits(candidates);
  // The keys read as the digits of one number, the score first: each key's weight is the
  // product of the sizes of the keys after it (2 kinds, the number of units).
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
  // Indexed loops here and below: a loop run once per call over the whole batch may run
  // before it is optimised, and for…of then makes an iterator result per item.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    // Highest priority first: the score counts negatively.
    c.sortKey = -c.score * weight + c.kindRank * kindWeight + (unitRank[c.unitIndex] as number) * unitWeight;
  }
  const sorted = sortByKeyThenId(candidates);
  for (let i = 0; i < sorted.length; i++) (sorted[i] as Candidate).rank = i;
  return sorted;
}

/** Splits candidates sorted by the documented order into runs of equal priority score. */
export function priorityTiers(sorted: readonly Candidate[]): Candidate[][] {
  const tiers: Candidate[][] = [];
  let current: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (current.length > 0 && (current[0] as Candidate).score !== c.score) {
      tiers.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 0) tiers.push(current);
  return tiers;
}
