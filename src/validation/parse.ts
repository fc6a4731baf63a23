import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { safeParseBounded } from './cap';
import { fromZodIssues } from './issues';
import { guessLang, readPlain, type ReadPlainOptions } from './plain';
import { ValidationError } from './ValidationError';

/**
 * Parses `input` with `schema`, or throws a `ValidationError` whose issue paths start with
 * `prefix`. The input is never mutated: zod builds a new value.
 */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, input: unknown, lang: Lang, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = safeParseBounded(schema, input);
  if (result.success) return result.data;
  throw new ValidationError(fromZodIssues(result.error.issues, lang, prefix), lang);
}

/**
 * Parses a function's `options` with `schema`, issue paths under `options`, after reading them
 * once into a plain snapshot (`readPlain`: getters, proxies and class instances refused). The messages are
 * in the language the raw options ask for (guessed before parsing, so that even a message about
 * the options themselves is in it).
 *
 * @throws {ValidationError} When the options do not fit `schema`.
 */
export function parseOptions<S extends z.core.$ZodType>(schema: S, options: unknown, read: Omit<ReadPlainOptions, 'lang'> = KEEP_PLAN): z.output<S> {
  const guess = guessLang(options);
  return parseOrThrow(schema, readPlain(options, ['options'], { ...read, lang: guess }), guess, ['options']);
}

/** Options are read as plain data (plain.ts), except `plan`, which is taken as given and checked as a plan. */
const KEEP_PLAN: Omit<ReadPlainOptions, 'lang'> = { keep: (path) => path.length === 1 && path[0] === 'plan' };
