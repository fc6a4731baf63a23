import type { Plan } from '../plan/Plan';
import type { RuleSetId } from '../schema/nomination';
import type { Allocation } from '../schema/allocation';
import type { Candidate } from './candidate';
import { findDuplicates, historyIndex, indexClaims } from './duplicates';
import { writeEntries } from './entries';
import { tally, writeNotes } from './notes';
import { resolveAllocateOptions, type AllocateOptions } from './options';
import { sortCandidates } from './order';
import { readEvaluations } from './readEvaluations';
import { readEvaluationList } from './readInput';
import { guessLang } from '../validation/plain';
import { selectCandidates } from './select';

/**
 * Allocates the awards of one level among evaluated nominations (III.1.2-b, III.1.2-c,
 * III.2.1.1.b, III.2.1.2.b, III.2.2.b). Synchronous and pure: it reads the evaluations and
 * options, never modifies them, never reads a clock, and the same batch in any order gives
 * the same answer.
 *
 * - Only eligible nominations are judged. Eligible proposals flagged `outsideQuota`
 *   (III.2.1.2.b-discretionary) are listed apart in `outsideQuota` for the City Chairman, not
 *   counted, not judged; a flagged one that is not eligible is not selected, with its reason.
 * - Order: the priority tier (rules/quotas.json priorityTiers; by default the nominations
 *   meeting at least one item of III.1.2-c or III.2.1.1.b-priority, then the rest), highest
 *   first, the items met listed and never summed; then, for presentation only, the documented order of rules/quotas.json (collectives
 *   before individuals, unit ID, nomination ID).
 * - City level (`annual-city`): at most 1 collective and 1 individual per proposing unit
 *   (III.2.1.2.b-quota). Grassroots and period levels: no fixed number; with `budgetVnd`, the
 *   award money of the selected stays within the commune's budget, spent tier by tier in the
 *   level's budget mode (rules/quotas.json) or the one `budgetRule` chooses: `fill` (the
 *   default; once a tier is settled, or its tie at the budget has its money set aside, lower
 *   tiers take what fits the money left) or `strict` (below a tier that did not fit, nobody).
 * - One achievement, one award (III.1.2-b): an achievement in `history`, or held by a
 *   nomination of higher priority, is not commended again; `duplicates` lists every place.
 * - Candidates of equal priority straddling a cutoff (a unit's quota, the budget, a shared
 *   achievement) are all `tie-at-cutoff` and reported in `ties`: the council decides.
 * - Award money = coefficient × base salary in force on `decisionDate`, rounded to tens of
 *   thousands of đồng (up by default), from the dated files in rules/parameters/.
 *
 * Every evaluation appears exactly once: in `selected`, in `notSelected` with a reason
 * (`ineligible`, `undetermined`, `quota`, `budget`, `duplicate-achievement`, `tie-at-cutoff`),
 * or in `outsideQuota`. Each entry names the clause that decided its place and explains it in
 * `options.lang`. Cost: O(n log n) for n evaluations (one sort of the candidates);
 * bench/allocate.mjs measures it.
 *
 * Each evaluation is checked against EvaluationInputSchema: every field of EvaluationSchema,
 * except that the criteria tree is checked at its root only (the allocation reads nothing
 * below it), then for consistency with the plan (rule set, plan ID and version, award,
 * outcome following from the criteria, priority criteria and score). The schema check is
 * skipped for one kind of evaluation only: one that evaluateNomination(s)(Sync) of this copy of
 * the library made in this process and returned deep-frozen. It fit the schema when it was
 * made and, frozen, cannot have been changed since, so the check could only pass again; the
 * consistency checks still apply. Any other value, including a copy of such an evaluation
 * (JSON, structured clone, spread) or one read back from a database, goes through zod.
 *
 * @param evaluations - Results of `evaluateNomination(s)` for one level (and, at annual levels,
 *   one assessment year), under the same plan.
 * @param options - `level` (required); `budgetVnd` (grassroots and period levels; needs
 *   `decisionDate`); `budgetRule` (`'fill'` | `'strict'`, where a budget applies); `decisionDate` (YYYY-MM-DD, picks the base salary in force); `rounding`
 *   (`nearest` | `up` | `down`); `history` (earlier awards `{ achievementId, award, decidedOn }`);
 *   `plan`; `lang` (`'vi'` default, or `'en'`).
 * @returns The `Allocation`: `selected`, `notSelected`, `outsideQuota`, `ties`, `duplicates`,
 *   `totals`, the `money` parameters used, and `notes`.
 * @throws {ValidationError} When an evaluation is not one evaluateNomination made under this
 *   plan and level (paths `[index, …]`), nomination IDs repeat, an annual batch mixes years, or
 *   the options are invalid (paths `['options', …]`): unknown level or key, a negative or
 *   non-integer budget, a budget or budget rule at the city level, a budget without a decision date, an
 *   invalid date or one before the first parameter value.
 *
 * @example
 * const evaluations = await evaluateNominations([lan, minh]); // two eligible individuals, Lan meeting two priority items, Minh one
 * const result = allocateQuota(evaluations, {
 *   level: 'annual-grassroots', budgetVnd: 1_519_999, decisionDate: '2026-11-25', lang: 'en',
 * });
 * result.selected; //=> []
 * result.notSelected.map((e) => [e.nominationId, e.reason, e.priorityScore]); //=> [['hs-lan', 'tie-at-cutoff', 1], ['hs-minh', 'tie-at-cutoff', 1]]
 * result.ties.map((t) => [t.cutoff, t.nominationIds]); //=> [['budget', ['hs-lan', 'hs-minh']]]
 * result.totals; //=> { collectives: 0, individuals: 0, moneyVnd: 0 }
 */
export function allocateQuota<P extends Plan = Plan<RuleSetId>>(evaluations: unknown, options: AllocateOptions<P>): Allocation {
  // Read once into plain data (validation/plain.ts): the options in resolveAllocateOptions.
  const list = readEvaluationList(evaluations, guessLang(options));
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  const o = resolveAllocateOptions(options, typeof first === 'object' && first !== null ? (first as { planVersion?: unknown }).planVersion : undefined);
  const { candidates, year } = readEvaluations(list, o);
  const sorted = sortCandidates(candidates, o.quotas);
  const history = historyIndex(o.history);
  const claims = indexClaims(candidates, history);
  const selection = selectCandidates(sorted, { level: o.levelQuota, history, budgetVnd: o.budgetVnd, budgetMode: o.budgetRule?.mode });
  const lists = writeEntries(sorted, selection, o);

  const isSelected = (c: Candidate) => selection.decisions[c.rank]?.place === 'selected';
  const duplicates = findDuplicates(claims, history, isSelected, o.quotas.oneAchievementOneAward.clause);
  const t = tally(candidates, selection);
  const notes = writeNotes(o, selection, lists, duplicates.length, t);
  const money = o.money;
  const budget = o.budgetVnd;

  return {
    level: o.level,
    planId: o.plan.id,
    planVersion: o.plan.version,
    year,
    lang: o.lang,
    selected: lists.selected,
    notSelected: lists.notSelected,
    outsideQuota: lists.outsideQuota,
    ties: lists.ties,
    duplicates,
    totals: { collectives: t.collectives, individuals: t.individuals, moneyVnd: money ? t.spentVnd : null },
    money: money
      ? {
          ...money.report,
          baseSalary: { ...money.report.baseSalary },
          rounding: { ...money.report.rounding },
          awards: money.report.awards.map((a) => ({ ...a })),
          budgetVnd: budget ?? null,
          remainingVnd: budget === undefined ? null : budget - t.spentVnd,
        }
      : null,
    notes,
  };
}
