import { allocationNotes } from '../i18n/allocation';
import type { Candidate } from './candidate';
import { rankingClauses, type Lists } from './entries';
import type { ResolvedAllocateOptions } from './options';
import type { Selection } from './select';

/** What the selection adds up to. */
export interface Tally {
  readonly collectives: number;
  readonly individuals: number;
  /** Award money of the selected. */
  readonly spentVnd: number;
  /**
   * Award money set aside for ties: on a quota or an achievement, their nominations' money; at
   * the budget, what the `fill` mode sets aside (nothing in `strict` mode, where the budget stops).
   */
  readonly reservedVnd: number;
  /** Eligible, judged candidates with a priority criterion whose facts are unknown. */
  readonly priorityUnknown: number;
  /** The proposals flagged outside the quota, per unit ID. */
  readonly outsideQuotaByUnit: ReadonlyMap<string, number>;
  /** Of those, the ones refused (ineligible or undetermined). */
  readonly outsideQuotaRefused: number;
}

/**
 * Counts the selected, their money, the money ties set aside, and the understated priorities.
 * Sums of whole numbers, so `candidates` may be in any order: the batch's order, in which they
 * lie in memory, is read fastest.
 */
export function tally(candidates: readonly Candidate[], selection: Selection): Tally {
  let collectives = 0;
  let individuals = 0;
  let spentVnd = 0;
  let reservedVnd = 0;
  let priorityUnknown = 0;
  const outsideQuotaByUnit = new Map<string, number>();
  let outsideQuotaRefused = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const d = selection.decisions[c.rank];
    if (d?.place === 'selected') {
      if (c.kind === 'collective') collectives++;
      else individuals++;
      spentVnd += c.moneyVnd ?? 0;
    } else if (d?.place === 'not-selected' && d.reason === 'tie-at-cutoff' && !d.ties.some((t) => t.cutoff === 'budget')) {
      reservedVnd += c.moneyVnd ?? 0;
    }
    if (c.priorityUnknown && c.outcome === 'eligible' && d?.place !== 'outside-quota') priorityUnknown++;
    if (c.outsideQuota) {
      outsideQuotaByUnit.set(c.unitId, (outsideQuotaByUnit.get(c.unitId) ?? 0) + 1);
      if (d?.place !== 'outside-quota') outsideQuotaRefused++;
    }
  }
  for (const tie of selection.ties) if (tie.cutoff === 'budget') reservedVnd += tie.reservedVnd;
  return { collectives, individuals, spentVnd, reservedVnd, priorityUnknown, outsideQuotaByUnit, outsideQuotaRefused };
}

/** The ties at the budget, highest priority first, with how many of each the money left covers. */
function budgetTies(selection: Selection): { priorityScore: number; remainingVnd: number; covered: number; tied: number }[] {
  const out: { priorityScore: number; remainingVnd: number; covered: number; tied: number }[] = [];
  for (const t of selection.ties) {
    if (t.cutoff !== 'budget') continue;
    out.push({ priorityScore: t.priorityScore, remainingVnd: t.remainingVnd, covered: t.covered, tied: t.members.length });
  }
  return out.sort((a, b) => b.priorityScore - a.priorityScore);
}

/**
 * The notes of an allocation, in the chosen language: the order used, the quantity rule, the
 * budget (the mode, what was spent, set aside, left, and where strict mode stopped it, with how
 * many lower-priority nominations would fit what is left, and how many of a tie at the budget
 * the money left covers), the money parameters and their
 * confidence, and what the council should look at (outside-quota proposals per unit, undetermined
 * nominations, understated priorities, ties, duplicates).
 */
export function writeNotes(o: ResolvedAllocateOptions, selection: Selection, lists: Lists, duplicates: number, t: Tally): string[] {
  const level = o.levelQuota;
  const budget = o.budgetVnd;
  const leftover = budget === undefined ? 0 : budget - t.spentVnd - t.reservedVnd;
  const stoppedAt = selection.stoppedAt;
  let fitLeftover = 0;
  for (let i = 0; i < lists.notSelected.length; i++) {
    const e = lists.notSelected[i] as (typeof lists.notSelected)[number];
    const below = stoppedAt !== undefined && e.priorityScore < stoppedAt;
    if (below && e.reason === 'budget' && e.moneyVnd !== undefined && e.moneyVnd <= leftover) fitLeftover++;
  }
  const report = o.money?.report;
  const confidence = (what: string, c: string) => (c === 'high' ? [] : [`${what} (${c})`]);
  return allocationNotes(
    {
      rankingClauses: rankingClauses(o),
      presentationKeys: o.quotas.presentationOrder.keys,
      nomineeKinds: o.quotas.presentationOrder.nomineeKinds,
      quantity: level.quantity,
      budget: level.budget.applies
        ? {
            applies: true,
            clause: level.budget.clause,
            budgetVnd: budget,
            spentVnd: t.spentVnd,
            reservedVnd: t.reservedVnd,
            mode: o.budgetRule?.mode ?? 'strict',
            modeFrom: o.budgetRule?.from ?? 'rule',
            stoppedAt,
            fitLeftover,
            ties: budgetTies(selection),
          }
        : { applies: false, payer: level.budget.payer },
      money: report && {
        decisionDate: report.decisionDate,
        baseSalaryVnd: report.baseSalary.valueVnd,
        baseSalaryFrom: report.baseSalary.from,
        baseSalaryReference: report.baseSalary.reference,
        unitVnd: report.rounding.unitVnd,
        mode: report.rounding.mode,
        modeFrom: report.rounding.modeFrom,
        lowConfidence: [
          ...confidence(`base-salary ${report.baseSalary.from}`, report.baseSalary.confidence),
          ...report.awards.flatMap((a) => confidence(`${a.award}/${a.nomineeKind} ${a.coefficient}`, a.confidence)),
          ...confidence(`rounding ${report.rounding.from}`, report.rounding.confidence),
        ],
      },
      discretionaryClause: level.discretionary?.clause,
      outsideQuota: {
        // By unit ID in code-unit order, whatever the order of the batch.
        byUnit: [...t.outsideQuotaByUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        listed: lists.outsideQuota.length,
        refused: t.outsideQuotaRefused,
      },
      undetermined: lists.notSelected.filter((e) => e.reason === 'undetermined').length,
      priorityUnknown: t.priorityUnknown,
      ties: lists.ties.length,
      duplicates,
      duplicateClause: o.quotas.oneAchievementOneAward.clause,
    },
    o.lang,
  );
}
