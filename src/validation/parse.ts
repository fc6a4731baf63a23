import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { fromZodIssues } from './issues';
import { ValidationError } from './ValidationError';

/**
 * Parses `input` with `schema`, or throws a `ValidationError` whose issue paths start with
 * `prefix`. The input is never mutated: zod builds a new value.
 */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, input: unknown, lang: Lang, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(fromZodIssues(result.error.issues, lang, prefix), lang);
}

/**
 * Parses a function's `options` with `schema`, issue paths under `options`. The messages are
 * in the language the raw options ask for (guessed before parsing, so that even a message about
 * the options themselves is in it).
 *
 * @throws {ValidationError} When the options do not fit `schema`.
 */
export function parseOptions<S extends z.core.$ZodType>(schema: S, options: unknown): z.output<S> {
  const guess = (options as { lang?: unknown } | null | undefined)?.lang === 'en' ? 'en' : 'vi';
  return parseOrThrow(schema, options, guess, ['options']);
}
