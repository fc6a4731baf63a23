import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import type { Evaluation } from '../schema/evaluation';
import type { Nomination, ParsedNomination, ReadonlyInput, RuleSetId } from '../schema/nomination';
import { assembleEvaluation, knownFacts } from './assemble';
import { checkOne } from './checkBatch';
import { versionFor } from './validateNomination';
import type { CompiledCriteria } from './compile';
import { compiledFor } from './compiledFor';
import { buildCore, coreFor, type EvaluationCore } from './core';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';
import { runAtomsSync } from './predicatesFor';

function buildSync(compiled: CompiledCriteria, nomination: ParsedNomination, lang: Lang): EvaluationCore {
  const facts = knownFacts(nomination);
  return buildCore(compiled, facts, runAtomsSync(compiled, facts), lang);
}

/** Evaluates a nomination that passed validation, with the compiled predicates. */
export function evaluateCheckedSync(nomination: ParsedNomination, root: Plan, lang: Lang, planVersion?: string): Evaluation {
  const plan = versionFor(root, nomination, planVersion);
  const ruleSet = plan.ruleSets[nomination.ruleSet]!;
  const compiled = compiledFor(ruleSet, nomination.nominee.kind);
  return assembleEvaluation(plan, ruleSet, nomination, coreFor(compiled, nomination, lang, buildSync), lang);
}

/**
 * Evaluates one nomination synchronously: the same rule files, compiled once per rule set
 * into plain functions, giving exactly the same `Evaluation` as `evaluateNomination` (which
 * runs json-rules-engine and stays the reference). For a form's render or a large batch.
 *
 * @param input - A `Nomination`.
 * @param options - `lang` (`'vi'` default, or `'en'`) and `plan` (default: the bundled plan).
 * @returns The `Evaluation`, identical to `await evaluateNomination(input, options)`.
 * @throws {ValidationError} When the input or options are not valid.
 *
 * @example
 * const result = evaluateNominationSync({
 *   id: 'hs-02',
 *   ruleSet: 'annual-city',
 *   year: 2026,
 *   nominee: { kind: 'collective', name: 'Sở Nội vụ', unit: { id: 'snv', block: 'department' } },
 *   facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 4 },
 * });
 * result.outcome; //=> 'ineligible' (a department ranked 4th is not in the top 3)
 */
export function evaluateNominationSync<R extends string = RuleSetId>(input: ReadonlyInput<Nomination<NoInfer<R>>>, options?: EvaluateOptions<R>): Evaluation {
  const { lang, plan, planVersion } = resolveEvaluateOptions(options);
  return evaluateCheckedSync(checkOne(input, plan, lang, planVersion), plan, lang, planVersion);
}
