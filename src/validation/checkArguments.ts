import type * as z from 'zod/mini';
import { safeParseBounded } from './cap';
import type { Lang } from '../ground/lang';
import type { Issue } from './issue';
import { fromZodIssues } from './issues';
import { readPlain } from './plain';
import { ValidationError } from './ValidationError';

/**
 * Checks the positional arguments of a helper (`factsRead`, `versionInForce`, `jsonSchema`)
 * against `schema`, an object schema keyed by the parameters' names. `earlier` are issues the
 * caller found first (such as a `plan` argument that is not a plan): every problem is reported
 * at once, each at the parameter's name.
 *
 * @throws {ValidationError} When any argument is refused.
 */
export function checkArguments<S extends z.core.$ZodType>(
  schema: S,
  args: Record<string, unknown>,
  lang: Lang = 'vi',
  earlier: readonly Issue[] = [],
): z.output<S> {
  const issues: Issue[] = [...earlier];
  let plain: unknown;
  try {
    // Read once, as plain data: a getter, a proxy or a class instance is refused, not obeyed.
    plain = readPlain(args, [], { lang });
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError([...issues, ...error.issues], lang);
    throw error;
  }
  const result = safeParseBounded(schema, plain);
  if (!result.success) issues.push(...fromZodIssues(result.error.issues, lang));
  if (issues.length > 0 || !result.success) throw new ValidationError(issues, lang);
  return result.data;
}
