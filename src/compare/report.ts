import type { Lang } from '../ground/lang';
import { CRITERION_WORDS, OUTCOME_WORDS, PLACE_WORDS, wordFor } from '../i18n/labels';
import type { NotSelectedReason } from '../schema/allocation';
import type { Outcome } from '../schema/evaluation';

/** Where a nomination is in an allocation: selected, outside the quota, the reason it is not selected, or not of the level allocated. */
export type Place = 'selected' | 'outsideQuota' | 'notAllocated' | NotSelectedReason;

/** A nomination whose outcome or place differs between two plans. */
export interface NominationChange {
  readonly nominationId: string;
  readonly nomineeName: string;
  readonly ruleSet: string;
  /** The version of each plan the nomination was evaluated under. */
  readonly planVersion: { readonly a: string; readonly b: string };
  readonly outcome: { readonly a: Outcome; readonly b: Outcome };
  /** Each clause of the criteria trees whose result differs (`absent` where one tree lacks it). */
  readonly clauses: readonly { readonly clause: string; readonly a: string; readonly b: string }[];
  /** Given allocation options: the place under each plan. */
  readonly place?: { readonly a: Place; readonly b: Place };
  /** The change in one sentence, in the language asked for. */
  readonly summary: string;
}

/** What `comparePlans` returns. */
export interface PlanComparison {
  readonly planA: { readonly id: string; readonly version: string };
  readonly planB: { readonly id: string; readonly version: string };
  /** The nominations that change, in input order. */
  readonly changes: readonly NominationChange[];
  /** How many nominations change neither outcome nor place. */
  readonly unchanged: number;
}

const PLACE_HEAD = { vi: 'xếp', en: 'place' } as const;

/** The sentence of a change. */
export function changeSummary(c: Omit<NominationChange, 'summary'>, lang: Lang): string {
  const versions = c.planVersion.a === c.planVersion.b ? c.planVersion.a : `${c.planVersion.a} → ${c.planVersion.b}`;
  const parts = [
    `${c.nominationId} (${c.nomineeName}): ${wordFor(OUTCOME_WORDS, c.outcome.a, lang)} → ${wordFor(OUTCOME_WORDS, c.outcome.b, lang)} (${versions})`,
  ];
  for (const d of c.clauses) parts.push(`${d.clause}: ${wordFor(CRITERION_WORDS, d.a, lang)} → ${wordFor(CRITERION_WORDS, d.b, lang)}`);
  if (c.place && c.place.a !== c.place.b) {
    parts.push(`${PLACE_HEAD[lang]}: ${wordFor(PLACE_WORDS, c.place.a, lang)} → ${wordFor(PLACE_WORDS, c.place.b, lang)}`);
  }
  return parts.join('; ');
}
