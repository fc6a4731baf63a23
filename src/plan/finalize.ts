import type { Amendment, PlanCore } from '../schema/plan';
import { PLAN_FORMAT, PLAN_KIND } from '../schema/planObject';
import type { RuleSet } from '../schema/ruleSet';
import type { Plan } from './Plan';
import { deepFreeze } from '../ground/deepFreeze';

// What makes a `Plan` out of checked fields, kept apart from the checks themselves (definePlan.ts):
// the bundled plan is made here without them, so that a host's bundle does not carry the plan's
// zod schemas and cross-checks only to check again files a test has already checked.
//
// A plan is recognised by what it is, not by which copy of the library made it: its `kind`, its
// `format` and a `seal` over every version's content. So a plan made by the CommonJS build is a
// plan to the ES build, and so is a `structuredClone` of it (how a plan reaches a Web Worker or a
// worker_threads Worker). A plan changed after it was made, or data merely shaped like one, does
// not match its seal. The seal is a checksum against accidents, not a signature: the
// plan's zod schemas and cross-checks stay out of the functions' bundles (see bundledPlan.ts), so
// a foreign plan is checked by its seal, once per object (a WeakMap), and then used as a plan of
// this library, rebuilt and frozen.

/** Plans this copy of the library made or rebuilt; a foreign plan maps to its rebuilt self. */
const known = new WeakMap<object, Plan>();

/** One version of a plan, before the list of every version is attached. */
export type PlanFields = Omit<Plan, 'versions' | 'kind' | 'format' | 'seal'>;

/** The content of a version, in a fixed order of its top-level fields: what the seal covers. */
function fieldsOf(v: PlanFields): PlanFields {
  return {
    id: v.id,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    ...(v.amendment !== undefined && { amendment: v.amendment }),
    meta: v.meta,
    clauses: v.clauses,
    ruleSets: v.ruleSets,
    ...(v.deadlines !== undefined && { deadlines: v.deadlines }),
    ...(v.quotas !== undefined && { quotas: v.quotas }),
    ...(v.parameters !== undefined && { parameters: v.parameters }),
    ...(v.calendar !== undefined && { calendar: v.calendar }),
  };
}

/** cyrb53: a 53-bit checksum of a string, in base 36. Enough to tell an accidental change. */
function checksum(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * JSON text of plan data with every object's keys in sorted order: the same for the same
 * content whichever order its keys were written in (the bundled files' order, or zod's).
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sealOf(texts: readonly string[]): string {
  return checksum(texts.join('\n'));
}

/**
 * A plan as JSON: its plan file, the format `loadPlan` reads (`PlanDefinition`): the first
 * version's parts, and each later version as the amendment that made it. So
 * `loadPlan(JSON.stringify(plan))` gives back the same plan, every version included, whichever
 * version `plan` is. The clause list's `source` (text for readers, not kept in a plan) is written
 * as the plan's ID and first version.
 */
function toJSON(this: Plan): PlanFile {
  return planFile(this.versions);
}

/** A plan file: what `definePlan` and `loadPlan` read. */
export type PlanFile = PlanCore & Pick<PlanFields, 'deadlines' | 'quotas' | 'parameters' | 'calendar'> & { amendments?: Amendment[] };

/** The plan file of a plan's versions (see `toJSON`). */
export function planFile(versions: readonly Plan[]): PlanFile {
  const [first, ...later] = versions as [Plan, ...Plan[]];
  return {
    meta: first.meta,
    clauses: { source: `${first.id} ${first.version}`, clauses: [...first.clauses] },
    ruleSets: Object.values(first.ruleSets),
    ...(first.deadlines !== undefined && { deadlines: first.deadlines }),
    ...(first.quotas !== undefined && { quotas: first.quotas }),
    ...(first.parameters !== undefined && { parameters: first.parameters }),
    ...(first.calendar !== undefined && { calendar: first.calendar }),
    ...(later.length > 0 && { amendments: later.map(amendmentOf) }),
  };
}

/** The amendment that made version `v` out of the one before: what its `replaced` list names. */
function amendmentOf(v: Plan): Amendment {
  const replaced = v.amendment?.replaced ?? [];
  const named = (prefix: string) => replaced.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length));
  const ruleSets = named('ruleSets/').map((id) => v.ruleSets[id]!);
  const tracks = named('deadlines/').map((id) => v.deadlines!.tracks.find((t) => t.id === id)!);
  return {
    kind: 'amendment',
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    title: v.amendment!.title,
    legalBases: [...v.amendment!.legalBases],
    replaces: {
      ...(ruleSets.length > 0 && { ruleSets }),
      ...(tracks.length > 0 && { deadlines: { tracks } }),
      ...(replaced.includes('quotas') && { quotas: v.quotas! }),
      ...(replaced.includes('parameters') && { parameters: v.parameters! }),
    },
  };
}

/** The plan's versions, each a whole `Plan` sharing one frozen list; returns the latest. */
export function finalize(fields: readonly PlanFields[], seal = sealOf(fields.map((f) => canonical(fieldsOf(f))))): Plan {
  const versions: Plan[] = [];
  for (const f of fields) {
    const v = { kind: PLAN_KIND, format: PLAN_FORMAT, seal, ...fieldsOf(f), versions };
    // Not enumerable: a structured clone leaves it out (it is a function), JSON.stringify finds it.
    Object.defineProperty(v, 'toJSON', { value: toJSON, enumerable: false });
    versions.push(v as Plan);
  }
  for (const v of versions) {
    deepFreeze(v);
    known.set(v, v);
  }
  Object.freeze(versions);
  return versions[versions.length - 1]!;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The plan `value` is, as this copy of the library uses it, or `undefined` when it is not a
 * plan: not an object of the plan's kind and format, or not matching its seal. A plan made by
 * another build, or a structured clone of one, is rebuilt once (frozen, like every plan) and
 * the same rebuilt plan returned for the same object afterwards.
 */
export function asPlan(value: unknown): Plan | undefined {
  if (!isObject(value)) return undefined;
  const mine = known.get(value);
  if (mine) return mine;
  let list: unknown[];
  let texts: string[];
  let own: string;
  try {
    if (value['kind'] !== PLAN_KIND || value['format'] !== PLAN_FORMAT || typeof value['seal'] !== 'string') return undefined;
    list = Array.isArray(value['versions']) ? value['versions'] : [value];
    if (list.length === 0 || !list.every(isObject)) return undefined;
    texts = list.map((v) => canonical(fieldsOf(v as unknown as PlanFields)));
    own = canonical(fieldsOf(value as unknown as PlanFields));
  } catch {
    // Not plain data (a cycle, a BigInt, a getter or proxy that throws): no plan.
    return undefined;
  }
  const seal = sealOf(texts);
  if (value['seal'] !== seal) return undefined;
  // The object itself is one of the versions, as it was sealed.
  const listed = list.indexOf(value);
  const at = listed >= 0 ? listed : texts.indexOf(own);
  if (at < 0) return undefined;
  const rebuilt = finalize(list as PlanFields[], seal).versions;
  list.forEach((v, i) => known.set(v as object, rebuilt[i]!));
  known.set(value, rebuilt[at]!);
  return rebuilt[at];
}

/** Whether `value` is a plan (see `asPlan`). */
export function isPlan(value: unknown): value is Plan {
  return asPlan(value) !== undefined;
}

/** The first version's fields of a definition whose parts are already known to be valid. */
export function baseFields(def: PlanCore & Pick<PlanFields, 'deadlines' | 'quotas' | 'parameters' | 'calendar'>): PlanFields {
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
    ...(def.calendar && { calendar: def.calendar }),
  };
}
