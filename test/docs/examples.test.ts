import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index';
import * as schemas from '../../src/schemas';
import { amendedDefinition, topThreeDefinition } from '../helpers/plans';

// The code examples of README.md, docs/*.md and the `@example` of every documented function in
// src/ are run, and every `//=> value` they show is checked against what the library answers
// (the date-fns convention: `expr; //=> value`, the value on the same line or on the comment
// lines that follow). Officials and developers copy these; a wrong one is a wrong answer.
//
// Conventions the examples keep, so that they can be checked:
// - `expr; //=> value`, or a statement then `//=> value` on its own line (continued on `//` lines);
// - after the value, a remark in parentheses may follow: `//=> 'eligible' (in Vĩnh Bảo)`;
// - `…` in a value stands for anything; a value may name the example's own variables;
// - what an example uses without defining it is given below (CONTEXT), as its text says it.

const root = resolve(__dirname, '../..');
/** Both entries of the package (`thi-dua-cchc`, `thi-dua-cchc/schemas`), as the examples see them. */
const lib = { ...main, ...schemas };
const readText = (path: string) => readFileSync(resolve(root, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(readText(path));

/** A nomination meeting every grassroots individual standard, as a host would write one. */
const nomination = {
  id: 'gk-2026-20',
  ruleSet: 'annual-grassroots',
  year: 2026,
  nominee: { kind: 'individual', name: 'Phạm Văn Minh', unit: { id: 'phong-kt' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true },
};

/** An individual eligible at grassroots with the given priority facts (III.2.1.1.b-priority). */
const grassrootsIndividual = (id: string, facts: Record<string, unknown>) => ({ ...nomination, id, facts: { ...nomination.facts, ...facts } });

/** The bundled plan with an amendment in force from 1/7/2028, as planVersion's example says. */
const amendedPlan = () => lib.definePlan(amendedDefinition());

/** What the examples use without defining it: named in their text or their comments. */
const CONTEXT: Record<string, () => unknown> = {
  nomination: () => nomination,
  // README, plans as data: someone who only took part in reform work (enough at grassroots in Vĩnh Bảo).
  participantOnly: () => grassrootsIndividual('gk-2026-21', { reformRoles: ['participate'] }),
  // README, allocate awards: the files its comments name.
  nominations: () => readJson('examples/vinh-bao-2026-grassroots.json'),
  history: () => readJson('examples/history.json'),
  readFile: () => (path: string, encoding: 'utf8') => readFile(resolve(root, path), encoding),
  // evaluateNominations: any two nominations; evaluateNominationsSync: one eligible, one undetermined.
  nominationA: () => grassrootsIndividual('hs-a', {}),
  nominationB: () => grassrootsIndividual('hs-b', { goodConduct: false }),
  a: () => grassrootsIndividual('hs-a', {}),
  b: () => grassrootsIndividual('hs-b', { goodConduct: undefined }),
  // allocateQuota: two eligible individuals, Lan meeting two priority items, Minh one: one tier.
  lan: () => grassrootsIndividual('hs-lan', { handlesProcedures: true, drivesDigitalTransformation: true, reformRoles: ['participate'] }),
  minh: () => grassrootsIndividual('hs-minh', { handlesProcedures: true, reformRoles: ['participate'] }),
  // definePlan: the files of rules/.
  meta: () => readJson('rules/plan.json'),
  clauses: () => readJson('rules/clauses.json'),
  grassroots: () => readJson('rules/annual-grassroots.json'),
  city: () => readJson('rules/annual-city.json'),
  period: () => readJson('rules/period-2026-2030.json'),
  amendedPlan,
  // comparePlans: the README's recipe plan, communes in the top 3 from 1/1/2028.
  amended: () => lib.definePlan(topThreeDefinition('2028-01-01')),
};

interface Block {
  readonly start: number;
  readonly lines: readonly string[];
}

/** A text whose examples run as one program: a Markdown file, or one `@example`. */
interface Source {
  readonly name: string;
  readonly blocks: readonly Block[];
}

/** The ```js blocks of a Markdown file, with the line number of each block's first line. */
function markdownSource(path: string): Source {
  const blocks: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | undefined;
  readText(path)
    .split('\n')
    .forEach((line, i) => {
      if (current) {
        if (line.startsWith('```')) {
          blocks.push(current);
          current = undefined;
        } else current.lines.push(line);
      } else if (line.startsWith('```js')) current = { start: i + 2, lines: [] };
    });
  return { name: path, blocks };
}

/** Each `@example` of the JSDoc comments of a source file, as a source of its own. */
function jsdocSources(path: string): Source[] {
  const out: Source[] = [];
  const lines = readText(path).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\* @example\s*$/.test(lines[i]!)) continue;
    const block: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*\*\/|^\s*\* @/.test(lines[j]!); j++) block.push(lines[j]!.replace(/^\s*\* ?/, ''));
    out.push({ name: `${path}:${i + 1}`, blocks: [{ start: i + 2, lines: block }] });
    i = j - 1;
  }
  return out;
}

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(resolve(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Whether `source` compiles as an expression. */
function isExpression(source: string): boolean {
  try {
    new Function(`return (${source});`);
    return true;
  } catch {
    return false;
  }
}

interface Program {
  readonly code: string;
  readonly lines: readonly number[];
}

/**
 * A source's blocks as one async function body (later blocks use what earlier ones define, and
 * every export of the library is in scope), with each `expr; //=> value` turned into a check of
 * `expr` against `value`, the value computed in the same scope.
 */
function programOf(source: Source): Program {
  const lines: number[] = [];
  const out: string[] = [];
  const endsStatement = (code: string) => /[;{}]\s*$/.test(code) || code.trim() === '';
  for (const block of source.blocks) {
    // Where the statement being written began, and where the last complete one began.
    let current = out.length;
    let last = out.length;
    for (let i = 0; i < block.lines.length; i++) {
      const line = block.lines[i]!;
      const at = line.indexOf('//=>');
      if (at < 0) {
        // Every export of the library is in scope already (some examples take an import as read).
        out.push(/^import \{[^}]*\} from 'thi-dua-cchc(?:\/schemas)?';\s*$/.test(line) ? `// ${line}` : line);
        if (endsStatement(line.replace(/\/\/.*$/, ''))) {
          last = current;
          current = out.length;
        }
        continue;
      }
      let value = line.slice(at + 4);
      while (i + 1 < block.lines.length && /^\s*\/\/(?!=>)/.test(block.lines[i + 1]!)) value += `\n${block.lines[++i]!.replace(/^\s*\/\/ ?/, '')}`;
      value = value.replaceAll('…', '__anything__');
      if (!isExpression(value)) value = value.replace(/\s+\((?:[^()]|\([^()]*\))*\)\s*$/, '');
      // `expr; //=> value`, or the statement just written, then `//=> value` on its own line.
      const expression = line.slice(0, at).trim() || out.splice(last).join('\n');
      const index = lines.push(block.start + i) - 1;
      out.push(`await __check__(${index}, async () => (${expression.replace(/;\s*$/, '')}), () => (${value}));`);
      current = out.length;
      last = current;
    }
  }
  return { code: out.join('\n'), lines };
}

const SOURCES: Source[] = [
  ...['README.md', 'docs/getting-started.md', 'docs/deadlines.md'].map(markdownSource),
  ...tsFiles('src')
    .filter((f) => !f.startsWith(join('src', 'cli')))
    .sort()
    .flatMap((f) => jsdocSources(relative(root, resolve(root, f)))),
];

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

describe('the examples of the docs and of the API reference give the answers they show', () => {
  it('there are examples to check: the three Markdown files and every documented public function', () => {
    const documented = new Set(SOURCES.map((s) => s.name.replace(/:\d+$/, '')));
    for (const name of [
      'README.md',
      'docs/getting-started.md',
      'src/evaluate/evaluateNomination.ts',
      'src/deadline/checkDeadline.ts',
      'src/quota/allocateQuota.ts',
    ]) {
      expect(documented.has(name), name).toBe(true);
    }
    expect(SOURCES.length).toBeGreaterThan(12);
  });

  it.each(SOURCES.map((s) => [s.name, s] as const))('%s', async (_name, source) => {
    const program = programOf(source);
    expect(program.lines.length, 'an example without a //=> value').toBeGreaterThan(0);
    const reached = new Set<number>();
    const check = async (index: number, compute: () => Promise<unknown>, shown: () => unknown) => {
      reached.add(index);
      expect(await compute(), `${source.name.replace(/:\d+$/, '')}:${program.lines[index]}`).toEqual(shown());
    };
    // Only what the example does not define itself.
    const names = Object.keys(CONTEXT).filter((n) => !new RegExp(`\\b(?:const|let|var) (?:\\[[^\\]]*\\b)?${n}\\b`).test(program.code));
    const exported = `const { ${Object.keys(lib).join(', ')} } = __lib__;\n`;
    const run = new AsyncFunction('__lib__', '__check__', '__anything__', ...names, exported + program.code);
    await run(lib, check, expect.anything(), ...names.map((n) => CONTEXT[n]!()));
    // Every value shown was reached (one shown in a `catch` is checked only if the call throws).
    expect([...reached].sort((x, y) => x - y)).toEqual(program.lines.map((_, i) => i));
  });
});
