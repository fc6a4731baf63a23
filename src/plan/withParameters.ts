import * as z from 'zod/mini';
import type { AwardCoefficientsFile, BaseSalaryFile, Parameters, RoundingFile } from '../schema/parameters';
import { ParametersSchema } from '../schema/parameters';
import type { PlanOptions } from '../schema/options';
import type { Amendment } from '../schema/plan';
import { checkArguments } from '../validation/checkArguments';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { definePlan, readPlanOptions } from './definePlan';
import { planFile } from './finalize';
import type { Plan } from './Plan';
import { planArgument } from './resolvePlan';

// Built when the module loads, before StrykerJS switches a mutant on: its mutants would be false
// survivors (stryker-js#6209).
// Stryker disable next-line all
const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ parameters: z.partial(ParametersSchema) }))();

/** Files in the format of `rules/parameters/`, any of the three: what `withParameters` adds. */
export interface ParameterFiles {
  readonly baseSalary?: BaseSalaryFile;
  readonly awardCoefficients?: AwardCoefficientsFile;
  readonly rounding?: RoundingFile;
}

/** Dated values, the host's winning on the dates they share, in date order. */
function mergeDated<V>(mine: Readonly<Record<string, V>>, host: Readonly<Record<string, V>>): Record<string, V> {
  const all: Record<string, V> = { ...mine, ...host };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((d) => [d, all[d] as V]),
  );
}

/** A version's parameters with the host's dated values merged in (its descriptions and names kept). */
function merge(mine: Parameters, host: Partial<Parameters>): Parameters {
  const awards = { ...mine.awardCoefficients.awards };
  for (const [id, award] of Object.entries(host.awardCoefficients?.awards ?? {})) {
    const own = awards[id];
    awards[id] = own
      ? { name: own.name, collective: mergeDated(own.collective, award.collective), individual: mergeDated(own.individual, award.individual) }
      : award;
  }
  return {
    baseSalary: host.baseSalary ? { ...mine.baseSalary, values: mergeDated(mine.baseSalary.values, host.baseSalary.values) } : mine.baseSalary,
    awardCoefficients: { ...mine.awardCoefficients, awards },
    rounding: host.rounding ? { ...mine.rounding, values: mergeDated(mine.rounding.values, host.rounding.values) } : mine.rounding,
  };
}

/**
 * A new plan: `plan` with dated parameter values added (base salary, award coefficients,
 * rounding), each given as a file in the format of `rules/parameters/` (validated by the same
 * schemas). The host's values win for the dates they carry: a value dated 2028-07-01 is in
 * force from that day until the plan's next later date, and one on a date the plan already has
 * replaces it; the plan's other dates stay, and so do its descriptions and award names. Every
 * version of the plan that has parameters gets the values (an amendment that replaced the
 * parameters too). A plan without parameters takes the three files as they are, and needs all
 * three. `plan` itself is not changed (plans are frozen).
 *
 * @param plan - A plan from `definePlan` or `loadPlan` (`defaultPlan()` too), any version of it.
 * @param parameters - `{ baseSalary?, awardCoefficients?, rounding? }`: files as in `rules/parameters/`.
 * @param options - `lang` for the error messages (Vietnamese by default).
 * @returns The same version of the new plan (the latest when `plan` is the latest).
 * @throws {ValidationError} When `plan` is no plan (`not_a_plan` at `plan`), a file is refused by
 *   its schema (paths under `parameters`), a plan without parameters is not given all three
 *   (`parameters_not_in_plan` at `parameters`), or the new plan is refused as `definePlan`
 *   refuses one (paths in the plan file, such as an award no rule set gives). Nothing is
 *   half-applied.
 *
 * @example
 * const baseSalary = {
 *   kind: 'parameter', id: 'base-salary', unit: 'VND',
 *   description: { vi: 'Mức lương cơ sở', en: 'Base salary' },
 *   values: { '2028-07-01': { value: 2_800_000, reference: 'Nghị định giả định (an example decree)', confidence: 'low' } },
 * };
 * const plan = withParameters(defaultPlan(), { baseSalary });
 * Object.keys(plan.parameters.baseSalary.values); //=> ['2024-07-01', '2026-07-01', '2028-07-01']
 */
export function withParameters<P extends Plan>(plan: P, parameters: ParameterFiles, options?: PlanOptions): P;
export function withParameters(plan: unknown, parameters: unknown, options?: PlanOptions): Plan;
export function withParameters(plan: unknown, parameters: unknown, options?: PlanOptions): Plan {
  const lang = readPlanOptions(options);
  const given = planArgument(plan, lang);
  const { parameters: host } = checkArguments(ArgumentsSchema, { parameters }, lang, given.issues);
  const found = given.plan!;
  const definition = planFile(found.versions);
  let base = definition.parameters;
  if (base) base = merge(base, host);
  else if (host.baseSalary && host.awardCoefficients && host.rounding) base = host as Parameters;
  else throw new ValidationError([makeIssue('parameters_not_in_plan', ['parameters'], { planId: found.id }, lang)], lang);
  const amendments = definition.amendments?.map(
    (a): Amendment => (a.replaces.parameters ? { ...a, replaces: { ...a.replaces, parameters: merge(a.replaces.parameters, host) } } : a),
  );
  const next = definePlan({ ...definition, parameters: base, ...(amendments && { amendments }) }, { lang });
  return next.versions[found.versions.indexOf(found)] ?? next;
}
