import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/cli/csv';
import { excelDateText } from '../../src/cli/xlsx';
import type { Allocation, Evaluation } from '../../src/index';
import { csvText, INDIVIDUAL_HEADER, individualRow, runCli, scratch } from './helpers';

const file = scratch();

/** The individual batch's header and one row, with `sep` between cells (cells holding `sep` quoted as Excel does). */
function separated(sep: string, rows: readonly string[][]): string {
  const quote = (c: string) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c);
  return csvText(rows.map((r) => r.map(quote).join(sep)));
}
const HEADER = INDIVIDUAL_HEADER.split(',');
const row = (id: string, name = 'Nguyễn Thị Lan') =>
  individualRow(id, { name: 'NAME' })
    .split(',')
    .map((c) => (c === 'NAME' ? name : c));

/** A workbook of one sheet (or more), as Excel writes it, in memory. */
function workbook(sheets: Record<string, unknown[][]>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: false }), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const names = (out: string) => (JSON.parse(out) as Evaluation[]).map((e) => e.nomineeName);

describe('the column separator is found in the header row', () => {
  it.each([
    [',', 'a,b;c\r\n', ','],
    [';', 'a;b;c\r\n1,5;2;3', ';'],
    ['tab', 'a\tb\tc\n', '\t'],
    ['a quoted comma that is not a separator', '"a,b";c\n', ';'],
    ['none at all (one column)', 'id\n', ','],
    ['a BOM first', '\ufeffa;b\n', ';'],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('a CSV saved by Excel on a Vietnamese-locale Windows is read', () => {
  it.each([
    [';', ';'],
    ['tab', '\t'],
    [',', ','],
  ])('with “%s” between cells and a cell quoted as Excel quotes it', async (_label, sep) => {
    const quoted = sep === ',' ? 'Lê Văn "Tư", Phó Chủ tịch' : 'Lê Văn "Tư"; Phó Chủ tịch';
    const path = file(`sep-${_label}.csv`, separated(sep, [HEADER, row('hs-1'), row('hs-2', quoted)]));
    const r = await runCli(['evaluate', path, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(names(r.stdout)).toEqual(['Nguyễn Thị Lan', quoted]);
  });

  it('--verbose says which separator was used and where it came from', async () => {
    const path = file('verbose.csv', separated(';', [HEADER, row('hs-1')]));
    const detected = await runCli(['evaluate', path, '--format', 'json', '--verbose', '--lang', 'en']);
    expect(detected.stderr).toContain('column separator “;” (detected from the header row)');
    const forced = await runCli(['evaluate', path, '--format', 'json', '--verbose', '--delimiter', ';']);
    expect(forced.stderr).toContain('dấu phân cách cột “;” (theo --delimiter)');
    expect((await runCli(['evaluate', path, '--format', 'json'])).stderr).toBe('');
  });

  it('--delimiter takes only a comma, a semicolon or a tab', async () => {
    const path = file('bad-delim.csv', separated(',', [HEADER, row('hs-1')]));
    const r = await runCli(['evaluate', path, '--delimiter', '|', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--delimiter takes “,”, “;” or tab; not “|”.');
  });
});

describe('Vietnamese column headers are read as the field names', () => {
  const vi = ['Mã hồ sơ', 'ruleSet', 'Năm', 'Đối tượng', 'Họ tên', 'Mã đơn vị', 'Đơn vị', ...HEADER.slice(7)];

  it('a sheet with Vietnamese headers gives the same evaluations as one with field names', async () => {
    const a = await runCli(['evaluate', file('en-head.csv', separated(',', [HEADER, row('hs-1')])), '--format', 'json']);
    const b = await runCli(['evaluate', file('vi-head.csv', separated(',', [vi, row('hs-1')])), '--format', 'json']);
    expect(b.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
  });

  it('an error names the header as the file writes it, with its field and cell', async () => {
    const bad = row('hs-1');
    bad[2] = 'hai nghìn';
    const r = await runCli(['evaluate', file('vi-bad.csv', separated(',', [vi, bad])), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2, column Năm (year) (cell C2)');
  });
});

describe('an .xlsx workbook is read directly', () => {
  it('the first sheet, a year typed as text and a number, a date cell read as that day', async () => {
    const r1 = row('hs-1');
    const r2 = row('hs-2', 'Trần Văn Nam');
    const path = file(
      'batch.xlsx',
      workbook({ 'Danh sách': [HEADER, r1.map((c, i) => (i === 2 ? 2026 : c)), r2.map((c, i) => (i === 2 ? ' 2026' : c))], Khác: [['x']] }),
    );
    const r = await runCli(['evaluate', path, '--format', 'json', '--verbose', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('batch.xlsx › Danh sách: reading the sheet “Danh sách”.');
    expect(names(r.stdout)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Nam']);
    const csv = await runCli([
      'evaluate',
      file('same.csv', separated(',', [HEADER, r1, r2.map((c, i) => (i === 2 ? '2026' : c))])),
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.stdout).toBe(csv.stdout);
  });

  it.each([
    [46_357, '2026-12-01'],
    [46_357.6875, '2026-12-01T16:30:00+07:00'],
    [1, '1899-12-31'],
  ])('the date serial %d is %s (Vietnam wall time)', (serial, text) => {
    expect(excelDateText(serial)).toBe(text);
  });

  it('--sheet picks a sheet by name, and an unknown one is refused with the sheets listed', async () => {
    const path = file('two.xlsx', workbook({ Nháp: [['x']], 'Đề nghị': [HEADER, row('hs-9')] }));
    const ok = await runCli(['evaluate', path, '--sheet', 'Đề nghị', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(names(ok.stdout)).toEqual(['Nguyễn Thị Lan']);
    const bad = await runCli(['evaluate', path, '--sheet', 'Sheet9', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no sheet “Sheet9”; its sheets: “Nháp”, “Đề nghị”.');
  });

  it('an error names the file, the sheet, the row and the column', async () => {
    const bad = row('hs-1');
    bad[2] = 'năm nay';
    const r = await runCli(['evaluate', file('bad.xlsx', workbook({ DS: [HEADER, row('hs-0'), bad] })), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.xlsx › DS: row 3, column year (cell C3)');
  });

  it('a workbook not named .xlsx is refused as a workbook, not as broken text', async () => {
    const r = await runCli(['evaluate', file('batch.csv', workbook({ S: [HEADER, row('hs-1')] })), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is an Excel workbook (a ZIP archive) but its name does not end in .xlsx');
  });

  it('a file named .xlsx that is not a workbook is refused naming the file', async () => {
    const r = await runCli(['evaluate', file('fake.xlsx', 'id,ruleSet\r\n'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fake.xlsx');
  });
});

describe('CSV for Excel', () => {
  it.each([
    [[], true],
    [['--bom'], true],
    [['--no-bom'], false],
  ])('with %j the output starts with a UTF-8 byte order mark: %s', async (flags, bom) => {
    const r = await runCli(['evaluate', 'examples/city-2026.csv', '--format', 'csv', ...flags]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff')).toBe(bom);
  });

  it('moneyVnd is filled only on the rows actually paid, so the column sums to the total', async () => {
    const args = ['allocate', 'examples/vinh-bao-2026-grassroots.csv', '--level', 'annual-grassroots', '--budget', '7000000'];
    args.push('--decision-date', '2026-12-15', '--history', 'examples/history.json');
    const a = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as Allocation;
    const csv = (await runCli([...args, '--format', 'csv', '--no-bom'])).stdout;
    const [header, ...rows] = parse(csv) as string[][];
    const money = header!.indexOf('moneyVnd');
    const status = header!.indexOf('status');
    expect(rows.some((r) => r[status] !== 'selected')).toBe(true);
    for (const r of rows) if (r[status] !== 'selected') expect(r[money]).toBe('');
    const paid = a.selected.reduce((s, e) => s + (e.moneyVnd ?? 0), 0);
    expect(rows.reduce((s, r) => s + Number(r[money] || 0), 0)).toBe(paid);
  });
});

describe('one rule for dates on the command line', () => {
  const deadline = ['deadline', '--track', 'annual-city', '--year', '2026', '--format', 'json', '--lang', 'en'];

  it.each([
    ['2030-03-08T16:00', '--as-of'],
    ['2027-03-02 08:00', '--as-of'],
    ['2027-03-02T08:00', '--submitted'],
  ])('%s given to %s without an offset is refused with a clear message, nothing printed', async (value, flag) => {
    const r = await runCli([...deadline, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${flag}: “${value}” has a time but no offset`);
  });

  it('a dd/mm/yyyy date is the same day as YYYY-MM-DD', async () => {
    const a = await runCli([...deadline, '--as-of', '02/03/2027']);
    const b = await runCli([...deadline, '--as-of', '2027-03-02']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('without --as-of, an error comes alone: no note about the current time before it', async () => {
    const r = await runCli(['deadline', '--track', 'annual-grassroots', '--year', '2031', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('current time');
    expect(r.stderr).toMatch(/^thi-dua-cchc: /);
  });
});

describe('allocate --format xlsx writes the council’s list', () => {
  const args = ['allocate', 'examples/vinh-bao-2026-grassroots.csv', '--level', 'annual-grassroots', '--budget', '7000000'];
  args.push('--decision-date', '2026-12-15', '--history', 'examples/history.json');

  it('proposals per award with STT, money and totals; the not selected with reasons; the basis', async () => {
    const out = file('council.xlsx', '');
    const r = await runCli([...args, '--format', 'xlsx', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const a = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as Allocation;
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['Đề nghị khen thưởng', 'Không được chọn', 'Căn cứ']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
    const proposals = rows('Đề nghị khen thưởng');
    expect(proposals[0]!.slice(0, 7)).toEqual(['STT', 'Họ tên / Tên tập thể', 'Đối tượng', 'Đơn vị', 'Hình thức khen thưởng', 'Số tiền (đồng)', 'Điều khoản']);
    const entries = proposals.filter((row) => typeof row[0] === 'number');
    expect(entries.map((row) => row[7])).toEqual(a.selected.map((e) => e.nominationId));
    expect(proposals.at(-1)![5]).toBe(a.totals.moneyVnd);
    const notSelected = rows('Không được chọn').slice(1);
    expect(notSelected.map((row) => row[8])).toEqual(a.notSelected.map((e) => e.nominationId));
    expect(notSelected.find((row) => row[8] === 'gk-2026-07')![5]).toBe('đồng hạng tại điểm cắt');
    const basis = rows('Căn cứ');
    expect(basis.find((row) => row[0] === 'Phiên bản kế hoạch')![1]).toBe(a.planVersion);
    expect(basis.find((row) => row[0] === 'Ngày quyết định')![1]).toBe('2026-12-15');
  });

  it.each([
    [['--format', 'xlsx'], '--format xlsx needs --output'],
    [['--output', 'x.xlsx'], '--output goes only with --format xlsx'],
  ])('%j is refused', async (flags, message) => {
    const r = await runCli([...args, ...flags, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('template writes an empty input file with every column described', () => {
  it('CSV: the header, and a # description row that is skipped when the file is read back', async () => {
    const r = await runCli(['template', 'annual-grassroots', '--format', 'csv', '--no-bom']);
    expect(r.code).toBe(0);
    const [header, described] = parse(r.stdout) as string[][];
    expect(header!.slice(0, 4)).toEqual(['id', 'ruleSet', 'year', 'kind']);
    expect(header).toContain('goodConduct');
    expect(header).toContain('achievements');
    expect(described![0]).toMatch(/^# Mã hồ sơ/);
    expect(described![header!.indexOf('goodConduct')]).toContain('có/x/true/1');
    const values = Object.fromEntries(HEADER.map((h, i) => [h, row('hs-1')[i]!]));
    const filled = file('filled.csv', `${r.stdout}${header!.map((h) => values[h] ?? '').join(',')}\r\n`);
    const read = await runCli(['evaluate', filled, '--format', 'json']);
    expect(read.stderr).toBe('');
    expect(names(read.stdout)).toEqual(['Nguyễn Thị Lan']);
  });

  it('xlsx: a sheet with the header and a sheet describing each column', async () => {
    const out = file('template.xlsx', '');
    const r = await runCli(['template', 'annual-city', '--format', 'xlsx', '--output', out]);
    expect(r.code).toBe(0);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['Hồ sơ', 'Mô tả cột']);
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Mô tả cột']!, { header: 1 });
    expect(about.find((x) => x[0] === 'year')![5]).toBe('Năm');
  });

  it('an unknown rule set is refused with the list', async () => {
    const r = await runCli(['template', 'annual-town', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No rule set “annual-town”.');
  });
});
