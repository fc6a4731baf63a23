/**
 * Excel workbooks (.xlsx) read into the same sheet a CSV file gives. The reader (@e965/xlsx, the
 * SheetJS parser republished on npm, no dependencies) is loaded only by the command line, with a
 * dynamic import when a run names an .xlsx file, so it is never part of the library's bundle.
 */
import type { CsvRow, CsvSheet } from './csv';
import { fileLabel } from './decode';
import { CliError } from './errors';
import type { Text } from './text';
import { echo } from './visible';

/** The workbook reader's module (typed loosely: only what is used here). */
export type XlsxModule = typeof import('@e965/xlsx');

/** Whether `file` names an Excel workbook by its extension. */
export function isXlsxName(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/** Whether bytes are a ZIP archive (an .xlsx workbook is one), by their first four bytes. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Loads the workbook reader (once). */
export async function loadXlsx(): Promise<XlsxModule> {
  const m = (await import('@e965/xlsx')) as XlsxModule & { default?: XlsxModule };
  return typeof m.read === 'function' ? m : m.default!;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date cell as text: Excel stores a serial number of days (since 1899-12-30, or 1904-01-01 in
 * the 1904 system) in wall-clock time with no zone. A whole day is written `YYYY-MM-DD` (that day
 * in Vietnam time, as every date of the command line is); a day with a time is that wall-clock
 * time in Vietnam time (`+07:00`), since the plan's deadlines are.
 */
export function excelDateText(serial: number, date1904 = false): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (ms % 86_400_000 === 0) return day;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`;
}

interface Cell {
  readonly t: string;
  readonly v?: unknown;
  readonly w?: string;
  readonly z?: unknown;
}

/** A cell's value as the text a CSV file would hold. */
function cellText(x: XlsxModule, cell: Cell | undefined, date1904: boolean): string {
  if (cell === undefined) return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : undefined;
      if (format !== undefined && x.SSF.is_date(format)) return excelDateText(v, date1904);
      return String(v);
    }
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v ?? '');
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'e':
      return cell.w ?? '#ERROR';
    case 'z':
      return '';
    default:
      return String(cell.v ?? '');
  }
}

/** The name a workbook's rows are reported under: “file › sheet”. */
export function sheetLabel(file: string, sheet: string): string {
  return `${fileLabel(file)} › ${sheet}`;
}

/**
 * The rows of a workbook's sheet (the first, or the one named), as a sheet of text cells: row
 * numbers as Excel shows them (the header is the sheet's first used row), blank rows left out,
 * numbers as their shortest text, date cells as `YYYY-MM-DD` (see excelDateText).
 *
 * @throws CliError when the bytes are not a workbook, or the sheet named is not in it.
 */
export function readXlsx(x: XlsxModule, bytes: Uint8Array, file: string, sheetName?: string): CsvSheet {
  const name = fileLabel(file);
  let wb: ReturnType<XlsxModule['read']>;
  try {
    wb = x.read(bytes, { type: 'array', cellDates: false, cellFormula: false, cellHTML: false, dense: false });
  } catch (e) {
    throw new CliError({
      vi: `Tệp ${name} không đọc được như một sổ tính Excel (.xlsx): ${(e as Error).message}`,
      en: `The file ${name} cannot be read as an Excel workbook (.xlsx): ${(e as Error).message}`,
    });
  }
  const names = wb.SheetNames;
  const chosen = sheetName ?? names[0];
  if (chosen === undefined || !Object.hasOwn(wb.Sheets, chosen)) {
    const list = names.map((n) => `“${echo(n)}”`).join(', ');
    throw new CliError(
      sheetName === undefined
        ? { vi: `Tệp ${name} không có trang tính nào.`, en: `The workbook ${name} has no sheet.` }
        : {
            vi: `Tệp ${name} không có trang tính “${echo(sheetName)}”; các trang: ${list}.`,
            en: `The workbook ${name} has no sheet “${echo(sheetName)}”; its sheets: ${list}.`,
          },
    );
  }
  const ws = wb.Sheets[chosen]!;
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const ref = ws['!ref'];
  if (ref === undefined) {
    return { sheet: chosen, header: [], rows: [] };
  }
  const range = x.utils.decode_range(ref);
  const read = (r: number): string[] => {
    const cells: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellText(x, ws[x.utils.encode_cell({ r, c })] as Cell | undefined, date1904));
    return cells;
  };
  // Columns before the used range are empty: keep them so that a letter in a message is Excel's.
  const lead = Array.from({ length: range.s.c }, () => '');
  const header = [...lead, ...read(range.s.r)].map((h) => h.normalize('NFC').trim());
  const rows: CsvRow[] = [];
  for (let r = range.s.r + 1; r <= range.e.r; r++) {
    const cells = [...lead, ...read(r)];
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: r + 1, cells });
  }
  return { sheet: chosen, header, rows };
}

/** The message for workbook bytes met where no reader was loaded (stdin, or a file not named .xlsx). */
export function unnamedWorkbook(file: string): CliError {
  const name = fileLabel(file);
  const text: Text = {
    vi: `Tệp ${name} là một sổ tính Excel (ZIP), nhưng tên không có đuôi .xlsx: hãy đặt tên tệp kết thúc bằng .xlsx.`,
    en: `The file ${name} is an Excel workbook (a ZIP archive) but its name does not end in .xlsx: name it with .xlsx.`,
  };
  return new CliError(text);
}
