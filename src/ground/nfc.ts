/**
 * Whether a string is surely in NFC already, checked cheaply: every character lies in
 * U+0000–U+02FF (Basic Latin to Spacing Modifiers) or U+1E00–U+1EFF (Latin Extended
 * Additional, where Vietnamese letters with two marks live). No character of those ranges
 * decomposes or composes with a neighbour, so such a string is its own NFC (a test checks
 * every character and every pair). Anything else goes through `normalize`.
 */
function surelyNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** The string in Unicode NFC (precomposed), so that Vietnamese typed either way compares equal. */
export function toNfc(s: string): string {
  return surelyNfc(s) ? s : s.normalize('NFC');
}
