import { closest } from '../ground/closest';
import {
  parseBlockCell,
  parseBooleanCell,
  parseIdListCell,
  parseInstantCell,
  parseIntegerCell,
  parseKindCell,
  parseRoleListCell,
  parseTextCell,
  parseYearListCell,
  type CellResult,
} from './cells';
import { columnLetter, delimiterName, readCsv, type CsvRow, type CsvSheet, type Delimiter } from './csv';
import { isXlsxName, isZip, readXlsx, sheetLabel, unnamedWorkbook, type XlsxModule } from './xlsx';
import { decodeUtf8, fileLabel } from './decode';
import { CliError } from './errors';
import { printParseErrorCode, visit, type ParseOptions } from 'jsonc-parser';
import { FACT_INFO, type FactName } from './lib';
import type { Text } from './text';
import { echo } from './visible';

type PathKey = string | number;
type CellParser = (raw: string) => CellResult<unknown>;

/** Where an issue of the library lies in the file the user gave: “row 5, column parIndexRank (cell H5)”. */
export interface Locator {
  /** The location of `path` below item `index` (the item's row, or its place in a JSON array). */
  locate(index: number, path: readonly PathKey[]): Text;
}

/** Items read from a file, and where each came from. */
export interface ReadItems {
  readonly file: string;
  readonly items: unknown[];
  readonly locator: Locator;
  /** How items are numbered for the user: the spreadsheet row (CSV) or the place in the array (JSON). */
  readonly numbering: 'row' | 'item';
  /** The number shown for item `index`. */
  number(index: number): number;
}

/** A column of a CSV file: its name, how a cell is read, and where the value goes. */
export interface ColumnSpec {
  readonly name: string;
  readonly parse: CellParser;
  /** Where the value goes in the item built from the row. */
  readonly target: readonly string[];
  readonly required?: boolean;
  /** Vietnamese headers read as this column (compared trimmed, in NFC, ignoring case). */
  readonly aliases?: readonly string[];
}

/**
 * Vietnamese column headers accepted for each field, as officials name them in their sheets.
 * One table, for reading and for `template`.
 */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['Mã hồ sơ', 'Mã'],
  ruleSet: ['Bộ tiêu chí', 'Hình thức đề nghị'],
  year: ['Năm'],
  kind: ['Đối tượng', 'Loại'],
  name: ['Họ tên', 'Họ và tên', 'Tên'],
  unitId: ['Mã đơn vị'],
  unitName: ['Đơn vị', 'Tên đơn vị'],
  unitBlock: ['Khối'],
  achievements: ['Thành tích', 'Mã thành tích'],
  submittedAt: ['Ngày nộp', 'Thời điểm nộp'],
  outsideQuota: ['Ngoài chỉ tiêu'],
  achievementId: ['Mã thành tích'],
  award: ['Hình thức khen thưởng', 'Khen thưởng'],
  decidedOn: ['Ngày quyết định'],
};

/** A header as compared: NFC, trimmed, inner blanks made one space, lower case. */
function headerKey(h: string): string {
  return h.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How a table file is read: a forced CSV separator, a workbook's sheet, the loaded workbook reader, and where notes go (`--verbose`). */
export interface TableOptions {
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
  readonly xlsx?: XlsxModule;
  readonly note?: (text: Text) => void;
}

const FACT_PARSERS: Readonly<Record<string, CellParser>> = {
  boolean: parseBooleanCell,
  integer: parseIntegerCell,
  years: parseYearListCell,
  roles: parseRoleListCell,
};

/**
 * The columns of a nominations CSV: the nomination's own fields, then one column per fact of
 * the library's vocabulary (FACT_INFO; `unitBlock` is the unit's block), then the achievements,
 * the submission instant and the outside-quota flag.
 */
export function nominationColumns(): ColumnSpec[] {
  const cols: ColumnSpec[] = [
    { name: 'id', parse: parseTextCell, target: ['id'], required: true },
    { name: 'ruleSet', parse: parseTextCell, target: ['ruleSet'], required: true },
    { name: 'year', parse: parseIntegerCell, target: ['year'] },
    { name: 'kind', parse: parseKindCell, target: ['nominee', 'kind'], required: true },
    { name: 'name', parse: parseTextCell, target: ['nominee', 'name'], required: true },
    { name: 'unitId', parse: parseTextCell, target: ['nominee', 'unit', 'id'], required: true },
    { name: 'unitName', parse: parseTextCell, target: ['nominee', 'unit', 'name'] },
    { name: 'unitBlock', parse: parseBlockCell, target: ['nominee', 'unit', 'block'] },
  ];
  for (const [fact, info] of Object.entries(FACT_INFO) as [FactName, (typeof FACT_INFO)[FactName]][]) {
    if (info.source !== undefined) continue; // unitBlock: given as the unit's block
    const parse = FACT_PARSERS[info.type];
    if (parse) cols.push({ name: fact, parse, target: ['facts', fact] });
  }
  cols.push(
    { name: 'achievements', parse: parseIdListCell, target: ['achievements'] },
    { name: 'submittedAt', parse: parseInstantCell, target: ['submittedAt'] },
    { name: 'outsideQuota', parse: parseBooleanCell, target: ['outsideQuota'] },
  );
  return cols;
}

/** The columns of an award-history CSV (`{ achievementId, award, decidedOn }`). */
export function historyColumns(): ColumnSpec[] {
  return [
    { name: 'achievementId', parse: parseTextCell, target: ['achievementId'], required: true },
    { name: 'award', parse: parseTextCell, target: ['award'], required: true },
    { name: 'decidedOn', parse: parseTextCell, target: ['decidedOn'], required: true },
  ];
}

/** The CSV column a nomination's (or its evaluation's) issue path points to. */
export function nominationColumnOf(path: readonly PathKey[]): string | undefined {
  const [a, b, c] = path;
  switch (a) {
    case 'id':
    case 'nominationId':
      return 'id';
    case 'ruleSet':
    case 'year':
    case 'achievements':
    case 'submittedAt':
    case 'outsideQuota':
      return a;
    case 'nomineeKind':
      return 'kind';
    case 'nomineeName':
      return 'name';
    case 'nominee':
      if (b === 'kind') return 'kind';
      if (b === 'name') return 'name';
      if (b === 'unit') return c === 'name' ? 'unitName' : c === 'block' ? 'unitBlock' : 'unitId';
      return undefined;
    case 'unit':
      return b === 'name' ? 'unitName' : b === 'block' ? 'unitBlock' : 'unitId';
    case 'facts':
      return typeof b === 'string' ? b : undefined;
    default:
      return undefined;
  }
}

function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let o = target;
  for (const k of keys.slice(0, -1)) {
    const next = Object.hasOwn(o, k) ? o[k] : undefined;
    if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      o[k] = created;
      o = created;
    }
  }
  o[keys[keys.length - 1]!] = value;
}

/** The known column closest to `name` (for “did you mean”). */
function suggest(name: string, known: readonly string[]): string | undefined {
  return closest(name, known);
}

function inputError(file: string, details: Text[]): CliError {
  const name = fileLabel(file);
  const n = details.length;
  return new CliError(
    {
      vi: `Dữ liệu trong tệp ${name} không hợp lệ (${n} lỗi); không in kết quả nào.`,
      en: `The data in ${name} is not valid (${n} ${n === 1 ? 'error' : 'errors'}); no result is printed.`,
    },
    details,
  );
}

/** The location text of a CSV cell. */
function cellText(row: number, column: string | undefined, header: readonly string[]): Text {
  if (column === undefined) return { vi: `hàng ${row}`, en: `row ${row}` };
  const aliases = new Set([column, ...(COLUMN_ALIASES[column] ?? [])].map(headerKey));
  const at = header.findIndex((h) => aliases.has(headerKey(h)));
  if (at < 0) return { vi: `hàng ${row}, cột ${column} (không có trong tệp)`, en: `row ${row}, column ${column} (not in the file)` };
  // The header as the file writes it (a Vietnamese alias), with the field it stands for.
  const shown = headerKey(header[at]!) === headerKey(column) ? column : `${echo(header[at]!)} (${column})`;
  return {
    vi: `hàng ${row}, cột ${shown} (ô ${columnLetter(at)}${row})`,
    en: `row ${row}, column ${shown} (cell ${columnLetter(at)}${row})`,
  };
}

/** Where a header cell is, for messages: “file: row 1, cell C1”. */
function headerCell(name: string, i: number): Text {
  return { vi: `${name}: hàng 1, ô ${columnLetter(i)}1`, en: `${name}: row 1, cell ${columnLetter(i)}1` };
}

/**
 * The column a header cell names, or the problem with it: a nameless column holding data, an
 * unknown name (with a close name suggested), or a name already seen (`seen` maps each column
 * read so far to its index, and gets this one).
 */
function headerColumn(
  sheet: CsvSheet,
  i: number,
  name: string,
  columns: readonly ColumnSpec[],
  byName: ReadonlyMap<string, ColumnSpec>,
  seen: Map<string, number>,
): { spec?: ColumnSpec; problem?: Text } {
  const h = sheet.header[i]!;
  const where = headerCell(name, i);
  if (h === '') {
    const hasData = sheet.rows.some((r) => (r.cells[i] ?? '').trim() !== '');
    return hasData ? { problem: { vi: `${where.vi}: cột có dữ liệu nhưng không có tên.`, en: `${where.en}: a column with data but no name.` } } : {};
  }
  const spec = byName.get(headerKey(h));
  if (!spec) {
    const hint = suggest(
      h,
      columns.map((c) => c.name),
    );
    return {
      problem: {
        vi: `${where.vi}: cột “${echo(h)}” không có trong danh mục cột${hint ? `; có phải “${hint}”?` : ''}.`,
        en: `${where.en}: unknown column “${echo(h)}”${hint ? `; did you mean “${hint}”?` : ''}.`,
      },
    };
  }
  const before = seen.get(spec.name);
  if (before !== undefined) {
    return {
      problem: {
        vi: `${where.vi}: cột “${spec.name}” xuất hiện hai lần (đã có ở ô ${columnLetter(before)}1).`,
        en: `${where.en}: column “${spec.name}” appears twice (already in cell ${columnLetter(before)}1).`,
      },
    };
  }
  seen.set(spec.name, i);
  return { spec };
}

/**
 * The column spec of each header cell (undefined for a nameless, empty column). Every problem
 * of the header (unknown, repeated or nameless columns, required ones missing) is reported at
 * once, before any row is read.
 */
function readHeader(sheet: CsvSheet, file: string, columns: readonly ColumnSpec[]): (ColumnSpec | undefined)[] {
  const name = fileLabel(file);
  const byName = new Map<string, ColumnSpec>();
  for (const c of columns) for (const a of c.aliases ?? COLUMN_ALIASES[c.name] ?? []) byName.set(headerKey(a), c);
  for (const c of columns) byName.set(headerKey(c.name), c);
  const problems: Text[] = [];
  const seen = new Map<string, number>();
  const used = sheet.header.map((_, i) => {
    const { spec, problem } = headerColumn(sheet, i, name, columns, byName, seen);
    if (problem) problems.push(problem);
    return spec;
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.name)) {
      problems.push({ vi: `${name}: hàng 1: thiếu cột bắt buộc “${c.name}”.`, en: `${name}: row 1: the required column “${c.name}” is missing.` });
    }
  }
  if (problems.length > 0) throw inputError(file, problems);
  return used;
}

/** The item a data row makes, or undefined when the row cannot be read; its problems go to `problems`. */
function rowItem(
  { row, cells }: CsvRow,
  used: readonly (ColumnSpec | undefined)[],
  header: readonly string[],
  name: string,
  problems: Text[],
): Record<string, unknown> | undefined {
  if (cells.length > header.length) {
    problems.push({
      vi: `${name}: hàng ${row}: có ${cells.length} ô, nhiều hơn ${header.length} cột của hàng tiêu đề (thiếu dấu ngoặc kép quanh một ô có dấu phẩy?).`,
      en: `${name}: row ${row}: ${cells.length} cells, more than the header's ${header.length} columns (a cell with a comma not in double quotes?).`,
    });
    return undefined;
  }
  const item: Record<string, unknown> = {};
  used.forEach((spec, i) => {
    if (!spec) return;
    const r = spec.parse(cells[i] ?? '');
    if (!r.ok) {
      const at = cellText(row, spec.name, header);
      problems.push({ vi: `${name}: ${at.vi}: ${r.problem.vi}.`, en: `${name}: ${at.en}: ${r.problem.en}.` });
    } else if (r.value !== undefined) {
      setAt(item, spec.target, spec.name === 'achievements' ? (r.value as string[]).map((id) => ({ id })) : r.value);
    }
  });
  return item;
}

/** Reads a CSV sheet into items, one per row, with the columns given. */
export function itemsFromCsv(
  sheet: CsvSheet,
  file: string,
  columns: readonly ColumnSpec[],
  columnOf: (path: readonly PathKey[]) => string | undefined,
): ReadItems {
  const used = readHeader(sheet, file, columns);
  const name = fileLabel(file);
  const problems: Text[] = [];
  const items: unknown[] = [];
  const rowNumbers: number[] = [];
  for (const r of sheet.rows) {
    // A row whose first cell starts with # is a comment: the description row of `template`.
    if ((r.cells[0] ?? '').trimStart().startsWith('#')) continue;
    const item = rowItem(r, used, sheet.header, name, problems);
    if (item === undefined) continue;
    items.push(item);
    rowNumbers.push(r.row);
  }
  if (problems.length > 0) throw inputError(file, problems);
  return {
    file,
    items,
    numbering: 'row',
    number: (index) => rowNumbers[index] ?? index + 1,
    locator: {
      locate(index, path) {
        const row = rowNumbers[index];
        if (row === undefined) return { vi: `mục ${index + 1}`, en: `item ${index + 1}` };
        return cellText(row, columnOf(path), sheet.header);
      },
    },
  };
}

/**
 * jsonc-parser read as strict JSON: no comments, no trailing commas, nothing outside the value.
 * It is used only for places (lines, columns), never for the value: JSON.parse gives that, with
 * a key such as `__proto__` kept as an own property.
 */
const STRICT_JSON: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** The 1-based line of each top-level element of a JSON array text (for messages). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  const element = (startLine: number) => {
    if (depth === 1) lines.push(startLine + 1);
  };
  const open = (_offset: number, _length: number, startLine: number) => {
    element(startLine);
    depth++;
  };
  const close = () => {
    depth--;
  };
  visit(
    text,
    {
      onObjectBegin: open,
      onArrayBegin: open,
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: (_value, _offset, _length, startLine) => element(startLine),
    },
    STRICT_JSON,
  );
  return lines;
}

/** What each of jsonc-parser's syntax errors means, for people. */
const JSON_ERRORS: Readonly<Record<string, Text>> = {
  InvalidSymbol: { vi: 'ký tự không được phép ở đây', en: 'a character that is not allowed here' },
  InvalidNumberFormat: { vi: 'số viết sai', en: 'a malformed number' },
  PropertyNameExpected: {
    vi: 'cần tên trường trong dấu ngoặc kép (dấu phẩy thừa trước “}”?)',
    en: 'a field name in double quotes is expected (a comma too many before “}”?)',
  },
  ValueExpected: { vi: 'cần một giá trị (dấu phẩy thừa trước “]”?)', en: 'a value is expected (a comma too many before “]”?)' },
  ColonExpected: { vi: 'cần dấu hai chấm sau tên trường', en: 'a colon is expected after the field name' },
  CommaExpected: { vi: 'thiếu dấu phẩy', en: 'a comma is missing' },
  CloseBraceExpected: { vi: 'thiếu “}”', en: '“}” is missing' },
  CloseBracketExpected: { vi: 'thiếu “]”', en: '“]” is missing' },
  EndOfFileExpected: { vi: 'còn nội dung sau khi giá trị đã kết thúc', en: 'more text after the value has ended' },
  InvalidCommentToken: { vi: 'JSON không cho phép chú thích', en: 'JSON does not allow comments' },
  UnexpectedEndOfComment: { vi: 'JSON không cho phép chú thích', en: 'JSON does not allow comments' },
  UnexpectedEndOfString: {
    vi: 'chuỗi không được đóng bằng dấu ngoặc kép trên cùng dòng',
    en: 'a string is not closed by a double quote on the same line',
  },
  UnexpectedEndOfNumber: { vi: 'số kết thúc giữa chừng', en: 'a number ends too early' },
  InvalidUnicode: { vi: 'mã \\u không hợp lệ', en: 'an invalid \\u escape' },
  InvalidEscapeCharacter: { vi: 'ký tự thoát (\\) không hợp lệ', en: 'an invalid escape (\\)' },
  InvalidCharacter: {
    vi: 'ký tự điều khiển trong chuỗi (tab hoặc xuống dòng viết là \\t, \\n)',
    en: 'a control character in a string (write a tab or a line break as \\t, \\n)',
  },
};

/**
 * A JSON syntax error with its line and column, found by jsonc-parser (V8's message gives a
 * position only for some errors, and only in some Node versions).
 */
function jsonSyntaxError(text: string, file: string, e: SyntaxError): CliError {
  const name = fileLabel(file);
  let first: { code: string; offset: number; line: number; column: number } | undefined;
  visit(
    text,
    {
      onError: (error, offset, _length, startLine, startCharacter) => {
        first ??= { code: printParseErrorCode(error), offset, line: startLine + 1, column: startCharacter + 1 };
      },
    },
    STRICT_JSON,
  );
  if (first === undefined) {
    return new CliError({ vi: `Tệp ${name} không phải JSON hợp lệ.`, en: `The file ${name} is not valid JSON.` }, [
      { vi: `${name}: ${e.message}`, en: `${name}: ${e.message}` },
    ]);
  }
  const at: Text = { vi: `dòng ${first.line}, cột ${first.column}`, en: `line ${first.line}, column ${first.column}` };
  const where: Text = first.offset >= text.trimEnd().length ? { vi: 'tệp kết thúc giữa chừng', en: 'the file ends too early' } : at;
  const what = JSON_ERRORS[first.code] ?? { vi: first.code, en: first.code };
  return new CliError({ vi: `Tệp ${name} không phải JSON hợp lệ (${where.vi}).`, en: `The file ${name} is not valid JSON (${where.en}).` }, [
    { vi: `${name}: ${at.vi}: ${what.vi}.`, en: `${name}: ${at.en}: ${what.en}.` },
  ]);
}

/** Reads a JSON array of items; each item is passed to the library as it is. */
export function itemsFromJson(text: string, file: string, what: Text): ReadItems {
  const name = fileLabel(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) throw jsonSyntaxError(text, file, e);
    throw e;
  }
  if (!Array.isArray(data)) {
    throw new CliError({
      vi: `Tệp ${name} phải là một mảng JSON ([ … ]) các ${what.vi}.`,
      en: `The file ${name} must be a JSON array ([ … ]) of ${what.en}.`,
    });
  }
  const lines = arrayElementLines(text);
  const items = data as unknown[];
  return {
    file,
    items,
    numbering: 'item',
    number: (index) => index + 1,
    locator: {
      locate(index, path) {
        const item = items[index];
        const rawId = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
        const id = typeof rawId === 'string' ? `id “${echo(rawId)}”` : undefined;
        const line = lines[index];
        const vi = [id, line === undefined ? undefined : `dòng ${line}`].filter((s) => s !== undefined).join(', ');
        const en = [id, line === undefined ? undefined : `line ${line}`].filter((s) => s !== undefined).join(', ');
        // A key from the input (an unknown field) is quoted as any input value is.
        const field = echo(
          path
            .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
            .join('')
            .replace(/^\./, ''),
        );
        return {
          vi: `mục ${index + 1}${vi ? ` (${vi})` : ''}${field ? `, trường ${field}` : ''}`,
          en: `item ${index + 1}${en ? ` (${en})` : ''}${field ? `, field ${field}` : ''}`,
        };
      },
    },
  };
}

/** Whether a file is read as JSON: by its extension, else by its first character. */
function looksLikeJson(file: string, text: string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return true;
  if (lower.endsWith('.csv')) return false;
  const first = text.trimStart()[0];
  return first === '[' || first === '{';
}

function refuseEmpty(read: ReadItems, what: Text): ReadItems {
  if (read.items.length === 0) {
    const name = fileLabel(read.file);
    throw new CliError({ vi: `Tệp ${name} không có ${what.vi} nào.`, en: `The file ${name} has no ${what.en}.` });
  }
  return read;
}

const NOMINATIONS: Text = { vi: 'hồ sơ đề nghị', en: 'nominations' };
const AWARDS: Text = { vi: 'khen thưởng đã có', en: 'earlier awards' };

/**
 * Reads a table file: an .xlsx workbook (its first sheet, or `--sheet`), JSON (an array), or CSV
 * with its separator detected from the header row (or `--delimiter`). The workbook's rows are
 * reported under “file › sheet”.
 */
function readTable(
  bytes: Uint8Array,
  file: string,
  what: Text,
  columns: readonly ColumnSpec[],
  columnOf: (path: readonly PathKey[]) => string | undefined,
  opts: TableOptions,
): ReadItems {
  if (isZip(bytes) || isXlsxName(file)) {
    if (opts.xlsx === undefined || !isXlsxName(file)) throw unnamedWorkbook(file);
    const sheet = readXlsx(opts.xlsx, bytes, file, opts.sheet);
    const label = sheetLabel(file, sheet.sheet ?? '');
    opts.note?.({ vi: `${label}: đọc trang tính “${sheet.sheet}”.`, en: `${label}: reading the sheet “${sheet.sheet}”.` });
    return itemsFromCsv(sheet, label, columns, columnOf);
  }
  const text = decodeUtf8(bytes, file);
  if (looksLikeJson(file, text)) return itemsFromJson(text, file, what);
  const sheet = readCsv(text, file, opts.delimiter);
  const sep = delimiterName(sheet.delimiter ?? ',');
  opts.note?.(
    opts.delimiter === undefined
      ? {
          vi: `${fileLabel(file)}: dấu phân cách cột “${sep}” (nhận từ hàng tiêu đề).`,
          en: `${fileLabel(file)}: column separator “${sep}” (detected from the header row).`,
        }
      : { vi: `${fileLabel(file)}: dấu phân cách cột “${sep}” (theo --delimiter).`, en: `${fileLabel(file)}: column separator “${sep}” (from --delimiter).` },
  );
  return itemsFromCsv(sheet, file, columns, columnOf);
}

/** Reads a batch of nominations from .xlsx, JSON (an array) or CSV (one row per nomination). */
export function readNominations(bytes: Uint8Array, file: string, opts: TableOptions = {}): ReadItems {
  return refuseEmpty(readTable(bytes, file, NOMINATIONS, nominationColumns(), nominationColumnOf, opts), NOMINATIONS);
}

/** Reads earlier awards from .xlsx, JSON (an array of `{ achievementId, award, decidedOn }`) or CSV. */
export function readHistory(bytes: Uint8Array, file: string, opts: TableOptions = {}): ReadItems {
  return readTable(bytes, file, AWARDS, historyColumns(), (p) => (typeof p[0] === 'string' ? p[0] : undefined), opts);
}
