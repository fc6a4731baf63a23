import { describe, expect, it } from 'vitest';
import { allOf, anyOf, notOf, type Tri } from '../../src/evaluate/kleene';

const M: Tri = 'met';
const N: Tri = 'not-met';
const U: Tri = 'unknown';

describe('Kleene three-valued logic', () => {
  it.each([
    [[M, M], M],
    [[M, U], U],
    [[U, U], U],
    [[M, N], N],
    [[U, N], N],
    [[N, N], N],
    [[], M],
  ] as [Tri[], Tri][])('all of %j is %s', (xs, want) => expect(allOf(xs)).toBe(want));

  it.each([
    [[N, N], N],
    [[N, U], U],
    [[U, U], U],
    [[N, M], M],
    [[U, M], M],
    [[M, M], M],
    [[], N],
  ] as [Tri[], Tri][])('any of %j is %s', (xs, want) => expect(anyOf(xs)).toBe(want));

  it.each([
    [M, N],
    [N, M],
    [U, U],
  ] as [Tri, Tri][])('not %s is %s', (x, want) => expect(notOf(x)).toBe(want));
});
