import type { Atom, Condition } from '../schema/condition';
import type { FactName } from '../schema/facts';
import type { NomineeKind } from '../schema/nomination';
import type { CriterionNode, PriorityCriterion, RuleSet } from '../schema/ruleSet';

/** A condition tree whose atoms point into the rule set's flat list of atoms. */
export type CompiledCondition =
  | { readonly op: 'atom'; readonly index: number; readonly fact: FactName }
  | { readonly op: 'all' | 'any'; readonly children: readonly CompiledCondition[] }
  | { readonly op: 'not'; readonly child: CompiledCondition };

export type CompiledNode =
  | { readonly node: CriterionNode; readonly condition: CompiledCondition; readonly facts: readonly FactName[] }
  | { readonly node: CriterionNode; readonly logic: 'all' | 'any'; readonly children: readonly CompiledNode[] };

/** One rule set's criteria for one kind of nominee, flattened for evaluation. */
export interface CompiledCriteria {
  readonly ruleSet: RuleSet;
  readonly kind: NomineeKind;
  /** Every atomic comparison, in tree order; criteria first, then priority criteria. */
  readonly atoms: readonly Atom[];
  readonly root: CompiledNode;
  readonly priority: readonly { readonly def: PriorityCriterion; readonly condition: CompiledCondition }[];
}

/**
 * Flattens a rule set's criteria tree for one nominee kind: each atom gets an index, so one
 * engine run evaluates every atom once and no criterion is skipped by short-circuiting.
 * Facts and operators were checked when the plan was defined.
 */
export function compileCriteria(ruleSet: RuleSet, kind: NomineeKind): CompiledCriteria {
  const atoms: Atom[] = [];
  const condition = (c: Condition, facts: FactName[]): CompiledCondition => {
    if ('all' in c) return { op: 'all', children: c.all.map((x) => condition(x, facts)) };
    if ('any' in c) return { op: 'any', children: c.any.map((x) => condition(x, facts)) };
    if ('not' in c) return { op: 'not', child: condition(c.not, facts) };
    const fact = c.fact as FactName;
    if (!facts.includes(fact)) facts.push(fact);
    atoms.push(c);
    return { op: 'atom', index: atoms.length - 1, fact };
  };
  const node = (n: CriterionNode): CompiledNode => {
    if ('conditions' in n) {
      const facts: FactName[] = [];
      return { node: n, condition: condition(n.conditions, facts), facts };
    }
    return { node: n, logic: n.logic, children: n.children.map(node) };
  };
  const root = node(ruleSet.criteria[kind]);
  const priority = ruleSet.priority.map((def) => ({ def, condition: condition(def.conditions, []) }));
  return { ruleSet, kind, atoms, root, priority };
}
