import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../ground/lang';
import { answeringRuleSetsPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';

/** Options of `evaluateNomination` and `evaluateNominations`. */
export const EvaluateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Language of `reasons` and error messages: `'vi'` (default) or `'en'`. */
    lang: z.optional(LangSchema),
    /** The plan to apply; the bundled Vĩnh Bảo plan when left out. */
    plan: z.optional(z.unknown()),
    /** A version of the plan to apply, instead of the one in force in each nomination's assessment year. */
    planVersion: z.optional(z.string().check(z.minLength(1))),
  }))();

/** Options of `evaluateNomination` and `evaluateNominations`. */
export interface EvaluateOptions {
  /** Language of `reasons` and error messages: `'vi'` (default) or `'en'`. */
  lang?: Lang;
  /** The plan to apply (from `definePlan`); the bundled Vĩnh Bảo plan when left out. */
  plan?: Plan;
  /**
   * A version of the plan to apply (e.g. `'1.0.0'`). Left out, each nomination is assessed
   * under the version in force on the last day of its assessment year (for the period
   * summary, of the plan's period).
   */
  planVersion?: string;
}

/** The options of one evaluation call, checked. */
export interface ResolvedEvaluateOptions {
  readonly lang: Lang;
  readonly plan: Plan;
  readonly planVersion: string | undefined;
}

/** Validates options: the language first (so later messages use it), then the plan and the version named. */
export function resolveEvaluateOptions(options: unknown): ResolvedEvaluateOptions {
  const { parsed, lang, plan } = readCallOptions(z.optional(EvaluateOptionsSchema), options, answeringRuleSetsPlan);
  return { lang, plan, planVersion: parsed.planVersion };
}
