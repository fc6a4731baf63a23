import * as z from 'zod/mini';
import { checkDeadline } from '../deadline/checkDeadline';
import { evaluateNominationsSync } from '../evaluate/evaluateNominationsSync';
import type { Lang } from '../ground/lang';
import { answeringPlan } from '../plan/answeringPlan';
import { readCallOptions } from '../plan/callOptions';
import type { Plan } from '../plan/Plan';
import type { DeadlineCheck } from '../schema/deadline';
import type { Evaluation } from '../schema/evaluation';
import type { Nomination } from '../schema/nomination';
import { CallOptionsSchema } from '../schema/options';
import { DeadlineScenarioFileSchema, EvaluationScenarioFileSchema, QuotaScenarioFileSchema, type ScenarioFile } from '../schema/scenario';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { parseOrThrow } from '../validation/parse';
import { ValidationError } from '../validation/ValidationError';
import { deadlineExercise, evaluationExercise, findNode } from './exercise';
import { partialDifferences } from './match';
import { type QuotaFile, type QuotaRun, quotaDifferences, runQuotaCase } from './quota';
import { type ScenarioDifference, type ScenarioReport, type ScenarioResult, scenarioSummary } from './report';

/** Options of `runScenarios`: the plan to run against (the bundled one by default), a version of it, and the language of the summaries. */
export const RunScenariosOptionsSchema = CallOptionsSchema;
/** Options of `runScenarios`. */
export type RunScenariosOptions = z.input<typeof RunScenariosOptionsSchema>;

type EvaluationFile = z.output<typeof EvaluationScenarioFileSchema>;
type DeadlineFile = z.output<typeof DeadlineScenarioFileSchema>;
type ParsedFile = EvaluationFile | DeadlineFile | QuotaFile;

/** Where a case came from: its file and its place there. */
interface Place {
  readonly file: number;
  readonly index: number;
}

/** Reads each file by its kind (deadline scenarios say so; the others have a rule set), issues under the file's place. */
function readFiles(files: unknown, lang: Lang): ParsedFile[] {
  if (!Array.isArray(files)) return parseOrThrow(z.array(z.unknown()), files, lang) as never;
  const issues: Issue[] = [];
  if (files.length > 1_000) issues.push(makeIssue('too_big', [], { origin: 'array', maximum: 1_000 }, lang));
  const parsed = files.slice(0, 1_000).map((f, i) => {
    const kind = typeof f === 'object' && f !== null ? (f as { kind?: unknown }).kind : undefined;
    const schema =
      kind === 'deadline-scenarios' ? DeadlineScenarioFileSchema : kind === 'quota-scenarios' ? QuotaScenarioFileSchema : EvaluationScenarioFileSchema;
    try {
      return parseOrThrow(schema, f, lang, [i]);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return parsed as ParsedFile[];
}

const isDeadlineFile = (f: ParsedFile): f is DeadlineFile => f.kind === 'deadline-scenarios';
const isQuotaFile = (f: ParsedFile): f is QuotaFile => f.kind === 'quota-scenarios';
const isEvaluationFile = (f: ParsedFile): f is EvaluationFile => !isDeadlineFile(f) && !isQuotaFile(f);

/** The nomination an evaluation case describes: the file's base facts for the kind with the case's facts applied (`null`: unknown). */
export function nominationOf(file: EvaluationFile, at: Place): Nomination<string> {
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
function pathInFiles(file: EvaluationFile, at: Place, path: readonly (string | number)[]): (string | number)[] {
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

interface Call {
  readonly lang: Lang;
  readonly plan: Plan;
  readonly planVersion: string | undefined;
}

/** Evaluates every evaluation case in one batch, or throws the nominations' issues at their places in the files. */
function evaluateAll(files: readonly ParsedFile[], places: readonly Place[], call: Call): Evaluation[] {
  const nominations = places.map((at) => nominationOf(files[at.file] as EvaluationFile, at));
  const { plan, lang, planVersion } = call;
  try {
    return evaluateNominationsSync(nominations, { plan, lang, ...(planVersion !== undefined && { planVersion }) });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue): Issue => {
      const [k, ...rest] = issue.path;
      const at = typeof k === 'number' ? places[k] : undefined;
      return at ? { ...issue, path: pathInFiles(files[at.file] as EvaluationFile, at, rest) } : issue;
    });
    throw new ValidationError(issues, lang);
  }
}

/** Checks every deadline case, or throws each input's issues at its place in the files. */
function checkAll(files: readonly ParsedFile[], places: readonly Place[], call: Call): DeadlineCheck[] {
  const issues: Issue[] = [];
  const { plan, lang, planVersion } = call;
  const checks = places.map((at) => {
    try {
      return checkDeadline((files[at.file] as DeadlineFile).cases[at.index]!.input as never, { plan, lang, ...(planVersion !== undefined && { planVersion }) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues.map((i): Issue => ({ ...i, path: [at.file, 'cases', at.index, 'input', ...i.path] })));
      return undefined;
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return checks as DeadlineCheck[];
}

/** Evaluates and allocates every quota case, or throws their issues at their places in the files. */
function allocateAll(files: readonly ParsedFile[], places: readonly Place[], call: Call): QuotaRun[] {
  const issues: Issue[] = [];
  const runs = places.map((at) => {
    const file = files[at.file] as QuotaFile;
    const run = runQuotaCase(file, file.cases[at.index]!, [at.file, 'cases', at.index], call.plan, call.lang, call.planVersion);
    if (Array.isArray(run)) issues.push(...run);
    return run;
  });
  if (issues.length > 0) throw new ValidationError(issues, call.lang);
  return runs as QuotaRun[];
}

/** How an evaluation differs from what its case expects: empty when it passes. */
function evaluationDifferences(file: EvaluationFile, at: Place, evaluation: Evaluation, plan: Plan): ScenarioDifference[] {
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

/** How a deadline check differs from what its case expects: empty when it passes. */
function deadlineDifferences(file: DeadlineFile, at: Place, check: DeadlineCheck): ScenarioDifference[] {
  const c = file.cases[at.index]!;
  const { milestones, ...top } = c.expect;
  const out: ScenarioDifference[] = [];
  if (check.clause !== c.clause) out.push({ what: 'field', field: 'clause', expected: c.clause, actual: check.clause });
  for (const [field, expected, actual] of partialDifferences(check, top)) out.push({ what: 'field', field, expected, actual });
  for (const [id, expected] of Object.entries(milestones)) {
    const m = check.milestones.find((x) => x.id === id);
    if (!m) out.push({ what: 'field', field: `milestones.${id}`, expected: 'present', actual: 'absent' });
    else for (const [field, e, a] of partialDifferences(m, expected, `milestones.${id}`)) out.push({ what: 'field', field, expected: e, actual: a });
  }
  for (const [clause, expected] of Object.entries(c.exercises ?? {})) {
    const actual = deadlineExercise(check, clause);
    if (actual !== expected) out.push({ what: 'exercise', clause, expected, actual });
  }
  return out;
}

/**
 * Runs legal scenarios against a plan: each case of each scenario file is evaluated (evaluation
 * scenarios, as `evaluateNominationsSync` would), checked (deadline scenarios, as
 * `checkDeadline` would) or evaluated and allocated (quota scenarios, as `allocateQuota` would)
 * and compared with what the case says the plan gives: the outcome, each named criterion, the
 * missing facts if listed, a deadline check's fields, an allocation's places, ties, money and
 * clauses, and the clauses it exercises. A host's own tests (vitest, jest, node:test) assert the plan's criteria this
 * way, against the bundled plan, an amended one or its own. The library's scenarios ship in the
 * package (`thi-dua-cchc/rules/scenarios/*.json`).
 *
 * @param files - Scenario files (`ScenarioFileSchema`, JSON Schema `thi-dua-cchc/schema/scenarios.json`), parsed.
 * @param options - `plan` to run against (the bundled plan by default), `planVersion` (each case is otherwise judged under the version in force at the end of its year, or for a deadline on its date), and `lang` of the summaries and errors.
 * @returns Every scenario's result, in file and case order, with the counts passed and failed.
 * @throws {ValidationError} For files or options that do not fit their schemas, and for a case whose nomination, deadline input or allocation options are not valid (a misspelt fact, a rule set not in the plan, a preset the file lacks), each issue with its path in the files.
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
  const { parsed: o, lang, plan } = readCallOptions(z.optional(RunScenariosOptionsSchema), options, answeringPlan);
  const call: Call = { lang, plan, planVersion: o.planVersion };
  const parsed = readFiles(files, lang);
  const places = parsed.flatMap((f, file) => f.cases.map((_: unknown, index: number): Place => ({ file, index })));
  const evaluationPlaces = places.filter((at) => isEvaluationFile(parsed[at.file]!));
  const deadlinePlaces = places.filter((at) => isDeadlineFile(parsed[at.file]!));
  const quotaPlaces = places.filter((at) => isQuotaFile(parsed[at.file]!));
  const evaluations = evaluateAll(parsed, evaluationPlaces, call);
  const checks = checkAll(parsed, deadlinePlaces, call);
  const allocations = allocateAll(parsed, quotaPlaces, call);
  const byPlace = new Map<Place, Omit<ScenarioResult, 'summary'>>();
  evaluationPlaces.forEach((at, k) => {
    const file = parsed[at.file] as EvaluationFile;
    const c = file.cases[at.index]!;
    const evaluation = evaluations[k]!;
    const differences = evaluationDifferences(file, at, evaluation, plan);
    byPlace.set(at, {
      file: at.file,
      index: at.index,
      subject: 'evaluation',
      about: file.ruleSet,
      name: c.name,
      clauses: [...Object.keys(c.expect.criteria), ...Object.keys(c.exercises ?? {})],
      planVersion: evaluation.planVersion,
      passed: differences.length === 0,
      differences,
    });
  });
  deadlinePlaces.forEach((at, k) => {
    const file = parsed[at.file] as DeadlineFile;
    const c = file.cases[at.index]!;
    const check = checks[k]!;
    const differences = deadlineDifferences(file, at, check);
    byPlace.set(at, {
      file: at.file,
      index: at.index,
      subject: 'deadline',
      about: check.track,
      name: c.name,
      clauses: [...new Set([c.clause, ...Object.keys(c.exercises ?? {})])],
      planVersion: check.planVersion,
      passed: differences.length === 0,
      differences,
    });
  });
  quotaPlaces.forEach((at, k) => {
    const c = (parsed[at.file] as QuotaFile).cases[at.index]!;
    const run = allocations[k]!;
    const differences = quotaDifferences(c, run);
    byPlace.set(at, {
      file: at.file,
      index: at.index,
      subject: 'allocation',
      about: c.level,
      name: c.name,
      clauses: [...new Set([...Object.values(c.expect.clauses ?? {}), ...Object.keys(c.exercises ?? {})])],
      planVersion: run.allocation.planVersion,
      passed: differences.length === 0,
      differences,
    });
  });
  const results = places.map((at): ScenarioResult => {
    const r = byPlace.get(at)!;
    return { ...r, summary: scenarioSummary(r, lang) };
  });
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed, results };
}
