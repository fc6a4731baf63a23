import { expect } from 'vitest';
import { ValidationError } from '../../src/index';

/** An issue as tests compare it: its code and path. */
export interface Found {
  code: string;
  path: (string | number)[];
}

/** The issues (code and path) of the ValidationError that `fn` throws; fails if it throws nothing else. */
export function issuesOf(fn: () => unknown): Found[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map(({ code, path }) => ({ code, path: [...path] }));
  }
  throw new Error('expected a ValidationError');
}
