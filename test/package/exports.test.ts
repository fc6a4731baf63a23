import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The package's two entries (package.json `exports`: `.` and `./schemas`) export exactly the
// names README's "API" section lists, values and types alike; the built files (dist/, made by
// test/helpers/buildDist.ts) export the same values in ES module and CommonJS form.
const root = resolve(__dirname, '../..');
const ENTRIES = [
  { name: 'thi-dua-cchc', source: 'src/index.ts', dist: 'dist/index' },
  { name: 'thi-dua-cchc/schemas', source: 'src/schemas.ts', dist: 'dist/schemas' },
] as const;

/** Every name `file` exports, and which of them are values (the rest are types only). */
function exportsOf(files: readonly string[]): Map<string, { all: string[]; values: string[] }> {
  const program = ts.createProgram(
    files.map((f) => resolve(root, f)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
    },
  );
  const checker = program.getTypeChecker();
  const out = new Map<string, { all: string[]; values: string[] }>();
  for (const file of files) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(resolve(root, file))!)!;
    const symbols = checker.getExportsOfModule(module);
    const isValue = (s: ts.Symbol) => ((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).flags & ts.SymbolFlags.Value) !== 0;
    out.set(file, {
      all: symbols.map((s) => s.name).sort(),
      values: symbols
        .filter(isValue)
        .map((s) => s.name)
        .sort(),
    });
  }
  return out;
}

/** The names README's "API" section lists under the heading of `entry`: each `code` span of its list items. */
function readmeNames(entry: string): string[] {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const api = readme.split(/^## /m).find((s) => s.startsWith('API\n'));
  if (!api) throw new Error('README.md has no "## API" section');
  const part = api.split(/^### /m).find((s) => s.startsWith(`\`${entry}\`\n`));
  if (!part) throw new Error(`README.md's API section has no "### \`${entry}\`"`);
  const items = part.split('\n').reduce<string[]>((acc, line) => {
    if (/^- /.test(line)) acc.push(line);
    else if (/^ {2}\S/.test(line) && acc.length > 0) acc[acc.length - 1] += ` ${line.trim()}`;
    return acc;
  }, []);
  // In each item, the names are the code spans after its label ("Functions: `a`, `b`").
  return items.flatMap((item) => [...item.slice(item.indexOf(':')).matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!)).sort();
}

const sources = exportsOf(ENTRIES.map((e) => e.source));

describe('the package exports exactly what README lists', () => {
  it.each(ENTRIES)("$name: README's API section lists every export of $source, and nothing else", ({ name, source }) => {
    const listed = readmeNames(name);
    expect(new Set(listed).size, 'a name listed twice').toBe(listed.length);
    expect(listed).toEqual(sources.get(source)!.all);
  });

  it('no name is exported by both entries', () => {
    const [main, sub] = ENTRIES.map((e) => new Set(sources.get(e.source)!.all));
    expect([...main!].filter((n) => sub!.has(n))).toEqual([]);
  });

  it.each(ENTRIES)("$name: the built ES module and CommonJS files export the source's values", async ({ source, dist }) => {
    const values = sources.get(source)!.values;
    expect(values.length).toBeGreaterThan(0);
    const esm = (await import(pathToFileURL(resolve(root, `${dist}.js`)).href)) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(resolve(root, `${dist}.cjs`)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(values);
    expect(
      Object.keys(cjs)
        .filter((k) => k !== '__esModule')
        .sort(),
    ).toEqual(values);
  });

  it('each constant of the main entry is the list of values its schema accepts', async () => {
    const main = await import('../../src/index');
    const schemas = [
      [main.LANGS, (await import('../../src/ground/lang')).LangSchema],
      [main.NOMINEE_KINDS, (await import('../../src/schema/nomination')).NomineeKindSchema],
      [main.UNIT_BLOCKS, (await import('../../src/schema/facts')).UnitBlockSchema],
      [main.REFORM_ROLES, (await import('../../src/schema/facts')).ReformRoleSchema],
      [main.DEADLINE_READINGS, (await import('../../src/schema/deadlines')).DeadlineReadingSchema],
      [main.PARTY_IDS, (await import('../../src/schema/deadlines')).PartyIdSchema],
      [main.ROUNDING_MODES, (await import('../../src/schema/parameters')).RoundingModeSchema],
      [main.OUTCOMES, (await import('../../src/schema/evaluation')).OutcomeSchema],
      [main.CRITERION_STATUSES, (await import('../../src/schema/evaluation')).CriterionStatusSchema],
      [main.MILESTONE_STATUSES, (await import('../../src/schema/deadline')).MilestoneStatusSchema],
      [main.NOT_SELECTED_REASONS, (await import('../../src/schema/allocation')).NotSelectedReasonSchema],
    ] as const;
    for (const [constant, schema] of schemas) expect(constant).toEqual(schema.options);
  });

  it('RULE_SET_IDS and DEADLINE_TRACKS are the IDs the bundled plan declares (any plan may declare others)', async () => {
    const main = await import('../../src/index');
    const plan = main.defaultPlan();
    expect([...main.RULE_SET_IDS].sort()).toEqual(Object.keys(plan.ruleSets).sort());
    expect([...main.DEADLINE_TRACKS].sort()).toEqual((plan.deadlines?.tracks ?? []).map((t) => t.id).sort());
  });
});
