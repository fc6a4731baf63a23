import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';

// The code examples of README.md and docs/*.md are run, and every `//=> value` they show is
// checked against what the library answers (the date-fns convention: `expr; //=> value`, the
// value on the same line or on the comment lines that follow). Officials and developers copy
// these; a wrong one is a wrong answer in the docs.
//
// Conventions the examples keep, so that they can be checked:
// - `expr; //=> value` or `expr;` then `//=> value` (continued on `//` lines);
// - after the value, a remark in parentheses may follow: `//=> 'eligible' (in Vĩnh Bảo)`;
// - `…` in a value stands for anything;
// - what a block uses without defining it is given below (CONTEXT), as the text around it says.

const root = resolve(__dirname, '../..');
const FILES = ['README.md', 'docs/getting-started.md', 'docs/deadlines.md'];

/** A nomination meeting every grassroots individual standard, as a host would write one. */
const nomination = {
  id: 'gk-2026-20',
  ruleSet: 'annual-grassroots',
  year: 2026,
  nominee: { kind: 'individual', name: 'Phạm Văn Minh', unit: { id: 'phong-kt' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true },
};

/** What the examples use without defining it: named in their text or their comments. */
const CONTEXT: Record<string, unknown> = {
  nomination,
  // README, plans as data: someone who only took part in reform work (enough at grassroots in Vĩnh Bảo).
  participantOnly: { ...nomination, id: 'gk-2026-21', facts: { ...nomination.facts, reformRoles: ['participate'] } },
  // README, allocate awards: the files its comments name.
  nominations: JSON.parse(readFileSync(resolve(root, 'examples/vinh-bao-2026-grassroots.json'), 'utf8')),
  history: JSON.parse(readFileSync(resolve(root, 'examples/history.json'), 'utf8')),
  readFile: (path: string, encoding: 'utf8') => readFile(resolve(root, path), encoding),
};

interface Expectation {
  readonly line: number;
  readonly value: string;
}

interface Program {
  readonly code: string;
  readonly expectations: readonly Expectation[];
}

/** The ```js blocks of a Markdown file, with the line number of each block's first line. */
function jsBlocks(text: string): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | undefined;
  text.split('\n').forEach((line, i) => {
    if (current) {
      if (line.startsWith('```')) {
        out.push(current);
        current = undefined;
      } else current.lines.push(line);
    } else if (line.startsWith('```js')) current = { start: i + 2, lines: [] };
  });
  return out;
}

/** Whether a line ends a statement (so the next line starts one). */
function endsStatement(code: string): boolean {
  return /[;{}]\s*$/.test(code) || code.trim() === '';
}

/**
 * One file's blocks as one async function body (later blocks use what earlier ones define, and
 * every export of the library is in scope), with each `expr; //=> value` turned into a check
 * of `expr` against `value`.
 */
function programOf(file: string): Program {
  const expectations: Expectation[] = [];
  const out: string[] = [];
  for (const block of jsBlocks(readFileSync(resolve(root, file), 'utf8'))) {
    // Where the statement being written began, and where the last complete one began.
    let current = out.length;
    let last = out.length;
    const lines = block.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const at = line.indexOf('//=>');
      if (at < 0) {
        const imported = /^import \{([^}]*)\} from 'thi-dua-cchc';\s*$/.exec(line);
        // Every export of the library is in scope already (some examples take an import as read).
        out.push(imported ? `// ${line}` : line);
        if (endsStatement(line.replace(/\/\/.*$/, ''))) {
          last = current;
          current = out.length;
        }
        continue;
      }
      let value = line.slice(at + 4);
      while (i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1]!)) value += `\n${lines[++i]!.replace(/^\s*\/\/ ?/, '')}`;
      const before = line.slice(0, at).trim();
      // `expr; //=> value`, or the statement just written, then `//=> value` on its own line.
      const expression = before || out.splice(last).join('\n');
      const index = expectations.push({ line: block.start + i, value }) - 1;
      out.push(`await __check__(${index}, async () => (${expression.replace(/;\s*$/, '')}));`);
      current = out.length;
      last = current;
    }
  }
  return { code: out.join('\n'), expectations };
}

/** The value an example shows: a JS literal, perhaps followed by a remark in parentheses. */
function valueOf(text: string): unknown {
  const anything = expect.anything();
  const parse = (source: string) => new Function('anything', `return (${source.replaceAll('…', 'anything')});`)(anything) as unknown;
  try {
    return parse(text);
  } catch {
    const withoutRemark = text.replace(/\s+\((?:[^()]|\([^()]*\))*\)\s*$/, '');
    return parse(withoutRemark);
  }
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

describe.each(FILES)('the examples of %s give the answers they show', (file) => {
  const program = programOf(file);

  it('every value shown is parsed (the file has examples to check)', () => {
    expect(program.expectations.length).toBeGreaterThan(0);
    for (const e of program.expectations) expect(() => valueOf(e.value), `${file}:${e.line}`).not.toThrow();
  });

  it('every `//=>` is reached and the library answers what it shows', async () => {
    const reached = new Set<number>();
    const check = async (index: number, compute: () => Promise<unknown>) => {
      const e = program.expectations[index]!;
      reached.add(index);
      expect(await compute(), `${file}:${e.line}`).toEqual(valueOf(e.value));
    };
    // Only what the file does not define itself.
    const names = Object.keys(CONTEXT).filter((n) => !new RegExp(`\\b(?:const|let|var) ${n}\\b`).test(program.code));
    const exported = `const { ${Object.keys(lib).join(', ')} } = __lib__;\n`;
    const run = new AsyncFunction('__lib__', '__check__', ...names, exported + program.code);
    await run(lib, check, ...names.map((n) => CONTEXT[n]));
    expect([...reached].sort((a, b) => a - b)).toEqual(program.expectations.map((_, i) => i));
  });
});
