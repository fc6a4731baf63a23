import type { Evaluation } from '../schema/evaluation';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { evaluateChecked } from './evaluateNomination';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';
import { checkNomination, type CheckedNomination } from './validateNomination';

/**
 * Evaluates a batch of nominations, in the same order. The whole batch is validated first:
 * if any nomination is invalid, nothing is evaluated and one `ValidationError` lists every
 * issue, each path starting with the nomination's index.
 *
 * @param inputs - An array of `Nomination`s.
 * @param options - As for `evaluateNomination`.
 * @returns One `Evaluation` per input, in input order.
 * @throws {ValidationError} When `inputs` is not an array, or any nomination or the options are invalid.
 *
 * @example
 * const [a, b] = await evaluateNominations([nominationA, nominationB]);
 * a.nominationId; //=> nominationA.id
 */
export async function evaluateNominations(inputs: unknown, options?: EvaluateOptions): Promise<Evaluation[]> {
  const { lang, plan } = resolveEvaluateOptions(options);
  if (!Array.isArray(inputs)) {
    throw new ValidationError([makeIssue('invalid_type', [], { expected: 'array', received: typeof inputs }, lang)], lang);
  }
  const issues: Issue[] = [];
  const checked: CheckedNomination[] = [];
  inputs.forEach((input: unknown, index) => {
    const r = checkNomination(input, plan, lang, [index]);
    if (r.ok) checked.push(r.value);
    else issues.push(...r.issues);
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return Promise.all(checked.map((c) => evaluateChecked(c, plan, lang)));
}
