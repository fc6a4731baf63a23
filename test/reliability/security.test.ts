import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { definePlan, ValidationError } from '../../src/index';
import { ruleSetsDefinition } from '../helpers/plans';

// The promises of SECURITY.md that a reading of the code can check: no I/O in the core, no code
// evaluation, and rule files that reach json-rules-engine only as plain comparisons.

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

/** The core's source files: everything under src/ but the command line. */
function coreFiles(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${rel}${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'cli') walk(`${dir}${entry.name}/`, `${path}/`);
      } else if (entry.name.endsWith('.ts')) {
        out.push({ file: path, code: withoutComments(readFileSync(`${dir}${entry.name}`, 'utf8')) });
      }
    }
  };
  walk(srcDir, '');
  return out;
}

/** The code without its comments (JSDoc examples may show imports a host would write). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
}

/** What the core may import: its own modules, the bundled rule files, and the four runtime dependencies. */
const ALLOWED = /^(\.{1,2}\/|zod$|zod\/mini$|json-rules-engine$|date-fns$|@date-fns\/tz$)/u;

describe('the core does no I/O and evaluates no code', () => {
  const files = coreFiles();

  it('finds the core’s files (and not the command line’s)', () => {
    expect(files.map((f) => f.file)).toContain('index.ts');
    expect(files.some((f) => f.file.startsWith('evaluate/'))).toBe(true);
    expect(files.some((f) => f.file.startsWith('cli/'))).toBe(false);
  });

  it('imports only its own modules, rules/*.json, zod, json-rules-engine, date-fns and @date-fns/tz', () => {
    for (const { file, code } of files) {
      const specifiers = [
        ...[...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gmu)].map((m) => m[1]!),
        ...[...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gmu)].map((m) => m[1]!),
        ...[...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/gu)].map((m) => m[1]!),
      ];
      if (file === 'index.ts') expect(specifiers.length, 'the barrel’s exports are seen').toBeGreaterThan(10);
      for (const s of specifiers) expect(ALLOWED.test(s), `${file} imports ${s}`).toBe(true);
      for (const s of specifiers.filter((x) => x.includes('/rules/'))) expect(s, file).toMatch(/^(\.\.\/)+rules\/[a-z0-9/-]+\.json$/u);
    }
  });

  it('never reads the clock, the process, the environment or the network, and never evaluates a string as code', () => {
    const forbidden: [string, RegExp][] = [
      ['eval', /\beval\s*\(/u],
      ['new Function', /\bnew\s+Function\s*\(/u],
      ['Function(...)', /(?<![.\w])Function\s*\(/u],
      ['Date.now', /\bDate\.now\b/u],
      ['new Date() without arguments', /\bnew\s+Date\s*\(\s*\)/u],
      ['performance', /\bperformance\./u],
      ['process', /\bprocess\./u],
      ['require', /\brequire\s*\(/u],
      ['fetch', /\bfetch\s*\(/u],
      ['XMLHttpRequest', /\bXMLHttpRequest\b/u],
      ['setTimeout / setInterval', /\bset(Timeout|Interval|Immediate)\s*\(/u],
      ['Math.random', /\bMath\.random\b/u],
      ['globalThis', /\bglobalThis\b/u],
      // One place names the key, to refuse it in every input (validation/plain.ts): that line alone.
      ['__proto__', /^(?!const PROTOTYPE_KEY = '__proto__';$).*__proto__/mu],
    ];
    for (const { file, code } of files) {
      for (const [name, pattern] of forbidden) expect(pattern.test(code), `${file} uses ${name}`).toBe(false);
    }
  });
});

describe('rule files reach json-rules-engine only as plain comparisons', () => {
  /** The bundled plan with the first atom of the first rule set's individual criteria replaced. */
  function withAtom(change: (atom: Record<string, unknown>) => Record<string, unknown>): unknown {
    const def = ruleSetsDefinition() as { ruleSets: { criteria: { individual: unknown } }[] };
    const find = (node: unknown): Record<string, unknown> | undefined => {
      if (typeof node !== 'object' || node === null) return undefined;
      const n = node as Record<string, unknown>;
      if (typeof n['fact'] === 'string') return n;
      for (const v of Object.values(n)) {
        const found = Array.isArray(v) ? v.map(find).find(Boolean) : find(v);
        if (found) return found;
      }
      return undefined;
    };
    const atom = find(def.ruleSets[0]!.criteria.individual)!;
    const changed = change({ ...atom });
    for (const k of Object.keys(atom)) delete atom[k];
    Object.assign(atom, changed);
    return def;
  }

  const refused: [string, (a: Record<string, unknown>) => Record<string, unknown>][] = [
    ['a JSONPath `path`', (a) => ({ ...a, path: '$..[?(@.constructor.constructor("return process")())]' })],
    ['a fact reference as the value', (a) => ({ ...a, value: { fact: 'goodConduct' } })],
    ['a fact reference with a path as the value', (a) => ({ ...a, value: { fact: 'goodConduct', path: '$.x' } })],
    ['`params` for a dynamic fact', (a) => ({ ...a, params: { x: 1 } })],
    ['an operator the library does not have', (a) => ({ ...a, operator: 'startsWith' })],
    ['an operator named like a prototype property', (a) => ({ ...a, operator: 'constructor' })],
    ['a fact named like a prototype property', (a) => ({ ...a, fact: '__proto__' })],
    ['a fact the vocabulary does not have', (a) => ({ ...a, fact: 'process' })],
    ['code as a string value where a boolean is due', (a) => ({ ...a, value: 'return process.exit(1)' })],
    ['a function as the value', (a) => ({ ...a, value: () => true })],
  ];

  it('the unchanged rule sets are accepted (so each refusal below is the change’s)', () => {
    expect(() => definePlan(withAtom((a) => a))).not.toThrow();
  });

  for (const [what, change] of refused) {
    it(`a condition with ${what} is refused with a ValidationError`, () => {
      let error: unknown;
      try {
        definePlan(withAtom(change));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.length).toBeGreaterThan(0);
      expect(Object.prototype).not.toHaveProperty('exit');
    });
  }
});
