import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/cli/allocate';
import { columnLetter, readCsv } from '../../src/cli/csv';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/cli/decode';
import { CliError } from '../../src/cli/errors';
import { clauseLines, decidingClauses } from '../../src/cli/evaluate';
import { arrayElementLines } from '../../src/cli/input';
import type { Io, Stream } from '../../src/cli/io';
import { displayWidth, pad, renderCsv, renderJson, renderText, wrap, type CsvValue } from '../../src/cli/render';
import { run } from '../../src/cli/run';
import { formatInt } from '../../src/cli/text';
import { formatVnd } from '../../src/index';
import type { CriterionResult } from '../../src/index';

describe('text width and wrapping for a terminal', () => {
  it.each([
    ['Nguyễn Thị Lan', 14],
    ['Nguyễn Thị Lan'.normalize('NFD'), 14],
    ['Phòng Văn hóa - Xã hội'.normalize('NFD'), 22],
    ['ĐẠT TẤT CẢ', 10],
    ['越南', 4],
    ['한국', 4],
    ['ＡＢ', 4],
    ['😀', 2],
    ['a\u200bb\ufeff', 2],
    ['─•…', 3],
    ['', 0],
  ])('“%s” takes %i columns, combining marks counting none', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('pads by what is shown, not by code units', () => {
    expect(pad('Hà'.normalize('NFD'), 4)).toBe('Hà'.normalize('NFD') + '  ');
    expect(pad('7', 3, 'right')).toBe('  7');
  });

  it('wraps at spaces, never between a letter and its marks', () => {
    expect(wrap('Trung tâm Phục vụ hành chính công xã', 12)).toEqual(['Trung tâm', 'Phục vụ hành', 'chính công', 'xã']);
    const long = 'Nguyễn'.normalize('NFD').repeat(3);
    expect(wrap(long, 6).map((l) => l.normalize('NFC'))).toEqual(['Nguyễn', 'Nguyễn', 'Nguyễn']);
  });

  it('a table is aligned by display width and fits the width asked for', () => {
    const out = renderText(
      [
        {
          kind: 'table',
          columns: [{ header: 'Tên' }, { header: 'Ghi chú', wrap: true }],
          rows: [['Hà'.normalize('NFD'), 'một hai ba bốn năm sáu bảy tám chín mười']],
        },
      ],
      30,
    );
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => displayWidth(l) <= 30)).toBe(true);
    expect(lines[0]).toBe('Tên  Ghi chú');
    expect(lines[2]!.normalize('NFC')).toBe('Hà   một hai ba bốn năm sáu');
  });
});

describe('CSV output', () => {
  /** The one field of a one-column CSV, without its header and line end. */
  const field = (v: CsvValue) => {
    const out = renderCsv(['h'], [[v]]);
    expect(out.startsWith('h\r\n') && out.endsWith('\r\n')).toBe(true);
    return out.slice(3, -2);
  };

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    [' padded', '" padded"'],
    ['padded ', '"padded "'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1 text', "'-1 text"],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\u{FF1D}1+1', "'\u{FF1D}1+1"],
    ['a=b', 'a=b'],
    [-1, '-1'],
    [7_000_000, '7000000'],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
    [undefined, ''],
    ['', ''],
  ] as const)('the value %j is written as %s', (v, expected) => {
    expect(field(v)).toBe(expected);
  });

  it('rows end with CRLF; a byte order mark only when asked for', () => {
    expect(
      renderCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,y\r\n');
    expect(renderCsv(['a'], [], true)).toBe('\ufeffa\r\n');
  });
});

describe('reading CSV and UTF-8', () => {
  it('rows are numbered as a spreadsheet numbers them, blank rows skipped', () => {
    const sheet = readCsv('id,name\r\n1,"a,\nb"\r\n\r\n2,c\r\n', 'f.csv');
    expect(sheet.header).toEqual(['id', 'name']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['1', 'a,\nb'] },
      { row: 4, cells: ['2', 'c'] },
    ]);
  });

  it.each([
    [0, 'A'],
    [11, 'L'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter);
  });

  it.each([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa0], -1],
    [[0x61, 0xea, 0x6e], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xe1, 0xbb], 0],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
  ])('the first invalid UTF-8 byte of %j is at %i', (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('a UTF-8 byte order mark is dropped; other encodings are refused', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'f')).toBe('a');
    expect(() => decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x61, 0]), 'f')).toThrow(CliError);
    expect(() => decodeUtf8(Uint8Array.from([0x61, 0xe0, 0x62]), 'f')).toThrow(CliError);
  });

  it('the line of each element of a JSON array is found, strings with brackets included', () => {
    expect(arrayElementLines('[\n  {"a": "[x]"},\n  {"b": [1,\n 2]},\n  3\n]')).toEqual([2, 3, 5]);
    expect(arrayElementLines('[]')).toEqual([]);
    expect(arrayElementLines('[\r\n"a\\"]",\r\n\r\n null, [\n]]')).toEqual([2, 4, 4]);
  });
});

describe('numbers, budgets and clauses', () => {
  it.each([
    ['5500000', 5_500_000],
    ['5.500.000', 5_500_000],
    ['5,500,000', 5_500_000],
    ['5 500 000', 5_500_000],
    ['0', 0],
    ['5.500,000', undefined],
    ['5,5', undefined],
    ['5tr', undefined],
    ['-5', undefined],
  ])('the budget “%s” is %s đồng', (raw, expected) => {
    expect(parseBudget(raw)).toBe(expected);
  });

  it('amounts use the language’s thousands separator', () => {
    expect(formatInt(4_560_000, 'vi')).toBe('4.560.000');
    expect(formatVnd(760_000, 'en')).toBe('760,000 VND');
    expect(formatVnd(940_000, 'vi')).toBe('940.000 đồng');
  });

  it('the deciding clauses follow three-valued logic: the children with the group’s result', () => {
    const leaf = (id: string, result: CriterionResult['result']): CriterionResult => ({ id, result, text: { vi: id, en: id }, label: { vi: id, en: id } });
    const tree: CriterionResult = {
      ...leaf('root', 'met'),
      logic: 'all',
      children: [leaf('base-1', 'met'), { ...leaf('options', 'met'), logic: 'any', children: [leaf('option-1', 'unknown'), leaf('option-2', 'met')] }],
    };
    expect(decidingClauses(tree)).toEqual(['base-1', 'option-2']);
    const failed: CriterionResult = { ...tree, result: 'not-met', children: [leaf('base-1', 'not-met'), leaf('base-2', 'unknown')] };
    expect(decidingClauses(failed)).toEqual(['base-1']);
  });

  it('clause families are written on one line each', () => {
    expect(clauseLines(['X.a-individual-base-1', 'X.a-individual-base-2', 'X.a-individual-option-3', 'X.b'])).toEqual([
      'X.a-individual-base-1, -2',
      'X.a-individual-option-3',
      'X.b',
    ]);
  });
});

describe('progress of a long batch', () => {
  function fakeIo(stderrIsTty: boolean, csv: string): Io & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    const stream = (sink: string[], isTTY: boolean): Stream => ({ write: (s) => void sink.push(s), isTTY });
    return {
      out,
      err,
      stdout: stream(out, false),
      stderr: stream(err, stderrIsTty),
      readFile: () => new TextEncoder().encode(csv),
      writeFile: () => {
        throw new Error('no file is written here');
      },
      shippedScenarios: () => [],
      now: () => new Date('2026-11-01T00:00:00Z'),
      env: {},
      version: 'test',
    };
  }
  const header = 'id,ruleSet,year,kind,name,unitId,goodConduct,excellentCompletion,reformRoles,highResponsibility';
  const batch = (n: number) =>
    [header, ...Array.from({ length: n }, (_, i) => `hs-${i},annual-grassroots,2026,cá nhân,Người ${i},vhxh,có,có,tham gia,có`)].join('\n');

  it('on a terminal, a batch of 2,500 shows “Đang đánh giá …/2.500” on stderr, and stdout gets the whole result', async () => {
    const io = fakeIo(true, batch(2500));
    expect(await run(['evaluate', 'batch.csv', '--format', 'json'], io)).toBe(0);
    const err = io.err.join('');
    expect(err).toContain('Đang đánh giá 500/2.500…');
    expect(err).toContain('Đang đánh giá 2.500/2.500…');
    expect(JSON.parse(io.out.join(''))).toHaveLength(2500);
    expect(io.out).toHaveLength(1); // written once, after everything was read and evaluated
  });

  it('no progress when stderr is not a terminal, or the batch is short', async () => {
    const piped = fakeIo(false, batch(2500));
    expect(await run(['evaluate', 'batch.csv', '--format', 'json'], piped)).toBe(0);
    expect(piped.err).toEqual([]);
    const short = fakeIo(true, batch(10));
    expect(await run(['evaluate', 'batch.csv', '--format', 'json', '--lang', 'en'], short)).toBe(0);
    expect(short.err).toEqual([]);
  });

  it('deadline without --as-of or --submitted uses the current time and says so on stderr', async () => {
    const io = fakeIo(false, '');
    expect(await run(['deadline', '--track', 'annual-grassroots', '--year', '2026', '--format', 'json'], io)).toBe(0);
    expect(io.err.join('')).toContain('tính đến thời điểm hiện tại, 2026-11-01T00:00:00.000Z');
    expect(JSON.parse(io.out.join('')).milestones[0].daysLeft).toBe(18);
  });
});

describe('a whole city’s batch renders (issue 18 item 4)', () => {
  it('a table of 200,000 rows renders without overflowing the stack, every row present', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [[`hs-${i}`], ['đủ tiêu chuẩn']]);
    const text = renderText([{ kind: 'table', columns: [{ header: 'Mã' }, { header: 'Kết quả', wrap: true }], rows }], 80);
    expect(text.split('\n').length).toBe(200_000 + 3);
    expect(text).toContain('hs-199999');
  });

  it('a JSON array is written element by element exactly as JSON.stringify writes it', () => {
    const value = [{ a: 1, b: ['x', { c: null }] }, 'two', [3]];
    expect(renderJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(renderJson([])).toBe('[]\n');
  });
});
