import type { Atom } from '../schema/condition';
import type { FactValue } from '../schema/evaluation';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { countDistinctInRange } from './operators';

/** An atom compiled to a plain function of the fact's (known) value. */
export type AtomPredicate = (value: FactValue) => boolean;

// json-rules-engine's number validator, kept identical so both paths agree on odd values.
function isNumberLike(v: unknown): boolean {
  return Number.parseFloat(v as string).toString() !== 'NaN';
}

/**
 * Compiles one atom into a function with exactly json-rules-engine's semantics for that
 * operator (including its fact-value validators), so the sync path gives the same answers.
 * Closures only: rule files are data and are never evaluated as code.
 *
 * @throws {ValidationError} For an operator the compiler does not know (`unknown_operator`):
 *   it refuses rather than guesses.
 */
export function compileAtom(atom: Atom, path: readonly PropertyKey[] = []): AtomPredicate {
  const v = atom.value as unknown;
  switch (atom.operator) {
    case 'equal':
      return (f) => f === v;
    case 'notEqual':
      return (f) => f !== v;
    case 'in': {
      const list = v as readonly unknown[];
      return (f) => list.indexOf(f) > -1;
    }
    case 'notIn': {
      const list = v as readonly unknown[];
      return (f) => list.indexOf(f) === -1;
    }
    case 'contains':
      return (f) => Array.isArray(f) && (f as unknown[]).indexOf(v) > -1;
    case 'doesNotContain':
      return (f) => Array.isArray(f) && (f as unknown[]).indexOf(v) === -1;
    case 'lessThan': {
      const n = v as number;
      return (f) => isNumberLike(f) && (f as number) < n;
    }
    case 'lessThanInclusive': {
      const n = v as number;
      return (f) => isNumberLike(f) && (f as number) <= n;
    }
    case 'greaterThan': {
      const n = v as number;
      return (f) => isNumberLike(f) && (f as number) > n;
    }
    case 'greaterThanInclusive': {
      const n = v as number;
      return (f) => isNumberLike(f) && (f as number) >= n;
    }
    case 'someFact:in': {
      const list = v as readonly unknown[];
      return (f) => Array.isArray(f) && (f as unknown[]).some((x) => list.indexOf(x) > -1);
    }
    case 'countDistinctInRange':
      return (f) => countDistinctInRange(f, v);
    default:
      throw new ValidationError([makeIssue('unknown_operator', [...path, 'operator'], { operator: atom.operator }, 'vi')], 'vi');
  }
}
