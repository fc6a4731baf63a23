import { CliError } from './errors';
import type { Text } from './text';
import { echo } from './visible';

/** What reading one CSV cell gave: a value (`undefined` for an empty cell: an unknown fact), or a problem. */
export type CellResult<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly problem: Text };

const ok = <T>(value: T | undefined): CellResult<T> => ({ ok: true, value });
const bad = (problem: Text): CellResult<never> => ({ ok: false, problem });

/** A cell as compared: trimmed, NFC (Vietnamese typed in NFD reads the same), lower case. */
export function normalizeCell(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** Words read as true and as false (after normalizeCell). An empty cell is unknown, never false. */
export const TRUE_WORDS = ['có', 'x', 'true', '1'] as const;
export const FALSE_WORDS = ['không', 'false', '0'] as const;

/** A yes/no cell: `có/không`, `x`, `true/false`, `1/0` in any case; empty = unknown. */
export function parseBooleanCell(raw: string): CellResult<boolean> {
  const v = normalizeCell(raw);
  if (v === '') return ok(undefined);
  if ((TRUE_WORDS as readonly string[]).includes(v)) return ok(true);
  if ((FALSE_WORDS as readonly string[]).includes(v)) return ok(false);
  return bad({
    vi: `“${echo(raw.trim())}” không phải giá trị có/không; dùng có, không, x, true, false, 1 hoặc 0 (để trống nếu chưa biết)`,
    en: `“${echo(raw.trim())}” is not a yes/no value; use có, không, x, true, false, 1 or 0 (leave it empty if unknown)`,
  });
}

function integerOf(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A whole number (digits only, an optional sign); empty = unknown. `3.0`, `3,5`, `ba` are refused. */
export function parseIntegerCell(raw: string): CellResult<number> {
  const v = raw.normalize('NFC').trim();
  if (v === '') return ok(undefined);
  const n = integerOf(v);
  if (n === undefined) {
    return bad({ vi: `“${echo(v)}” không phải số nguyên (ví dụ: 3)`, en: `“${echo(v)}” is not a whole number (e.g. 3)` });
  }
  return ok(n);
}

/** Words that mean an empty list (no years, no roles) rather than an unknown one. */
export const NONE_WORDS = ['không', 'none'] as const;

function listItems(raw: string): string[] | 'none' | undefined {
  const v = raw.normalize('NFC').trim();
  if (v === '') return undefined;
  if ((NONE_WORDS as readonly string[]).includes(v.toLowerCase())) return 'none';
  return v
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Years separated by `;` (`2026;2027;2028`); `không` = none; empty = unknown. */
export function parseYearListCell(raw: string): CellResult<number[]> {
  const items = listItems(raw);
  if (items === undefined) return ok(undefined);
  if (items === 'none') return ok([]);
  const years: number[] = [];
  for (const item of items) {
    const n = integerOf(item);
    if (n === undefined) {
      return bad({
        vi: `“${echo(item)}” không phải năm; ghi các năm cách nhau bằng dấu chấm phẩy, ví dụ 2026;2027;2028`,
        en: `“${echo(item)}” is not a year; write the years separated by semicolons, e.g. 2026;2027;2028`,
      });
    }
    years.push(n);
  }
  return ok(years);
}

/** The plan's Vietnamese names of the roles in reform work, read as the library's role IDs. */
export const ROLE_ALIASES: Readonly<Record<string, string>> = {
  'chỉ đạo': 'direct',
  'phụ trách': 'in-charge',
  'tham mưu': 'advise',
  'đề xuất': 'propose',
  'tổ chức thực hiện': 'organize',
  'tổ chức': 'organize',
  'tham gia thực hiện': 'participate',
  'tham gia': 'participate',
};

/**
 * Roles separated by `;` (`advise;organize`, or the plan's words `tham mưu;tổ chức thực hiện`);
 * `không` = no role; empty = unknown. Other words go to the library, which names the roles it takes.
 */
export function parseRoleListCell(raw: string): CellResult<string[]> {
  const items = listItems(raw);
  if (items === undefined) return ok(undefined);
  if (items === 'none') return ok([]);
  return ok(items.map((s) => ROLE_ALIASES[s.toLowerCase()] ?? s));
}

/** IDs separated by `;` (achievements); empty = none. */
export function parseIdListCell(raw: string): CellResult<string[]> {
  const items = listItems(raw);
  if (items === undefined || items === 'none') return ok(undefined);
  return ok(items);
}

/** `tập thể` / `cá nhân` read as `collective` / `individual`. */
export const KIND_ALIASES: Readonly<Record<string, string>> = { 'tập thể': 'collective', 'cá nhân': 'individual' };

/** The blocks of the PAR index ranking in Vietnamese, read as the library's block IDs. */
export const BLOCK_ALIASES: Readonly<Record<string, string>> = {
  sở: 'department',
  'sở, ban, ngành': 'department',
  phường: 'ward',
  xã: 'commune',
  'đặc khu': 'special-zone',
};

function aliased(aliases: Readonly<Record<string, string>>) {
  return (raw: string): CellResult<string> => {
    const v = raw.normalize('NFC').trim();
    if (v === '') return ok(undefined);
    return ok(aliases[v.toLowerCase()] ?? v);
  };
}

/** The nominee kind: `collective`, `individual`, `tập thể`, `cá nhân`. */
export const parseKindCell = aliased(KIND_ALIASES);
/** The unit's block: `department`, `ward`, `commune`, `special-zone`, or `sở`, `phường`, `xã`, `đặc khu`. */
export const parseBlockCell = aliased(BLOCK_ALIASES);

/** A text (an ID, a name); empty = not given. The library trims it and checks it. */
export function parseTextCell(raw: string): CellResult<string> {
  const v = raw.normalize('NFC').trim();
  return ok(v === '' ? undefined : v);
}

/**
 * An instant for the command line, by the one rule of the library and the command line: a date
 * alone (`YYYY-MM-DD`, or `dd/mm/yyyy` as officials write it) is that day in Vietnam time, from its
 * start; an instant carries its offset (`Z` or `+07:00`) and is kept as it is. A date and time
 * without an offset is refused: which zone was meant cannot be known. Anything else is passed on
 * for the library to check.
 */
export function readInstant(value: string): CellResult<string> {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return ok(`${v}T00:00:00+07:00`);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (vn) return ok(`${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}T00:00:00+07:00`);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) {
    return {
      ok: false,
      problem: {
        vi: `“${echo(v)}” có giờ nhưng không có múi giờ; hãy ghi múi giờ (ví dụ ${v.replace(' ', 'T')}+07:00 cho giờ Việt Nam) hoặc chỉ ghi ngày`,
        en: `“${echo(v)}” has a time but no offset; write the offset (e.g. ${v.replace(' ', 'T')}+07:00 for Vietnam time) or only the date`,
      },
    };
  }
  return ok(v);
}

/**
 * An instant for the command line (readInstant), or the CliError naming `flag` when it has a time
 * and no offset.
 */
export function toInstant(value: string, flag = '--as-of'): string {
  const r = readInstant(value);
  if (r.ok) return r.value!;
  throw new CliError({ vi: `${flag}: ${r.problem.vi}.`, en: `${flag}: ${r.problem.en}.` });
}

/** A submission instant; see readInstant. The library checks the result. */
export function parseInstantCell(raw: string): CellResult<string> {
  const v = raw.trim();
  return v === '' ? ok(undefined) : readInstant(v);
}
