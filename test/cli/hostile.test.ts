// Hostile and careless input to the command line (issue 21, items 4 and 5), run in process
// through run(argv, io) as src/cli/main.ts runs it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { echo, markdownText, visible, visibleLines } from '../../src/cli/visible';
import { csvText, INDIVIDUAL_HEADER, individualRow, runCli, scratch } from './helpers';

const file = scratch();

/** Any character a terminal may act on or hide: controls, format characters, lone surrogates, U+2028/9. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;
/** The same, the line feed that ends each line of output left out. */
const HIDDEN_BUT_LF = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** A JSON batch of one grassroots individual whose name (and unit name) is `name`. */
function batchNamed(name: string): string {
  return JSON.stringify([
    {
      id: 'hs-1',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name, unit: { id: 'vhxh', name: `${name} (đơn vị)` } },
      facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
    },
  ]);
}

const HOSTILE: readonly (readonly [string, string, string])[] = [
  ['an ESC sequence that clears the screen', 'Lan\u001b[2J\u001b[H', 'Lan\\x1B[2J\\x1B[H'],
  ['an ESC sequence that colours the text', '\u001b[31mĐỏ\u001b[0m', '\\x1B[31mĐỏ\\x1B[0m'],
  ['an OSC 8 link', '\u001b]8;;x.vn\u0007bấm\u001b]8;;\u0007', '\\x1B]8;;x.vn\\x07bấm\\x1B]8;;\\x07'],
  ['the one-byte CSI U+009B', 'A\u009b2JB', 'A\\x9B2JB'],
  ['a carriage return that overwrites the line', 'Lan\rHacked', 'Lan\\rHacked'],
  ['backspaces that erase what was shown', 'Lan\b\b\bAn', 'Lan\\x08\\x08\\x08An'],
  ['a line break that fakes a row', 'Lan\n99 hs-9 Giả', 'Lan\\n99 hs-9 Giả'],
  ['a tab', 'Lan\tAn', 'Lan\\tAn'],
  ['a right-to-left override that reverses what follows', 'Lan\u202eabc', 'Lan\\u202Eabc'],
  ['a zero-width space that hides in a name', 'Lan\u200b', 'Lan\\u200B'],
  ['a line separator', 'Lan\u2028An', 'Lan\\u2028An'],
];

describe('names and IDs cannot act on the terminal: table output shows hidden characters escaped', () => {
  it.each(HOSTILE)('%s is shown escaped, never written as it is', async (_what, name, shown) => {
    const path = file('hostile.json', batchNamed(name));
    for (const format of ['table', 'md']) {
      const r = await runCli(['evaluate', path, '--format', format]);
      // Whether the library takes the name or refuses it, nothing hidden reaches the terminal.
      expect(r.stdout).not.toMatch(HIDDEN_BUT_LF);
      expect(r.stderr).not.toMatch(HIDDEN_BUT_LF);
      if (r.code === 0) expect(r.stdout).toContain(format === 'md' ? shown.replace(/[\\[\]]/g, '\\$&') : shown);
      else expect(r.code).toBe(2);
    }
  });

  it('a line break in a name cannot add a line to the table: the row has as many lines as with a plain name', async () => {
    const plain = await runCli(['evaluate', file('plain.json', batchNamed('Lan Giả mạo')), '--format', 'table']);
    const broken = await runCli(['evaluate', file('broken.json', batchNamed('Lan\nGiả mạo')), '--format', 'table']);
    expect(plain.code).toBe(0);
    if (broken.code === 0) expect(broken.stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length);
  });

  it('allocate escapes names in its tables and lists too', async () => {
    const r = await runCli(['allocate', file('alloc.json', batchNamed('Lan\u001b[2J')), '--level', 'annual-grassroots', '--format', 'table']);
    expect(r.stdout).not.toMatch(HIDDEN_BUT_LF);
    expect(r.stderr).not.toMatch(HIDDEN_BUT_LF);
    if (r.code === 0) expect(r.stdout).toContain('Lan\\x1B[2J');
  });
});

describe('Markdown output shows HTML and link syntax as text', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a javascript: link', '[bấm](javascript:alert(1))', '\\[bấm\\](javascript:alert(1))'],
    ['an image', '![x](https://example.com/a.png)', '!\\[x\\](https://example.com/a.png)'],
    ['an HTML entity', 'A &amp; B', 'A &amp;amp; B'],
    ['a pipe that would split the cell', 'Lan | hs-9', 'Lan \\| hs-9'],
    ['a backslash', 'Lan\\An', 'Lan\\\\An'],
  ])('%s in a name is escaped', async (_what, name, shown) => {
    const r = await runCli(['evaluate', file('md.json', batchNamed(name)), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`| hs-1 | ${shown}<br>`);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).not.toMatch(/(?<!\\)\]\(/);
  });
});

describe('CSV and JSON output stay data', () => {
  it('JSON keeps a name with markup exactly, and CSV keeps it with its formula escaping', async () => {
    const name = '=HYPERLINK("https://example.com","<b>x</b>")';
    const path = file('data.json', batchNamed(name));
    const json = await runCli(['evaluate', path, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { nomineeName: string }[])[0]!.nomineeName).toBe(name);
    const csv = await runCli(['evaluate', path, '--format', 'csv']);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]!['nomineeName']).toBe(`'${name}`);
  });

  it('a control character that the library takes reaches JSON as a JSON escape, not as it is', async () => {
    const r = await runCli(['evaluate', file('esc.json', batchNamed('Lan\u001b[2J')), '--format', 'json']);
    if (r.code !== 0) return expect(r.code).toBe(2);
    expect(r.stdout).toContain('Lan\\u001b[2J');
    expect((JSON.parse(r.stdout) as { nomineeName: string }[])[0]!.nomineeName).toBe('Lan\u001b[2J');
  });
});

/** Bad input: exit code 2, nothing on stdout; the stderr lines. */
async function refusedLines(args: readonly string[], input?: string): Promise<string[]> {
  const r = await runCli(args, input);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(HIDDEN_BUT_LF);
  return r.stderr.trimEnd().split('\n');
}

const LONG = `3${'9'.repeat(1_000_000)}`;

describe('error messages that quote input escape it and cut it', () => {
  it.each([
    [
      'a cell with an ESC sequence',
      () => ['evaluate', file('cell-esc.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1', { parIndexRank: '\u001b[2J3' })]))],
      '“\\x1B[2J3”',
    ],
    [
      'a cell with a line break',
      () => ['evaluate', file('cell-lf.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1', { parIndexRank: '"3\nGiả"' })]))],
      '“3\\nGiả”',
    ],
    [
      'a header with a carriage return',
      () => ['evaluate', file('head-cr.csv', csvText([`${INDIVIDUAL_HEADER},"x\ry"`, `${individualRow('hs-1')},1`]))],
      '“x\\ry”',
    ],
    ['an unknown option with an ESC sequence', () => ['evaluate', 'a.json', '--\u001b[31mred'], '--\\x1B[31mred'],
    ['a --level with a line break', () => ['allocate', 'a.json', '--level', 'annual-city\nthi-dua-cchc: fake'], '“annual-city\\nthi-dua-cchc: fake”'],
    ['a --year with U+009B', () => ['deadline', '--track', 'annual-city', '--year', '20\u009b26'], '“20\\x9B26”'],
    ['an unknown command with a backspace', () => ['evalu\bate'], '“evalu\\x08ate”'],
  ])('%s is shown escaped on one line', async (_what, args, shown) => {
    const lines = await refusedLines(args());
    expect(lines.join('\n')).toContain(shown);
    expect(lines.filter((l) => l.startsWith('thi-dua-cchc:'))).toHaveLength(1);
  });

  it.each([
    [
      'a cell of a million digits',
      () => ['evaluate', file('cell-long.csv', csvText([INDIVIDUAL_HEADER, individualRow('hs-1', { parIndexRank: `${LONG}x` })]))],
    ],
    ['a header of a million characters', () => ['evaluate', file('head-long.csv', csvText([`${INDIVIDUAL_HEADER},${LONG}`, `${individualRow('hs-1')},1`]))]],
    ['an option value of a million characters', () => ['allocate', 'a.json', '--level', LONG]],
    ['an option name of a million characters', () => ['evaluate', 'a.json', `--${LONG}`]],
    ['a file name of 5,000 characters', () => ['evaluate', `${'d/'.repeat(2500)}a.json`]],
  ])('%s is cut: the quoted value to 80 characters, each line to 400', async (_what, args) => {
    const lines = await refusedLines(args());
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(400);
    const quoted = lines.join('\n').match(/“([^”]*)”/)?.[1];
    if (quoted !== undefined) {
      expect([...quoted].length).toBeLessThanOrEqual(80);
      expect(quoted.endsWith('…')).toBe(true);
    }
  });
});

describe('“did you mean” only for short column names', () => {
  it.each([
    ['a close name of 12 characters gets one', 'parIndexRnak', true],
    ['a name of 41 characters gets none, however close', `parIndexRank${'k'.repeat(29)}`, false],
    ['a name of a million characters gets none, at once', `parIndexRank${'k'.repeat(1_000_000)}`, false],
  ])('%s', async (_what, name, suggested) => {
    const path = file('suggest.csv', csvText([INDIVIDUAL_HEADER.replace('parIndexRank', name), individualRow('hs-1')]));
    const text = (await refusedLines(['evaluate', path, '--lang', 'en'])).join('\n');
    expect(text.includes('did you mean “parIndexRank”?')).toBe(suggested);
  });
});

describe('a JSON field name quoted in a message is escaped and cut', () => {
  it('an unknown key of 10,000 characters with an ESC sequence is named on one line of at most 400 characters', async () => {
    const key = `\u001b[2J${'k'.repeat(10_000)}`;
    const batch = JSON.parse(batchNamed('Lan')) as Record<string, unknown>[];
    (batch[0]!['facts'] as Record<string, unknown>)[key] = true;
    const lines = await refusedLines(['evaluate', file('key.json', JSON.stringify(batch)), '--lang', 'en']);
    const detail = lines.find((l) => l.includes('field facts'));
    expect(detail).toBeDefined();
    expect(detail).toMatch(/x1B|u001b/);
    expect([...detail!].length).toBeLessThanOrEqual(400);
    expect(detail!.endsWith('…')).toBe(true);
  });
});

describe('the escaping functions', () => {
  it.each([
    ['\u001b[2J', '\\x1B[2J'],
    ['\r\n\t', '\\r\\n\\t'],
    ['\u0000\u007f\u009b', '\\x00\\x7F\\x9B'],
    ['\u00ad\u200b\u200d\u202e\u2066\ufeff', '\\xAD\\u200B\\u200D\\u202E\\u2066\\uFEFF'],
    ['\u{e0041}', '\\u{E0041}'],
    ['\ud800', '\\uD800'],
    ['Nguyễn Thị Lan 越南 😀 a\\b', 'Nguyễn Thị Lan 越南 😀 a\\b'],
    ['Nguyễn'.normalize('NFD'), 'Nguyễn'.normalize('NFD')],
  ])('visible(%j) is %j', (s, shown) => {
    expect(visible(s)).toBe(shown);
    expect(visible(s)).not.toMatch(HIDDEN);
  });

  it('visibleLines keeps line feeds and escapes the rest', () => {
    expect(visibleLines('a\r\nb\u001b')).toBe('a\\r\nb\\x1B');
  });

  it.each([
    ['short', 'Lan', 'Lan'],
    ['exactly 80', 'x'.repeat(80), 'x'.repeat(80)],
    ['81 characters', 'x'.repeat(81), `${'x'.repeat(79)}…`],
    ['escapes counted as shown, never cut inside', `${'x'.repeat(76)}\u001b\u001b`, `${'x'.repeat(76)}…`],
    ['astral characters counted once', '😀'.repeat(100), `${'😀'.repeat(79)}…`],
  ])('echo: %s', (_what, s, shown) => {
    expect(echo(s)).toBe(shown);
    expect([...echo(s)].length).toBeLessThanOrEqual(80);
  });

  it('markdownText escapes HTML, links, cells and hidden characters', () => {
    expect(markdownText('<a href="x">[y](z)</a> | \\ & \u001b\n')).toBe('&lt;a href="x"&gt;\\[y\\](z)&lt;/a&gt; \\| \\\\ &amp; \\\\x1B\\\\n');
  });
});

const POSIX = process.platform !== 'win32';
const CITY = 'examples/city-2026.json';

describe.runIf(POSIX)('input files must be regular files (or stdin), so that reading ends', () => {
  it.each([
    ['/dev/zero, which never ends', () => '/dev/zero'],
    ['/dev/null, a device', () => '/dev/null'],
    [
      'a FIFO with no writer, which would wait for ever',
      () => {
        const path = join(dirname(file('fifo-dir-marker', '')), 'input.fifo');
        execFileSync('mkfifo', [path]);
        return path;
      },
    ],
  ])('%s is refused at once, before anything is read', async (_what, path) => {
    const p = path();
    for (const args of [
      ['evaluate', p, '--lang', 'en'],
      ['allocate', CITY, '--level', 'annual-city', '--history', p, '--lang', 'en'],
    ]) {
      const lines = await refusedLines(args);
      expect(lines[0]).toContain(`${p} is not a regular file (it is a device, a FIFO or a socket)`);
    }
  });

  it('a folder is refused as a folder', async () => {
    expect((await refusedLines(['evaluate', 'examples', '--lang', 'en']))[0]).toContain('examples is a folder, not a file (the nominations file).');
  });
});

describe('input files are read with a size limit (50 MiB unless --max-bytes or THI_DUA_CCHC_MAX_BYTES says otherwise)', () => {
  const kib2 = file('two-kib.csv', csvText([INDIVIDUAL_HEADER, ...Array.from({ length: 40 }, (_, i) => individualRow(`hs-${i}`))]));
  const size = readFileSync(kib2).length;

  it.each([
    ['--max-bytes 1K', ['--max-bytes', '1K'], {}, '1 KiB'],
    ['--max-bytes=1000', ['--max-bytes=1000'], {}, '1,000 bytes'],
    ['THI_DUA_CCHC_MAX_BYTES=1KiB', [], { THI_DUA_CCHC_MAX_BYTES: '1KiB' }, '1 KiB'],
    ['--max-bytes over the variable', ['--max-bytes', '1k'], { THI_DUA_CCHC_MAX_BYTES: '10M' }, '1 KiB'],
  ])('a file over the limit of %s is refused, naming the limit and how to raise it', async (_what, opts, env, limit) => {
    const r = await runCli(['evaluate', kib2, '--lang', 'en', ...opts], undefined, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`The file ${kib2} is larger than the limit of ${limit} (the nominations file); it is not read further.`);
    expect(r.stderr).toContain('Raise the limit with --max-bytes <size> or the environment variable THI_DUA_CCHC_MAX_BYTES');
  });

  it('a file of exactly the limit is read, and --max-bytes over the variable lets a larger one through', async () => {
    expect((await runCli(['evaluate', kib2, '--max-bytes', String(size)])).code).toBe(0);
    expect((await runCli(['evaluate', kib2, '--max-bytes', String(size - 1)])).code).toBe(2);
    expect((await runCli(['evaluate', kib2, '--max-bytes', '1M'], undefined, { THI_DUA_CCHC_MAX_BYTES: '1K' })).code).toBe(0);
  });

  it('stdin over the limit is refused, and the --history file is limited too', async () => {
    const text = readFileSync(kib2, 'utf8');
    const r = await runCli(['evaluate', '-', '--max-bytes', '1K', '--lang', 'en'], text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin is larger than the limit of 1 KiB (the nominations file)');
    const h = await runCli(['allocate', CITY, '--level', 'annual-city', '--history', 'examples/history.json', '--max-bytes', '10', '--lang', 'en']);
    expect(h.stderr).toContain('The file examples/history.json is larger than the limit of 10 bytes (the --history file)');
  });

  it.each([
    ['--max-bytes=0', ['--max-bytes=0'], {}, '--max-bytes', '0'],
    ['--max-bytes=-1', ['--max-bytes=-1'], {}, '--max-bytes', '-1'],
    ['--max-bytes 1.5M', ['--max-bytes', '1.5M'], {}, '--max-bytes', '1.5M'],
    ['--max-bytes 1T', ['--max-bytes', '1T'], {}, '--max-bytes', '1T'],
    ['--max-bytes 257M (over the ceiling)', ['--max-bytes', '257M'], {}, '--max-bytes', '257M'],
    ['THI_DUA_CCHC_MAX_BYTES=lots', [], { THI_DUA_CCHC_MAX_BYTES: 'lots' }, 'THI_DUA_CCHC_MAX_BYTES', 'lots'],
  ])('%s is refused, naming where it came from', async (_what, opts, env, source, value) => {
    const r = await runCli(['evaluate', CITY, '--lang', 'en', ...opts], undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${source} takes a size from 1 byte to 256 MiB, e.g. 52428800, 512K or 100M; not “${value}”.`);
  });

  it('a bad THI_DUA_CCHC_MAX_BYTES does not stop a command that reads no file', async () => {
    expect((await runCli(['rules', '--format', 'json'], undefined, { THI_DUA_CCHC_MAX_BYTES: 'lots' })).code).toBe(0);
  });

  it('--max-bytes is an option of the commands that read files only', async () => {
    expect((await refusedLines(['rules', '--max-bytes', '1M', '--lang', 'en']))[0]).toContain('The option --max-bytes does not go with rules');
  });
});

describe('stdin can be read only once', () => {
  it.each([
    ['vi', 'Chỉ đọc được stdin (-) một lần: tệp khen thưởng đã có (--history) đã đọc từ stdin, nên tệp hồ sơ đề nghị không thể cũng là -.'],
    ['en', 'stdin (-) can be read only once: the --history file is read from stdin, so the nominations file cannot be - too.'],
  ])('allocate - --history - says so (%s), not that stdin is empty', async (lang, message) => {
    const lines = await refusedLines(['allocate', '-', '--history', '-', '--level', 'annual-city', '--lang', lang], readFileSync(CITY, 'utf8'));
    expect(lines[0]).toBe(`thi-dua-cchc: ${message}`);
  });
});

describe('unknown options are refused whatever their name', () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'prototype'];
  it.each(NAMES.flatMap((n) => [`--${n}`, `--${n}=x`].map((o) => [o] as const)))('%s is refused by every command', async (option) => {
    for (const args of [
      ['evaluate', CITY],
      ['allocate', CITY, '--level', 'annual-city'],
      ['deadline', '--track', 'annual-city', '--year', '2026'],
      ['rules'],
      [],
    ]) {
      const lines = await refusedLines([...args, option, '--lang', 'en']);
      expect(lines[0]).toBe(`thi-dua-cchc: Unknown option: ${option.split('=')[0]}.`);
    }
  });

  it.each([
    ['--format __proto__', ['evaluate', CITY, '--format', '__proto__'], '--format takes one of'],
    ['--level constructor', ['allocate', CITY, '--level', 'constructor'], 'Unknown --level: “constructor”.'],
    ['rules toString', ['rules', 'toString'], 'There is no rule set “toString”.'],
    ['the command __proto__', ['__proto__'], 'Unknown command: “__proto__”.'],
  ])('a value named like an Object property (%s) is refused as any unknown value', async (_what, args, message) => {
    expect((await refusedLines([...args, '--lang', 'en']))[0]).toContain(message);
  });
});

describe('CSV records end at CRLF or LF, whatever the header holds', () => {
  it('a stray CR in a header cell does not make every LF after it part of a cell: rows keep their numbers', async () => {
    const header = INDIVIDUAL_HEADER.replace('name,', 'name\r,');
    const text = [header, individualRow('hs-1'), individualRow('hs-2', { parIndexRank: 'ba' })].join('\n');
    const lines = await refusedLines(['evaluate', file('stray-cr.csv', text), '--lang', 'en']);
    expect(lines.join('\n')).toContain('row 3, column parIndexRank (cell L3): “ba” is not a whole number');
  });

  it('a file with CR alone between records (old Mac spreadsheets) is read row by row', async () => {
    const text = [INDIVIDUAL_HEADER, individualRow('hs-1'), individualRow('hs-2')].join('\r');
    const r = await runCli(['evaluate', file('cr-only.csv', text), '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });
});

describe('no input can act on the terminal (issue 21 item 4, property)', () => {
  it('whatever characters a name holds, stdout and stderr carry none that a terminal acts on or hides', async () => {
    const { default: fc } = await import('fast-check');
    const { FC_RUNS, FC_SEED } = await import('../reliability/support/runs');
    const hostileChar = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x200b, 0x200e, 0x202e, 0x2066, 0x2028, 0x2029, 0xfeff, 0xad, 0x2060),
    );
    const name = fc
      .array(
        fc.oneof(
          fc.constantFrom('L', 'a', 'n', ' ', 'ễ'),
          hostileChar.map((c) => String.fromCodePoint(c)),
        ),
        { minLength: 1, maxLength: 12 },
      )
      .map((parts) => `N${parts.join('')}`);
    await fc.assert(
      // The outputs a person reads (CSV and JSON are data, written as given).
      fc.asyncProperty(name, fc.constantFrom('table', 'md'), async (n, format) => {
        const r = await runCli(['evaluate', '-', '--format', format], batchNamed(n));
        expect(HIDDEN_BUT_LF.test(r.stdout.replaceAll('\r\n', '\n').replace(/^\ufeff/, '')), r.stdout).toBe(false);
        expect(HIDDEN_BUT_LF.test(r.stderr), r.stderr).toBe(false);
      }),
      { numRuns: Math.min(FC_RUNS, 200), seed: FC_SEED },
    );
  }, 120_000);
});

describe('a junk --history stays an error of the input (issue 21 item 3)', () => {
  it('30,000 entries of {"bogus":1} (360 KB) exit 2 with the first 100 issues and a count, never a stack trace', async () => {
    const history = file('bogus-history.json', JSON.stringify(Array.from({ length: 30_000 }, () => ({ bogus: 1 }))));
    const r = await runCli(['allocate', 'examples/vinh-bao-2026-grassroots.csv', '--level', 'annual-grassroots', '--history', history, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bogus-history\.json is not valid \(101 errors\)/);
    expect(r.stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
  });
});
