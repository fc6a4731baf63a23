/** Names longer than this get no suggestion: the edit distance costs their length times each name's. */
export const SUGGEST_MAX_LENGTH = 40;

/**
 * The known name closest to `name` by edit distance (case ignored), if it is close enough to be
 * a slip of the keyboard: at most 2 edits, or a third of the name's length. For "did you mean".
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  if (name.length > SUGGEST_MAX_LENGTH) return undefined;
  const a = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const b = k.toLowerCase();
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row;
    }
    const dist = prev[b.length]!;
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(a.length / 3)) ? best : undefined;
}
