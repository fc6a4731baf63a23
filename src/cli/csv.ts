import { CsvError, parse } from 'csv-parse/sync';
import { fileLabel } from './decode';
import { CliError } from './errors';
import type { Text } from './text';
import { echo } from './visible';

/** One data row of a CSV file, numbered as a spreadsheet numbers it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvSheet {
  /** The column separator the file was read with (`,`, `;` or a tab); absent for a workbook sheet. */
  readonly delimiter?: Delimiter;
  /** The workbook sheet the rows come from (an .xlsx file), for messages. */
  readonly sheet?: string;
  /** Column names, trimmed and in NFC. */
  readonly header: readonly string[];
  /** Data rows; blank rows are left out (their numbers are skipped, as in a spreadsheet). */
  readonly rows: readonly CsvRow[];
}

/** The column separators a CSV file may use: Excel writes `;` where `,` is the decimal mark (a Vietnamese-locale Windows). */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A separator for people: “,”, “;” or “Tab”. */
export function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'Tab' : d;
}

/**
 * The separator of a CSV text, from its header row: the candidate found most often outside
 * double quotes on the first line (a comma when none is). The header is the one row whose cells
 * are known to be plain names, so it decides for the whole file.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** A column's letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function syntaxMessage(code: string, row: number, line: number, cell: Text): Text {
  switch (code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        vi: `hàng ${row} (dòng ${line} của tệp)${cell.vi}: sau dấu ngoặc kép đóng một ô phải là dấu phẩy hoặc xuống dòng. Một dấu ngoặc kép bên trong ô được viết hai lần ("").`,
        en: `row ${row} (line ${line} of the file)${cell.en}: a closing double quote must be followed by a comma or a line break. A double quote inside a cell is written twice ("").`,
      };
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        vi: `hàng ${row}${cell.vi}: dấu ngoặc kép mở ô không được đóng cho đến hết tệp (dòng ${line}).`,
        en: `row ${row}${cell.en}: a double quote opening a cell is never closed, up to the end of the file (line ${line}).`,
      };
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return {
        vi: `hàng ${row} (dòng ${line} của tệp)${cell.vi}: có dấu ngoặc kép giữa một ô không bao bằng ngoặc kép. Hãy bao cả ô bằng ngoặc kép và viết "" cho mỗi dấu ngoặc kép bên trong.`,
        en: `row ${row} (line ${line} of the file)${cell.en}: a double quote in the middle of an unquoted cell. Quote the whole cell and write "" for each double quote inside it.`,
      };
    default:
      return {
        vi: `hàng ${row} (dòng ${line} của tệp)${cell.vi}: không đọc được (${code}).`,
        en: `row ${row} (line ${line} of the file)${cell.en}: cannot be read (${code}).`,
      };
  }
}

function errorNumber(e: CsvError, key: 'records' | 'lines' | 'column'): number | undefined {
  const v = (e as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : undefined;
}

/**
 * The line breaks that end a record: CRLF or LF, or CR alone in a file that has no LF (old Mac
 * spreadsheets). Said explicitly because csv-parse otherwise takes the first one it meets, so a
 * stray CR in the header would make every LF after it part of a cell, and the rows' numbers wrong.
 */
function recordDelimiters(text: string): string[] {
  return text.includes('\n') ? ['\r\n', '\n'] : ['\r'];
}

/**
 * Reads CSV text with csv-parse (RFC 4180: quoted cells may hold commas, double quotes written
 * twice, and line breaks). The first row is the header. A syntax error stops the reading with
 * the row (as a spreadsheet counts), the line of the file, and the column.
 */
export function readCsv(text: string, file: string, forced?: Delimiter): CsvSheet {
  const name = fileLabel(file);
  const delimiter = forced ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: false,
      record_delimiter: recordDelimiters(text),
    }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const row = (errorNumber(e, 'records') ?? 0) + 1;
    const line = errorNumber(e, 'lines') ?? row;
    const column = errorNumber(e, 'column');
    let headerCells: string[] = [];
    if (row > 1) {
      try {
        headerCells =
          (parse(text, { bom: true, delimiter, relax_column_count: true, to_line: 1, record_delimiter: recordDelimiters(text) }) as string[][])[0] ?? [];
      } catch {
        headerCells = [];
      }
    }
    const colName = column === undefined ? undefined : headerCells[column]?.trim();
    const cell: Text =
      column === undefined
        ? { vi: '', en: '' }
        : colName
          ? { vi: `, cột ${echo(colName)} (ô ${columnLetter(column)}${row})`, en: `, column ${echo(colName)} (cell ${columnLetter(column)}${row})` }
          : { vi: `, cột ${columnLetter(column)}`, en: `, column ${columnLetter(column)}` };
    const m = syntaxMessage(e.code, row, line, cell);
    throw new CliError({ vi: `Tệp ${name} không phải CSV hợp lệ.`, en: `The file ${name} is not valid CSV.` }, [
      { vi: `${name}: ${m.vi}`, en: `${name}: ${m.en}` },
    ]);
  }
  const first = records[0] ?? [];
  const header = first.map((h) => h.normalize('NFC').trim());
  const other = DELIMITERS.find((d) => d !== delimiter && (header[0] ?? '').includes(d));
  if (header.length === 1 && other !== undefined) {
    throw new CliError(
      {
        vi: `Tệp ${name}: hàng tiêu đề (hàng 1) dùng “${delimiterName(other)}” để phân cách cột, không phải “${delimiterName(delimiter)}” như --delimiter yêu cầu.`,
        en: `The file ${name}: the header (row 1) separates columns with “${delimiterName(other)}”, not the “${delimiterName(delimiter)}” --delimiter asks for.`,
      },
      [],
      {
        vi: 'Bỏ --delimiter để tự nhận dấu phân cách từ hàng tiêu đề.',
        en: 'Leave out --delimiter to detect the separator from the header row.',
      },
    );
  }
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: i + 1, cells });
  }
  return { delimiter, header, rows };
}
