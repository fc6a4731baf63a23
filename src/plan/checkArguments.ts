import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang';
import type { Issue } from '../validation/issue';
import { fromZodIssues } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { isPlan } from './finalize';
import { notAPlan } from './resolvePlan';

/**
 * Checks the positional arguments of a helper (`factsRead`, `versionInForce`, `jsonSchema`):
 * `plan`, when given, must come from `definePlan` or `loadPlan`; the others must fit `schema`,
 * an object schema keyed by the parameters' names. Every problem is reported at once, each at
 * the parameter's name.
 *
 * @throws {ValidationError} When any argument is refused.
 */
export function checkArguments<S extends z.core.$ZodType>(
  schema: S,
  args: Record<string, unknown>,
  plan?: { readonly value: unknown },
  lang: Lang = 'vi',
): z.output<S> {
  const issues: Issue[] = plan && !isPlan(plan.value) ? [notAPlan(['plan'], lang)] : [];
  const result = z.safeParse(schema, args, { reportInput: true });
  if (!result.success) issues.push(...fromZodIssues(result.error.issues, lang));
  if (issues.length > 0 || !result.success) throw new ValidationError(issues, lang);
  return result.data;
}
