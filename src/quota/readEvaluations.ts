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

function inconsistent(path: PropertyKey[], vi: string, en: string, o: ResolvedAllocateOptions): Issue {
  return makeIssue('not_an_evaluation', path, { vi, en }, o.lang);
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
  const { lang, plan, level, ruleSet, levelQuota, money } = o;
  if (!Array.isArray(input)) {
    throw new ValidationError([makeIssue('invalid_type', [], { expected: 'array', received: input === null ? 'null' : typeof input }, lang)], lang);
  }
  const priorityIds = ruleSet.priority.map((p) => p.id);
  const kinds = o.quotas.presentationOrder.nomineeKinds;
  const kindRank = { collective: kinds.indexOf('collective'), individual: kinds.indexOf('individual') };
  const copyAward = { collective: awardCopier(), individual: awardCopier() };
  // The IDs of the priority criteria met, per set met (as bits): each candidate gets a copy,
  // a list of its own at its exact size.
  const metIds = new Map<number, readonly string[]>();
  const idsOfMask = (mask: number) => priorityIds.filter((_, k) => (mask & (1 << k)) !== 0);
  const issues: Issue[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  let year: number | null | undefined;
  for (let i = 0; i < input.length && issues.length <= MAX_ISSUES; i++) {
    const raw: unknown = input[i];
    let ev: EvaluationInput;
    if (isMade(raw)) ev = raw as EvaluationInput;
    else {
      const parsed = EvaluationInputSchema.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        issues.push(makeIssue('not_an_evaluation', [i], {}, lang), ...fromZodIssues(parsed.error.issues, lang, [i]));
        continue;
      }
      ev = parsed.data;
    }
    const before = issues.length;
    const nominationId = toNfc(ev.nominationId);
    if (seen.has(nominationId)) issues.push(makeIssue('duplicate_id', [i, 'nominationId'], { id: nominationId }, lang));
    seen.add(nominationId);
    if (ev.ruleSet !== level) {
      issues.push(makeIssue('rule_set_mismatch', [i, 'ruleSet'], { ruleSet: ev.ruleSet, level }, lang));
      continue;
    }
    if (ev.planId !== plan.id) issues.push(makeIssue('plan_mismatch', [i, 'planId'], { field: 'ID', value: ev.planId, expected: plan.id }, lang));
    if (ev.planVersion !== plan.version) {
      issues.push(makeIssue('plan_mismatch', [i, 'planVersion'], { field: 'version', value: ev.planVersion, expected: plan.version }, lang));
    }
    if (issues.length > before) continue;

    const kind = ev.nomineeKind;
    if (ev.award.id !== ruleSet.awards[kind].id) {
      issues.push(
        inconsistent([i, 'award', 'id'], `bộ tiêu chí ${level} tặng “${ruleSet.awards[kind].id}”`, `rule set ${level} gives “${ruleSet.awards[kind].id}”`, o),
      );
    }
    if (ev.criteria.id !== ruleSet.criteria[kind].id) {
      issues.push(
        inconsistent(
          [i, 'criteria', 'id'],
          `tiêu chí gốc phải là “${ruleSet.criteria[kind].id}”`,
          `the criteria root must be “${ruleSet.criteria[kind].id}”`,
          o,
        ),
      );
    }
    if (ev.outcome !== OUTCOME_OF[ev.criteria.result]) {
      issues.push(
        inconsistent(
          [i, 'outcome'],
          `kết luận không khớp với kết quả tiêu chí (${ev.criteria.result})`,
          `the outcome does not follow from the criteria (${ev.criteria.result})`,
          o,
        ),
      );
    }
    const criteria = ev.priority.criteria;
    let sameCriteria = criteria.length === priorityIds.length;
    for (let k = 0; sameCriteria && k < criteria.length; k++) sameCriteria = (criteria[k] as { id: string }).id === priorityIds[k];
    if (!sameCriteria) {
      issues.push(
        inconsistent(
          [i, 'priority', 'criteria'],
          `cần các tiêu chí ưu tiên ${priorityIds.join(', ')}`,
          `the priority criteria must be ${priorityIds.join(', ')}`,
          o,
        ),
      );
    }
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
    if (ev.priority.score !== met) {
      issues.push(inconsistent([i, 'priority', 'score'], `điểm ưu tiên phải là ${met}`, `the priority score must be ${met}`, o));
    }
    if (ev.outsideQuota && !levelQuota.discretionary) {
      issues.push(makeIssue('outside_quota_not_allowed', [i, 'outsideQuota'], { level }, lang));
    }
    if (ruleSet.requiresYear) {
      if (ev.year === null) issues.push(makeIssue('year_required', [i, 'year'], { ruleSet: level }, lang));
      else if (year === undefined) year = ev.year;
      else if (ev.year !== year) issues.push(makeIssue('year_mismatch', [i, 'year'], { year: ev.year, expected: year }, lang));
    }
    if (issues.length > before) continue;

    let priorityMet: string[];
    if (mask >= 0) {
      let ids = metIds.get(mask);
      if (ids === undefined) metIds.set(mask, (ids = idsOfMask(mask)));
      priorityMet = ids.slice();
    } else {
      priorityMet = criteria.filter((p) => p.result === 'met').map((p) => p.id);
    }
    // Compared in NFC: a unit ID typed with combining marks is the same unit.
    const unitId = toNfc(ev.unit.id);
    candidates.push({
      id: nominationId,
      nomineeName: toNfc(ev.nomineeName),
      kind,
      outcome: ev.outcome,
      outsideQuota: ev.outsideQuota,
      award: copyAward[kind](ev.award),
      unit: unitOf(ev.unit, unitId),
      missingFacts: ev.missingFacts,
      kindRank: kindRank[kind],
      unitId,
      score: met,
      priorityMet,
      priorityMask: mask,
      priorityUnknown: unknown,
      achievementIds: achievementIdsOf(ev.achievements),
      moneyVnd: money?.perKind[kind],
      sortKey: 0,
      unitIndex: 0,
      rank: 0,
      contested: false,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return { candidates, year: ruleSet.requiresYear ? (year ?? null) : null };
}
