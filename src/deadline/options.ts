import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../ground/lang';
import { answeringPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';

/** Options of `checkDeadline`: unknown keys are refused. */
export const DeadlineOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Language of `notes` and error messages: `'vi'` (default) or `'en'`. */
    lang: z.optional(LangSchema),
    /** The plan whose deadlines apply; the bundled Vĩnh Bảo plan when left out. */
    plan: z.optional(z.unknown()),
    /** A version of the plan to apply, instead of the one in force on the date that matters. */
    planVersion: z.optional(z.string().check(z.minLength(1))),
  }))();

/** Options of `checkDeadline`. */
export interface DeadlineOptions {
  /** Language of `notes` and error messages: `'vi'` (default) or `'en'`. */
  lang?: Lang;
  /** The plan whose deadlines apply (from `definePlan`); the bundled Vĩnh Bảo plan when left out. */
  plan?: Plan;
  /**
   * A version of the plan to apply (e.g. `'1.0.0'`). Left out, the version in force on the
   * submission date (Vietnam time) applies; without one, on `asOf`; without either, on the
   * last day of the assessment year.
   */
  planVersion?: string;
}

/** Validates the options: the language first (so later messages use it), then the plan. */
export function resolveDeadlineOptions(options: unknown): { lang: Lang; plan: Plan; planVersion: string | undefined } {
  const { parsed, lang, plan } = readCallOptions(z.optional(DeadlineOptionsSchema), options, answeringPlan);
  return { lang, plan, planVersion: parsed.planVersion };
}
