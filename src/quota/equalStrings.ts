// Finding equal strings among 100,000 (nomination IDs, achievement IDs) without a Map of them
// all. A Map or Set of that size is spread over megabytes: each lookup lands on a random
// bucket and follows its chain to other strings scattered in the heap, and in the middle of an
// allocation, whose other work fills the caches, that came to about half a microsecond per
// string. Here each string is hashed (its characters are read once, in the order the batch
// is laid out in memory), each hash is packed with the string's index into one double, the
// doubles are sorted by the engine, and only strings of equal hash are compared. Almost every
// string has a hash of its own; the few that share one are compared in full, so a collision
// never makes two different strings equal. A list too long for the packing (millions) is
// grouped with a Map instead; the answer is the same (test/quota/equalStrings.test.ts).

/** A 32-bit FNV-1a hash of the string's UTF-16 code units. */
export function hashCodeUnits(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Indices below this fit beside a 32-bit hash in a double exactly (2^32 × 2^21 = 2^53). */
const PACKED_LIMIT = 2 ** 21;

/**
 * The groups of equal strings in `strings`: for each string that occurs more than once, the
 * indices where it occurs, ascending. Groups are ordered by their first index.
 *
 * @param hash - The hash used to find candidates for equality (replaceable in tests, to force
 *   collisions); equality itself is always decided by comparing the strings.
 */
export function groupsOfEqual(strings: readonly string[], hash: (s: string) => number = hashCodeUnits): number[][] {
  const n = strings.length;
  if (n >= PACKED_LIMIT) return groupsOfEqualPlain(strings);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = hash(strings[i] as string) * PACKED_LIMIT + i;
  packed.sort();
  const groups: number[][] = [];
  for (let start = 0; start < n; ) {
    const h = Math.floor((packed[start] as number) / PACKED_LIMIT);
    let end = start + 1;
    while (end < n && Math.floor((packed[end] as number) / PACKED_LIMIT) === h) end++;
    // Almost always a run of one: nothing to compare.
    if (end - start > 1) splitRun(strings, packed, start, end, groups);
    start = end;
  }
  return groups.sort((a, b) => (a[0] as number) - (b[0] as number));
}

/**
 * Splits a run of equal hashes into groups of equal strings (a collision puts different ones
 * in one run). Indices come out ascending: the doubles of one hash are sorted by index.
 */
function splitRun(strings: readonly string[], packed: Float64Array, start: number, end: number, groups: number[][]): void {
  const byString = new Map<string, number[]>();
  for (let k = start; k < end; k++) {
    const i = (packed[k] as number) % PACKED_LIMIT;
    const s = strings[i] as string;
    const group = byString.get(s);
    if (group) group.push(i);
    else byString.set(s, [i]);
  }
  for (const group of byString.values()) if (group.length > 1) groups.push(group);
}

/** The same groups, found with a Map of every string: the plain version, and the one used for lists of millions. */
export function groupsOfEqualPlain(strings: readonly string[]): number[][] {
  const byString = new Map<string, number[]>();
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i] as string;
    const group = byString.get(s);
    if (group) group.push(i);
    else byString.set(s, [i]);
  }
  const groups: number[][] = [];
  for (const group of byString.values()) if (group.length > 1) groups.push(group);
  return groups;
}
