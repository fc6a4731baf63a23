import type { Duplicate, HistoryEntry } from '../schema/allocation';
import type { Candidate } from './candidate';
import { compareCodeUnits } from './order';

/** Earlier awards by achievement ID, each list ordered by decision date, then award. */
export function historyIndex(history: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const index = new Map<string, HistoryEntry[]>();
  for (const h of history) {
    const list = index.get(h.achievementId);
    if (list) list.push(h);
    else index.set(h.achievementId, [h]);
  }
  for (const list of index.values()) {
    list.sort((a, b) => compareCodeUnits(a.decidedOn, b.decidedOn) || compareCodeUnits(a.award, b.award));
  }
  return index;
}

/**
 * Every achievement a nomination of the batch claims that is claimed elsewhere too, by
 * another nomination of the batch or by an earlier award (III.1.2-b), with every place:
 * earlier awards first, then the nominations in the documented order (`sorted` is in it).
 * Nominations of every outcome count, since two dossiers claiming one achievement is worth
 * the council's attention whoever is eligible. Sorted by achievement ID.
 */
export function findDuplicates(
  sorted: readonly Candidate[],
  history: ReadonlyMap<string, readonly HistoryEntry[]>,
  selected: ReadonlySet<Candidate>,
  clause: string,
): Duplicate[] {
  const claims = new Map<string, Candidate[]>();
  for (const c of sorted) {
    for (const a of c.achievementIds) {
      const list = claims.get(a);
      if (list) list.push(c);
      else claims.set(a, [c]);
    }
  }
  const out: Duplicate[] = [];
  for (const [achievementId, claimants] of claims) {
    const earlier = history.get(achievementId) ?? [];
    if (claimants.length + earlier.length < 2) continue;
    out.push({
      achievementId,
      clause,
      places: [
        ...earlier.map((h) => ({ source: 'history' as const, award: h.award, decidedOn: h.decidedOn })),
        ...claimants.map((c) => ({ source: 'batch' as const, nominationId: c.id, nomineeName: c.evaluation.nomineeName })),
      ],
      selectedNominationId: claimants.find((c) => selected.has(c))?.id ?? null,
    });
  }
  return out.sort((a, b) => compareCodeUnits(a.achievementId, b.achievementId));
}
