import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import type { Evaluation } from '../schema/evaluation';
import type { Nomination, ParsedNomination, ReadonlyInput, RuleSetId } from '../schema/nomination';
import { assembleEvaluation, knownFacts } from './assemble';
import { checkOne } from './checkBatch';
import { versionFor } from './validateNomination';
import { compiledFor } from './compiledFor';
import { buildCore, coreFor } from './core';
import { engineFor } from './engineFor';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';

/** Evaluates a nomination that passed validation, through json-rules-engine. */
export async function evaluateChecked(nomination: ParsedNomination, root: Plan, lang: Lang, planVersion?: string): Promise<Evaluation> {
  const plan = versionFor(root, nomination, planVersion);
  const ruleSet = plan.ruleSets[nomination.ruleSet]!;
  const compiled = compiledFor(ruleSet, nomination.nominee.kind);
  // Everything read from the input is read before the engine's await: a host that changes
  // its object meanwhile changes nothing here (the facts are copied into the snapshot).
  const facts = knownFacts(nomination);
  const snapshot: ParsedNomination = { ...nomination, facts: facts as ParsedNomination['facts'] };
  // The engine runs for every nomination: it is the reference. Only the assembly of its
  // answer into the (frozen, shared) core is memoised, keyed by the facts as read here.
  const atoms = await (await engineFor(compiled)).run(facts);
  const core = coreFor(compiled, snapshot, lang, () => buildCore(compiled, facts, atoms, lang));
  return assembleEvaluation(plan, ruleSet, snapshot, core, lang);
}

/**
 * Evaluates one nomination against the plan's rule set: every criterion of the plan gets a
 * result (met, not-met, or unknown when a fact it needs was not given), and the outcome
 * follows by three-valued logic. Each reason cites the clause it rests on.
 *
 * The evaluation is deep-frozen; its criteria tree, reasons, missing facts and priority may be
 * shared with other evaluations of the same facts.
 *
 * @param input - A `Nomination`: `{ id, ruleSet, year?, nominee, facts, achievements?, submittedAt? }`.
 * @param options - `lang` (`'vi'` default, or `'en'`) for reasons and errors; `plan` (default: the bundled Vĩnh Bảo plan).
 * @returns The `Evaluation`: outcome, criteria tree, missing facts, reasons, award, priority.
 * @throws {ValidationError} When the input or options are not valid (the promise rejects with it).
 *
 * @example
 * const result = await evaluateNomination({
 *   id: 'hs-01',
 *   ruleSet: 'annual-grassroots',
 *   year: 2026,
 *   nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'vhxh' } },
 *   facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
 * }, { lang: 'en' });
 * result.outcome; //=> 'eligible'
 * result.reasons[0]; //=> '[III.2.1.1] Meets the standards for the Certificate of Commendation (Giấy khen) of the Chairman of the commune People\'s Committee.'
 */
export async function evaluateNomination<R extends string = RuleSetId>(
  input: ReadonlyInput<Nomination<NoInfer<R>>>,
  options?: EvaluateOptions<R>,
): Promise<Evaluation> {
  const { lang, plan, planVersion } = resolveEvaluateOptions(options);
  return evaluateChecked(checkOne(input, plan, lang, planVersion), plan, lang, planVersion);
}
