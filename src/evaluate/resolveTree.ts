import type { CriterionResult, FactValue } from '../schema/evaluation';
import type { FactName } from '../schema/facts';
import type { CompiledCondition, CompiledNode } from './compile';
import { allOf, anyOf, notOf, type Tri } from './kleene';

/** The facts known for one nomination: a fact not in here is unknown. */
export type KnownFacts = Readonly<Partial<Record<FactName, FactValue>>>;

function isKnown(facts: KnownFacts, fact: FactName): boolean {
  return Object.hasOwn(facts, fact);
}

/** The three-valued result of a condition: an atom on an unknown fact is unknown, whatever the engine said. */
export function resolveCondition(c: CompiledCondition, atoms: readonly boolean[], facts: KnownFacts): Tri {
  switch (c.op) {
    case 'atom':
      return isKnown(facts, c.fact) ? (atoms[c.index] ? 'met' : 'not-met') : 'unknown';
    case 'all':
      return allOf(c.children.map((x) => resolveCondition(x, atoms, facts)));
    case 'any':
      return anyOf(c.children.map((x) => resolveCondition(x, atoms, facts)));
    case 'not':
      return notOf(resolveCondition(c.child, atoms, facts));
  }
}

/** The unknown facts whose values would decide an unknown condition. */
function missingIn(c: CompiledCondition, atoms: readonly boolean[], facts: KnownFacts, out: FactName[]): void {
  if (resolveCondition(c, atoms, facts) !== 'unknown') return;
  switch (c.op) {
    case 'atom':
      if (!out.includes(c.fact)) out.push(c.fact);
      return;
    case 'all':
    case 'any':
      for (const x of c.children) missingIn(x, atoms, facts, out);
      return;
    case 'not':
      missingIn(c.child, atoms, facts, out);
  }
}

/** Builds the result tree: every node of the rule set gets a result, none is skipped. */
export function resolveTree(n: CompiledNode, atoms: readonly boolean[], facts: KnownFacts): CriterionResult {
  // text and label are the plan's own (frozen) objects, shared by every result.
  const base = { id: n.node.id, text: n.node.text, label: n.node.label };
  if ('condition' in n) {
    const result = resolveCondition(n.condition, atoms, facts);
    const read: Record<string, FactValue> = {};
    for (const f of n.facts) read[f] = isKnown(facts, f) ? (facts[f] as FactValue) : null;
    const out: CriterionResult = { ...base, result, facts: read };
    if (result === 'unknown') {
      const missing: FactName[] = [];
      missingIn(n.condition, atoms, facts, missing);
      out.missingFacts = missing;
    }
    return out;
  }
  const children = n.children.map((c) => resolveTree(c, atoms, facts));
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
