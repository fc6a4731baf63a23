import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import type { CallOptions } from '../schema/options';
import { parseOptions } from '../validation/parse';
import { chooseVersion } from './planVersion';
import type { Plan } from './Plan';
import { resolvePlan } from './resolvePlan';

/**
 * Reads a function's options: the language first (guessed from the raw value, so that even
 * the messages about the options are in it), then the options' own schema (`CallOptionsSchema`
 * extended; issue paths under `options`), the plan (the bundled `fallback` when none is given),
 * and a version named, refused once if the plan does not have it.
 *
 * @throws {ValidationError} For options that do not fit `schema`, a value given as `plan` that is no plan, or an unknown `planVersion`.
 */
export function readCallOptions<S extends z.core.$ZodType<CallOptions | undefined>>(
  schema: S,
  options: unknown,
  fallback: () => Plan,
): { parsed: NonNullable<z.output<S>>; lang: Lang; plan: Plan } {
  const parsed = (parseOptions(schema, options) ?? {}) as NonNullable<z.output<S>>;
  const lang = parsed.lang ?? 'vi';
  const plan = resolvePlan(parsed.plan, lang, fallback);
  if (parsed.planVersion !== undefined) chooseVersion(plan, parsed.planVersion, '', lang, ['options', 'planVersion']);
  return { parsed, lang, plan };
}
