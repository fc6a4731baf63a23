import type { Quotas } from '../schema/quotas';
import type { Candidate } from './candidate';

/** Compares two strings by UTF-16 code units: the same on every host, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts candidates into the documented order (rules/quotas.json), in place: priority score,
 * highest first (the only key that decides anything), then the presentation keys (by default
 * nominee kind, collectives first; unit ID; nomination ID), strings compared by code units.
 * Nomination IDs are unique in a batch, so the order is total and the result never depends on
 * the order of the input; each candidate's `rank` is then its position.
 *
 * The keys before the nomination ID are folded into one number per candidate (unit IDs ranked
 * once), so that most of the n log n comparisons compare numbers; candidates with equal
 * numbers compare by nomination ID. definePlan makes sure `nominationId` is the last key.
 */
export function sortCandidates(candidates: Candidate[], quotas: Quotas): Candidate[] {
  const keys = quotas.presentationOrder.keys;
  let unitRank: Map<string, number> | undefined;
  if (keys.includes('unitId')) {
    const ids = [...new Set(candidates.map((c) => c.unitId))].sort(compareCodeUnits);
    unitRank = new Map(ids.map((id, i) => [id, i]));
  }
  const units = unitRank?.size ?? 1;
  for (const c of candidates) {
    // Highest priority first: the score counts negatively, then each key refines it.
    let key = -c.score;
    for (const k of keys) {
      if (k === 'nomineeKind') key = key * 2 + c.kindRank;
      else if (k === 'unitId') key = key * units + (unitRank?.get(c.unitId) ?? 0);
    }
    c.sortKey = key;
  }
  candidates.sort((a, b) => a.sortKey - b.sortKey || compareCodeUnits(a.id, b.id));
  candidates.forEach((c, i) => (c.rank = i));
  return candidates;
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
