import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { answeringRuleSetsPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';
import { CallOptionsSchema } from '../schema/options';

/**
 * Options of `evaluateNomination` and `evaluateNominations` (and their sync twins): the shared
 * ones. `planVersion` left out, each nomination is assessed under the version in force on the
 * last day of its assessment year (for the period summary, on the plan's `period.criteriaDate`, else the period's last day).
 */
export const EvaluateOptionsSchema = CallOptionsSchema;

/**
 * Options of `evaluateNomination` and `evaluateNominations`. `R` is the rule sets of the plan
 * given (inferred from `plan`): a nomination's `ruleSet` must be one of them.
 */
export type EvaluateOptions<R extends string = string> = Omit<z.input<typeof EvaluateOptionsSchema>, 'plan'> & { plan?: Plan<R> | undefined };

/** Made once: a schema built on every call costs as much as the parse. */
const OPTIONAL_OPTIONS = /* @__PURE__ */ (() => z.optional(EvaluateOptionsSchema))();

/** The options of one evaluation call, checked. */
export interface ResolvedEvaluateOptions {
  readonly lang: Lang;
  readonly plan: Plan;
  readonly planVersion: string | undefined;
}

/** Validates options: the language first (so later messages use it), then the plan and the version named. */
export function resolveEvaluateOptions(options: unknown): ResolvedEvaluateOptions {
  // No options (optional here): the defaults, without a snapshot or a parse of nothing.
  if (options === undefined) return { lang: 'vi', plan: answeringRuleSetsPlan(), planVersion: undefined };
  const { parsed, lang, plan } = readCallOptions(OPTIONAL_OPTIONS, options, answeringRuleSetsPlan);
  return { lang, plan, planVersion: parsed.planVersion };
}
