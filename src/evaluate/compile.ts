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

/** A trie over list elements (memo codes of lists): a node may carry the code of the list ending there. */
export interface ListNode {
  code?: number;
  readonly next: Map<unknown, ListNode>;
}

/** One rule set's criteria for one kind of nominee, flattened for evaluation. */
export interface CompiledCriteria {
  readonly ruleSet: RuleSet;
  readonly kind: NomineeKind;
  /** Every atomic comparison, in tree order; criteria first, then priority criteria. */
  readonly atoms: readonly Atom[];
  readonly root: CompiledNode;
  readonly priority: readonly { readonly def: PriorityCriterion; readonly condition: CompiledCondition }[];
  /** Every fact the criteria and priority criteria read, once each, in tree order. */
  readonly facts: readonly FactName[];
  /** Memo of evaluation cores: a trie per language over the facts' value codes (see core.ts). */
  readonly memo: {
    readonly vi: Map<number, unknown>;
    readonly en: Map<number, unknown>;
    readonly interned: { readonly lists: ListNode; readonly scalars: Map<unknown, ListNode>; size: number };
    size: number;
  };
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
  const facts: FactName[] = [];
  for (const atom of atoms) if (!facts.includes(atom.fact as FactName)) facts.push(atom.fact as FactName);
  return {
    ruleSet,
    kind,
    atoms,
    root,
    priority,
    facts,
    memo: { vi: new Map(), en: new Map(), interned: { lists: { next: new Map() }, scalars: new Map(), size: 0 }, size: 0 },
  };
}
