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
import { columnLetter, readCsv, type CsvSheet } from './csv';
import { decodeUtf8, fileLabel } from './decode';
import { CliError } from './errors';
import { FACT_INFO, type FactName } from './lib';
import type { Text } from './text';

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

function suggest(name: string, known: readonly string[]): string | undefined {
  const a = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const b = k.toLowerCase();
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    const dist = d[a.length]![b.length]!;
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(a.length / 3)) ? best : undefined;
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
  const at = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (at < 0) return { vi: `hàng ${row}, cột ${column} (không có trong tệp)`, en: `row ${row}, column ${column} (not in the file)` };
  return {
    vi: `hàng ${row}, cột ${column} (ô ${columnLetter(at)}${row})`,
    en: `row ${row}, column ${column} (cell ${columnLetter(at)}${row})`,
  };
}

/** Reads a CSV sheet into items, one per row, with the columns given. */
export function itemsFromCsv(
  sheet: CsvSheet,
  file: string,
  columns: readonly ColumnSpec[],
  columnOf: (path: readonly PathKey[]) => string | undefined,
): ReadItems {
  const name = fileLabel(file);
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const problems: Text[] = [];
  const used: (ColumnSpec | undefined)[] = [];
  const seen = new Map<string, number>();
  sheet.header.forEach((h, i) => {
    const where = { vi: `${name}: hàng 1, ô ${columnLetter(i)}1`, en: `${name}: row 1, cell ${columnLetter(i)}1` };
    if (h === '') {
      used.push(undefined);
      if (sheet.rows.some((r) => (r.cells[i] ?? '').trim() !== '')) {
        problems.push({ vi: `${where.vi}: cột có dữ liệu nhưng không có tên.`, en: `${where.en}: a column with data but no name.` });
      }
      return;
    }
    const spec = byName.get(h.toLowerCase());
    if (!spec) {
      used.push(undefined);
      const hint = suggest(h, columns.map((c) => c.name));
      problems.push({
        vi: `${where.vi}: cột “${h}” không có trong danh mục cột${hint ? `; có phải “${hint}”?` : ''}.`,
        en: `${where.en}: unknown column “${h}”${hint ? `; did you mean “${hint}”?` : ''}.`,
      });
      return;
    }
    const before = seen.get(spec.name);
    if (before !== undefined) {
      problems.push({
        vi: `${where.vi}: cột “${spec.name}” xuất hiện hai lần (đã có ở ô ${columnLetter(before)}1).`,
        en: `${where.en}: column “${spec.name}” appears twice (already in cell ${columnLetter(before)}1).`,
      });
      used.push(undefined);
      return;
    }
    seen.set(spec.name, i);
    used.push(spec);
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.name)) {
      problems.push({ vi: `${name}: hàng 1: thiếu cột bắt buộc “${c.name}”.`, en: `${name}: row 1: the required column “${c.name}” is missing.` });
    }
  }
  if (problems.length > 0) throw inputError(file, problems);

  const items: unknown[] = [];
  const rowNumbers: number[] = [];
  for (const { row, cells } of sheet.rows) {
    const item: Record<string, unknown> = {};
    if (cells.length > sheet.header.length) {
      problems.push({
        vi: `${name}: hàng ${row}: có ${cells.length} ô, nhiều hơn ${sheet.header.length} cột của hàng tiêu đề (thiếu dấu ngoặc kép quanh một ô có dấu phẩy?).`,
        en: `${name}: row ${row}: ${cells.length} cells, more than the header's ${sheet.header.length} columns (a cell with a comma not in double quotes?).`,
      });
      continue;
    }
    used.forEach((spec, i) => {
      if (!spec) return;
      const r = spec.parse(cells[i] ?? '');
      if (!r.ok) {
        const at = cellText(row, spec.name, sheet.header);
        problems.push({ vi: `${name}: ${at.vi}: ${r.problem.vi}.`, en: `${name}: ${at.en}: ${r.problem.en}.` });
      } else if (r.value !== undefined) {
        setAt(item, spec.target, spec.name === 'achievements' ? (r.value as string[]).map((id) => ({ id })) : r.value);
      }
    });
    items.push(item);
    rowNumbers.push(row);
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

/** The 1-based line of each top-level element of a JSON array text (for messages). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\ufeff') continue;
    if (depth === 1 && expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1 && ch === '[') expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

function jsonSyntaxError(text: string, file: string, e: SyntaxError): CliError {
  const name = fileLabel(file);
  const m = /position (\d+)/.exec(e.message);
  let where: Text = { vi: '', en: '' };
  if (m) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n');
    where = { vi: ` (dòng ${line}, cột ${col})`, en: ` (line ${line}, column ${col})` };
  } else if (/end of JSON input/i.test(e.message)) {
    where = { vi: ' (tệp kết thúc giữa chừng)', en: ' (the file ends too early)' };
  }
  return new CliError(
    { vi: `Tệp ${name} không phải JSON hợp lệ${where.vi}.`, en: `The file ${name} is not valid JSON${where.en}.` },
    [{ vi: `${name}: ${e.message}`, en: `${name}: ${e.message}` }],
  );
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
        const id = typeof rawId === 'string' ? `id “${rawId}”` : undefined;
        const line = lines[index];
        const vi = [id, line === undefined ? undefined : `dòng ${line}`].filter((s) => s !== undefined).join(', ');
        const en = [id, line === undefined ? undefined : `line ${line}`].filter((s) => s !== undefined).join(', ');
        const field = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
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

/** Reads a batch of nominations from JSON (an array) or CSV (one row per nomination). */
export function readNominations(bytes: Uint8Array, file: string): ReadItems {
  const text = decodeUtf8(bytes, file);
  const read = looksLikeJson(file, text)
    ? itemsFromJson(text, file, NOMINATIONS)
    : itemsFromCsv(readCsv(text, file), file, nominationColumns(), nominationColumnOf);
  return refuseEmpty(read, NOMINATIONS);
}

/** Reads earlier awards from JSON (an array of `{ achievementId, award, decidedOn }`) or CSV. */
export function readHistory(bytes: Uint8Array, file: string): ReadItems {
  const text = decodeUtf8(bytes, file);
  return looksLikeJson(file, text)
    ? itemsFromJson(text, file, AWARDS)
    : itemsFromCsv(readCsv(text, file), file, historyColumns(), (p) => (typeof p[0] === 'string' ? p[0] : undefined));
}
