import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeepAt } from '../../src/validation/depth';

/** `levels` arrays within each other: `[[[…]]]`, the innermost empty. */
function arrays(levels: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 1; i < levels; i++) v = [v];
  return v;
}

describe('tooDeepAt: how deep a plan file may nest (100 levels)', () => {
  it('the limit is 100 levels', () => {
    expect(MAX_NESTING).toBe(100);
  });

  const table: [string, () => unknown, (string | number)[] | undefined][] = [
    ['a value that is not an object nests nothing', () => 'text', undefined],
    ['100 arrays within each other are at the limit, and accepted', () => arrays(100), undefined],
    ['101 arrays within each other are one too many, refused at the 101st', () => arrays(101), Array<number>(100).fill(0)],
    [
      'an object at the limit beside a deeper one is refused where the deeper one is',
      () => ({ a: arrays(99), b: { c: arrays(99) } }),
      ['b', 'c', ...Array<number>(98).fill(0)],
    ],
    // A part shared by two places is measured once; its height must count where it is met again.
    [
      'a shared part met again deeper is measured by its height (98 levels, met at depth 4: 101)',
      () => {
        const shared = arrays(98);
        return { a: shared, e: { f: { g: shared } } };
      },
      ['e', 'f', 'g'],
    ],
    [
      'a shared part met again at the limit is accepted (98 levels, met at depth 3: 100)',
      () => {
        const shared = arrays(98);
        return { a: shared, e: { f: shared } };
      },
      undefined,
    ],
    // The height of a part holding a shared part comes from the shared part's height.
    [
      'a part whose height comes from a shared part keeps it when met again (98 levels, met at depth 4)',
      () => {
        const shared = arrays(97);
        const holder = { c: shared };
        return { a: shared, b: holder, e: { f: { g: holder } } };
      },
      ['e', 'f', 'g'],
    ],
    // The height of a part measured the first time (not shared yet) is kept for when it is met again.
    [
      'a part measured once keeps its height when met again (98 levels, met at depth 4)',
      () => {
        const part = { p: arrays(97) };
        return { a: part, e: { f: { g: part } } };
      },
      ['e', 'f', 'g'],
    ],
    [
      'a part that contains itself is refused where it comes back',
      () => {
        const self: Record<string, unknown> = { x: [1] };
        self['me'] = self;
        return { root: self };
      },
      ['root', 'me'],
    ],
    // A part's height is its deepest child's, whatever order its children come in: a shallow
    // child after a deep one does not lower it, shared or not.
    [
      'a part whose deep child comes before a shallow one keeps the deep height when met again',
      () => {
        const part = { deep: arrays(97), shallow: {} };
        return { a: part, e: { f: { g: part } } };
      },
      ['e', 'f', 'g'],
    ],
    [
      'a part whose deep child comes before a shallow shared one keeps the deep height when met again',
      () => {
        const small = {};
        const part = { deep: arrays(97), shallow: small };
        return { s: small, a: part, e: { f: { g: part } } };
      },
      ['e', 'f', 'g'],
    ],
    [
      'a part holding a shared part one level deeper than its other child is one level higher than that part',
      () => {
        const shared = arrays(97);
        const part = { other: arrays(96), held: shared };
        return { s: shared, a: part, e: { f: { g: part } } };
      },
      ['e', 'f', 'g'],
    ],
    [
      'two siblings sharing one part are no cycle',
      () => {
        const part = { v: 1 };
        return [part, part, { w: part }];
      },
      undefined,
    ],
  ];
  it.each(table)('%s', (_name, make, expected) => {
    expect(tooDeepAt(make())).toEqual(expected);
  });

  it('a lower limit can be asked for: 3 levels', () => {
    expect(tooDeepAt({ a: { b: {} } }, 3)).toBeUndefined();
    expect(tooDeepAt({ a: { b: { c: {} } } }, 3)).toEqual(['a', 'b', 'c']);
  });
});
