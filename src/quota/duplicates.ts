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
 * The achievements claimed elsewhere too, each with its claimants in the documented order: by
 * two or more nominations of the batch, or by one and an earlier award in `history`. Marks
 * those claimants `contested`: only they need the III.1.2-b checks. Achievements claimed
 * once, and never awarded before, are left out (findDuplicates has nothing to say of them).
 *
 * `candidates` may be in any order, their `rank` set: each list is put in order of rank.
 */
export function indexClaims(candidates: readonly Candidate[], history: ReadonlyMap<string, unknown>): Map<string, Many<Candidate>> {
  // A candidate lists each achievement once, so the claimants of one are different candidates.
  const claimants = new Map<string, Many<Candidate>>();
  for (const c of candidates) for (const id of c.achievementIds) addTo(claimants, id, c);
  const claims = new Map<string, Many<Candidate>>();
  claimants.forEach((who, id) => {
    if (Array.isArray(who)) {
      who.sort(byRank);
      for (const c of who) c.contested = true;
      claims.set(id, who);
    } else if (history.has(id)) {
      who.contested = true;
      claims.set(id, who);
    }
  });
  return claims;
}

const byRank = (a: Candidate, b: Candidate) => a.rank - b.rank;

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
