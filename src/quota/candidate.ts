import type { Evaluation } from '../schema/evaluation';
import type { NomineeKind } from '../schema/nomination';

/**
 * One evaluation as the allocation reads it: validated, never modified, with the values the
 * allocation uses read once.
 */
export interface Candidate {
  readonly evaluation: Evaluation;
  readonly id: string;
  readonly kind: NomineeKind;
  readonly unitId: string;
  /** Number of priority criteria met (III.1.2-c, III.2.1.1.b-priority). */
  readonly score: number;
  /** IDs of the priority criteria met, in the rule set's order. */
  readonly priorityMet: readonly string[];
  /** Whether some priority criterion is unknown (its facts were not given). */
  readonly priorityUnknown: boolean;
  /** Achievement IDs, in NFC, each once, in the nomination's order. */
  readonly achievementIds: readonly string[];
  /** Award money in đồng, when a decision date was given. */
  readonly moneyVnd: number | undefined;
}
