// What a scenario's `exercises` annotation claims, computed from what the library returned,
// so that the case runners check every annotation the traceability matrix relies on
// (docs/build/traceability.mjs). Each function answers 'met', 'not-met', 'unknown', or
// explains why the clause cannot be read from that result (which fails the runner).
import type { Allocation, Evaluation } from '../../src/index';

// The evaluation's reading is the library's own (runScenarios uses it); deadlines and allocations are read here.
export { deadlineExercise, evaluationExercise, type ExerciseResult } from '../../src/scenario/exercise';
import { type ExerciseResult, priorityResult } from '../../src/scenario/exercise';

/**
 * A clause of an allocation, for one nomination:
 * - III.2.1.2.b-quota: met when selected within its unit's quota, not met when refused for `quota`;
 * - a quantity clause (III.2.1.1.b-quantity, III.2.2.b-quantity): met when selected under it,
 *   not met when refused for `budget` under it;
 * - III.1.2-b: met when selected as the one nomination its shared achievement is commended
 *   to, not met when refused as a `duplicate-achievement`;
 * - III.2.1.2.b-discretionary: met when listed outside the quota under it, not met when
 *   judged within the quota (not flagged `outsideQuota`);
 * - a priority clause: as for an evaluation, from the nomination's evaluation.
 */
export function quotaExercise(allocation: Allocation, evaluations: Evaluation[], clause: string, nominationId: string): ExerciseResult {
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
