import { isMade } from '../validation/madeHere';
import { EvaluationInputSchema, type EvaluationInput } from '../schema/allocation';
import { toNfc } from '../ground/nfc';
import type { Outcome } from '../schema/evaluation';
import type { Issue } from '../validation/issue';
import { fromZodIssues, makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { MAX_ISSUES } from '../validation/cap';
import type { Candidate } from './candidate';
import type { ResolvedAllocateOptions } from './options';

const OUTCOME_OF = { met: 'eligible', 'not-met': 'ineligible', unknown: 'undetermined' } as const satisfies Record<string, Outcome>;

/** The batch, read: one candidate per evaluation (input order), and the assessment year they share. */
export interface Batch {
  readonly candidates: Candidate[];
  readonly year: number | null;
}

type Award = EvaluationInput['award'];

/**
 * Copies an award as an entry gives it, its texts in NFC. The texts of a batch repeat from one
 * evaluation to the next (one award per nominee kind), so each is compared with the last one
 * seen, whose NFC is kept, before it is checked character by character.
 */
function awardCopier(): (award: Award) => Award {
  let vi: string | undefined;
  let en: string | undefined;
  let viNfc = '';
  let enNfc = '';
  return (a) => {
    if (a.vi !== vi) viNfc = toNfc((vi = a.vi));
    if (a.en !== en) enNfc = toNfc((en = a.en));
    return { id: a.id, clause: a.clause, vi: viNfc, en: enNfc };
  };
}

/**
 * The achievement IDs in NFC, each once, in the nomination's order: a list of the candidate's
 * own, at its exact size (map, rather than push onto an empty list, which reserves room for more).
 */
function achievementIdsOf(achievements: EvaluationInput['achievements']): string[] {
  const ids = achievements.map((a) => toNfc(a.id));
  for (let k = 1; k < ids.length; k++) {
    if (ids.lastIndexOf(ids[k] as string, k - 1) >= 0) return [...new Set(ids)];
  }
  return ids;
}

/**
 * The unit as the entry gives it, name in NFC, written with exactly the keys present (a key
 * added to an object afterwards costs it a second block of storage).
 */
function unitOf(unit: EvaluationInput['unit'], id: string): Candidate['unit'] {
  if (unit.name === undefined) return unit.block === undefined ? { id } : { id, block: unit.block };
  const name = toNfc(unit.name);
  return unit.block === undefined ? { id, name } : { id, name, block: unit.block };
}

/** What reading a batch keeps from one evaluation to the next. */
interface Reader {
  readonly o: ResolvedAllocateOptions;
  /** The IDs of the level's priority criteria, in the rule set's order. */
  readonly priorityIds: readonly string[];
  readonly kindRank: Readonly<Record<'collective' | 'individual', number>>;
  readonly copyAward: Readonly<Record<'collective' | 'individual', (award: Award) => Award>>;
  /** The IDs of the priority criteria met, per set met (as bits): each candidate gets a copy. */
  readonly metIds: Map<number, readonly string[]>;
  readonly issues: Issue[];
  /** The nomination IDs read so far, in NFC. */
  readonly seen: Set<string>;
  /** The assessment year of the batch: the first one read. */
  year: number | null | undefined;
}

/** Step 1: the evaluation as the allocation reads it, or `undefined` (its issues reported) when zod refuses it. */
function parsed(raw: unknown, i: number, r: Reader): EvaluationInput | undefined {
  if (isMade(raw)) return raw as EvaluationInput;
  const result = EvaluationInputSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const { lang } = r.o;
  r.issues.push(makeIssue('not_an_evaluation', [i], {}, lang), ...fromZodIssues(result.error.issues, lang, [i]));
  return undefined;
}

/**
 * Step 2: its nomination ID is new to the batch, and it was made under this level and plan.
 * @returns Whether to judge it further (an evaluation of another rule set or plan is not judged against this one).
 */
function madeForThisCall(ev: EvaluationInput, nominationId: string, i: number, r: Reader): boolean {
  const { lang, plan, level } = r.o;
  const { issues } = r;
  const before = issues.length;
  if (r.seen.has(nominationId)) issues.push(makeIssue('duplicate_id', [i, 'nominationId'], { id: nominationId }, lang));
  r.seen.add(nominationId);
  if (ev.ruleSet !== level) {
    issues.push(makeIssue('rule_set_mismatch', [i, 'ruleSet'], { ruleSet: ev.ruleSet, level }, lang));
    return false;
  }
  if (ev.planId !== plan.id) issues.push(makeIssue('plan_mismatch', [i, 'planId'], { field: 'ID', value: ev.planId, expected: plan.id }, lang));
  if (ev.planVersion !== plan.version) {
    issues.push(makeIssue('plan_mismatch', [i, 'planVersion'], { field: 'version', value: ev.planVersion, expected: plan.version }, lang));
  }
  return issues.length === before;
}

/** The priority criteria met: how many, as bits (-1 beyond 30 criteria), and whether one is unknown. */
interface PriorityTally {
  readonly met: number;
  readonly mask: number;
  readonly unknown: boolean;
}

function tally(criteria: EvaluationInput['priority']['criteria']): PriorityTally {
  let met = 0;
  let mask = criteria.length <= 30 ? 0 : -1;
  let unknown = false;
  for (let k = 0; k < criteria.length; k++) {
    const p = criteria[k] as (typeof criteria)[number];
    if (p.result === 'met') {
      met++;
      if (mask >= 0) mask |= 1 << k;
    } else if (p.result === 'unknown') unknown = true;
  }
  return { met, mask, unknown };
}

/**
 * Step 3: what evaluateNomination would have made under the level's rule set: its award and
 * criteria root, an outcome that follows from the criteria, its priority criteria and a score
 * that counts those met.
 */
function checkAgainstRuleSet(ev: EvaluationInput, i: number, t: PriorityTally, r: Reader): void {
  const { lang, level, ruleSet } = r.o;
  const { issues, priorityIds } = r;
  const kind = ev.nomineeKind;
  const award = ruleSet.awards[kind].id;
  if (ev.award.id !== award) issues.push(makeIssue('evaluation_award_mismatch', [i, 'award', 'id'], { ruleSet: level, award }, lang));
  const root = ruleSet.criteria[kind].id;
  if (ev.criteria.id !== root) issues.push(makeIssue('evaluation_root_mismatch', [i, 'criteria', 'id'], { root }, lang));
  const result = ev.criteria.result;
  if (ev.outcome !== OUTCOME_OF[result]) issues.push(makeIssue('evaluation_outcome_mismatch', [i, 'outcome'], { result }, lang));
  const criteria = ev.priority.criteria;
  let sameCriteria = criteria.length === priorityIds.length;
  for (let k = 0; sameCriteria && k < criteria.length; k++) sameCriteria = (criteria[k] as { id: string }).id === priorityIds[k];
  if (!sameCriteria) issues.push(makeIssue('evaluation_priority_mismatch', [i, 'priority', 'criteria'], { criteria: priorityIds }, lang));
  if (ev.priority.score !== t.met) issues.push(makeIssue('evaluation_score_mismatch', [i, 'priority', 'score'], { score: t.met }, lang));
}

/** Step 4: what the level allows: a proposal outside the quota where it has some, one assessment year per annual batch. */
function checkAgainstLevel(ev: EvaluationInput, i: number, r: Reader): void {
  const { lang, level, ruleSet, levelQuota } = r.o;
  const { issues } = r;
  if (ev.outsideQuota && !levelQuota.discretionary) issues.push(makeIssue('outside_quota_not_allowed', [i, 'outsideQuota'], { level }, lang));
  if (!ruleSet.requiresYear) return;
  if (ev.year === null) issues.push(makeIssue('year_required', [i, 'year'], { ruleSet: level }, lang));
  else if (r.year === undefined) r.year = ev.year;
  else if (ev.year !== r.year) issues.push(makeIssue('year_mismatch', [i, 'year'], { year: ev.year, expected: r.year }, lang));
}

/** The IDs of the priority criteria met, a list of the candidate's own. */
function priorityMetOf(criteria: EvaluationInput['priority']['criteria'], mask: number, r: Reader): string[] {
  if (mask < 0) return criteria.filter((p) => p.result === 'met').map((p) => p.id);
  let ids = r.metIds.get(mask);
  if (ids === undefined) r.metIds.set(mask, (ids = r.priorityIds.filter((_, k) => (mask & (1 << k)) !== 0)));
  return ids.slice();
}

/** Step 5: the candidate, every value the allocation uses read once. */
/**
 * The priority tier of a nomination meeting `met` priority items: how many of the level's
 * declared tiers it reaches (0, the rest, when none). The count of items decides nothing else.
 */
export function tierOf(met: number, tiers: readonly { readonly meetsAtLeast: number }[]): number {
  let tier = 0;
  for (let k = 0; k < tiers.length; k++) if (met >= (tiers[k] as { meetsAtLeast: number }).meetsAtLeast) tier++;
  return tier;
}

function candidateOf(ev: EvaluationInput, nominationId: string, t: PriorityTally, r: Reader): Candidate {
  const kind = ev.nomineeKind;
  // Compared in NFC: a unit ID typed with combining marks is the same unit.
  const unitId = toNfc(ev.unit.id);
  return {
    id: nominationId,
    nomineeName: toNfc(ev.nomineeName),
    kind,
    outcome: ev.outcome,
    outsideQuota: ev.outsideQuota,
    award: r.copyAward[kind](ev.award),
    unit: unitOf(ev.unit, unitId),
    missingFacts: ev.missingFacts,
    kindRank: r.kindRank[kind],
    unitId,
    score: tierOf(t.met, r.o.levelQuota.priorityTiers),
    priorityMet: priorityMetOf(ev.priority.criteria, t.mask, r),
    priorityMask: t.mask,
    priorityUnknown: t.unknown,
    achievementIds: achievementIdsOf(ev.achievements),
    moneyVnd: r.o.money?.perKind[kind],
    sortKey: 0,
    unitIndex: 0,
    rank: 0,
    contested: false,
  };
}

/**
 * Reads the evaluations of a batch, never modifying them. Each must be an `Evaluation` as
 * EvaluationInputSchema defines it: EvaluationSchema, with the criteria tree checked at its
 * root, the only part of it the allocation reads (zod decides: issue `not_an_evaluation` at
 * `[index]` followed by zod's issues at `[index, …]`), and must be
 * what evaluateNomination would have made under this plan and level: same rule set, same plan
 * ID and version, the award and criteria of the rule set, an outcome that follows from the
 * criteria, a priority score that counts the priority criteria met. Annual levels take one
 * assessment year per batch; nomination IDs are unique. Every problem is reported at once.
 *
 * Trusted without zod: an evaluation this library made in this process (madeHere.ts). It fit
 * EvaluationSchema when evaluateNomination made it, and it was deep-frozen before it was
 * recorded, so nothing can have changed it since; the shape check could only say yes again.
 * The checks against the plan and level below still apply to it. A copy of it (JSON, a
 * structured clone, a spread), or an evaluation read back from storage, is not recorded and
 * goes through zod.
 *
 * @throws {ValidationError} When `input` is not an array or any evaluation is refused.
 */
export function readEvaluations(input: unknown, o: ResolvedAllocateOptions): Batch {
  const { lang, ruleSet } = o;
  if (!Array.isArray(input)) {
    throw new ValidationError([makeIssue('invalid_type', [], { expected: 'array', received: input === null ? 'null' : typeof input }, lang)], lang);
  }
  const kinds = o.quotas.presentationOrder.nomineeKinds;
  const r: Reader = {
    o,
    priorityIds: ruleSet.priority.map((p) => p.id),
    kindRank: { collective: kinds.indexOf('collective'), individual: kinds.indexOf('individual') },
    copyAward: { collective: awardCopier(), individual: awardCopier() },
    metIds: new Map(),
    issues: [],
    seen: new Set(),
    year: undefined,
  };
  const candidates: Candidate[] = [];
  for (let i = 0; i < input.length && r.issues.length <= MAX_ISSUES; i++) {
    const ev = parsed(input[i], i, r);
    if (ev === undefined) continue;
    const nominationId = toNfc(ev.nominationId);
    if (!madeForThisCall(ev, nominationId, i, r)) continue;
    const before = r.issues.length;
    const t = tally(ev.priority.criteria);
    checkAgainstRuleSet(ev, i, t, r);
    checkAgainstLevel(ev, i, r);
    if (r.issues.length === before) candidates.push(candidateOf(ev, nominationId, t, r));
  }
  if (r.issues.length > 0) throw new ValidationError(r.issues, lang);
  return { candidates, year: ruleSet.requiresYear ? (r.year ?? null) : null };
}
