import type { Evaluation } from '../schema/evaluation';
import { ValidationError } from '../validation/ValidationError';
import { assembleEvaluation, knownFacts } from './assemble';
import { preparedFor } from './compiledFor';
import { resolveEvaluateOptions, type EvaluateOptions } from './options';
import type { CheckedNomination } from './validateNomination';
import { checkNomination } from './validateNomination';
import type { Lang } from '../i18n/lang';
import type { Plan } from '../plan/Plan';

/** Evaluates a nomination that passed validation, through json-rules-engine. */
export async function evaluateChecked(checked: CheckedNomination, plan: Plan, lang: Lang): Promise<Evaluation> {
  const { nomination, ruleSet } = checked;
  const { compiled, engine } = preparedFor(plan, ruleSet, nomination.nominee.kind);
  const facts = knownFacts(nomination);
  const atoms = await engine.run(facts);
  return assembleEvaluation(plan, ruleSet, compiled, nomination, facts, atoms, lang);
}

/**
 * Evaluates one nomination against the plan's rule set: every criterion of the plan gets a
 * result (met, not-met, or unknown when a fact it needs was not given), and the outcome
 * follows by three-valued logic. Each reason cites the clause it rests on.
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
export async function evaluateNomination(input: unknown, options?: EvaluateOptions): Promise<Evaluation> {
  const { lang, plan } = resolveEvaluateOptions(options);
  const checked = checkNomination(input, plan, lang);
  if (!checked.ok) throw new ValidationError(checked.issues, lang);
  return evaluateChecked(checked.value, plan, lang);
}
