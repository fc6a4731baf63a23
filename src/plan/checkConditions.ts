import { FACT_TYPES, isFactName, REFORM_ROLES, UnitBlockSchema, type FactInfo } from '../schema/facts';
import { isOperator, OPERATOR_VALUE, type Condition, type Operator } from '../schema/condition';

/** A problem found in a rule's conditions, before it becomes an issue. */
export interface ConditionProblem {
  code: 'unknown_fact' | 'unknown_operator' | 'invalid_operator_value';
  path: PropertyKey[];
  params: Record<string, unknown>;
}

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

const EXPECTED: Record<FactInfo['type'], { vi: string; en: string }> = /* @__PURE__ */ (() => ({
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  years: { vi: 'năm (số nguyên)', en: 'a year (integer)' },
  roles: { vi: `một vai trò (${REFORM_ROLES.join(', ')})`, en: `a role (${REFORM_ROLES.join(', ')})` },
  block: { vi: 'một khối (department, ward, commune, special-zone)', en: 'a block (department, ward, commune, special-zone)' },
}))();

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
    out.push({
      code: 'invalid_operator_value',
      path: [...path, 'operator'],
      params: { operator, expected: `one of ${OPERATORS_FOR[type].join(', ')} for fact ${fact}`, expectedVi: `một trong ${OPERATORS_FOR[type].join(', ')} cho dữ kiện ${fact}` },
    });
    return;
  }
  const kind = OPERATOR_VALUE[operator];
  const exp = EXPECTED[type];
  let ok: boolean;
  let expected = exp;
  switch (kind) {
    case 'scalar':
      ok = scalarFits(type, value);
      break;
    case 'number':
      ok = typeof value === 'number' && Number.isFinite(value);
      expected = { vi: 'một số', en: 'a number' };
      break;
    case 'list':
      ok = Array.isArray(value) && value.length > 0 && value.every((v) => scalarFits(type, v));
      expected = { vi: `danh sách, mỗi phần tử là ${exp.vi}`, en: `a non-empty list of ${exp.en}` };
      break;
    case 'range': {
      const r = value as { from?: unknown; to?: unknown; atLeast?: unknown };
      ok =
        typeof value === 'object' && value !== null && !Array.isArray(value) &&
        typeof r.from === 'number' && typeof r.to === 'number' && typeof r.atLeast === 'number' && r.from <= r.to;
      expected = { vi: '{ from, to, atLeast } với from ≤ to', en: '{ from, to, atLeast } with from ≤ to' };
      break;
    }
  }
  if (!ok) {
    out.push({ code: 'invalid_operator_value', path: [...path, 'value'], params: { operator, expected: expected.en, expectedVi: expected.vi } });
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
