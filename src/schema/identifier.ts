import * as z from 'zod/mini';
import { ownIssue } from '../validation/issues';

// Unicode categories Cc (control: NUL, ESC, CR, U+009B…) and Cf (format: zero-width space and
// joiners, soft hyphen, word joiner, bidirectional overrides, BOM…): nothing a reader sees.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const CONTROL = /\p{Cc}/u;

/** A code point as `U+200B` (four hex digits at least). */
function codePointName(s: string, at: number): string {
  return `U+${(s.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first control or format character (Unicode Cc, Cf) of an identifier, as `U+200B`, or
 * `undefined` when it has none. Such a character is invisible (or moves what follows), so two
 * IDs that print the same would be two IDs: a second unit past the city's one-per-unit quota,
 * an achievement commended twice.
 */
export function invisibleCharacterOf(s: string): string | undefined {
  const m = INVISIBLE.exec(s);
  return m === null ? undefined : codePointName(s, m.index);
}

/** The first control character (Unicode Cc) of a name or text, as `U+0000`, or `undefined`. */
export function controlCharacterOf(s: string): string | undefined {
  const m = CONTROL.exec(s);
  return m === null ? undefined : codePointName(s, m.index);
}

/**
 * The check of an identifier: no control or format character (`invisible_character`, naming
 * the code point). IDs are then compared in one canonical form: trimmed, in NFC, and
 * case-sensitive (`SK-1` and `sk-1` are two IDs, as the host's own systems keep them;
 * docs/readings.md says why).
 */
export const visibleId = /* @__PURE__ */ (() =>
  z.check<string>((ctx) => {
    const codePoint = invisibleCharacterOf(ctx.value);
    if (codePoint !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: '', params: ownIssue('invisible_character', { codePoint }) });
  }))();

/** The check of a name or text: no control character (`control_character`, naming the code point). */
export const noControl = /* @__PURE__ */ (() =>
  z.check<string>((ctx) => {
    const codePoint = controlCharacterOf(ctx.value);
    if (codePoint !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: '', params: ownIssue('control_character', { codePoint }) });
  }))();
