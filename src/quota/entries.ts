import {
  budgetSentence,
  duplicateSentence,
  outcomeSentence,
  outsideQuotaSentence,
  quotaSentence,
  selectedDetails,
  selectedHead,
  tieSentence,
  type CandidateFacts,
  type PriorityItem,
  type SelectedBasis,
  type TieFacts,
} from '../i18n/allocation';
import type { AllocationEntry, NotSelectedEntry, NotSelectedReason, Tie } from '../schema/allocation';
import type { Candidate } from './candidate';
import type { Decision, Selection, TieDraft } from './select';
import type { ResolvedAllocateOptions } from './options';

/** The three places an evaluation can end up in, and the ties, written out. */
export interface Lists {
  readonly selected: AllocationEntry[];
  readonly notSelected: NotSelectedEntry[];
  readonly outsideQuota: AllocationEntry[];
  readonly ties: Tie[];
}

const CUTOFF_RANK = { quota: 0, achievement: 1, budget: 2 } as const;

/** The unique clauses of the rule set's priority criteria (III.1.2-c, III.2.1.1.b-priority), sorted. */
export function rankingClauses(o: ResolvedAllocateOptions): string[] {
  return [...new Set(o.ruleSet.priority.map((p) => p.clause))].sort();
}

// An entry is written as one object literal per set of keys (with award money or not, with a
// reason or not), in the order of AllocationEntrySchema: a key added to an object once made
// costs it a second block of storage, for each of 100,000 entries.

/** A selected or outside-quota entry. */
function entryOf(c: Candidate, clause: string, explanation: string, moneyVnd: number | undefined): AllocationEntry {
  const { id: nominationId, nomineeName, kind: nomineeKind, unit, outcome, score: priorityScore, priorityMet, award, achievementIds } = c;
  return moneyVnd === undefined
    ? { nominationId, nomineeName, nomineeKind, unit, outcome, priorityScore, priorityMet, award, achievementIds, clause, explanation }
    : { nominationId, nomineeName, nomineeKind, unit, outcome, priorityScore, priorityMet, award, achievementIds, clause, explanation, moneyVnd };
}

/** A not-selected entry: the keys of entryOf, then the reason. */
function notSelectedEntryOf(c: Candidate, clause: string, explanation: string, moneyVnd: number | undefined, reason: NotSelectedReason): NotSelectedEntry {
  const { id: nominationId, nomineeName, kind: nomineeKind, unit, outcome, score: priorityScore, priorityMet, award, achievementIds } = c;
  return moneyVnd === undefined
    ? { nominationId, nomineeName, nomineeKind, unit, outcome, priorityScore, priorityMet, award, achievementIds, clause, explanation, reason }
    : { nominationId, nomineeName, nomineeKind, unit, outcome, priorityScore, priorityMet, award, achievementIds, clause, explanation, moneyVnd, reason };
}

/**
 * Writes every candidate's entry, in the documented order (`sorted` is in it), with the clause
 * that decided its place and one explanation in the chosen language citing it; and every tie,
 * ordered by priority (highest first), then cutoff (quota, achievement, budget), then the
 * documented position of its first nomination.
 */
export function writeEntries(sorted: readonly Candidate[], selection: Selection, o: ResolvedAllocateOptions): Lists {
  const { lang, ruleSet, quotas, levelQuota } = o;
  const quantity = levelQuota.quantity;
  const budgetClause = levelQuota.budget.applies ? levelQuota.budget.clause : quantity.clause;
  const dupClause = quotas.oneAchievementOneAward.clause;
  const ranking = rankingClauses(o);
  const priorityText = new Map<string, PriorityItem>(ruleSet.priority.map((p) => [p.id, { clause: p.clause, text: p.text }]));

  const tieClause = (t: TieDraft): string =>
    t.cutoff === 'quota' ? quantity.clause : t.cutoff === 'achievement' ? dupClause : budgetClause;
  const tieFacts = (t: TieDraft, nominationIds: readonly string[]): TieFacts => {
    const clause = tieClause(t);
    switch (t.cutoff) {
      case 'quota':
        return { clause, priorityScore: t.priorityScore, nominationIds, cutoff: 'quota', unitId: t.unitId, nomineeKind: t.nomineeKind, places: t.places };
      case 'achievement':
        return { clause, priorityScore: t.priorityScore, nominationIds, cutoff: 'achievement', achievementIds: t.achievementIds };
      case 'budget': {
        const totalVnd = t.members.reduce((s, m) => s + (m.moneyVnd ?? 0), 0);
        return { clause, priorityScore: t.priorityScore, nominationIds, cutoff: 'budget', remainingVnd: t.remainingVnd, totalVnd };
      }
    }
  };
  // Each tie's list of nomination IDs is made here, once, and goes into the result.
  // By the tie's index.
  const written = selection.ties.map((t) => {
    const nominationIds = t.members.map((m) => m.id);
    const facts = tieFacts(t, nominationIds);
    return { facts, nominationIds, sentence: tieSentence(facts, lang) };
  });
  const sentence = (t: TieDraft) => written[t.index]?.sentence ?? '';
  const tieExplanation = (ties: readonly TieDraft[]) => (ties.length === 1 ? sentence(ties[0] as TieDraft) : ties.map(sentence).join(' '));

  const basis: SelectedBasis = o.budgetVnd !== undefined ? { kind: 'budget' } : { kind: 'no-fixed-number' };
  const NONE: PriorityItem[] = [];
  // The priority criteria's texts are needed only in a selected candidate's details.
  const factsOf = (c: Candidate, judged: boolean, withPriority = false): CandidateFacts => ({
    award: c.award,
    kind: c.kind,
    unitId: c.unitId,
    score: c.score,
    priorityMet: withPriority ? c.priorityMet.map((id) => priorityText.get(id)).filter((p): p is PriorityItem => p !== undefined) : NONE,
    moneyVnd: judged ? c.moneyVnd : undefined,
    missingFacts: c.missingFacts,
  });
  // Explanations of selected candidates repeat: their pieces are written once per kind (per
  // unit too, at a per-unit level) and set of priority criteria met, then shared.
  const heads = new Map<string, string>();
  const details = new Map<number, string>();
  const selectedExplanation = (c: Candidate): string => {
    let head: string;
    if (quantity.kind === 'per-unit') {
      const who = { award: ruleSet.awards[c.kind], kind: c.kind, unitId: c.unitId };
      head = selectedHead(quantity.clause, { kind: 'per-unit', limit: quantity.limits[c.kind] }, who, lang);
    } else {
      // Written once per kind (it names no unit).
      let h = heads.get(c.kind);
      if (h === undefined) heads.set(c.kind, (h = selectedHead(quantity.clause, basis, { award: ruleSet.awards[c.kind], kind: c.kind, unitId: c.unitId }, lang)));
      head = h;
    }
    if (c.priorityMask < 0) return head + selectedDetails(factsOf(c, true, true), lang);
    const detailKey = c.priorityMask * 4 + (c.kind === 'collective' ? 2 : 0) + (c.moneyVnd === undefined ? 0 : 1);
    let detail = details.get(detailKey);
    if (detail === undefined) details.set(detailKey, (detail = selectedDetails(factsOf(c, true, true), lang)));
    return head + detail;
  };

  // Sentences of not-selected candidates repeat too: an ineligible one names only its award,
  // an undetermined one its missing facts, one below the budget's stop only that priority.
  const byAward = new Map<string, string>();
  const byMissingFacts = new Map<string, string>();
  const belowStop = new Map<number | undefined, string>();
  const once = (memo: Map<string, string>, key: string, write: () => string): string => {
    let text = memo.get(key);
    if (text === undefined) memo.set(key, (text = write()));
    return text;
  };
  // At a per-unit level, the candidates of one unit and kind turned away in one priority tier
  // share one list of holders (see Decision), and so one sentence.
  const quotaSentences = new Map<readonly string[], string>();

  const selected: AllocationEntry[] = [];
  const notSelected: NotSelectedEntry[] = [];
  const outsideQuota: AllocationEntry[] = [];
  // Indexed loops over the batch: see sortCandidates.
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    const d = selection.decisions[c.rank] as Decision;
    const judged = d.place !== 'outside-quota' && c.outcome === 'eligible';
    let clause: string;
    let explanation: string;
    switch (d.place) {
      case 'selected':
        clause = quantity.clause;
        explanation = selectedExplanation(c);
        break;
      case 'outside-quota':
        clause = levelQuota.discretionary?.clause ?? quantity.clause;
        explanation = outsideQuotaSentence(clause, lang);
        break;
      case 'not-selected':
        switch (d.reason) {
          case 'ineligible':
          case 'undetermined': {
            clause = ruleSet.clause;
            const reason = d.reason;
            const write = () => outcomeSentence(ruleSet.clause, reason, factsOf(c, judged), lang);
            explanation = reason === 'ineligible' ? once(byAward, c.award[lang], write) : once(byMissingFacts, c.missingFacts.join('\u0000'), write);
            break;
          }
          case 'duplicate-achievement':
            clause = dupClause;
            explanation = duplicateSentence(clause, d.achievementId, d.history ? { history: d.history } : { claimedBy: d.claimedBy ?? [] }, lang);
            break;
          case 'quota':
            clause = quantity.clause;
            explanation = quotaSentences.get(d.heldBy) ?? quotaSentence(clause, d.limit, d.heldBy, factsOf(c, judged), lang);
            quotaSentences.set(d.heldBy, explanation);
            break;
          case 'budget':
            clause = budgetClause;
            if (d.remainingVnd !== undefined) explanation = budgetSentence(clause, ranking, d, factsOf(c, judged), lang);
            else {
              // Often half the batch: looked up without a function or a key string made for each.
              let text = belowStop.get(d.stoppedAt);
              if (text === undefined) belowStop.set(d.stoppedAt, (text = budgetSentence(budgetClause, ranking, d, factsOf(c, judged), lang)));
              explanation = text;
            }
            break;
          case 'tie-at-cutoff':
            clause = tieClause(d.ties[0] as TieDraft);
            explanation = tieExplanation(d.ties);
            break;
        }
        break;
    }
    const moneyVnd = judged ? c.moneyVnd : undefined;
    if (d.place === 'selected') selected.push(entryOf(c, clause, explanation, moneyVnd));
    else if (d.place === 'outside-quota') outsideQuota.push(entryOf(c, clause, explanation, moneyVnd));
    else notSelected.push(notSelectedEntryOf(c, clause, explanation, moneyVnd, d.reason));
  }

  const first = (t: TieDraft) => (t.members[0] as Candidate).rank;
  const ties = selection.ties
    .slice()
    .sort((a, b) => b.priorityScore - a.priorityScore || CUTOFF_RANK[a.cutoff] - CUTOFF_RANK[b.cutoff] || first(a) - first(b))
    .map((t): Tie => {
      const { facts: f, nominationIds, sentence: explanation } = written[t.index] as (typeof written)[number];
      switch (f.cutoff) {
        case 'quota':
          return { cutoff: 'quota', clause: f.clause, priorityScore: f.priorityScore, nominationIds, explanation, unitId: f.unitId, nomineeKind: f.nomineeKind, places: f.places };
        case 'achievement':
          return { cutoff: 'achievement', clause: f.clause, priorityScore: f.priorityScore, nominationIds, explanation, achievementIds: [...f.achievementIds] };
        case 'budget':
          return { cutoff: 'budget', clause: f.clause, priorityScore: f.priorityScore, nominationIds, explanation, remainingVnd: f.remainingVnd };
      }
    });
  return { selected, notSelected, outsideQuota, ties };
}
