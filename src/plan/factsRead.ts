import * as z from 'zod/mini';
import { ConditionSchema, type Condition } from '../schema/condition';
import type { FactName } from '../schema/facts';
import { NomineeKindSchema, type NomineeKind } from '../schema/nomination';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import { checkArguments } from '../validation/checkArguments';
import type { Plan, RuleSetIdOf } from './Plan';
import { planArgument } from './resolvePlan';

const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ ruleSet: z.string(), kind: NomineeKindSchema }))();
const ConditionsSchema = /* @__PURE__ */ (() => z.object({ conditions: z.array(ConditionSchema) }))();

function collect(c: Condition, out: FactName[]): void {
  if ('all' in c) c.all.forEach((x) => collect(x, out));
  else if ('any' in c) c.any.forEach((x) => collect(x, out));
  else if ('not' in c) collect(c.not, out);
  else if (!out.includes(c.fact as FactName)) out.push(c.fact as FactName);
}

function factsOf(conditions: readonly Condition[]): FactName[] {
  const out: FactName[] = [];
  for (const c of conditions) collect(c, out);
  return out;
}

function leafConditions(node: CriterionNode): Condition[] {
  return 'conditions' in node ? [node.conditions] : node.children.flatMap(leafConditions);
}

/**
 * The facts that conditions read (through `all`, `any` and `not`), each once, in the order
 * they first appear: what a criterion or a priority criterion needs from a nominee.
 *
 * @param conditions - Condition trees of a rule set (`node.conditions`, `priority[i].conditions`).
 * @returns The fact names, each once; empty when no condition is given.
 * @throws {ValidationError} When a condition is not one a rule set may hold (issues at
 *   `conditions.<i>`).
 *
 * @example
 * conditionFacts({ all: [{ fact: 'goodConduct', operator: 'equal', value: true }, { not: { fact: 'staffViolationCount', operator: 'greaterThan', value: 0 } }] });
 * //=> ['goodConduct', 'staffViolationCount']
 */
export function conditionFacts(...conditions: readonly Condition[]): FactName[] {
  checkArguments(ConditionsSchema, { conditions });
  return factsOf(conditions);
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
  return factsOf([...leafConditions(rs.criteria[kind]), ...rs.priority.map((p) => p.conditions)]);
}
