import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { answeringPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';
import { CallOptionsSchema } from '../schema/options';

/**
 * Options of `checkDeadline`: the shared ones. `planVersion` left out, the version in force on
 * the submission date (Vietnam time) applies; without one, on `asOf`; without either, on the
 * last day of the assessment year.
 */
export const DeadlineOptionsSchema = CallOptionsSchema;

/** Options of `checkDeadline`. */
export type DeadlineOptions<T extends string = string> = Omit<z.input<typeof DeadlineOptionsSchema>, 'plan'> & { plan?: Plan<string, T> | undefined };

/** Made once: a schema built on every call costs as much as the parse. */
const OPTIONAL_OPTIONS = /* @__PURE__ */ (() => z.optional(DeadlineOptionsSchema))();

/** Validates the options: the language first (so later messages use it), then the plan. */
export function resolveDeadlineOptions(options: unknown): { lang: Lang; plan: Plan; planVersion: string | undefined } {
  // No options (optional here): the defaults, without a snapshot or a parse of nothing.
  if (options === undefined) return { lang: 'vi', plan: answeringPlan(), planVersion: undefined };
  const { parsed, lang, plan } = readCallOptions(OPTIONAL_OPTIONS, options, answeringPlan);
  return { lang, plan, planVersion: parsed.planVersion };
}
