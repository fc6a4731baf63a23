import type { Evaluation } from '../schema/evaluation';
import type { Nomination, ReadonlyInput, RuleSetId } from '../schema/nomination';
import type { Issue } from '../validation/issue';
import { MAX_ISSUES } from '../validation/cap';
import { ValidationError } from '../validation/ValidationError';
import { readBatch } from './checkBatch';
import { evaluateCheckedSync } from './evaluateNominationSync';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';
import { checkNomination } from './validateNomination';

/**
 * Evaluates a batch synchronously, in the same order; the same answers as
 * `evaluateNominations`. If any nomination is invalid, no evaluation is returned: one
 * `ValidationError` lists every issue, each path starting with the nomination's index.
 * (Checking and evaluating go in one pass; nothing is returned or kept from a failed batch.)
 *
 * @param inputs - An array of `Nomination`s.
 * @param options - As for `evaluateNominationSync`.
 * @returns One `Evaluation` per input, in input order.
 * @throws {ValidationError} When `inputs` is not an array, or any nomination or the options are invalid.
 *
 * @example
 * evaluateNominationsSync([a, b]).map((e) => e.outcome); //=> ['eligible', 'undetermined']
 */
export function evaluateNominationsSync<R extends string = RuleSetId>(
  inputs: readonly ReadonlyInput<Nomination<NoInfer<R>>>[],
  options?: EvaluateOptions<R>,
): Evaluation[] {
  const { lang, plan, planVersion } = resolveEvaluateOptions(options);
  const batch = readBatch(inputs, lang);
  const out = new Array<Evaluation>(batch.length);
  let issues: Issue[] | undefined;
  for (let i = 0; i < batch.length && (issues === undefined || issues.length <= MAX_ISSUES); i++) {
    const r = checkNomination(batch[i], plan, lang, i, planVersion);
    if (Array.isArray(r)) (issues ??= []).push(...r);
    else if (issues === undefined) out[i] = evaluateCheckedSync(r, plan, lang, planVersion);
  }
  if (issues) throw new ValidationError(issues, lang);
  return out;
}
