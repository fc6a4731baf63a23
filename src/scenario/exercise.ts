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
