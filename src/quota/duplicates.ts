import type { Duplicate, HistoryEntry } from '../schema/allocation';
import type { Candidate } from './candidate';
import { addTo, listOf, sizeOf, type Many } from './many';
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
 * Every achievement the batch claims, with its claimants in the documented order (`sorted` is
 * in it). Marks as `contested` each candidate one of whose achievements is claimed by another
 * nomination of the batch or by an earlier award: only those need the III.1.2-b checks.
 */
export function indexClaims(sorted: readonly Candidate[], history: ReadonlyMap<string, unknown>): Map<string, Many<Candidate>> {
  const claims = new Map<string, Many<Candidate>>();
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    for (let k = 0; k < c.achievementIds.length; k++) addTo(claims, c.achievementIds[k] as string, c);
  }
  // forEach rather than for…of over the entries: no [key, value] pair made per achievement.
  claims.forEach((who, a) => {
    if (Array.isArray(who)) for (const c of who) c.contested = true;
    else if (history.has(a)) who.contested = true;
  });
  return claims;
}

/**
 * Every achievement a nomination of the batch claims that is claimed elsewhere too, by
 * another nomination of the batch or by an earlier award (III.1.2-b), with every place:
 * earlier awards first, then the nominations in the documented order. Nominations of every
 * outcome count, since two dossiers claiming one achievement is worth the council's attention
 * whoever is eligible. Sorted by achievement ID.
 */
export function findDuplicates(
  claims: ReadonlyMap<string, Many<Candidate>>,
  history: ReadonlyMap<string, readonly HistoryEntry[]>,
  isSelected: (c: Candidate) => boolean,
  clause: string,
): Duplicate[] {
  const out: Duplicate[] = [];
  claims.forEach((claimed, achievementId) => {
    const earlier = history.get(achievementId) ?? [];
    if (sizeOf(claimed) + earlier.length < 2) return;
    const claimants = listOf(claimed);
    out.push({
      achievementId,
      clause,
      places: [
        ...earlier.map((h) => ({ source: 'history' as const, award: h.award, decidedOn: h.decidedOn })),
        ...claimants.map((c) => ({ source: 'batch' as const, nominationId: c.id, nomineeName: c.nomineeName })),
      ],
      selectedNominationId: claimants.find(isSelected)?.id ?? null,
    });
  });
  return out.sort((a, b) => compareCodeUnits(a.achievementId, b.achievementId));
}
