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
  const writer = new EntryWriter(selection, o);
  const selected: AllocationEntry[] = [];
  const notSelected: NotSelectedEntry[] = [];
  const outsideQuota: AllocationEntry[] = [];
  // Indexed loops over the batch: see sortCandidates.
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    const d = selection.decisions[c.rank] as Decision;
    const judged = d.place !== 'outside-quota' && c.outcome === 'eligible';
    const [clause, explanation] = writer.place(c, d, judged);
    const moneyVnd = judged ? c.moneyVnd : undefined;
    if (d.place === 'selected') selected.push(entryOf(c, clause, explanation, moneyVnd));
    else if (d.place === 'outside-quota') outsideQuota.push(entryOf(c, clause, explanation, moneyVnd));
    else notSelected.push(notSelectedEntryOf(c, clause, explanation, moneyVnd, d.reason));
  }
  return { selected, notSelected, outsideQuota, ties: writer.ties(selection.ties) };
}

/** The facts a tie's sentence states. */
function tieFacts(t: TieDraft, clause: string, nominationIds: readonly string[]): TieFacts {
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
}

/** A tie as the result states it. */
function tieOf({ facts: f, nominationIds, sentence: explanation }: WrittenTie): Tie {
  switch (f.cutoff) {
    case 'quota':
      return {
        cutoff: 'quota',
        clause: f.clause,
        priorityScore: f.priorityScore,
        nominationIds,
        explanation,
        unitId: f.unitId,
        nomineeKind: f.nomineeKind,
        places: f.places,
      };
    case 'achievement':
      return { cutoff: 'achievement', clause: f.clause, priorityScore: f.priorityScore, nominationIds, explanation, achievementIds: [...f.achievementIds] };
    case 'budget':
      return { cutoff: 'budget', clause: f.clause, priorityScore: f.priorityScore, nominationIds, explanation, remainingVnd: f.remainingVnd };
  }
}

interface WrittenTie {
  readonly facts: TieFacts;
  readonly nominationIds: string[];
  readonly sentence: string;
}

function once<K>(memo: Map<K, string>, key: K, write: () => string): string {
  let text = memo.get(key);
  if (text === undefined) memo.set(key, (text = write()));
  return text;
}

const NONE: PriorityItem[] = [];

/**
 * The clause and explanation of each place. Explanations repeat across a batch: each piece is
 * written once per what it says, then shared (the memo maps below, one per kind of sentence).
 */
class EntryWriter {
  private readonly o: ResolvedAllocateOptions;
  private readonly budgetClause: string;
  private readonly dupClause: string;
  private readonly ranking: ReturnType<typeof rankingClauses>;
  private readonly priorityText: ReadonlyMap<string, PriorityItem>;
  private readonly basis: SelectedBasis;
  /** Each tie's facts, nomination IDs (made once, they go into the result) and sentence, by the tie's index. */
  private readonly written: readonly WrittenTie[];
  /** Selected heads by kind, when they name no unit. */
  private readonly heads = new Map<string, string>();
  /** Selected details by `detailKey`. */
  private readonly details = new Map<number, string>();
  /** An ineligible candidate's sentence names only its award; an undetermined one's its missing facts. */
  private readonly byAward = new Map<string, string>();
  private readonly byMissingFacts = new Map<string, string>();
  /** Below the budget's stop, the sentence names only that priority. */
  private readonly belowStop = new Map<number | undefined, string>();
  /**
   * At a per-unit level, the candidates of one unit and kind turned away in one priority tier
   * share one list of holders (see Decision), and so one sentence.
   */
  private readonly quotaSentences = new Map<readonly string[], string>();
  /** Every proposal outside the quota is told the same. */
  private outsideText: string | undefined;

  constructor(selection: Selection, o: ResolvedAllocateOptions) {
    this.o = o;
    const { levelQuota } = o;
    this.budgetClause = levelQuota.budget.applies ? levelQuota.budget.clause : levelQuota.quantity.clause;
    this.dupClause = o.quotas.oneAchievementOneAward.clause;
    this.ranking = rankingClauses(o);
    this.priorityText = new Map<string, PriorityItem>(o.ruleSet.priority.map((p) => [p.id, { clause: p.clause, text: p.text }]));
    this.basis = o.budgetVnd !== undefined ? { kind: 'budget' } : { kind: 'no-fixed-number' };
    this.written = selection.ties.map((t) => {
      const nominationIds = t.members.map((m) => m.id);
      const facts = tieFacts(t, this.tieClause(t), nominationIds);
      return { facts, nominationIds, sentence: tieSentence(facts, o.lang) };
    });
  }

  /** The clause and explanation of one candidate's place. */
  place(c: Candidate, d: Decision, judged: boolean): [string, string] {
    const { quantity, discretionary } = this.o.levelQuota;
    switch (d.place) {
      case 'selected':
        return [quantity.clause, this.selectedExplanation(c)];
      case 'outside-quota': {
        const clause = discretionary?.clause ?? quantity.clause;
        this.outsideText ??= outsideQuotaSentence(
          {
            clause,
            quote: discretionary?.text[this.o.lang] ?? '',
            quota: quantity.kind === 'per-unit' ? { clause: quantity.clause, ...quantity.limits } : undefined,
          },
          this.o.lang,
        );
        return [clause, this.outsideText];
      }
      case 'not-selected':
        return this.notSelected(c, d, judged);
    }
  }

  /** The ties, ordered by priority (highest first), then cutoff, then their first nomination's position. */
  ties(drafts: readonly TieDraft[]): Tie[] {
    const first = (t: TieDraft) => (t.members[0] as Candidate).rank;
    return drafts
      .slice()
      .sort((a, b) => b.priorityScore - a.priorityScore || CUTOFF_RANK[a.cutoff] - CUTOFF_RANK[b.cutoff] || first(a) - first(b))
      .map((t) => tieOf(this.written[t.index] as WrittenTie));
  }

  private tieClause(t: TieDraft): string {
    return t.cutoff === 'quota' ? this.o.levelQuota.quantity.clause : t.cutoff === 'achievement' ? this.dupClause : this.budgetClause;
  }

  // The priority criteria's texts are needed only in a selected candidate's details.
  private factsOf(c: Candidate, judged: boolean, withPriority = false): CandidateFacts {
    return {
      award: c.award,
      kind: c.kind,
      unitId: c.unitId,
      score: c.score,
      priorityMet: withPriority ? c.priorityMet.map((id) => this.priorityText.get(id)).filter((p): p is PriorityItem => p !== undefined) : NONE,
      moneyVnd: judged ? c.moneyVnd : undefined,
      missingFacts: c.missingFacts,
    };
  }

  /** Written once per kind (per unit too, at a per-unit level) and set of priority criteria met. */
  private selectedExplanation(c: Candidate): string {
    const { lang, ruleSet } = this.o;
    const quantity = this.o.levelQuota.quantity;
    const who = { award: ruleSet.awards[c.kind], kind: c.kind, unitId: c.unitId };
    const head =
      quantity.kind === 'per-unit'
        ? selectedHead(quantity.clause, { kind: 'per-unit', limit: quantity.limits[c.kind] }, who, lang)
        : once(this.heads, c.kind, () => selectedHead(quantity.clause, this.basis, who, lang));
    const write = () => selectedDetails(this.factsOf(c, true, true), lang);
    if (c.priorityMask < 0) return head + write();
    return head + once(this.details, detailKey(c), write);
  }

  private notSelected(c: Candidate, d: Decision & { place: 'not-selected' }, judged: boolean): [string, string] {
    const { lang, ruleSet } = this.o;
    switch (d.reason) {
      case 'ineligible':
      case 'undetermined': {
        const reason = d.reason;
        const write = () => outcomeSentence(ruleSet.clause, reason, this.factsOf(c, judged), lang);
        return [
          ruleSet.clause,
          reason === 'ineligible' ? once(this.byAward, c.award[lang], write) : once(this.byMissingFacts, c.missingFacts.join('\u0000'), write),
        ];
      }
      case 'duplicate-achievement':
        return [
          this.dupClause,
          duplicateSentence(this.dupClause, d.achievementId, d.history ? { history: d.history } : { claimedBy: d.claimedBy ?? [] }, lang),
        ];
      case 'quota': {
        const clause = this.o.levelQuota.quantity.clause;
        return [clause, once(this.quotaSentences, d.heldBy, () => quotaSentence(clause, d.limit, d.heldBy, this.factsOf(c, judged), lang))];
      }
      case 'budget': {
        const write = () => budgetSentence(this.budgetClause, this.ranking, d, this.factsOf(c, judged), lang);
        // Below the stop (often half the batch) the sentence depends on the stop alone.
        return [this.budgetClause, d.remainingVnd !== undefined ? write() : once(this.belowStop, d.stoppedAt, write)];
      }
      case 'tie-at-cutoff': {
        const sentence = (t: TieDraft) => this.written[t.index]?.sentence ?? '';
        return [this.tieClause(d.ties[0] as TieDraft), d.ties.length === 1 ? sentence(d.ties[0] as TieDraft) : d.ties.map(sentence).join(' ')];
      }
    }
  }
}

/** The selected details depend on the priority criteria met (a bit mask), the kind, and whether money is stated. */
function detailKey(c: Candidate): number {
  return c.priorityMask * 4 + (c.kind === 'collective' ? 2 : 0) + (c.moneyVnd === undefined ? 0 : 1);
}
