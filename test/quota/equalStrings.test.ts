import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsOfEqual, groupsOfEqualPlain, hashCodeUnits } from '../../src/quota/equalStrings';

// groupsOfEqual finds equal strings by sorting their hashes; it must find exactly the groups
// that a Map of every string finds, whatever the strings, and however often hashes collide.
const strings = (maxLength: number) =>
  fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', 'e\u0301', '\u{1F600}', '1'), maxLength: 3 }), { maxLength, size: 'max' });

describe('groupsOfEqual', () => {
  it('finds the groups of equal strings that a Map of them all finds, each ascending, ordered by first index', () => {
    let withGroups = 0;
    fc.assert(
      fc.property(strings(60), (list) => {
        const groups = groupsOfEqual(list);
        if (groups.length > 0) withGroups++;
        expect(groups).toEqual(groupsOfEqualPlain(list));
      }),
      { numRuns: 400, seed: 21 },
    );
    // Not vacuous: most lists repeat a string.
    expect(withGroups).toBeGreaterThan(200);
  });

  it.each([
    ['every string has the same hash', () => 0],
    ['strings of one length have the same hash', (s: string) => s.length],
  ])('never takes a collision for equality (%s)', (_name, hash) => {
    fc.assert(
      fc.property(strings(40), (list) => {
        expect(groupsOfEqual(list, hash)).toEqual(groupsOfEqualPlain(list));
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it('tells apart strings that look alike but differ in code units, and finds a string repeated far apart', () => {
    const list = ['hs-1', 'é', 'e\u0301', 'hs-2', ...Array.from({ length: 1000 }, (_, i) => `x-${i}`), 'hs-1', 'é'];
    expect(groupsOfEqual(list)).toEqual([
      [0, 1004],
      [1, 1005],
    ]);
  });

  it('groups a list too long to pack beside the hashes (2^21 strings) as well', () => {
    const list = new Array<string>(2 ** 21).fill('x');
    list[7] = 'y';
    list[2 ** 21 - 1] = 'y';
    list[9] = 'z';
    const groups = groupsOfEqual(list);
    expect(groups.map((g) => [g.length, g[0], g.at(-1)])).toEqual([
      [2 ** 21 - 3, 0, 2 ** 21 - 2],
      [2, 7, 2 ** 21 - 1],
    ]);
  });

  it('finds no group in a list of different strings, nor in an empty one', () => {
    expect(groupsOfEqual(Array.from({ length: 500 }, (_, i) => `hs-${i}`))).toEqual([]);
    expect(groupsOfEqual([])).toEqual([]);
  });
});

describe('hashCodeUnits', () => {
  it('is the 32-bit FNV-1a hash of the code units', () => {
    expect(hashCodeUnits('')).toBe(0x811c9dc5);
    expect(hashCodeUnits('a')).toBe(0xe40c292c);
    expect(hashCodeUnits('foobar')).toBe(0xbf9cf968);
  });
});
