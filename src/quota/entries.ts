import {
  budgetSentence,
  duplicateSentence,
  outcomeSentence,
  outsideQuotaSentence,
  quotaSentence,
  selectedSentence,
  tieSentence,
  type CandidateFacts,
  type PriorityItem,
  type SelectedBasis,
  type TieFacts,
} from '../i18n/allocation';
import type { AllocationEntry, NotSelectedEntry, Tie } from '../schema/allocation';
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
  const position = new Map<Candidate, number>(sorted.map((c, i) => [c, i]));

  const tieClause = (t: TieDraft): string =>
    t.cutoff === 'quota' ? quantity.clause : t.cutoff === 'achievement' ? dupClause : budgetClause;
  const tieFacts = (t: TieDraft): TieFacts => {
    const base = { clause: tieClause(t), priorityScore: t.priorityScore, nominationIds: t.members.map((m) => m.id) };
    switch (t.cutoff) {
      case 'quota':
        return { ...base, cutoff: 'quota', unitId: t.unitId, nomineeKind: t.nomineeKind, places: t.places };
      case 'achievement':
        return { ...base, cutoff: 'achievement', achievementIds: t.achievementIds };
      case 'budget':
        return { ...base, cutoff: 'budget', remainingVnd: t.remainingVnd, totalVnd: t.members.reduce((s, m) => s + (m.moneyVnd ?? 0), 0) };
    }
  };
  const written = new Map<TieDraft, { facts: TieFacts; sentence: string }>();
  for (const t of selection.ties) {
    const facts = tieFacts(t);
    written.set(t, { facts, sentence: tieSentence(facts, lang) });
  }
  const sentence = (t: TieDraft) => written.get(t)?.sentence ?? '';

  const basisFor = (c: Candidate): SelectedBasis =>
    quantity.kind === 'per-unit'
      ? { kind: 'per-unit', limit: quantity.limits[c.kind] }
      : o.budgetVnd !== undefined
        ? { kind: 'budget' }
        : { kind: 'no-fixed-number' };

  const selected: AllocationEntry[] = [];
  const notSelected: NotSelectedEntry[] = [];
  const outsideQuota: AllocationEntry[] = [];
  for (const c of sorted) {
    const d = selection.decisions.get(c) as Decision;
    const ev = c.evaluation;
    const judged = d.place !== 'outside-quota' && ev.outcome === 'eligible';
    const facts: CandidateFacts = {
      award: ev.award,
      kind: c.kind,
      unitId: c.unitId,
      score: c.score,
      priorityMet: c.priorityMet.map((id) => priorityText.get(id)).filter((p): p is PriorityItem => p !== undefined),
      moneyVnd: judged ? c.moneyVnd : undefined,
      missingFacts: ev.missingFacts,
    };
    let clause: string;
    let explanation: string;
    switch (d.place) {
      case 'selected':
        clause = quantity.clause;
        explanation = selectedSentence(clause, basisFor(c), facts, lang);
        break;
      case 'outside-quota':
        clause = levelQuota.discretionary?.clause ?? quantity.clause;
        explanation = outsideQuotaSentence(clause, lang);
        break;
      case 'not-selected':
        switch (d.reason) {
          case 'ineligible':
          case 'undetermined':
            clause = ruleSet.clause;
            explanation = outcomeSentence(clause, d.reason, facts, lang);
            break;
          case 'duplicate-achievement':
            clause = dupClause;
            explanation = duplicateSentence(clause, d.achievementId, d.history ? { history: d.history } : { claimedBy: d.claimedBy ?? [] }, lang);
            break;
          case 'quota':
            clause = quantity.clause;
            explanation = quotaSentence(clause, d.limit, d.heldBy, facts, lang);
            break;
          case 'budget':
            clause = budgetClause;
            explanation = budgetSentence(clause, ranking, d, facts, lang);
            break;
          case 'tie-at-cutoff':
            clause = tieClause(d.ties[0] as TieDraft);
            explanation = d.ties.map(sentence).join(' ');
            break;
        }
        break;
    }
    const unit = ev.unit;
    const entry: AllocationEntry = {
      nominationId: c.id,
      nomineeName: ev.nomineeName,
      nomineeKind: c.kind,
      unit: {
        id: unit.id,
        ...(unit.name !== undefined && { name: unit.name }),
        ...(unit.block !== undefined && { block: unit.block }),
      },
      outcome: ev.outcome,
      priorityScore: c.score,
      priorityMet: c.priorityMet.slice(),
      award: { id: ev.award.id, clause: ev.award.clause, vi: ev.award.vi, en: ev.award.en },
      achievementIds: c.achievementIds.slice(),
      clause,
      explanation,
      ...(facts.moneyVnd !== undefined && { moneyVnd: facts.moneyVnd }),
    };
    if (d.place === 'selected') selected.push(entry);
    else if (d.place === 'outside-quota') outsideQuota.push(entry);
    else notSelected.push({ ...entry, reason: d.reason });
  }

  const first = (t: TieDraft) => position.get(t.members[0] as Candidate) ?? 0;
  const ties = selection.ties
    .slice()
    .sort((a, b) => b.priorityScore - a.priorityScore || CUTOFF_RANK[a.cutoff] - CUTOFF_RANK[b.cutoff] || first(a) - first(b))
    .map((t): Tie => {
      const f = written.get(t)?.facts ?? tieFacts(t);
      const explanation = sentence(t);
      switch (f.cutoff) {
        case 'quota':
          return { cutoff: 'quota', clause: f.clause, priorityScore: f.priorityScore, nominationIds: [...f.nominationIds], explanation, unitId: f.unitId, nomineeKind: f.nomineeKind, places: f.places };
        case 'achievement':
          return { cutoff: 'achievement', clause: f.clause, priorityScore: f.priorityScore, nominationIds: [...f.nominationIds], explanation, achievementIds: [...f.achievementIds] };
        case 'budget':
          return { cutoff: 'budget', clause: f.clause, priorityScore: f.priorityScore, nominationIds: [...f.nominationIds], explanation, remainingVnd: f.remainingVnd };
      }
    });
  return { selected, notSelected, outsideQuota, ties };
}
