import type { Allocation } from '../schema/allocation';
import type { DeadlineCheck } from '../schema/deadline';
import type { CriterionResult, Evaluation } from '../schema/evaluation';
import type { RuleSet } from '../schema/ruleSet';

/** What a scenario's `exercises` can say of a clause, or why it cannot be read from an evaluation. */
export type ExerciseResult = 'met' | 'not-met' | 'unknown' | `cannot read ${string}`;

/** The node of a result tree with clause ID `id`, depth first. */
export function findNode(node: CriterionResult, id: string): CriterionResult | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** A priority clause's result: met when one priority criterion citing it is met, not met when all are not met. */
export function priorityResult(evaluation: Evaluation, clause: string): ExerciseResult | undefined {
  const results = evaluation.priority.criteria.filter((c) => c.clause === clause).map((c) => c.result);
  if (results.length === 0) return undefined;
  if (results.includes('met')) return 'met';
  return results.every((r) => r === 'not-met') ? 'not-met' : 'unknown';
}

/**
 * A clause of an evaluation, as a scenario's `exercises` reads it:
 * - a node of the criteria tree: its result;
 * - a clause of the rule set's `basis` (III.1.1 subjects, III.1.2-a award form): met when the
 *   nominee is eligible for the award of its kind, not met when ineligible (the rule set's
 *   standards are how the plan says who is a subject and which form fits the achievement);
 * - a priority clause (III.1.2-c, III.2.1.1.b-priority): met when one of the rule set's
 *   priority criteria citing it is met, not met when all of them are not met.
 */
export function evaluationExercise(evaluation: Evaluation, ruleSet: RuleSet, clause: string): ExerciseResult {
  const node = findNode(evaluation.criteria, clause);
  if (node) return node.result;
  if (ruleSet.basis.includes(clause)) {
    const kind = evaluation.nomineeKind;
    if (evaluation.criteria.id !== ruleSet.criteria[kind].id) return `cannot read ${clause}: not the ${kind} standards`;
    if (evaluation.award.id !== ruleSet.awards[kind].id) return `cannot read ${clause}: not the ${kind} award`;
    return evaluation.outcome === 'eligible' ? 'met' : evaluation.outcome === 'ineligible' ? 'not-met' : 'unknown';
  }
  return priorityResult(evaluation, clause) ?? `cannot read ${clause} from a ${ruleSet.id} evaluation`;
}

/**
 * A clause of a deadline check, from its milestones citing it: not met when one is late;
 * met when none is late and one is on time, or has no calendar deadline (`not-applicable`,
 * III.3.1-ad-hoc); otherwise unknown (open, closed or unknown are not judged on an arrival).
 */
export function deadlineExercise(check: DeadlineCheck, clause: string): ExerciseResult {
  const statuses = check.milestones.filter((m) => m.clause === clause).map((m) => m.status);
  if (statuses.length === 0) return `cannot read ${clause} from a ${check.track} check`;
  if (statuses.includes('late')) return 'not-met';
  return statuses.some((s) => s === 'on-time' || s === 'not-applicable') ? 'met' : 'unknown';
}

/**
 * A clause of an allocation, for one nomination:
 * - III.2.1.2.b-quota: met when selected within its unit's quota, not met when refused for `quota`;
 * - a quantity clause (III.2.1.1.b-quantity, III.2.2.b-quantity): met when selected under it,
 *   not met when refused for `budget` under it;
 * - III.1.2-b: met when selected as the one nomination its shared achievement is commended
 *   to, not met when refused as a `duplicate-achievement`;
 * - III.2.1.2.b-discretionary: met when listed outside the quota under it, not met when
 *   judged within the quota (not flagged `outsideQuota`) or, flagged, refused as ineligible
 *   or undetermined;
 * - a priority clause: as for an evaluation, from the nomination's evaluation.
 */
export function quotaExercise(allocation: Allocation, evaluations: readonly Evaluation[], clause: string, nominationId: string): ExerciseResult {
  const selected = allocation.selected.find((e) => e.nominationId === nominationId);
  const refused = allocation.notSelected.find((e) => e.nominationId === nominationId);
  const outside = allocation.outsideQuota.find((e) => e.nominationId === nominationId);
  const evaluation = evaluations.find((e) => e.nominationId === nominationId);
  if (!evaluation) return `cannot read ${clause}: no nomination ${nominationId}`;
  const fromPriority = priorityResult(evaluation, clause);
  if (fromPriority) return fromPriority;
  switch (clause) {
    case 'III.2.1.2.b-quota':
      if (selected?.clause === clause) return 'met';
      if (refused?.reason === 'quota' && refused.clause === clause) return 'not-met';
      return 'unknown';
    case 'III.2.1.1.b-quantity':
    case 'III.2.2.b-quantity':
      if (selected?.clause === clause) return 'met';
      if (refused?.reason === 'budget' && refused.clause === clause) return 'not-met';
      return 'unknown';
    case 'III.1.2-b':
      if (selected && allocation.duplicates.some((d) => d.selectedNominationId === nominationId)) return 'met';
      if (refused?.reason === 'duplicate-achievement' && refused.clause === clause) return 'not-met';
      return 'unknown';
    case 'III.2.1.2.b-discretionary':
      if (outside?.clause === clause) return 'met';
      if (selected || refused) return 'not-met';
      return 'unknown';
    default:
      return `cannot read ${clause} from an allocation`;
  }
}
