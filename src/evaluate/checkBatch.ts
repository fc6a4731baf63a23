import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import type { ParsedNomination } from '../schema/nomination';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { MAX_ISSUES } from '../validation/cap';
import { isList, readPlain } from '../validation/plain';
import { checkNomination } from './validateNomination';

/** Checks one nomination, or throws a `ValidationError` with its issues. */
export function checkOne(input: unknown, plan: Plan, lang: Lang, planVersion?: string): ParsedNomination {
  const r = checkNomination(input, plan, lang, undefined, planVersion);
  if (Array.isArray(r)) throw new ValidationError(r, lang);
  return r;
}

/**
 * The batch as a list read once (validation/plain.ts), each nomination as given (each is read
 * by checkNomination): a proxy or a getter cannot change the list while it is checked.
 *
 * @throws {ValidationError} When `inputs` is not an array, or cannot be read as one.
 */
export function readBatch(inputs: unknown, lang: Lang): readonly unknown[] {
  if (!isList(inputs, [], lang)) {
    throw new ValidationError([makeIssue('invalid_type', [], { expected: 'array', received: typeof inputs }, lang)], lang);
  }
  return readPlain(inputs, [], { lang, maxItems: Number.MAX_SAFE_INTEGER, keep: (path) => path.length === 1 }) as unknown[];
}

/**
 * Validates a whole batch before anything is evaluated: one `ValidationError` lists every
 * issue of every nomination (up to the cap: the check stops past `MAX_ISSUES`), each path starting with its index.
 */
export function checkBatch(given: unknown, plan: Plan, lang: Lang, planVersion?: string): ParsedNomination[] {
  const inputs = readBatch(given, lang);
  const issues: Issue[] = [];
  const checked: ParsedNomination[] = new Array<ParsedNomination>(inputs.length);
  for (let index = 0; index < inputs.length && issues.length <= MAX_ISSUES; index++) {
    const r = checkNomination(inputs[index], plan, lang, index, planVersion);
    if (Array.isArray(r)) issues.push(...r);
    else checked[index] = r;
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return checked;
}
