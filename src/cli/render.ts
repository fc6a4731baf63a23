/**
 * Text output: aligned tables for a terminal, GitHub Markdown tables, and CSV. Widths count
 * what a terminal shows: Vietnamese letters count one column whether typed precomposed (NFC)
 * or with combining marks (NFD), East Asian wide characters two.
 */
import { stringify } from 'csv-stringify/sync';
import { eastAsianWidth } from 'get-east-asian-width';
import { markdownText, visible } from './visible';

/** Combining marks and format characters (zero-width space, joiners, BOM) take no column. */
const ZERO_WIDTH = /^[\p{M}\p{Cf}]$/u;

/** The number of terminal columns a one-line string takes; wide or not by Unicode's East Asian Width. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (!ZERO_WIDTH.test(ch)) w += eastAsianWidth(ch.codePointAt(0)!);
  }
  return w;
}

/** `s` padded with spaces to `width` columns. */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Splits a long word into pieces of at most `width` columns, never inside a letter and its marks. */
function splitWord(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur !== '' && !ZERO_WIDTH.test(ch) && displayWidth(cur + ch) > width) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Word-wraps text to `width` columns; line breaks in the text are kept. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      if (word === '') continue;
      const pieces = displayWidth(word) > width ? splitWord(word, width) : [word];
      for (const piece of pieces) {
        if (line === '') line = piece;
        else if (displayWidth(line) + 1 + displayWidth(piece) <= width) line += ' ' + piece;
        else {
          out.push(line);
          line = piece;
        }
      }
    }
    out.push(line);
  }
  return out;
}

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Whether the column may be narrowed by word-wrapping when the table is wider than the screen. */
  readonly wrap?: boolean;
}

/**
 * The text of a cell or a paragraph: one line, or its lines. Each line is shown as it is, its
 * control and format characters (a line feed too) visibly escaped, so that a value read from
 * input can neither act on the terminal nor fake a row (src/cli/visible.ts).
 */
export type Lines = string | readonly string[];

/** A block of output: a heading, a table, a paragraph, or a list; every text in it is escaped when rendered. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level?: 1 | 2 }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly (readonly Lines[])[] }
  | { readonly kind: 'paragraph'; readonly text: Lines }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** The lines of a text, each in its own string. */
function linesOf(text: Lines | undefined): readonly string[] {
  return typeof text === 'string' ? [text] : (text ?? ['']);
}

const GAP = '  ';

function renderTable(columns: readonly Column[], rawRows: readonly (readonly Lines[])[], maxWidth: number): string[] {
  const rows = rawRows.map((r) => columns.map((_, i) => linesOf(r[i]).map(visible)));
  // Loops rather than Math.max(...list): a spread of 100,000 rows overflows the stack.
  const natural = columns.map((c, i) => maxOf(rows, (r) => maxOf(r[i]!, displayWidth), displayWidth(c.header)));
  const widths = natural.slice();
  // A column is not narrowed below its header, its longest word (up to 40 columns) or 12 columns.
  const longestWord = natural.map((_, i) =>
    Math.min(
      40,
      maxOf(rows, (r) => maxOf(r[i]!, (l) => maxOf(l.split(/\s+/), displayWidth))),
    ),
  );
  const floor = columns.map((c, i) => Math.min(natural[i]!, Math.max(displayWidth(c.header), longestWord[i]!, 12)));
  const gaps = GAP.length * (columns.length - 1);
  const fixed = columns.reduce((sum, c, i) => sum + (c.wrap ? 0 : natural[i]!), 0);
  const fits = (cap: number) =>
    fixed + gaps + columns.reduce((sum, c, i) => sum + (c.wrap ? Math.max(floor[i]!, Math.min(natural[i]!, cap)) : 0), 0) <= maxWidth;
  if (!fits(Infinity)) {
    // Water-filling: the widest wrappable columns are narrowed to a common cap, the largest that fits.
    let lo = 0;
    let hi = maxOf(natural, (w) => w);
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    columns.forEach((c, i) => {
      if (c.wrap) widths[i] = Math.max(floor[i]!, Math.min(natural[i]!, lo));
    });
  }
  const out: string[] = [];
  const cellLines = (lines: readonly string[], i: number) => (columns[i]!.wrap ? lines.flatMap((l) => wrap(l, widths[i]!)) : lines);
  const emit = (cells: readonly (readonly string[])[]) => {
    const wrapped = cells.map(cellLines);
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) {
      const parts = wrapped.map((w, i) => pad(w[k] ?? '', widths[i]!, columns[i]!.align));
      out.push(parts.join(GAP).trimEnd());
    }
    return height;
  };
  emit(columns.map((c) => [visible(c.header)]));
  out.push(widths.map((w) => '─'.repeat(w)).join(GAP));
  const tall = rows.some((r) => r.some((c, i) => cellLines(c, i).length > 1));
  rows.forEach((r, i) => {
    if (tall && i > 0) out.push('');
    emit(r);
  });
  return out;
}

/**
 * Renders blocks for a terminal, tables fitted to `maxWidth` columns. Every text is shown with
 * its control and format characters visibly escaped (src/cli/visible.ts).
 */
export function renderText(blocks: readonly Block[], maxWidth: number): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length > 0) out.push('');
    switch (b.kind) {
      case 'heading': {
        const text = visible(b.text);
        out.push(text);
        out.push(((b.level ?? 1) === 1 ? '═' : '─').repeat(Math.min(maxWidth, displayWidth(text))));
        break;
      }
      case 'table':
        // A loop, not push(...lines): a table of 100,000 rows has more lines than a call's arguments may be.
        for (const line of renderTable(b.columns, b.rows, maxWidth)) out.push(line);
        break;
      case 'paragraph':
        for (const line of linesOf(b.text)) out.push(...wrap(visible(line), maxWidth));
        break;
      case 'list':
        for (const item of b.items) {
          const w = wrap(visible(item), Math.max(20, maxWidth - 2));
          w.forEach((l, k) => out.push((k === 0 ? '• ' : '  ') + l));
        }
        break;
    }
  }
  return joinParts(out.map((l) => `${l}\n`));
}

/** A table cell for Markdown: its lines escaped and joined by `<br>`. */
function mdCell(text: Lines | undefined): string {
  return linesOf(text).map(markdownText).join('<br>');
}

/**
 * Renders blocks as GitHub-flavoured Markdown. Every text is escaped (markdownText): control
 * characters visibly, and the syntax of HTML, links and table cells, so that a name or an ID
 * read from input is shown as it is, never run as HTML or made a link.
 */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length > 0) out.push('');
    switch (b.kind) {
      case 'heading':
        out.push(`${(b.level ?? 1) === 1 ? '##' : '###'} ${markdownText(b.text)}`);
        break;
      case 'table':
        out.push(`| ${b.columns.map((c) => mdCell(c.header)).join(' | ')} |`);
        out.push(`|${b.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
        for (const r of b.rows) out.push(`| ${b.columns.map((_, i) => mdCell(r[i])).join(' | ')} |`);
        break;
      case 'paragraph':
        out.push(linesOf(b.text).map(markdownText).join('\n'));
        break;
      case 'list':
        for (const item of b.items) out.push(`- ${markdownText(item)}`);
        break;
    }
  }
  return out.join('\n') + '\n';
}

/** A cell value for CSV: numbers and booleans as they are, texts quoted when needed. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * A CSV text (RFC 4180, by csv-stringify): a header row and one row per record, lines ended by
 * CRLF. A field is quoted when it holds a comma, a double quote, a line break (CR or LF alone
 * too, which csv-stringify would leave bare with a CRLF record delimiter) or outer spaces. A text
 * starting with `=`, `+`, `-`, `@`, a tab or CR (or their full-width forms) gets a leading
 * apostrophe, so that a spreadsheet does not run it as a formula; numbers are written as they
 * are, booleans as `true`/`false`.
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], bom = false): string {
  return stringify([header, ...rows] as CsvValue[][], {
    bom,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: [/[\r\n]/, /^\s|\s$/],
    cast: { boolean: (v) => String(v) },
  });
}

/** JSON for people and programs: two-space indentation, a final newline. */
/** The longest string this code builds in one piece (V8 allows about 2^29 characters). */
const MAX_STRING = 2 ** 28;

/** Output too long for one string: its parts, written one after the other (run() knows it). */
export class Output {
  constructor(readonly parts: readonly string[]) {}
}

/** The largest `f(x)` over `xs`, or `start` (loops, never a spread of the whole list). */
function maxOf<T>(xs: readonly T[], f: (x: T) => number, start = 0): number {
  let m = start;
  for (const x of xs) {
    const v = f(x);
    if (v > m) m = v;
  }
  return m;
}

export function renderJson(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value, null, 2) + '\n';
  // An array element by element, as JSON.stringify(value, null, 2) writes it: one string of a
  // whole city's batch could pass V8's longest string (about 512 MB), its parts do not.
  if (value.length === 0) return '[]\n';
  const parts = value.map((v, i) => `  ${JSON.stringify(v, null, 2).replaceAll('\n', '\n  ')}${i < value.length - 1 ? ',' : ''}\n`);
  return joinParts(['[\n', ...parts, ']\n']);
}

/**
 * The parts as one string when they fit in one, or else a string-like list of them that run()
 * writes one by one (see Output).
 */
function joinParts(parts: readonly string[]): string {
  let length = 0;
  for (const p of parts) length += p.length;
  return length < MAX_STRING ? parts.join('') : (new Output(parts) as unknown as string);
}
