import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../i18n/lang';
import { defaultRuleSetsPlan } from '../plan/defaultRuleSetsPlan';
import { resolvePlan } from '../plan/resolvePlan';
import type { Plan } from '../plan/Plan';
import { parseOrThrow } from '../validation/parse';

/** Options of `evaluateNomination` and `evaluateNominations`. */
export const EvaluateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Language of `reasons` and error messages: `'vi'` (default) or `'en'`. */
    lang: z.optional(LangSchema),
    /** The plan to apply; the bundled Vĩnh Bảo plan when left out. */
    plan: z.optional(z.unknown()),
  }))();

/** Options of `evaluateNomination` and `evaluateNominations`. */
export interface EvaluateOptions {
  /** Language of `reasons` and error messages: `'vi'` (default) or `'en'`. */
  lang?: Lang;
  /** The plan to apply (from `definePlan`); the bundled Vĩnh Bảo plan when left out. */
  plan?: Plan;
}

/** Validates options: the language first (so later messages use it), then the plan. */
export function resolveEvaluateOptions(options: unknown): { lang: Lang; plan: Plan } {
  const guess = (options as { lang?: unknown } | null | undefined)?.lang;
  const fallback: Lang = guess === 'en' ? 'en' : 'vi';
  const parsed = parseOrThrow(z.optional(EvaluateOptionsSchema), options, fallback, ['options']) ?? {};
  const lang = parsed.lang ?? 'vi';
  return { lang, plan: resolvePlan(parsed.plan, lang, defaultRuleSetsPlan) };
}
