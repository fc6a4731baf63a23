import * as z from 'zod/mini';
import { evaluateNominationsSync } from '../evaluate/evaluateNominationsSync';
import type { Lang } from '../ground/lang';
import { answeringRuleSetsPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';
import type { Evaluation } from '../schema/evaluation';
import type { Nomination } from '../schema/nomination';
import { CallOptionsSchema } from '../schema/options';
import { type ScenarioFile, ScenarioFilesSchema } from '../schema/scenario';
import type { Issue } from '../validation/issue';
import { parseOrThrow } from '../validation/parse';
import { ValidationError } from '../validation/ValidationError';
import { evaluationExercise, findNode } from './exercise';
import { type ScenarioReport, type ScenarioResult, type ScenarioDifference, scenarioSummary } from './report';

/** Options of `runScenarios`: the plan to run against (the bundled one by default) and the language of the summaries. */
export const RunScenariosOptionsSchema = CallOptionsSchema;
/** Options of `runScenarios`. */
export type RunScenariosOptions = z.input<typeof RunScenariosOptionsSchema>;

type ParsedFile = z.output<typeof ScenarioFilesSchema>[number];

/** Where a case came from: its file and its place there. */
interface Place {
  readonly file: number;
  readonly index: number;
}

/** The nomination a case describes: the file's base facts for the kind with the case's facts applied (`null`: unknown). */
function nominationOf(file: ParsedFile, at: Place): Nomination<string> {
  const c = file.cases[at.index]!;
  const facts: Record<string, unknown> = { ...file.bases[c.kind] };
  for (const [k, v] of Object.entries(c.facts)) {
    if (v === null) delete facts[k];
    else facts[k] = v;
  }
  const year = c.year ?? file.year;
  return {
    id: `${file.ruleSet}-${at.index + 1}`,
    ruleSet: file.ruleSet,
    ...(year !== undefined && { year }),
    nominee: { kind: c.kind, name: c.name, unit: (c.unit ?? file.unit) as Nomination['nominee']['unit'] },
    facts: facts as Nomination['facts'],
  };
}

/** The path in the scenario files of a nomination's issue path. */
function pathInFiles(files: readonly ParsedFile[], at: Place, path: readonly (string | number)[]): (string | number)[] {
  const file = files[at.file]!;
  const c = file.cases[at.index]!;
  const inCase: (string | number)[] = [at.file, 'cases', at.index];
  const [head, second] = path;
  if (head === 'facts' && typeof second === 'string') {
    return Object.hasOwn(c.facts, second) ? [...inCase, 'facts', ...path.slice(1)] : [at.file, 'bases', c.kind, ...path.slice(1)];
  }
  if (head === 'nominee' && second === 'unit') return c.unit ? [...inCase, 'unit', ...path.slice(2)] : [at.file, 'unit', ...path.slice(2)];
  if (head === 'nominee' && second === 'name') return [...inCase, 'name'];
  if (head === 'year') return c.year !== undefined ? [...inCase, 'year'] : [at.file, 'year'];
  if (head === 'ruleSet') return [at.file, 'ruleSet'];
  return [...inCase, ...path];
}

/** Evaluates every case, or throws the nominations' issues at their places in the files. */
function evaluateAll(files: readonly ParsedFile[], places: readonly Place[], plan: Plan, lang: Lang, planVersion: string | undefined): Evaluation[] {
  const nominations = places.map((at) => nominationOf(files[at.file]!, at));
  try {
    return evaluateNominationsSync(nominations, { plan, lang, ...(planVersion !== undefined && { planVersion }) });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue): Issue => {
      const [k, ...rest] = issue.path;
      const at = typeof k === 'number' ? places[k] : undefined;
      return at ? { ...issue, path: pathInFiles(files, at, rest) } : issue;
    });
    throw new ValidationError(issues, lang);
  }
}

/** How a case's evaluation differs from what the case expects: empty when it passes. */
function differences(file: ParsedFile, at: Place, evaluation: Evaluation, plan: Plan): ScenarioDifference[] {
  const c = file.cases[at.index]!;
  const out: ScenarioDifference[] = [];
  if (evaluation.outcome !== c.expect.outcome) out.push({ what: 'outcome', expected: c.expect.outcome, actual: evaluation.outcome });
  for (const [clause, expected] of Object.entries(c.expect.criteria)) {
    const actual = findNode(evaluation.criteria, clause)?.result ?? 'absent';
    if (actual !== expected) out.push({ what: 'criterion', clause, expected, actual });
  }
  if (c.expect.missingFacts) {
    const expected = c.expect.missingFacts.join(', ');
    const actual = evaluation.missingFacts.join(', ');
    if (expected !== actual) out.push({ what: 'missingFacts', expected, actual });
  }
  const version = plan.versions.find((v) => v.version === evaluation.planVersion) ?? plan;
  const ruleSet = version.ruleSets[file.ruleSet]!;
  for (const [clause, expected] of Object.entries(c.exercises ?? {})) {
    const actual = evaluationExercise(evaluation, ruleSet, clause);
    if (actual !== expected) out.push({ what: 'exercise', clause, expected, actual });
  }
  return out;
}

/**
 * Runs legal scenarios against a plan: each case of each scenario file is evaluated (as
 * `evaluateNominationsSync` would) and compared with what the case says the plan gives: the
 * outcome, each named criterion, the missing facts if listed, and the clauses it exercises. A
 * host's own tests (vitest, jest, node:test) assert the plan's criteria this way, against the
 * bundled plan, an amended one or its own. The library's scenarios are in the package
 * (`thi-dua-cchc/rules/scenarios/*.json`); `thi-dua-cchc test` runs them from the command line.
 *
 * @param files - Scenario files (`ScenarioFileSchema`, JSON Schema `thi-dua-cchc/schema/scenarios.json`), parsed.
 * @param options - `plan` to run against (the bundled plan by default), `planVersion` (each case is otherwise judged under the version in force at the end of its year), and `lang` of the summaries and errors.
 * @returns Every scenario's result, in file and case order, with the counts passed and failed.
 * @throws {ValidationError} For files or options that do not fit their schemas, and for a case whose nomination is not valid (a misspelt fact, a rule set not in the plan), each issue with its path in the files.
 *
 * @example
 * const scenario = {
 *   ruleSet: 'annual-city', clause: 'III.2.1.2', description: 'a commune', year: 2026,
 *   unit: { id: 'xa-vinh-bao', block: 'commune' }, bases: { collective: { initiativeRecognized: true, initiativeReplicable: true } },
 *   cases: [{ name: 'a commune ranked 6th is not in the top 5', kind: 'collective', facts: { parIndexRank: 6 },
 *     expect: { outcome: 'ineligible', criteria: { 'III.2.1.2.a-collective-2': 'not-met' } } }],
 * };
 * const report = runScenarios([scenario], { lang: 'en' });
 * [report.passed, report.failed]; //=> [1, 0]
 */
export function runScenarios(files: readonly ScenarioFile[], options?: RunScenariosOptions): ScenarioReport {
  const { parsed: o, lang, plan } = readCallOptions(z.optional(RunScenariosOptionsSchema), options, answeringRuleSetsPlan);
  const parsed = parseOrThrow(ScenarioFilesSchema, files, lang);
  const places: Place[] = parsed.flatMap((f, file) => f.cases.map((_, index) => ({ file, index })));
  const evaluations = evaluateAll(parsed, places, plan, lang, o.planVersion);
  const results = places.map((at, k): ScenarioResult => {
    const file = parsed[at.file]!;
    const c = file.cases[at.index]!;
    const evaluation = evaluations[k]!;
    const diff = differences(file, at, evaluation, plan);
    const result = {
      file: at.file,
      index: at.index,
      ruleSet: file.ruleSet,
      name: c.name,
      kind: c.kind,
      clauses: [...Object.keys(c.expect.criteria), ...Object.keys(c.exercises ?? {})],
      planVersion: evaluation.planVersion,
      passed: diff.length === 0,
      differences: diff,
    };
    return { ...result, summary: scenarioSummary(result, lang) };
  });
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed, results };
}
