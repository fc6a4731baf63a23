import type { AllocationEntry } from '../schema/allocation';
import type { Outcome } from '../schema/evaluation';
import type { NomineeKind } from '../schema/nomination';

/**
 * One evaluation as the allocation reads it: validated, with every value the allocation uses
 * read once, in the one pass that checks it. Later steps never go back to the evaluation: a
 * large batch does not fit in the processor's caches, and each new visit to 100,000
 * evaluations costs about as much as the first. Its arrays and objects are its own (made
 * while reading) and go into the result as they are. Internal to one call of allocateQuota.
 */
export interface Candidate {
  readonly id: string;
  /** The nominee's name, in NFC like every text of the result. */
  readonly nomineeName: string;
  readonly kind: NomineeKind;
  readonly outcome: Outcome;
  /** Proposed outside the quota (III.2.1.2.b-discretionary). */
  readonly outsideQuota: boolean;
  /** The award as the entry gives it, in NFC. */
  readonly award: AllocationEntry['award'];
  /** The unit as the entry gives it (ID and name in NFC). */
  readonly unit: AllocationEntry['unit'];
  /** The evaluation's own list of missing facts (read, never modified or returned). */
  readonly missingFacts: readonly string[];
  /** The kind's place in the documented order (rules/quotas.json presentationOrder.nomineeKinds). */
  readonly kindRank: number;
  readonly unitId: string;
  /**
   * The priority tier (rules/quotas.json priorityTiers): the number of declared tiers reached by
   * the items of III.1.2-c and III.2.1.1.b-priority met; 0 is the rest. The only ranking key.
   */
  readonly score: number;
  /** IDs of the priority criteria met, in the rule set's order. */
  readonly priorityMet: string[];
  /** The same as bits (criterion k met: bit k), or -1 for a rule set of more than 30 priority criteria. */
  readonly priorityMask: number;
  /** Whether some priority criterion is unknown (its facts were not given). */
  readonly priorityUnknown: boolean;
  /** Achievement IDs, in NFC, each once, in the nomination's order. */
  readonly achievementIds: string[];
  /** Award money in đồng, when a decision date was given. */
  readonly moneyVnd: number | undefined;
  /** The presentation keys before the nomination ID, as one number (see sortCandidates). */
  sortKey: number;
  /** Its unit's number (0, 1, 2… in the order units first appear in the batch), set when the batch is sorted. */
  unitIndex: number;
  /** Position in the documented order, set once the batch is sorted. */
  rank: number;
  /**
   * Whether one of its achievements is claimed elsewhere too (another nomination of the batch,
   * or `history`): only such candidates need the III.1.2-b checks. Set once claims are indexed.
   */
  contested: boolean;
}
