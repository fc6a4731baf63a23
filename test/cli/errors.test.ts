import { describe, expect, it } from 'vitest';
import { csvText, INDIVIDUAL_HEADER, individualRow, runCli, scratch } from './helpers';

const file = scratch();
const CITY = 'examples/city-2026.csv';

/** Bad input: exit code 2, nothing on stdout, and a message on stderr. */
async function refused(args: readonly string[]): Promise<string> {
  const r = await runCli(args);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
  expect(r.stderr).not.toBe('');
  return r.stderr;
}

describe('broken CSV files are refused with the file, row and column named', () => {
  it('a stray double quote inside a quoted cell names row 3, the column and the line (Vietnamese and English)', async () => {
    const path = file('bad-quote.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2', { name: '"Nguyễn "Văn" An"' })]));
    const vi = await refused(['evaluate', path]);
    expect(vi).toContain(`Tệp ${path} không phải CSV hợp lệ.`);
    expect(vi).toContain('hàng 3 (dòng 3 của tệp), cột name (ô E3)');
    const en = await refused(['evaluate', path, '--lang', 'en']);
    expect(en).toContain(`The file ${path} is not valid CSV.`);
    expect(en).toContain('row 3 (line 3 of the file), column name (cell E3)');
  });

  it('a quote opened and never closed names the row where the cell starts', async () => {
    const path = file('unclosed.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1', { name: '"Trần Thị Bình' })]));
    expect(await refused(['evaluate', path, '--lang', 'en'])).toMatch(/row 2, column name \(cell E2\): a double quote opening a cell is never closed/);
  });

  it('a comma in an unquoted cell gives a row longer than the header, and the row is named', async () => {
    const path = file('ragged.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2', { name: 'Phòng Xây dựng, Nông nghiệp' })]));
    expect(await refused(['evaluate', path])).toContain('hàng 3: có 13 ô, nhiều hơn 12 cột của hàng tiêu đề');
  });

  it('an unknown column is refused at row 1 with its cell, and a close name is suggested', async () => {
    const path = file('unknown-column.csv', csvText([INDIVIDUAL_HEADER.replace('parIndexRank', 'parIndexRnak'), individualRow('hs-1')]));
    const vi = await refused(['evaluate', path]);
    expect(vi).toContain(`${path}: hàng 1, ô L1: cột “parIndexRnak” không có trong danh mục cột; có phải “parIndexRank”?`);
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain(`${path}: row 1, cell L1: unknown column “parIndexRnak”; did you mean “parIndexRank”?`);
  });

  it('a long unknown column name is refused without a suggestion', async () => {
    const long = `parIndexRank${'x'.repeat(40)}`;
    const path = file('long-column.csv', csvText([INDIVIDUAL_HEADER.replace('parIndexRank', long), individualRow('hs-1')]));
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain(`${path}: row 1, cell L1: unknown column “${long}”.`);
  });

  it('a missing required column is named', async () => {
    const header = INDIVIDUAL_HEADER.replace('unitId,', '');
    const row = individualRow('hs-1').replace(',vhxh,', ',');
    expect(await refused(['evaluate', file('no-unit.csv', csvText([header, row])), '--lang', 'en'])).toContain(
      'row 1: the required column “unitId” is missing.',
    );
  });

  it('a wrong type in a row names the row, the column and the cell, in both languages', async () => {
    const path = file('wrong-type.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2', { parIndexRank: 'ba' })]));
    expect(await refused(['evaluate', path])).toContain(`${path}: hàng 3, cột parIndexRank (ô L3): “ba” không phải số nguyên (ví dụ: 3).`);
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain(`${path}: row 3, column parIndexRank (cell L3): “ba” is not a whole number (e.g. 3).`);
  });

  it('every bad cell of the file is reported, not only the first', async () => {
    const path = file(
      'two-errors.csv',
      csvText([INDIVIDUAL_HEADER, individualRow('hs-1', { goodConduct: 'có lẽ' }), individualRow('hs-2', { parIndexRank: '2.5' })]),
    );
    const msg = await refused(['evaluate', path, '--lang', 'en']);
    expect(msg).toContain('(2 errors)');
    expect(msg).toContain('row 2, column goodConduct (cell H2): “có lẽ” is not a yes/no value');
    expect(msg).toContain('row 3, column parIndexRank (cell L3): “2.5” is not a whole number');
  });

  it('a value the library refuses (a PAR rank of 0) is mapped back to its row and column', async () => {
    const path = file('rank-zero.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2', { parIndexRank: '0' })]));
    expect(await refused(['evaluate', path])).toContain(`${path}: hàng 3, cột parIndexRank (ô L3): Giá trị phải ≥ 1.`);
  });

  it('an unknown rule set in a cell is mapped back to its row and column', async () => {
    const path = file('rule-set.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1').replace('annual-grassroots', 'annual-village')]));
    expect(await refused(['evaluate', path, '--lang', 'en'])).toMatch(
      /row 2, column ruleSet \(cell B2\): Plan “vinh-bao-cchc-2026-2030” has no rule set “annual-village”/,
    );
  });

  it('an empty file is refused', async () => {
    expect(await refused(['evaluate', file('empty.csv', '')])).toMatch(/Tệp .*empty\.csv trống: không có dữ liệu nào\./);
    expect(await refused(['evaluate', file('blank.csv', '\ufeff  \r\n'), '--lang', 'en'])).toMatch(/The file .*blank\.csv is empty/);
  });

  it('a header without rows has no nominations and is refused', async () => {
    expect(await refused(['evaluate', file('header-only.csv', csvText([INDIVIDUAL_HEADER])), '--lang', 'en'])).toMatch(/has no nominations/);
  });

  it('a Windows-1258 file is refused as not UTF-8, with the byte and line, never garbled', async () => {
    // “Nguyễn” in Windows-1258: e-circumflex 0xEA, then the combining tilde 0xDE.
    const bytes = Buffer.concat([
      Buffer.from(`${INDIVIDUAL_HEADER}\r\nhs-1,annual-grassroots,2026,individual,Nguy`, 'ascii'),
      Buffer.from([0xea, 0xde]),
      Buffer.from('n Lan,vhxh,,x,x,participate,x,\r\n', 'ascii'),
    ]);
    const path = file('cp1258.csv', bytes);
    const vi = await refused(['evaluate', path]);
    expect(vi).toMatch(new RegExp(`Tệp ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} không phải UTF-8: byte thứ \\d+ \\(dòng 2\\)`));
    expect(vi).toContain('Windows-1258');
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain('is not UTF-8');
  });

  it('a UTF-16 file (Excel’s “Unicode text”) is refused', async () => {
    const text = csvText([INDIVIDUAL_HEADER, individualRow('hs-1')]);
    const path = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain('is encoded in UTF-16/UTF-32, not UTF-8');
  });

  it('a semicolon-separated file read with --delimiter , is refused with the way out', async () => {
    const path = file('semicolons.csv', csvText([INDIVIDUAL_HEADER.replace(/,/g, ';'), individualRow('hs-1').replace(/,/g, ';')]));
    const msg = await refused(['evaluate', path, '--delimiter', ',']);
    expect(msg).toContain('hàng tiêu đề (hàng 1) dùng “;” để phân cách cột');
    expect(msg).toContain('Bỏ --delimiter');
  });
});

describe('good CSV conventions are read', () => {
  it('quoted cells with commas and double quotes, a BOM and NFD text are read; a line break in a name is refused as a control character', async () => {
    const nfd = 'có'.normalize('NFD');
    const row = [
      'hs-1',
      'annual-grassroots',
      '2026',
      'CÁ NHÂN'.normalize('NFD'),
      '"Lê ""Bé"" Ba,\nTổ một cửa"',
      'vhxh',
      '"Phòng Văn hóa - Xã hội"',
      nfd,
      'X',
      'tham gia thực hiện;tham mưu',
      'true',
      '',
    ].join(',');
    // A name holds no control character (issue 21 item 2): the quoted line break is read as
    // written, and refused with the code point it is.
    const broken = file('broken.csv', '\ufeff' + csvText([INDIVIDUAL_HEADER, row]));
    const refused = await runCli(['evaluate', broken, '--format', 'json', '--lang', 'en']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('U+000A');
    const path = file('good.csv', '\ufeff' + csvText([INDIVIDUAL_HEADER, row.replace(',\nTổ', ', Tổ')]));
    const r = await runCli(['evaluate', path, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [e] = JSON.parse(r.stdout) as { nomineeName: string; nomineeKind: string; outcome: string }[];
    expect(e).toMatchObject({ nomineeName: 'Lê "Bé" Ba, Tổ một cửa', nomineeKind: 'individual', outcome: 'eligible' });
  });

  it('a blank row is skipped and the row numbers stay those of the spreadsheet', async () => {
    const path = file('blank-row.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), ',,,,,,,,,,,', individualRow('hs-2', { parIndexRank: 'x' })]));
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain('row 4, column parIndexRank (cell L4)');
  });

  it('the same file read from stdin (-) gives the same result', async () => {
    const text = csvText([INDIVIDUAL_HEADER, individualRow('hs-1')]);
    const r = await runCli(['evaluate', '-', '--format', 'json'], text);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
  });
});

describe('broken JSON files are refused with the item, line and field named', () => {
  it('a JSON syntax error names the line and column', async () => {
    const path = file('syntax.json', '[\n  { "id": "hs-1", }\n]\n');
    expect(await refused(['evaluate', path, '--lang', 'en'])).toMatch(/is not valid JSON \(line 2, column 19\)/);
  });

  // V8 (Node 20) says only “Unexpected token ']', "[1,]" is not valid JSON”, with no position.
  it.each([
    ['[1,]', 'dòng 1, cột 4', 'line 1, column 4', 'a value is expected'],
    ['[\r\n  1,\r\n  2 3\r\n]', 'dòng 3, cột 5', 'line 3, column 5', 'a comma is missing'],
    ['[\n  // a comment\n  1\n]', 'dòng 2, cột 3', 'line 2, column 3', 'JSON does not allow comments'],
    ['[{ "id": "hs-1" }] x', 'dòng 1, cột 20', 'line 1, column 20', 'a character that is not allowed here'],
  ])('the JSON text %j is refused with its line and column in both languages', async (text, vi, en, why) => {
    const path = file('bad.json', text);
    const msgVi = await refused(['evaluate', path]);
    expect(msgVi).toContain(`Tệp ${path} không phải JSON hợp lệ (${vi}).`);
    const msgEn = await refused(['evaluate', path, '--lang', 'en']);
    expect(msgEn).toContain(`The file ${path} is not valid JSON (${en}).`);
    expect(msgEn).toContain(`${path}: ${en}: ${why}`);
  });

  it('a JSON file cut short says so, with the line where it stops', async () => {
    const path = file('short.json', '[\n  { "id": "hs-1" },\n');
    expect(await refused(['evaluate', path])).toContain('không phải JSON hợp lệ (tệp kết thúc giữa chừng).');
    expect(await refused(['evaluate', path, '--lang', 'en'])).toContain(`${path}: line 3, column 1: a value is expected`);
  });

  it('a field the library refuses names the item, its id, its line and the field', async () => {
    const good = {
      id: 'hs-1',
      ruleSet: 'annual-city',
      year: 2026,
      nominee: { kind: 'collective', name: 'Sở Nội vụ', unit: { id: 'so-noi-vu', block: 'department' } },
      facts: { parIndexRank: 3 },
    };
    const bad = { ...good, id: 'hs-2', facts: { parIndexRank: 'ba' } };
    const path = file('type.json', JSON.stringify([good, bad], null, 2));
    expect(await refused(['evaluate', path])).toMatch(/mục 2 \(id “hs-2”, dòng 18\), trường facts\.parIndexRank: /);
    expect(await refused(['evaluate', path, '--lang', 'en'])).toMatch(/item 2 \(id “hs-2”, line 18\), field facts\.parIndexRank: /);
  });

  it('a JSON object instead of an array is refused', async () => {
    expect(await refused(['evaluate', file('object.json', '{ "id": "hs-1" }'), '--lang', 'en'])).toContain('must be a JSON array');
  });
});

describe('allocate, deadline and usage errors', () => {
  it('a nomination of another level than --level names its row and the ruleSet column', async () => {
    const path = file('mixed.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2').replace('annual-grassroots', 'annual-city')]));
    expect(await refused(['allocate', path, '--level', 'annual-grassroots', '--lang', 'en'])).toContain('row 3, column ruleSet (cell B3)');
  });

  it('a bad date in a history CSV names the history file, its row and column', async () => {
    const nominations = file('one.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1')]));
    const history = file(
      'history.csv',
      csvText(['achievementId,award,decidedOn', 'sk-1,giay-khen-chu-tich-ubnd-xa,2025-12-18', 'sk-2,giay-khen-chu-tich-ubnd-xa,18/12/2025']),
    );
    const msg = await refused(['allocate', nominations, '--level', 'annual-grassroots', '--history', history]);
    expect(msg).toContain(`Dữ liệu trong tệp ${history} không hợp lệ`);
    expect(msg).toContain(`${history}: hàng 3, cột decidedOn (ô C3)`);
  });

  it('a budget without a decision date names the option', async () => {
    const nominations = file('one-more.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1')]));
    expect(await refused(['allocate', nominations, '--level', 'annual-grassroots', '--budget', '1000000', '--lang', 'en'])).toContain('option --decision-date');
  });

  it('a budget that is not a whole amount is bad usage', async () => {
    expect(await refused(['allocate', 'examples/city-2026.csv', '--level', 'annual-grassroots', '--budget', '5,5tr'])).toContain('--budget cần số tiền nguyên');
  });

  it('a year outside the plan names the --year option', async () => {
    expect(await refused(['deadline', '--track', 'annual-grassroots', '--year', '2031', '--as-of', '2031-01-01', '--lang', 'en'])).toMatch(/option --year: /);
  });

  // The command line is read by util.parseArgs, strict for each command.
  it.each([
    [['evaluate', CITY, '--fromat', 'md'], 'Tùy chọn không hợp lệ: --fromat.'],
    [['evaluate', CITY, '--lang', 'en', '--format'], 'The option --format needs a value.'],
    [
      ['evaluate', CITY, '--format', '--lang', 'en'],
      'The option --format needs a value; “--lang” starts with “-”, so it is read as an option: write --format=--lang.',
    ],
    [
      ['allocate', CITY, '--level', 'annual-city', '--budget', '-5'],
      'Tùy chọn --budget cần một giá trị; “-5” bắt đầu bằng “-” nên được hiểu là một tùy chọn: hãy viết --budget=-5.',
    ],
    [['evaluate', CITY, '--bom=yes', '--lang', 'en'], 'The option --bom takes no value.'],
    [['evaluate', CITY, '-x'], 'Tùy chọn không hợp lệ: -x.'],
    [['evaluate', CITY, '--format', 'xml', '--lang', 'en'], '--format takes one of: table, json, csv, md'],
    [['evalute', CITY], 'Lệnh không hợp lệ: “evalute”.'],
    [['evaluate', CITY, '--level', 'annual-city', '--lang', 'en'], 'does not go with evaluate (only with allocate)'],
    [['evaluate', '--lang', 'en'], 'The evaluate command needs a file name (JSON or CSV).'],
    [['evaluate', CITY, CITY, '--lang', 'en'], `The evaluate command takes no further arguments: “${CITY}”.`],
    [['deadline', 'extra', '--track', 'ad-hoc', '--lang', 'en'], 'The deadline command takes no further arguments: “extra”.'],
    [['rules', 'annual-village'], 'Không có bộ tiêu chí “annual-village”.'],
    [[], 'Cách dùng:'],
  ])('%j is bad usage: %s', async (args, message) => {
    expect(await refused(args)).toContain(message);
  });

  // The options are looked up as own keys only: Object.prototype's names are unknown options.
  it.each(['--constructor', '--__proto__', '--toString=1', '--hasOwnProperty', '--valueOf'])('%s is refused like any unknown option', async (option) => {
    const msg = await refused(['evaluate', CITY, option, '--lang', 'en']);
    expect(msg).toContain(`Unknown option: ${option.replace(/=.*/, '')}.`);
    expect(await refused(['rules', option])).toContain(`Tùy chọn không hợp lệ: ${option.replace(/=.*/, '')}.`);
  });

  it('options may come before the command, and --help after an extra argument still helps', async () => {
    const r = await runCli(['--format', 'json', '--lang', 'en', 'rules', 'annual-city']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['annual-city']);
    const help = await runCli(['deadline', 'extra', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^thi-dua-cchc deadline --track/);
  });

  it('a missing file is named', async () => {
    expect(await refused(['evaluate', 'examples/khong-co.csv'])).toContain('Không tìm thấy tệp examples/khong-co.csv');
  });
});
