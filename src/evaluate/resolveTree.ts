import type { CriterionResult, FactValue } from '../schema/evaluation';
import { FACT_TYPES, REFORM_ROLES, UNIT_BLOCKS, type FactInfo, type FactName } from '../schema/facts';
import type { AtomPredicate } from './compileSync';
import type { CompiledCondition, CompiledNode } from './compile';
import { allOf, anyOf, notOf, type Tri } from './kleene';

/** The facts known for one nomination: a fact not in here is unknown. */
export type KnownFacts = Readonly<Partial<Record<FactName, FactValue>>>;

function isKnown(facts: KnownFacts, fact: FactName): boolean {
  return Object.hasOwn(facts, fact);
}

/**
 * What a condition is resolved against: the atoms' results on the known facts, the facts, and
 * the atoms' predicates, which give an atom's result for a value a fact might have (used only
 * for an unknown fact of finite domain, see `settleCondition`).
 */
export interface Resolution {
  readonly atoms: readonly boolean[];
  readonly facts: KnownFacts;
  readonly predicates: readonly AtomPredicate[];
}

type Assumed = ReadonlyMap<FactName, FactValue>;

function subsets<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << xs.length; mask++) out.push(xs.filter((_, i) => mask & (1 << i)));
  return out;
}

const ROLE_SETS: readonly FactValue[] = subsets(REFORM_ROLES) as FactValue[];
const DOMAINS: Partial<Record<FactInfo['type'], readonly FactValue[]>> = {
  boolean: [false, true],
  block: UNIT_BLOCKS as unknown as FactValue[],
  // The operators on roles read the list as a set, so each set of roles stands for every list of it.
  roles: ROLE_SETS,
};

/** Every value an unknown fact may take, when there are finitely many (booleans, block, roles); else undefined. */
export function finiteDomain(fact: FactName): readonly FactValue[] | undefined {
  return DOMAINS[FACT_TYPES[fact].type];
}

/**
 * The most assignments of unknown finite facts tried for one condition: a criterion of the
 * plan reads a few facts (at most 64 role sets times a few booleans), so this bound is only
 * reached by an amended rule that reads many unknown facts at once; that condition then stays
 * unknown, as Kleene logic gives it.
 */
const MAX_ASSIGNMENTS = 4096;

function plain(c: CompiledCondition, r: Resolution, assumed: Assumed | undefined): Tri {
  switch (c.op) {
    case 'atom':
      if (assumed?.has(c.fact)) return r.predicates[c.index]!(assumed.get(c.fact)!) ? 'met' : 'not-met';
      return isKnown(r.facts, c.fact) ? (r.atoms[c.index] ? 'met' : 'not-met') : 'unknown';
    case 'all':
      return allOf(c.children.map((x) => plain(x, r, assumed)));
    case 'any':
      return anyOf(c.children.map((x) => plain(x, r, assumed)));
    case 'not':
      return notOf(plain(c.child, r, assumed));
  }
}

function unknownFinite(c: CompiledCondition, facts: KnownFacts, out: FactName[]): FactName[] {
  if (c.op === 'atom') {
    if (!isKnown(facts, c.fact) && finiteDomain(c.fact) && !out.includes(c.fact)) out.push(c.fact);
  } else if (c.op === 'not') unknownFinite(c.child, facts, out);
  else for (const x of c.children) unknownFinite(x, facts, out);
  return out;
}

/** A condition's result, with the finite unknown facts it reads that could change it (see `settleCondition`). */
interface Settled {
  readonly result: Tri;
  /** The unknown finite facts that cannot change the result: left out of the missing facts. */
  readonly idle: readonly FactName[];
}

/**
 * The three-valued result of a condition. Kleene logic first; when that leaves it unknown and
 * it reads unknown facts of finite domain (booleans, the unit's block, the roles), every
 * assignment of those facts is tried: a result that is the same for all of them is the
 * condition's result, since no value of those facts could change it. When every assignment
 * gives met or not-met, a finite fact whose value never changes the result (whatever the
 * others' values) is idle: not a missing fact.
 */
function settle(c: CompiledCondition, r: Resolution): Settled {
  const kleene = plain(c, r, undefined);
  if (kleene !== 'unknown') return { result: kleene, idle: [] };
  const unknown = unknownFinite(c, r.facts, []);
  if (unknown.length === 0) return { result: kleene, idle: [] };
  const domains = unknown.map((f) => finiteDomain(f)!);
  let total = 1;
  for (const d of domains) total *= d.length;
  if (total > MAX_ASSIGNMENTS) return { result: kleene, idle: [] };
  // results[k]: the result for the assignment numbered k in mixed radix over the domains.
  const results = new Array<Tri>(total);
  const assumed = new Map<FactName, FactValue>();
  for (let k = 0; k < total; k++) {
    let rest = k;
    for (let i = 0; i < unknown.length; i++) {
      const d = domains[i]!;
      assumed.set(unknown[i]!, d[rest % d.length]!);
      rest = Math.floor(rest / d.length);
    }
    results[k] = plain(c, r, assumed);
  }
  const first = results[0]!;
  if (results.every((x) => x === first)) return { result: first, idle: [] };
  // With another fact unknown too, a finite fact may matter once that one is known: none is idle.
  if (results.includes('unknown')) return { result: 'unknown', idle: [] };
  const idle: FactName[] = [];
  let stride = 1;
  for (let i = 0; i < unknown.length; i++) {
    const size = domains[i]!.length;
    let matters = false;
    for (let k = 0; k < total && !matters; k++) {
      const digit = Math.floor(k / stride) % size;
      if (digit !== 0 && results[k] !== results[k - digit * stride]) matters = true;
    }
    if (!matters) idle.push(unknown[i]!);
    stride *= size;
  }
  return { result: 'unknown', idle };
}

/** The three-valued result of a condition: an unknown fact leaves it unknown unless no value of it could change it. */
export function resolveCondition(c: CompiledCondition, r: Resolution): Tri {
  return settle(c, r).result;
}

/** The unknown facts whose values would decide an unknown condition. */
function missingIn(c: CompiledCondition, r: Resolution, out: FactName[]): void {
  if (plain(c, r, undefined) !== 'unknown') return;
  switch (c.op) {
    case 'atom':
      if (!out.includes(c.fact)) out.push(c.fact);
      return;
    case 'all':
    case 'any':
      for (const x of c.children) missingIn(x, r, out);
      return;
    case 'not':
      missingIn(c.child, r, out);
  }
}

/** Builds the result tree: every node of the rule set gets a result, none is skipped. */
export function resolveTree(n: CompiledNode, r: Resolution): CriterionResult {
  // text and label are the plan's own (frozen) objects, shared by every result.
  const base = { id: n.node.id, text: n.node.text, label: n.node.label };
  if ('condition' in n) {
    const { result, idle } = settle(n.condition, r);
    const read: Record<string, FactValue> = {};
    for (const f of n.facts) read[f] = isKnown(r.facts, f) ? (r.facts[f] as FactValue) : null;
    const out: CriterionResult = { ...base, result, facts: read };
    if (result === 'unknown') {
      const missing: FactName[] = [];
      missingIn(n.condition, r, missing);
      out.missingFacts = missing.filter((f) => !idle.includes(f));
    }
    return out;
  }
  const children = n.children.map((c) => resolveTree(c, r));
  const results = children.map((c) => c.result);
  const result = n.logic === 'all' ? allOf(results) : anyOf(results);
  return { id: base.id, logic: n.logic, result, text: base.text, label: base.label, children };
}

/**
 * The leaves that decided a node's result: for a met `all`, every child; for a met `any`, its
 * met children; for a not-met `all`, its not-met children; for a not-met `any`, every child;
 * for an unknown node, its unknown children.
 */
export function decidingLeaves(node: CriterionResult, out: CriterionResult[] = []): CriterionResult[] {
  if (!node.children) {
    out.push(node);
    return out;
  }
  // The children whose result is the node's own: a met `all` (every child met) and a
  // not-met `any` (every child not met) thus give every child.
  for (const child of node.children) {
    if (child.result === node.result) decidingLeaves(child, out);
  }
  return out;
}
