import type { Evaluation } from '../schema/evaluation';
import type { Nomination, ReadonlyInput, RuleSetId } from '../schema/nomination';
import { checkBatch } from './checkBatch';
import { evaluateChecked } from './evaluateNomination';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';

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
export async function evaluateNominations<R extends string = RuleSetId>(
  inputs: readonly ReadonlyInput<Nomination<NoInfer<R>>>[],
  options?: EvaluateOptions<R>,
): Promise<Evaluation[]> {
  const { lang, plan, planVersion } = resolveEvaluateOptions(options);
  const checked = checkBatch(inputs, plan, lang, planVersion);
  // One after another rather than all in flight at once: json-rules-engine is faster so, and
  // memory stays flat.
  const out = new Array<Evaluation>(checked.length);
  for (let i = 0; i < checked.length; i++) out[i] = await evaluateChecked(checked[i]!, plan, lang, planVersion);
  return out;
}
