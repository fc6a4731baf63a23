import type { PlanCore } from '../schema/plan';
import type { RuleSet } from '../schema/ruleSet';
import type { Plan } from './Plan';
import { deepFreeze } from '../ground/deepFreeze';

// What makes a `Plan` out of checked fields, kept apart from the checks themselves (definePlan.ts):
// the bundled plan is made here without them, so that a host's bundle does not carry the plan's
// zod schemas and cross-checks only to check again files a test has already checked.

const validated = new WeakSet<object>();

/** Whether `value` is a plan returned by `definePlan` (or the bundled plan). */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** One version of a plan, before the list of every version is attached. */
export type PlanFields = Omit<Plan, 'versions'>;

/** The plan's versions, each a whole `Plan` sharing one frozen list; returns the latest. */
export function finalize(fields: readonly PlanFields[]): Plan {
  const versions: Plan[] = [];
  for (const f of fields) {
    // Not enumerable: each version lists every version, itself among them, and a plan must
    // still turn into JSON (and be spread or compared) as the one version it is.
    versions.push(Object.defineProperty({ ...f }, 'versions', { value: versions, enumerable: false }) as unknown as Plan);
  }
  for (const v of versions) {
    deepFreeze(v);
    validated.add(v);
  }
  Object.freeze(versions);
  return versions[versions.length - 1]!;
}

/** The first version's fields of a definition whose parts are already known to be valid. */
export function baseFields(def: PlanCore & Pick<PlanFields, 'deadlines' | 'quotas' | 'parameters'>): PlanFields {
  const ruleSets: Record<string, RuleSet> = {};
  for (const rs of def.ruleSets) ruleSets[rs.id] = rs;
  return {
    id: def.meta.id,
    version: def.meta.version,
    effectiveFrom: def.meta.effectiveFrom,
    meta: def.meta,
    clauses: def.clauses.clauses,
    ruleSets,
    ...(def.deadlines && { deadlines: def.deadlines }),
    ...(def.quotas && { quotas: def.quotas }),
    ...(def.parameters && { parameters: def.parameters }),
  };
}
