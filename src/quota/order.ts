import type { PresentationKey, Quotas } from '../schema/quotas';
import type { Candidate } from './candidate';

/** Compares two strings by UTF-16 code units: the same on every host, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Numbers the distinct unit IDs 0, 1, 2… in the order they first appear, setting each
 * candidate's `unitIndex`: later steps keep per-unit counts in arrays indexed by it.
 */
function numberUnits(candidates: readonly Candidate[]): void {
  const index = new Map<string, number>();
  for (const c of candidates) {
    let k = index.get(c.unitId);
    if (k === undefined) index.set(c.unitId, (k = index.size));
    c.unitIndex = k;
  }
}

type Compare = (a: Candidate, b: Candidate) => number;

const BY_KEY: Record<PresentationKey, Compare> = {
  nomineeKind: (a, b) => a.kindRank - b.kindRank,
  unitId: (a, b) => compareCodeUnits(a.unitId, b.unitId),
  nominationId: (a, b) => compareCodeUnits(a.id, b.id),
};

/**
 * Sorts candidates into the documented order (rules/quotas.json): priority score, highest
 * first (the only key that decides anything), then the presentation keys (by default nominee
 * kind, collectives first; unit ID; nomination ID), strings compared by code units.
 * definePlan makes sure `nominationId` is the last key, and nomination IDs are unique in a
 * batch, so the order is total and the result never depends on the order of the input; each
 * candidate's `rank` is then its position, and its `unitIndex` the number of its unit (see
 * numberUnits). Returns a new array.
 */
export function sortCandidates(candidates: readonly Candidate[], quotas: Quotas): Candidate[] {
  numberUnits(candidates);
  const keys = quotas.presentationOrder.keys.map((k) => BY_KEY[k]);
  const sorted = candidates.slice().sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    for (const compare of keys) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
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
