import type { HistoryEntry } from '../schema/allocation';
import type { NomineeKind } from '../schema/nomination';
import type { LevelQuota } from '../schema/quotas';
import type { Candidate } from './candidate';
import { priorityTiers } from './order';

/** A tie at a cutoff, before it is written out: the candidates of equal priority and the place they compete for. */
export type TieDraft = { readonly priorityScore: number; readonly members: readonly Candidate[] } & (
  | { readonly cutoff: 'quota'; readonly unitId: string; readonly nomineeKind: NomineeKind; readonly places: number }
  | { readonly cutoff: 'achievement'; readonly achievementIds: readonly string[] }
  | { readonly cutoff: 'budget'; readonly remainingVnd: number }
);

/** Where one candidate ends up, and what decided it. */
export type Decision =
  | { readonly place: 'selected' }
  | { readonly place: 'outside-quota' }
  | { readonly place: 'not-selected'; readonly reason: 'ineligible' | 'undetermined' }
  | {
      readonly place: 'not-selected';
      readonly reason: 'duplicate-achievement';
      readonly achievementId: string;
      /** The earlier awards of that achievement, or… */
      readonly history?: readonly HistoryEntry[];
      /** …the higher-priority nominations that hold or contest it. */
      readonly claimedBy?: readonly string[];
    }
  | { readonly place: 'not-selected'; readonly reason: 'quota'; readonly limit: number; readonly heldBy: readonly string[] }
  | {
      readonly place: 'not-selected';
      readonly reason: 'budget';
      /** The money left when it did not fit; absent when the budget had stopped at a higher priority. */
      readonly remainingVnd?: number;
      /** The priority score at which the budget stopped, for candidates below it. */
      readonly stoppedAt?: number;
    }
  | { readonly place: 'not-selected'; readonly reason: 'tie-at-cutoff'; readonly ties: readonly TieDraft[] };

export interface Selection {
  readonly decisions: ReadonlyMap<Candidate, Decision>;
  readonly ties: readonly TieDraft[];
  /** The priority score at which the budget stopped, if it did. */
  readonly stoppedAt: number | undefined;
}

export interface SelectionRules {
  readonly level: LevelQuota;
  readonly history: ReadonlyMap<string, readonly HistoryEntry[]>;
  /** The budget, when one was given (its level's budget rule applies). */
  readonly budgetVnd: number | undefined;
}

/**
 * Decides every candidate's place. `sorted` is in the documented order. The candidates who
 * can be judged (eligible, not outside the quota, no achievement already awarded in
 * `history`) are taken one priority tier at a time, highest first; within a tier nobody
 * outranks anybody, so the checks below treat the whole tier alike and never pick one of
 * equals:
 *
 * 1. An achievement that a higher tier holds or contests: `duplicate-achievement` (III.1.2-b).
 * 2. Below the tier where the budget stopped: `budget` (strict priority, rules/quotas.json budgetOrder).
 * 3. Award money above the budget left: `budget`; the budget stops after this tier.
 * 4. Per-unit quota (III.2.1.2.b-quota): a full unit gives `quota`; more candidates than open
 *    places is a tie for those places, which are then all reserved.
 * 5. Two candidates of the tier claiming one achievement: a tie (III.1.2-b); every achievement
 *    the tier claims is then reserved for it.
 * 6. The tier's total money above the budget left: a tie for the rest of the budget, and the
 *    budget stops. Otherwise the tier's money (tied candidates' included) is set aside.
 *
 * Candidates left untied are selected. What a tie reserves (places, achievements, money) is
 * what its candidates could take, so whatever the council decides the selection stays within
 * the quota and the budget. Cost: one sort before this, then linear.
 */
export function selectCandidates(sorted: readonly Candidate[], rules: SelectionRules): Selection {
  const decisions = new Map<Candidate, Decision>();
  const judged: Candidate[] = [];
  for (const c of sorted) {
    const outcome = c.evaluation.outcome;
    if (c.evaluation.outsideQuota) decisions.set(c, { place: 'outside-quota' });
    else if (outcome !== 'eligible') decisions.set(c, { place: 'not-selected', reason: outcome });
    else {
      const awarded = c.achievementIds.find((a) => rules.history.has(a));
      if (awarded === undefined) judged.push(c);
      else decisions.set(c, { place: 'not-selected', reason: 'duplicate-achievement', achievementId: awarded, history: rules.history.get(awarded) ?? [] });
    }
  }

  const perUnit = rules.level.quantity.kind === 'per-unit' ? rules.level.quantity.limits : undefined;
  const budget = rules.budgetVnd;
  let remaining = budget ?? 0;
  let stoppedAt: number | undefined;
  const taken = new Map<string, readonly string[]>();
  const held = new Map<string, { count: number; ids: string[] }>();
  const ties: TieDraft[] = [];
  const tiesOf = new Map<Candidate, TieDraft[]>();
  const addTie = (tie: TieDraft) => {
    ties.push(tie);
    for (const m of tie.members) {
      const list = tiesOf.get(m);
      if (list) list.push(tie);
      else tiesOf.set(m, [tie]);
    }
  };

  for (const tier of priorityTiers(judged)) {
    const score = (tier[0] as Candidate).score;
    let cut = false;
    let contenders: Candidate[] = [];
    for (const c of tier) {
      const claimed = c.achievementIds.find((a) => taken.has(a));
      if (claimed !== undefined) {
        decisions.set(c, { place: 'not-selected', reason: 'duplicate-achievement', achievementId: claimed, claimedBy: taken.get(claimed) ?? [] });
      } else if (stoppedAt !== undefined) {
        decisions.set(c, { place: 'not-selected', reason: 'budget', stoppedAt });
      } else if (budget !== undefined && (c.moneyVnd ?? 0) > remaining) {
        decisions.set(c, { place: 'not-selected', reason: 'budget', remainingVnd: remaining });
        cut = true;
      } else {
        contenders.push(c);
      }
    }

    if (perUnit) {
      const groups = new Map<string, Candidate[]>();
      for (const c of contenders) {
        const key = `${c.kind}\u0000${c.unitId}`;
        const list = groups.get(key);
        if (list) list.push(c);
        else groups.set(key, [c]);
      }
      for (const [key, members] of groups) {
        const { kind, unitId } = members[0] as Candidate;
        const limit = perUnit[kind];
        let h = held.get(key);
        if (!h) held.set(key, (h = { count: 0, ids: [] }));
        const open = limit - h.count;
        if (open <= 0) {
          const heldBy = h.ids.slice();
          for (const m of members) decisions.set(m, { place: 'not-selected', reason: 'quota', limit, heldBy });
          continue;
        }
        if (members.length > open) addTie({ cutoff: 'quota', priorityScore: score, members, unitId, nomineeKind: kind, places: open });
        h.count = Math.min(limit, h.count + members.length);
        for (const m of members) h.ids.push(m.id);
      }
      contenders = contenders.filter((c) => !decisions.has(c));
    }

    // III.1.2-b within the tier: candidates linked by shared achievements form one group.
    const parent = contenders.map((_, i) => i);
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
      return i;
    };
    const claimants = new Map<string, number[]>();
    contenders.forEach((c, i) => {
      for (const a of c.achievementIds) {
        const list = claimants.get(a);
        if (list) {
          parent[root(i)] = root(list[0] as number);
          list.push(i);
        } else claimants.set(a, [i]);
      }
    });
    const groups = new Map<number, { members: Candidate[]; shared: string[] }>();
    for (const [a, list] of claimants) {
      taken.set(a, list.map((i) => (contenders[i] as Candidate).id));
      if (list.length < 2) continue;
      const r = root(list[0] as number);
      const g = groups.get(r);
      if (g) g.shared.push(a);
      else groups.set(r, { members: [], shared: [a] });
    }
    if (groups.size > 0) {
      contenders.forEach((c, i) => groups.get(root(i))?.members.push(c));
      for (const g of groups.values()) {
        addTie({ cutoff: 'achievement', priorityScore: score, members: g.members, achievementIds: g.shared.sort() });
      }
    }

    if (budget !== undefined && contenders.length > 0) {
      const total = contenders.reduce((sum, c) => sum + (c.moneyVnd ?? 0), 0);
      if (total <= remaining) remaining -= total;
      else {
        addTie({ cutoff: 'budget', priorityScore: score, members: contenders, remainingVnd: remaining });
        cut = true;
      }
    }
    if (cut) stoppedAt = score;

    for (const c of contenders) {
      const t = tiesOf.get(c);
      decisions.set(c, t ? { place: 'not-selected', reason: 'tie-at-cutoff', ties: t } : { place: 'selected' });
    }
  }
  return { decisions, ties, stoppedAt };
}
