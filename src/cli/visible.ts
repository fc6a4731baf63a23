/**
 * Text from input shown on a terminal or in Markdown, so that it cannot act on the reader:
 * control and format characters are written visibly escaped (an ESC sequence cannot clear the
 * screen, colour the text or make a link; a CR, a backspace or a line break cannot fake a row;
 * a right-to-left override or a zero-width space cannot hide part of an ID), and Markdown's
 * HTML and link syntax is escaped. CSV and JSON output stay data and are not touched.
 */

/**
 * The characters escaped: controls (Cc: C0, DEL, C1 such as U+009B, the one-byte CSI), format
 * characters (Cf: zero-width, joiners, bidi overrides, soft hyphen, BOM, tags), lone surrogates
 * (Cs), and the line and paragraph separators U+2028, U+2029.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
const HIDDEN_ONE = /^[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]$/u;
/** The same, line feeds left as they are. */
const HIDDEN_BUT_LF = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Echoed input values are cut to this many characters, the ellipsis included. */
export const ECHO_MAX = 80;
/** Each line of an error message on stderr is cut to this many characters, the ellipsis included. */
export const LINE_MAX = 400;

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** One hidden character written visibly: `\n`, `\r`, `\t`, `\xHH`, `\uHHHH` or `\u{HHHHH}`. */
function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const cp = ch.codePointAt(0)!;
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\u{${hex(cp, 5)}}`;
}

/**
 * `s` with every control and format character visibly escaped, line breaks included: for one
 * value (an ID, a name) shown on one line. A backslash is left as it is, so an escape can be
 * told from a typed backslash only by the input; what it shows is never acted on.
 *
 * @param s - The text, as read from the input.
 * @returns The text with each hidden character written as `\n`, `\r`, `\t`, `\xHH`, `\uHHHH` or `\u{HHHHH}`.
 * @example
 * visible('Lan\u001b[2J\r\nx\u200b')
 * //=> 'Lan\\x1B[2J\\r\\nx\\u200B'
 */
export function visible(s: string): string {
  return s.replace(HIDDEN, escapeChar);
}

/**
 * `s` with every control and format character visibly escaped except the line feed, which
 * the renderers use to break a line.
 *
 * @param s - The text.
 * @returns The text, its line feeds kept and every other hidden character escaped.
 * @example
 * visibleLines('a\tb\nc')
 * //=> 'a\\tb\nc'
 */
export function visibleLines(s: string): string {
  return s.replace(HIDDEN_BUT_LF, escapeChar);
}

/**
 * An input value as an error message quotes it: visibly escaped (line breaks too), and cut to
 * `max` characters counting the escapes, never inside one.
 *
 * @param s - The value, as read from the input.
 * @param max - The most characters kept, the ellipsis included.
 * @returns The value for the message.
 * @example
 * echo('x'.repeat(100)).length
 * //=> 80
 */
export function echo(s: string, max: number = ECHO_MAX): string {
  const pieces: string[] = [];
  const sizes: number[] = [];
  let n = 0;
  for (const ch of s) {
    const hidden = HIDDEN_ONE.test(ch);
    const piece = hidden ? escapeChar(ch) : ch;
    const size = hidden ? piece.length : 1;
    if (n + size > max) {
      while (n > max - 1) n -= sizes.pop()!;
      return `${pieces.slice(0, sizes.length).join('')}…`;
    }
    pieces.push(piece);
    sizes.push(size);
    n += size;
  }
  return pieces.join('');
}

/**
 * A line of an error message for stderr: visibly escaped (a line break inside it too) and cut
 * to LINE_MAX characters, as `echo` cuts.
 *
 * @param line - One line of the message.
 * @returns The line as written.
 * @example
 * stderrLine('bad: \u001b[31mred')
 * //=> 'bad: \\x1B[31mred'
 */
export function stderrLine(line: string): string {
  return echo(line, LINE_MAX);
}

const MD_SPECIAL = /[\\|[\]<>&]/g;
const MD_ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * One line of text for Markdown: hidden characters escaped as `visible` does, then the
 * characters that make HTML, links, images and table cells (`\ | [ ] < > &`) escaped, so that
 * `<script>` or `[x](javascript:…)` in a name is shown, not run or linked.
 *
 * @param s - The text (a line break in it is escaped as `\n`).
 * @returns The text, shown as it is by a Markdown renderer.
 * @example
 * markdownText('<b>[x](javascript:alert(1))</b> | a\\b')
 * //=> '&lt;b&gt;\\[x\\](javascript:alert(1))&lt;/b&gt; \\| a\\\\b'
 */
export function markdownText(s: string): string {
  return visible(s).replace(MD_SPECIAL, (c) => MD_ENTITIES[c] ?? `\\${c}`);
}
