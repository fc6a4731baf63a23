import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import type { ParsedNomination } from '../schema/nomination';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { checkNomination } from './validateNomination';

/** Checks one nomination, or throws a `ValidationError` with its issues. */
export function checkOne(input: unknown, plan: Plan, lang: Lang, planVersion?: string): ParsedNomination {
  const r = checkNomination(input, plan, lang, undefined, planVersion);
  if (Array.isArray(r)) throw new ValidationError(r, lang);
  return r;
}

/**
 * Validates a whole batch before anything is evaluated: one `ValidationError` lists every
 * issue of every nomination, each path starting with its index.
 */
export function checkBatch(inputs: unknown, plan: Plan, lang: Lang, planVersion?: string): ParsedNomination[] {
  if (!Array.isArray(inputs)) {
    throw new ValidationError([makeIssue('invalid_type', [], { expected: 'array', received: typeof inputs }, lang)], lang);
  }
  const issues: Issue[] = [];
  const checked: ParsedNomination[] = new Array<ParsedNomination>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const r = checkNomination(inputs[index], plan, lang, index, planVersion);
    if (Array.isArray(r)) issues.push(...r);
    else checked[index] = r;
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return checked;
}
