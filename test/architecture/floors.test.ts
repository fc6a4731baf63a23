import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The floors of src/, lowest first. A file may import files of its own folder and of any lower
 * floor, never of a higher one nor of another folder on its own floor (evaluate, deadline and
 * quota do not import each other). `import type` counts: a type import is still a dependency of
 * the design. No file-level cycle is allowed either, within a folder or across.
 *
 *   cli → index | schemas → scenario | compare → evaluate | deadline | quota → plan → i18n → schema → validation → ground
 *
 * - ground: the languages (`Lang`, `BilingualText`) and NFC, used by everyone; imports nothing.
 * - validation: issues, their codes, parameters and message catalogue, `ValidationError`,
 *   parsing and argument checks.
 * - schema: the zod schemas of inputs and outputs.
 * - i18n: the sentences of answers (reasons, allocation, deadline notes), written over schema
 *   types; above schema for that reason (the issue catalogue, needed by validation, lives in
 *   validation).
 * - plan: defining, loading and resolving plans; the JSON Schemas of plan and nomination files.
 * - scenario: running legal scenarios (runScenarios) through the evaluators.
 * - compare: what an amendment changes (comparePlans), through the evaluators and the allocation.
 * - index, schemas: the package's two entries (`thi-dua-cchc`, `thi-dua-cchc/schemas`).
 */
const FLOORS: readonly (readonly string[])[] = [
  ['ground'],
  ['validation'],
  ['schema'],
  ['i18n'],
  ['plan'],
  ['evaluate', 'deadline', 'quota'],
  ['scenario', 'compare'],
  ['index', 'schemas'],
  ['cli'],
];

/** A module graph: each file (path from the repository root, `/`-separated) and the files it imports. */
type Graph = ReadonlyMap<string, readonly string[]>;

/** The folder of a file under src/, which names its floor (`src/index.ts` is `index`). */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length === 2 ? parts[1]!.replace(/\.ts$/, '') : parts[1]!;
}

function floorIndex(folder: string): number {
  return FLOORS.findIndex((floor) => floor.includes(folder));
}

/** Every import that breaks the floors, as `from → to (why)`. */
function floorViolations(graph: Graph): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = folderOf(from);
    const fa = floorIndex(a);
    if (fa < 0) {
      out.push(`${from}: folder “${a}” is on no floor (add it to FLOORS)`);
      continue;
    }
    for (const to of targets) {
      const b = folderOf(to);
      if (a === b) continue;
      const fb = floorIndex(b);
      if (fb < 0) out.push(`${from} → ${to} (folder “${b}” is on no floor)`);
      else if (fb === fa) out.push(`${from} → ${to} (${a} and ${b} share a floor and may not import each other)`);
      else if (fb > fa) out.push(`${from} → ${to} (${a} may not import ${b}, a higher floor)`);
    }
  }
  return out;
}

/** Every import cycle between files, each as the files round it, the first repeated at the end. */
function importCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/**
 * The graph of src/: every relative import of every `.ts` file (`import`, `import type`,
 * `export … from`, `import()`), read by TypeScript's own scanner, resolved to a file under src/.
 * Imports of JSON data (rules/) and of packages are left out.
 */
function srcGraph(root: string): Graph {
  const src = join(root, 'src');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));
  const key = (abs: string): string => relative(root, abs).split(sep).join(posix.sep);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = resolve(dirname(file), fileName);
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => c.endsWith('.ts') && existsSync(c));
      if (found !== undefined) targets.push(key(found));
      else if (!/\.json$/.test(fileName)) throw new Error(`${key(file)}: cannot resolve import '${fileName}'`);
    }
    graph.set(key(file), targets);
  }
  return graph;
}

describe('the floors of src/', () => {
  const graph = srcGraph(resolve(import.meta.dirname, '../..'));

  it('reads the imports of every file, type imports and multi-line imports among them', () => {
    expect(graph.size).toBeGreaterThan(100);
    // A type-only import, and a multi-line one: both are edges.
    expect(graph.get('src/i18n/reasons.ts')).toContain('src/schema/evaluation.ts');
    expect(graph.get('src/cli/lib.ts')).toContain('src/index.ts');
  });

  it('no import goes up a floor or sideways', () => {
    expect(floorViolations(graph)).toEqual([]);
  });

  it('no import cycle between files', () => {
    expect(importCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('the floor checker itself', () => {
  const tiny: Graph = new Map([
    ['src/schema/jsonSchema.ts', ['src/plan/checkArguments.ts', 'src/validation/issue.ts']],
    ['src/plan/checkArguments.ts', ['src/schema/jsonSchema.ts']],
    ['src/quota/notes.ts', ['src/evaluate/core.ts', 'src/quota/order.ts']],
    ['src/quota/order.ts', []],
    ['src/evaluate/core.ts', []],
    ['src/validation/issue.ts', []],
    ['src/stray/x.ts', []],
  ]);

  it('names the offending import: upward, sideways, and a folder on no floor', () => {
    expect(floorViolations(tiny)).toEqual([
      'src/schema/jsonSchema.ts → src/plan/checkArguments.ts (schema may not import plan, a higher floor)',
      'src/quota/notes.ts → src/evaluate/core.ts (quota and evaluate share a floor and may not import each other)',
      'src/stray/x.ts: folder “stray” is on no floor (add it to FLOORS)',
    ]);
  });

  it('finds a cycle and names the files round it', () => {
    expect(importCycles(tiny)).toEqual([['src/schema/jsonSchema.ts', 'src/plan/checkArguments.ts', 'src/schema/jsonSchema.ts']]);
  });

  it('allows imports downwards and within a folder, with no cycle', () => {
    const fine: Graph = new Map([
      ['src/index.ts', ['src/quota/notes.ts', 'src/ground/lang.ts']],
      ['src/quota/notes.ts', ['src/quota/order.ts', 'src/plan/Plan.ts']],
      ['src/quota/order.ts', ['src/ground/lang.ts']],
      ['src/plan/Plan.ts', ['src/schema/plan.ts']],
      ['src/schema/plan.ts', ['src/ground/lang.ts']],
      ['src/ground/lang.ts', []],
    ]);
    expect(floorViolations(fine)).toEqual([]);
    expect(importCycles(fine)).toEqual([]);
  });
});
