import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  definePlan,
  evaluateNominations,
  type Allocation,
  type Evaluation,
  type Facts,
  type Nomination,
  type NomineeKind,
  type Plan,
  type RuleSetId,
  type UnitBlock,
} from '../../src/index';
import { bundledDefinition } from '../helpers/plans';

/** A nomination of a scenario, in short: facts come from a preset, then the nomination's own. */
export interface ShortNomination {
  id: string;
  name?: string;
  kind: NomineeKind;
  unit: string;
  block?: UnitBlock;
  preset: string;
  facts?: Record<string, unknown>;
  achievements?: string[];
  outsideQuota?: boolean;
}

/** One scenario of rules/scenarios/quotas.json. */
export interface QuotaCase {
  name: string;
  level: RuleSetId;
  options?: Record<string, unknown>;
  nominations: ShortNomination[];
  expect: {
    selected?: string[];
    notSelected?: [string, string][];
    outsideQuota?: string[];
    ties?: Record<string, unknown>[];
    duplicates?: Record<string, unknown>[];
    clauses?: Record<string, string>;
    money?: Record<string, number>;
    remainingVnd?: number;
    totals: Allocation['totals'];
  };
  /** The clauses the case exercises, per nomination: see the file's description. */
  exercises?: Record<string, { met?: string[]; 'not-met'?: string[] }>;
}

export interface QuotaCaseFile {
  kind: 'quota-scenarios';
  description: string;
  year: number;
  presets: Record<string, Facts>;
  cases: QuotaCase[];
}

/** The scenarios of rules/scenarios/quotas.json. */
export function quotaCases(): QuotaCaseFile {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/scenarios/quotas.json', import.meta.url)), 'utf8')) as QuotaCaseFile;
}

/** The full nomination for a scenario's short one. */
export function expand(file: QuotaCaseFile, level: RuleSetId, n: ShortNomination): Nomination {
  const preset = file.presets[n.preset];
  if (!preset) throw new Error(`unknown preset ${n.preset}`);
  return {
    id: n.id,
    ruleSet: level,
    year: file.year,
    nominee: { kind: n.kind, name: n.name ?? `Hồ sơ ${n.id}`, unit: { id: n.unit, ...(n.block && { block: n.block }) } },
    facts: { ...preset, ...n.facts } as Facts,
    achievements: (n.achievements ?? [`tk-${n.id}`]).map((id) => ({ id })),
    ...(n.outsideQuota !== undefined && { outsideQuota: n.outsideQuota }),
  };
}

/** The evaluations of a scenario's nominations. */
export async function evaluateCase(file: QuotaCaseFile, c: QuotaCase): Promise<Evaluation[]> {
  return evaluateNominations(c.nominations.map((n) => expand(file, c.level, n)));
}

/** The bundled plan as data, with its quotas and parameters (no deadlines), for tests that change one part. */
export function fullPlanDefinition(): Record<string, unknown> {
  const { deadlines: _deadlines, ...definition } = bundledDefinition();
  return definition;
}

/** The bundled quotas as plain, mutable data, in the parts tests change. */
export interface QuotasDraft {
  levels: Record<string, { quantity: { limits: Record<string, number> } & Record<string, unknown> }>;
  presentationOrder: { keys: string[]; nomineeKinds: string[] };
}

/** The bundled plan (no deadlines) with its quotas changed by `change`, checked by definePlan: another commune's plan as data. */
export function planWithQuotas(change: (quotas: QuotasDraft) => void): Plan {
  const def = fullPlanDefinition() as { quotas: QuotasDraft };
  const quotas = structuredClone(def.quotas);
  change(quotas);
  return definePlan({ ...def, quotas });
}

/** Every nomination ID of an allocation, place by place. */
export function placesOf(a: Allocation): { selected: string[]; notSelected: [string, string][]; outsideQuota: string[] } {
  return {
    selected: a.selected.map((e) => e.nominationId),
    notSelected: a.notSelected.map((e) => [e.nominationId, e.reason]),
    outsideQuota: a.outsideQuota.map((e) => e.nominationId),
  };
}

/** Shuffles a copy of a list with a seeded generator (Fisher–Yates). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = list.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
