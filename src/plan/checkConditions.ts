import { FACT_TYPES, isFactName, REFORM_ROLES, UnitBlockSchema, type FactInfo } from '../schema/facts';
import { isOperator, OPERATOR_VALUE, type Condition, type Operator } from '../schema/condition';
import type { ExpectedValue, IssueParams } from '../validation/issue';

type ProblemCode = 'unknown_fact' | 'unknown_operator' | 'operator_not_for_fact' | 'invalid_operator_value';

/** A problem found in a rule's conditions, before it becomes an issue. */
export type ConditionProblem = {
  [C in ProblemCode]: { code: C; path: PropertyKey[]; params: IssueParams[C] };
}[ProblemCode];

// Which operators fit each kind of fact: a comparison that could never match is refused.
const OPERATORS_FOR: { readonly [T in FactInfo['type']]: readonly Operator[] } = {
  boolean: ['equal', 'notEqual'],
  integer: ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
  years: ['contains', 'doesNotContain', 'someFact:in', 'countDistinctInRange'],
  roles: ['contains', 'doesNotContain', 'someFact:in'],
  block: ['equal', 'notEqual', 'in', 'notIn'],
};

function scalarFits(type: FactInfo['type'], v: unknown): boolean {
  switch (type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
    case 'years':
      return typeof v === 'number' && Number.isInteger(v);
    case 'roles':
      return typeof v === 'string' && (REFORM_ROLES as readonly string[]).includes(v);
    case 'block':
      return UnitBlockSchema.safeParse(v).success;
  }
}

// What a value of each kind of fact is, as issue parameters name it.
const SCALAR: { readonly [T in FactInfo['type']]: 'boolean' | 'integer' | 'year' | 'role' | 'block' } = {
  boolean: 'boolean',
  integer: 'integer',
  years: 'year',
  roles: 'role',
  block: 'block',
};

function checkAtom(fact: string, operator: string, value: unknown, path: PropertyKey[], out: ConditionProblem[]): void {
  if (!isFactName(fact)) {
    out.push({ code: 'unknown_fact', path: [...path, 'fact'], params: { fact } });
    return;
  }
  if (!isOperator(operator)) {
    out.push({ code: 'unknown_operator', path: [...path, 'operator'], params: { operator } });
    return;
  }
  const type = FACT_TYPES[fact].type;
  if (!OPERATORS_FOR[type].includes(operator)) {
    out.push({ code: 'operator_not_for_fact', path: [...path, 'operator'], params: { operator, fact, operators: OPERATORS_FOR[type] } });
    return;
  }
  const kind = OPERATOR_VALUE[operator];
  const scalar = SCALAR[type];
  let ok: boolean;
  let expected: ExpectedValue = scalar;
  switch (kind) {
    case 'scalar':
      ok = scalarFits(type, value);
      break;
    case 'number':
      ok = typeof value === 'number' && Number.isFinite(value);
      expected = 'number';
      break;
    case 'list':
      ok = Array.isArray(value) && value.length > 0 && value.every((v) => scalarFits(type, v));
      expected = `list-of-${scalar}`;
      break;
    case 'range': {
      const r = value as { from?: unknown; to?: unknown; atLeast?: unknown };
      ok =
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof r.from === 'number' &&
        typeof r.to === 'number' &&
        typeof r.atLeast === 'number' &&
        r.from <= r.to;
      expected = 'range';
      break;
    }
  }
  if (!ok) {
    const params = expected === 'role' || expected === 'list-of-role' ? { operator, expected, roles: REFORM_ROLES } : { operator, expected };
    out.push({ code: 'invalid_operator_value', path: [...path, 'value'], params });
  }
}

/**
 * Checks a condition tree against the fact vocabulary and the operators the engines have:
 * unknown facts, unknown operators and values that do not fit are refused, never guessed.
 */
export function checkConditions(condition: Condition, path: PropertyKey[], out: ConditionProblem[] = []): ConditionProblem[] {
  if ('all' in condition) condition.all.forEach((c, i) => checkConditions(c, [...path, 'all', i], out));
  else if ('any' in condition) condition.any.forEach((c, i) => checkConditions(c, [...path, 'any', i], out));
  else if ('not' in condition) checkConditions(condition.not, [...path, 'not'], out);
  else checkAtom(condition.fact, condition.operator, condition.value, path, out);
  return out;
}
