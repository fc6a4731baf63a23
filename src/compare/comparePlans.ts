import * as z from 'zod/mini';
import { evaluateNominationsSync } from '../evaluate/evaluateNominationsSync';
import type { Lang } from '../ground/lang';
import { LangSchema } from '../ground/lang';
import { asPlan } from '../plan/finalize';
import type { Plan } from '../plan/Plan';
import { notAPlan } from '../plan/resolvePlan';
import { allocateQuota } from '../quota/allocateQuota';
import { AllocateOptionsSchema } from '../schema/allocation';
import type { Allocation } from '../schema/allocation';
import type { CriterionResult, Evaluation } from '../schema/evaluation';
import type { Nomination, ReadonlyInput } from '../schema/nomination';
import type { Issue } from '../validation/issue';
import { parseOptions } from '../validation/parse';
import { ValidationError } from '../validation/ValidationError';
import { type NominationChange, type PlanComparison, type Place, changeSummary } from './report';

/** Options of `comparePlans`: the language, and the allocation to compare (its options less plan and language). */
export const ComparePlansOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    lang: z.optional(LangSchema),
    allocation: z.optional(z.omit(AllocateOptionsSchema, { plan: true, lang: true, planVersion: true })),
  }))();
/** Options of `comparePlans`. */
export type ComparePlansOptions = z.input<typeof ComparePlansOptionsSchema>;

/** Each criterion's result by clause ID, over the whole tree. */
function resultsOf(node: CriterionResult, out = new Map<string, string>()): Map<string, string> {
  out.set(node.id, node.result);
  for (const child of node.children ?? []) resultsOf(child, out);
  return out;
}

/** The clauses whose results differ between two evaluations of one nomination, in tree order (A's, then B's own). */
function clauseChanges(a: Evaluation, b: Evaluation): NominationChange['clauses'] {
  const ra = resultsOf(a.criteria);
  const rb = resultsOf(b.criteria);
  const out: { clause: string; a: string; b: string }[] = [];
  for (const [clause, result] of ra) if (rb.get(clause) !== result) out.push({ clause, a: result, b: rb.get(clause) ?? 'absent' });
  for (const [clause, result] of rb) if (!ra.has(clause)) out.push({ clause, a: 'absent', b: result });
  return out;
}

/** Where each nomination is in an allocation. */
function placesIn(allocation: Allocation): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const e of allocation.selected) out.set(e.nominationId, 'selected');
  for (const e of allocation.outsideQuota) out.set(e.nominationId, 'outsideQuota');
  for (const e of allocation.notSelected) out.set(e.nominationId, e.reason);
  return out;
}

/** Allocates one plan's evaluations of the level, or throws the allocation's issues under `options.allocation`. */
function allocate(evaluations: readonly Evaluation[], plan: Plan, options: z.output<typeof ComparePlansOptionsSchema>, lang: Lang): Map<string, Place> {
  const a = options.allocation!;
  try {
    return placesIn(
      allocateQuota(
        evaluations.filter((e) => e.ruleSet === a.level),
        { ...a, plan, lang },
      ),
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((i): Issue => (i.path[0] === 'options' ? { ...i, path: ['options', 'allocation', ...i.path.slice(1)] } : i));
    throw new ValidationError(issues, lang);
  }
}

/**
 * What an amendment changes: evaluates the same nominations under two plans (or two versions
 * of one, e.g. a plan and its amended self) and lists the nominations whose outcome changes,
 * and, given allocation options, those whose place in the allocation changes, each with the
 * clauses whose results differ and a sentence in Vietnamese or English. Each nomination is
 * evaluated under the version of each plan in force for its year, as `evaluateNominationsSync`
 * does; the allocation is made of the nominations of `options.allocation.level`.
 *
 * @param nominations - The nominations, as `evaluateNominationsSync` takes them.
 * @param planA - The plan before (from `definePlan`, `loadPlan` or `defaultPlan`).
 * @param planB - The plan after.
 * @param options - `lang` of the sentences and errors; `allocation`: `allocateQuota`'s options (level, budget, decision date…) to compare places too.
 * @returns The nominations that change, in input order, and how many do not.
 * @throws {ValidationError} For nominations either plan refuses (paths as in `evaluateNominationsSync`), a value given as a plan that is none (`planA`, `planB`), or bad options.
 *
 * @example
 * const commune = { id: 'xa-2028', ruleSet: 'annual-city', year: 2028,
 *   nominee: { kind: 'collective', name: 'UBND xã Vĩnh Bảo', unit: { id: 'xa-vinh-bao', block: 'commune' } },
 *   facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 4 } };
 * const diff = comparePlans([commune], defaultPlan(), amended, { lang: 'en' }); // amended: top 3 for communes from 2028
 * diff.changes[0].summary;
 * //=> 'xa-2028 (UBND xã Vĩnh Bảo): eligible → ineligible (1.0.0 → 1.1.0); III.2.1.2.a-collective: met → not met; III.2.1.2.a-collective-2: met → not met'
 */
export function comparePlans(
  nominations: readonly ReadonlyInput<Nomination<string>>[],
  planA: Plan,
  planB: Plan,
  options?: ComparePlansOptions,
): PlanComparison {
  const o = parseOptions(z.optional(ComparePlansOptionsSchema), options) ?? {};
  const lang = o.lang ?? 'vi';
  const a = asPlan(planA);
  const b = asPlan(planB);
  const refused = [...(a ? [] : [notAPlan(['planA'], lang)]), ...(b ? [] : [notAPlan(['planB'], lang)])];
  if (!a || !b) throw new ValidationError(refused, lang);
  const before = evaluateNominationsSync(nominations, { plan: a, lang });
  const after = evaluateNominationsSync(nominations, { plan: b, lang });
  const placesA = o.allocation ? allocate(before, a, o, lang) : undefined;
  const placesB = o.allocation ? allocate(after, b, o, lang) : undefined;
  const changes: NominationChange[] = [];
  before.forEach((ea, i) => {
    const eb = after[i]!;
    const place = placesA && placesB ? { a: placesA.get(ea.nominationId) ?? 'notAllocated', b: placesB.get(eb.nominationId) ?? 'notAllocated' } : undefined;
    if (ea.outcome === eb.outcome && (!place || place.a === place.b)) return;
    const change = {
      nominationId: ea.nominationId,
      nomineeName: ea.nomineeName,
      ruleSet: ea.ruleSet,
      planVersion: { a: ea.planVersion, b: eb.planVersion },
      outcome: { a: ea.outcome, b: eb.outcome },
      clauses: clauseChanges(ea, eb),
      ...(place && { place }),
    };
    changes.push({ ...change, summary: changeSummary(change, lang) });
  });
  return {
    planA: { id: a.id, version: a.version },
    planB: { id: b.id, version: b.version },
    changes,
    unchanged: before.length - changes.length,
  };
}
