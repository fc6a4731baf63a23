import type { Quotas } from '../schema/quotas';
import type { Candidate } from './candidate';

/** Compares two strings by UTF-16 code units: the same on every host, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The documented order (rules/quotas.json): priority score, highest first (the only key that
 * decides anything), then the presentation keys (by default nominee kind, collectives first;
 * unit ID; nomination ID). Nomination IDs are unique in a batch, so the order is total and
 * the result never depends on the order of the input.
 */
export function candidateOrder(quotas: Quotas): (a: Candidate, b: Candidate) => number {
  const kindRank = new Map(quotas.presentationOrder.nomineeKinds.map((k, i) => [k, i] as const));
  const keys = quotas.presentationOrder.keys.map((key): ((a: Candidate, b: Candidate) => number) => {
    switch (key) {
      case 'nomineeKind':
        return (a, b) => (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0);
      case 'unitId':
        return (a, b) => compareCodeUnits(a.unitId, b.unitId);
      case 'nominationId':
        return (a, b) => compareCodeUnits(a.id, b.id);
    }
  });
  return (a, b) => {
    const byScore = b.score - a.score;
    if (byScore !== 0) return byScore;
    for (const key of keys) {
      const c = key(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
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
