import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, sortByKeyThenId, type Keyed } from '../../src/quota/order';

// sortByKeyThenId packs each key with its index into a Float64Array sorted by the engine; it
// must give exactly the order of the plain comparison it replaces, whatever the keys and IDs.
const reference = (items: readonly Keyed[]): Keyed[] =>
  items.slice().sort((a, b) => a.sortKey - b.sortKey || compareCodeUnits(a.id, b.id));

const ids = (items: readonly Keyed[]) => items.map((x) => x.id);

/**
 * Items with unique IDs (as nomination IDs are in a batch) and keys drawn from `key`. Lengths up
 * to `maxLength` itself (`size: 'max'`): fast-check's default size would stop near 10, and runs
 * of one key longer than the insertion sort takes would never be made.
 */
const batch = (key: fc.Arbitrary<number>, maxLength: number) =>
  fc
    .uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', 'e\u0301', '1', '-'), maxLength: 4 }), { maxLength, size: 'max' })
    .chain((names) => fc.tuple(...names.map((id) => key.map((sortKey): Keyed => ({ sortKey, id })))));

describe('sortByKeyThenId', () => {
  it('orders by key, then by nomination ID in code units, as the plain comparison does', () => {
    fc.assert(
      fc.property(batch(fc.integer({ min: -40, max: 40 }), 60), (items) => {
        expect(ids(sortByKeyThenId(items))).toEqual(ids(reference(items)));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('sorts long runs of one key (more than the insertion sort takes) by nomination ID', () => {
    let longRuns = 0;
    fc.assert(
      fc.property(batch(fc.constantFrom(-3, 0, 7), 80), (items) => {
        const perKey = new Map<number, number>();
        for (const x of items) perKey.set(x.sortKey, (perKey.get(x.sortKey) ?? 0) + 1);
        if ([...perKey.values()].some((count) => count > 8)) longRuns++;
        expect(ids(sortByKeyThenId(items))).toEqual(ids(reference(items)));
      }),
      { numRuns: 300, seed: 12 },
    );
    // Not vacuous: most batches have such a run.
    expect(longRuns).toBeGreaterThan(100);
  });

  it('a run of twenty candidates of one key, in reverse order of ID, comes out in order of ID', () => {
    const items: Keyed[] = Array.from({ length: 20 }, (_, i) => ({ sortKey: 1, id: `hs-${String(19 - i).padStart(2, '0')}` }));
    items.push({ sortKey: 0, id: 'hs-99' }, { sortKey: 2, id: 'hs-00a' });
    expect(ids(sortByKeyThenId(items))).toEqual(['hs-99', ...Array.from({ length: 20 }, (_, i) => `hs-${String(i).padStart(2, '0')}`), 'hs-00a']);
  });

  it('finds runs of equal keys exactly when the packed doubles are large but still exact (keys far apart)', () => {
    fc.assert(
      fc.property(batch(fc.constantFrom(-(2 ** 47), 0, 2 ** 47 - 1, 2 ** 47), 30), (items) => {
        expect(ids(sortByKeyThenId(items))).toEqual(ids(reference(items)));
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('gives the same order when the packed keys would not be exact (a comparison sorts them)', () => {
    fc.assert(
      fc.property(batch(fc.constantFrom(-(2 ** 51), 0, 1, 2 ** 51), 30), (items) => {
        expect(ids(sortByKeyThenId(items))).toEqual(ids(reference(items)));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('returns a new array and leaves the input as it was', () => {
    const items: Keyed[] = [{ sortKey: 2, id: 'b' }, { sortKey: 1, id: 'z' }, { sortKey: 2, id: 'a' }];
    const before = items.slice();
    const sorted = sortByKeyThenId(items);
    expect(sorted).not.toBe(items);
    expect(items).toEqual(before);
    expect(ids(sorted)).toEqual(['z', 'a', 'b']);
  });

  it('returns an empty list for no items and a copy for one', () => {
    const one: Keyed[] = [{ sortKey: 5, id: 'x' }];
    expect(sortByKeyThenId([])).toEqual([]);
    expect(sortByKeyThenId(one)).toEqual(one);
    expect(sortByKeyThenId(one)).not.toBe(one);
  });

  it('orders keys spanning more than packing allows (2^52 apart, three items) like keys close together', () => {
    const close: Keyed[] = [{ sortKey: 3, id: 'c' }, { sortKey: 0, id: 'b' }, { sortKey: 3, id: 'a' }];
    const wide: Keyed[] = [{ sortKey: 2 ** 52, id: 'c' }, { sortKey: 0, id: 'b' }, { sortKey: 2 ** 52, id: 'a' }];
    expect(ids(sortByKeyThenId(close))).toEqual(['b', 'a', 'c']);
    expect(ids(sortByKeyThenId(wide))).toEqual(['b', 'a', 'c']);
  });
});
