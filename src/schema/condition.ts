import * as z from 'zod/mini';

/**
 * Operators a rule may use. The first are json-rules-engine's own; `someFact:in` uses its
 * `someFact` decorator; `countDistinctInRange` is the library's, registered on each engine.
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'someFact:in',
  'countDistinctInRange',
] as const;

export const OperatorSchema = /* @__PURE__ */ (() => z.enum(OPERATORS))();
export type Operator = z.infer<typeof OperatorSchema>;

const Scalar = /* @__PURE__ */ (() => z.union([z.string(), z.number(), z.boolean()]))();

/** The value of `countDistinctInRange`: at least `atLeast` distinct values within [from, to]. */
export const RangeCountSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    from: z.int(),
    to: z.int(),
    atLeast: z.int().check(z.minimum(0)),
  }))();

/** One comparison of one fact: the leaves of a condition tree. */
export const AtomSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    fact: z.string().check(z.minLength(1)),
    operator: z.string().check(z.minLength(1)),
    value: z.union([Scalar, z.array(Scalar), RangeCountSchema]),
  }))();
export type Atom = z.infer<typeof AtomSchema>;

/** A json-rules-engine condition tree: `all`, `any`, `not`, and atoms. No `path`, no fact references. */
export type Condition = Atom | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodMiniType<Condition> = /* @__PURE__ */ (() =>
  z.lazy(() =>
    z.union([
      AtomSchema,
      z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
      z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
      z.strictObject({ not: ConditionSchema }),
    ]),
  ))();

/** What kind of comparison value each operator takes. */
export const OPERATOR_VALUE: { readonly [O in Operator]: 'scalar' | 'list' | 'number' | 'range' } = {
  equal: 'scalar',
  notEqual: 'scalar',
  in: 'list',
  notIn: 'list',
  contains: 'scalar',
  doesNotContain: 'scalar',
  lessThan: 'number',
  lessThanInclusive: 'number',
  greaterThan: 'number',
  greaterThanInclusive: 'number',
  'someFact:in': 'list',
  countDistinctInRange: 'range',
};

/** Whether `name` is an operator the library's engines have. */
export function isOperator(name: string): name is Operator {
  return Object.hasOwn(OPERATOR_VALUE, name);
}
