import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { evaluateNominationsSync } from '../evaluate/evaluateNominationsSync';
import type { Plan } from '../plan/Plan';
import { allocateQuota } from '../quota/allocateQuota';
import type { Allocation } from '../schema/allocation';
import type { Evaluation } from '../schema/evaluation';
import type { Nomination } from '../schema/nomination';
import type { QuotaScenarioFileSchema } from '../schema/scenario';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { quotaExercise } from './exercise';
import { partialDifferences } from './match';
import type { ScenarioDifference } from './report';

export type QuotaFile = z.output<typeof QuotaScenarioFileSchema>;
type QuotaCase = QuotaFile['cases'][number];
type ShortNomination = QuotaCase['nominations'][number];

/** What a quota case gives: its evaluations and their allocation. */
export interface QuotaRun {
  readonly evaluations: readonly Evaluation[];
  readonly allocation: Allocation;
}

/** The full nomination of a short one: the preset's facts, then its own. */
function expand(file: QuotaFile, c: QuotaCase, n: ShortNomination): Nomination<string> {
  return {
    id: n.id,
    ruleSet: c.level,
    year: file.year,
    nominee: {
      kind: n.kind,
      name: n.name ?? `Hồ sơ ${n.id}`,
      unit: { id: n.unit, ...(n.block !== undefined && { block: n.block }) } as Nomination['nominee']['unit'],
    },
    facts: { ...file.presets[n.preset], ...n.facts } as Nomination['facts'],
    achievements: (n.achievements ?? [`tk-${n.id}`]).map((id) => ({ id })),
    ...(n.outsideQuota !== undefined && { outsideQuota: n.outsideQuota }),
  };
}

/** Where in the files a nomination's issue path points: `at` is the case's place, `[file, 'cases', index]`. */
function pathInFile(at: readonly (string | number)[], j: number, n: ShortNomination, path: readonly (string | number)[]): (string | number)[] {
  const [head, second, third] = path;
  const own = [...at, 'nominations', j];
  if (head === 'facts' && typeof second === 'string') {
    return n.facts && Object.hasOwn(n.facts, second) ? [...own, 'facts', ...path.slice(1)] : [at[0]!, 'presets', n.preset, ...path.slice(1)];
  }
  if (head === 'nominee' && second === 'unit') return [...own, third === 'block' ? 'block' : 'unit'];
  if (head === 'nominee' && second === 'name') return [...own, 'name'];
  if (head === 'achievements') return n.achievements ? [...own, 'achievements', ...path.slice(1, 2)] : [...own, 'id'];
  if (head === 'ruleSet') return [...at, 'level'];
  if (head === 'year') return [at[0]!, 'year'];
  return [...own, ...path];
}

/**
 * Evaluates and allocates one quota case, or returns its issues at their places in the files
 * (`at` is the case's place: `[file, 'cases', index]`).
 */
export function runQuotaCase(
  file: QuotaFile,
  c: QuotaCase,
  at: readonly (string | number)[],
  plan: Plan,
  lang: Lang,
  planVersion: string | undefined,
): QuotaRun | Issue[] {
  const missing = c.nominations.flatMap((n, j) =>
    Object.hasOwn(file.presets, n.preset) ? [] : [makeIssue('unknown_preset', [...at, 'nominations', j, 'preset'], { preset: n.preset }, lang)],
  );
  if (missing.length > 0) return missing;
  const version = planVersion !== undefined ? { planVersion } : {};
  let evaluations: Evaluation[];
  try {
    evaluations = evaluateNominationsSync(
      c.nominations.map((n) => expand(file, c, n)),
      { plan, lang, ...version },
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i): Issue => {
      const [j, ...rest] = i.path;
      const n = typeof j === 'number' ? c.nominations[j] : undefined;
      return n ? { ...i, path: pathInFile(at, j as number, n, rest) } : i;
    });
  }
  try {
    return { evaluations, allocation: allocateQuota(evaluations, { ...c.options, level: c.level, plan, lang, ...version } as never) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i): Issue => {
      if (i.path[0] !== 'options') return i;
      return { ...i, path: i.path[1] === 'level' ? [...at, 'level'] : [...at, 'options', ...i.path.slice(1)] };
    });
  }
}

/** How an allocation differs from what its case expects: empty when it passes. */
export function quotaDifferences(c: QuotaCase, run: QuotaRun): ScenarioDifference[] {
  const { allocation: a, evaluations } = run;
  const e = c.expect;
  const out: ScenarioDifference[] = [];
  const field = (name: string, expected: unknown, actual: unknown) => {
    const x = JSON.stringify(expected);
    const y = JSON.stringify(actual);
    if (x !== y) out.push({ what: 'field', field: name, expected: x, actual: y });
  };
  field(
    'selected',
    e.selected ?? [],
    a.selected.map((s) => s.nominationId),
  );
  field(
    'notSelected',
    e.notSelected ?? [],
    a.notSelected.map((s) => [s.nominationId, s.reason]),
  );
  field(
    'outsideQuota',
    e.outsideQuota ?? [],
    a.outsideQuota.map((s) => s.nominationId),
  );
  for (const [name, expected, actual] of partialDifferences(a.ties, e.ties ?? [], 'ties')) out.push({ what: 'field', field: name, expected, actual });
  for (const [name, expected, actual] of partialDifferences(a.duplicates, e.duplicates ?? [], 'duplicates'))
    out.push({ what: 'field', field: name, expected, actual });
  if (e.totals)
    for (const [name, expected, actual] of partialDifferences(a.totals, e.totals, 'totals')) out.push({ what: 'field', field: name, expected, actual });
  const entries = [...a.selected, ...a.notSelected, ...a.outsideQuota];
  for (const [id, clause] of Object.entries(e.clauses ?? {})) field(`${id}.clause`, clause, entries.find((x) => x.nominationId === id)?.clause ?? null);
  for (const [id, money] of Object.entries(e.money ?? {})) field(`${id}.moneyVnd`, money, entries.find((x) => x.nominationId === id)?.moneyVnd ?? null);
  if (e.remainingVnd !== undefined) field('money.remainingVnd', e.remainingVnd, a.money?.remainingVnd ?? null);
  for (const [clause, byResult] of Object.entries(c.exercises ?? {})) {
    for (const result of ['met', 'not-met'] as const) {
      for (const id of byResult[result] ?? []) {
        const actual = quotaExercise(a, evaluations, clause, id);
        if (actual !== result) out.push({ what: 'exercise', clause: `${clause} (${id})`, expected: result, actual });
      }
    }
  }
  return out;
}
