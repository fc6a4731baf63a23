import type { Condition } from '../schema/condition';
import type { FactName } from '../schema/facts';
import type { NomineeKind, RuleSetId } from '../schema/nomination';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import type { Plan } from './Plan';

function collect(c: Condition, out: FactName[]): void {
  if ('all' in c) c.all.forEach((x) => collect(x, out));
  else if ('any' in c) c.any.forEach((x) => collect(x, out));
  else if ('not' in c) collect(c.not, out);
  else if (!out.includes(c.fact as FactName)) out.push(c.fact as FactName);
}

function walk(node: CriterionNode, out: FactName[]): void {
  if ('conditions' in node) collect(node.conditions, out);
  else node.children.forEach((child) => walk(child, out));
}

/**
 * The facts a rule set reads for one kind of nominee, in the order its criteria read them,
 * then those its priority criteria read: what a host form needs to ask. `unitBlock` is
 * `nominee.unit.block`.
 *
 * @param plan - The plan (any version); see `RULE_SET_FACTS` for the bundled plan's lists as types.
 * @param ruleSet - The rule set's id.
 * @param kind - `'collective'` or `'individual'`.
 * @returns The fact names, each once; empty when the plan has no such rule set.
 * @throws Nothing: a plan from `definePlan` has only facts of the vocabulary.
 *
 * @example
 * factsRead(defaultPlan(), 'annual-city', 'collective');
 * //=> ['initiativeRecognized', 'initiativeReplicable', 'unitBlock', 'parIndexRank', 'reformRoles']
 */
export function factsRead(plan: Plan, ruleSet: RuleSetId, kind: NomineeKind): FactName[] {
  const rs: RuleSet | undefined = plan.ruleSets[ruleSet];
  if (!rs) return [];
  const out: FactName[] = [];
  walk(rs.criteria[kind], out);
  for (const p of rs.priority) collect(p.conditions, out);
  return out;
}
