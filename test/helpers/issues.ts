import { expect } from 'vitest';
import { ValidationError } from '../../src/index';

/** An issue as tests compare it: its code and path. */
export interface Found {
  code: string;
  path: (string | number)[];
}

const found = (e: ValidationError): Found[] => e.issues.map(({ code, path }) => ({ code, path: [...path] }));

/** The ValidationError that `fn` throws; fails if it returns or throws anything else. */
export function refusalOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

/** The ValidationError that the promise `fn` returns rejects with; fails on anything else. */
export async function asyncRefusalOf(fn: () => Promise<unknown>): Promise<ValidationError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

/** The issues (code and path) of the ValidationError that `fn` throws; fails if it throws nothing else. */
export function issuesOf(fn: () => unknown): Found[] {
  return found(refusalOf(fn));
}

/** The issues (code and path) of the ValidationError that `fn`'s promise rejects with. */
export async function asyncIssuesOf(fn: () => Promise<unknown>): Promise<Found[]> {
  return found(await asyncRefusalOf(fn));
}
