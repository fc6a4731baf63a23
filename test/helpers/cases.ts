import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CriterionResult, Nomination, NomineeKind, RuleSetId } from '../../src/index';
import { nominationOf as scenarioNomination } from '../../src/scenario/runScenarios';

/** A legal scenario: a sentence name, the facts, and what the plan says the result is. */
export interface EvaluationCase {
  name: string;
  kind: NomineeKind;
  facts: Record<string, unknown>;
  unit?: { id: string; name?: string; block?: string };
  year?: number;
  expect: {
    outcome: 'eligible' | 'ineligible' | 'undetermined';
    criteria: Record<string, 'met' | 'not-met' | 'unknown'>;
    missingFacts?: string[];
  };
  /** Clauses outside the criteria tree that the case exercises (test/helpers/exercises.ts reads them). */
  exercises?: Record<string, 'met' | 'not-met'>;
}

/** A scenario file of rules/scenarios/: one per rule set. */
export interface EvaluationCaseFile {
  ruleSet: RuleSetId;
  clause: string;
  description: string;
  year?: number;
  unit: { id: string; name?: string; block?: string };
  bases: Record<NomineeKind, Record<string, unknown>>;
  cases: EvaluationCase[];
}

const dir = fileURLToPath(new URL('../../rules/scenarios/', import.meta.url));

/** The evaluation scenario files, read from rules/scenarios/ (shipped in the package). */
export function evaluationCaseFiles(): { file: string; data: EvaluationCaseFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(dir + file, 'utf8')) as EvaluationCaseFile & { ruleSet?: unknown } }))
    .filter((x): x is { file: string; data: EvaluationCaseFile } => typeof x.data.ruleSet === 'string');
}

/** The nomination a case describes: as runScenarios builds it (the file's base facts for the kind, the case's facts applied, null = unknown). */
export function nominationOf(file: EvaluationCaseFile, c: EvaluationCase, index: number): Nomination {
  if (file.cases[index] !== c) throw new Error('nominationOf: the case is not the file’s case at that index');
  return scenarioNomination(file as never, { file: 0, index }) as Nomination;
}

/** Finds a node of a result tree by its clause ID (the library's reading, src/scenario/exercise.ts). */
export { findNode } from '../../src/scenario/exercise';

/** Every node of a result tree, depth first. */
export function allNodes(node: CriterionResult): CriterionResult[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}
