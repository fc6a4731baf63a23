import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../i18n/lang';
import { defaultPlan } from '../plan/defaultPlan';
import { resolvePlan } from '../plan/resolvePlan';
import type { Plan } from '../plan/Plan';
import { parseOrThrow } from '../validation/parse';

/** Options of `checkDeadline`: unknown keys are refused. */
export const DeadlineOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Language of `notes` and error messages: `'vi'` (default) or `'en'`. */
    lang: z.optional(LangSchema),
    /** The plan whose deadlines apply; the bundled Vĩnh Bảo plan when left out. */
    plan: z.optional(z.unknown()),
  }))();

/** Options of `checkDeadline`. */
export interface DeadlineOptions {
  /** Language of `notes` and error messages: `'vi'` (default) or `'en'`. */
  lang?: Lang;
  /** The plan whose deadlines apply (from `definePlan`); the bundled Vĩnh Bảo plan when left out. */
  plan?: Plan;
}

/** Validates the options: the language first (so later messages use it), then the plan. */
export function resolveDeadlineOptions(options: unknown): { lang: Lang; plan: Plan } {
  const guess = (options as { lang?: unknown } | null | undefined)?.lang;
  const fallback: Lang = guess === 'en' ? 'en' : 'vi';
  const parsed = parseOrThrow(z.optional(DeadlineOptionsSchema), options, fallback, ['options']) ?? {};
  const lang = parsed.lang ?? 'vi';
  return { lang, plan: resolvePlan(parsed.plan, lang, defaultPlan) };
}
