import * as z from 'zod/mini';
import type { Condition } from '../schema/condition';
import type { FactName } from '../schema/facts';
import { NomineeKindSchema, type NomineeKind } from '../schema/nomination';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import { checkArguments } from '../validation/checkArguments';
import type { Plan, RuleSetIdOf } from './Plan';
import { planArgument } from './resolvePlan';

const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ ruleSet: z.string(), kind: NomineeKindSchema }))();

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
 * @throws {ValidationError} When `plan` is not from `definePlan` or `loadPlan` (`not_a_plan`
 *   at `plan`), `ruleSet` is not a string, or `kind` is neither kind (issues at `ruleSet`, `kind`).
 *
 * @example
 * factsRead(defaultPlan(), 'annual-city', 'collective');
 * //=> ['initiativeRecognized', 'initiativeReplicable', 'unitBlock', 'parIndexRank', 'reformRoles']
 */
export function factsRead<P extends Plan>(plan: P, ruleSet: RuleSetIdOf<P>, kind: NomineeKind): FactName[] {
  const given = planArgument(plan);
  checkArguments(ArgumentsSchema, { ruleSet, kind }, 'vi', given.issues);
  const ruleSets = given.plan!.ruleSets as Readonly<Record<string, RuleSet>>;
  // Own rule sets only: `'constructor'` or `'__proto__'` name no rule set.
  if (!Object.hasOwn(ruleSets, ruleSet)) return [];
  const rs = ruleSets[ruleSet]!;
  const out: FactName[] = [];
  walk(rs.criteria[kind], out);
  for (const p of rs.priority) collect(p.conditions, out);
  return out;
}
