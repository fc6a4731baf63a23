import { CliError } from '../../src/cli/errors';
import { describe, expect, it } from 'vitest';
import {
  parseBlockCell,
  parseBooleanCell,
  parseIdListCell,
  parseIntegerCell,
  parseKindCell,
  parseRoleListCell,
  parseYearListCell,
  readInstant,
  toInstant,
  type CellResult,
} from '../../src/cli/cells';

const nfd = (s: string) => s.normalize('NFD');
const value = <T>(r: CellResult<T>) => (r.ok ? r.value : 'error');

describe('a CSV cell is read by its column type', () => {
  it.each([
    ['có', true],
    ['CÓ', true],
    [nfd('Có'), true],
    [' có ', true],
    ['x', true],
    ['X', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['không', false],
    ['KHÔNG', false],
    [nfd('không'), false],
    ['false', false],
    ['0', false],
    ['', undefined],
    ['   ', undefined],
    ['yes', 'error'],
    ['co', 'error'],
    ['có lẽ', 'error'],
    ['2', 'error'],
  ] as const)('the yes/no cell “%s” reads as %s (an empty cell is unknown, never false)', (raw, expected) => {
    expect(value(parseBooleanCell(raw))).toBe(expected);
  });

  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['0', 0],
    ['007', 7],
    ['-1', -1],
    ['', undefined],
    ['ba', 'error'],
    ['3.0', 'error'],
    ['2,5', 'error'],
    ['1e3', 'error'],
    ['1.000', 'error'],
    ['99999999999999999999', 'error'],
  ] as const)('the whole-number cell “%s” reads as %s', (raw, expected) => {
    expect(value(parseIntegerCell(raw))).toBe(expected);
  });

  it.each([
    ['2026;2027;2028', [2026, 2027, 2028]],
    [' 2026 ; 2027; ', [2026, 2027]],
    ['2026', [2026]],
    ['không', []],
    ['none', []],
    ['', undefined],
    ['2026;hai', 'error'],
    ['2026,2027', 'error'],
  ] as const)('the year-list cell “%s” reads as %j', (raw, expected) => {
    expect(value(parseYearListCell(raw))).toEqual(expected);
  });

  it.each([
    ['advise;organize', ['advise', 'organize']],
    ['tham mưu;tổ chức thực hiện', ['advise', 'organize']],
    [nfd('Chỉ đạo; Phụ trách'), ['direct', 'in-charge']],
    ['đề xuất;tham gia thực hiện', ['propose', 'participate']],
    ['tham gia', ['participate']],
    ['không', []],
    ['', undefined],
    ['lãnh đạo', ['lãnh đạo']], // not a role of the plan: the library refuses it and names the cell
  ] as const)('the role-list cell “%s” reads as %j', (raw, expected) => {
    expect(value(parseRoleListCell(raw))).toEqual(expected);
  });

  it.each([
    ['sk-1;sk-2', ['sk-1', 'sk-2']],
    ['sk-1', ['sk-1']],
    ['', undefined],
  ] as const)('the achievements cell “%s” reads as %j', (raw, expected) => {
    expect(value(parseIdListCell(raw))).toEqual(expected);
  });

  it.each([
    ['tập thể', 'collective'],
    [nfd('Cá nhân'), 'individual'],
    ['individual', 'individual'],
    ['nhóm', 'nhóm'],
  ] as const)('the kind cell “%s” reads as %s', (raw, expected) => {
    expect(value(parseKindCell(raw))).toBe(expected);
  });

  it.each([
    ['sở', 'department'],
    ['Phường', 'ward'],
    ['xã', 'commune'],
    [nfd('đặc khu'), 'special-zone'],
    ['commune', 'commune'],
    ['', undefined],
  ] as const)('the block cell “%s” reads as %s', (raw, expected) => {
    expect(value(parseBlockCell(raw))).toBe(expected);
  });

  it('a cell that cannot be read says why in both languages', () => {
    const r = parseIntegerCell('ba');
    expect(r).toEqual({
      ok: false,
      problem: { vi: '“ba” không phải số nguyên (ví dụ: 3)', en: '“ba” is not a whole number (e.g. 3)' },
    });
  });
});

describe('an instant typed on the command line or in a cell', () => {
  it.each([
    ['2026-11-19', '2026-11-19T00:00:00+07:00'],
    ['19/11/2026', '2026-11-19T00:00:00+07:00'],
    ['9/3/2030', '2030-03-09T00:00:00+07:00'],
    ['2026-11-19T17:30:00Z', '2026-11-19T17:30:00Z'],
    ['2026-11-19T17:30:00+07:00', '2026-11-19T17:30:00+07:00'],
  ])('“%s” is read as %s (a date alone is that day in Vietnam time)', (raw, expected) => {
    expect(toInstant(raw)).toBe(expected);
  });

  it.each(['2026-11-19 16:30', '2026-11-19T16:30:05', '2030-03-08T16:00'])('“%s”, a time without an offset, is refused', (raw) => {
    expect(() => toInstant(raw, '--as-of')).toThrow(CliError);
    expect(readInstant(raw)).toMatchObject({ ok: false, problem: { en: expect.stringContaining('has a time but no offset') } });
  });
});
