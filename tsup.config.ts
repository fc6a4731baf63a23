import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { ANSWERING_MODULE, answeringView, viewOf } from './src/plan/answeringView';

/**
 * The bundled plan as a plan file, and the JSON Schemas the package ships (`thi-dua-cchc/schema/*.json`), written from the built
 * library's own zod schemas, so they can never drift from what the library validates.
 */
async function writeDataFiles(): Promise<void> {
  const lib = (await import(pathToFileURL(resolve('dist/index.js')).href)) as {
    jsonSchema: (which: 'nomination' | 'plan' | 'scenarios', lang: 'vi' | 'en') => unknown;
    defaultPlan: () => unknown;
  };
  await mkdir('dist/schema', { recursive: true });
  // The bundled plan as one plan file (thi-dua-cchc/plan.json): what a host loads, amends and
  // passes back with loadPlan. Written from the built plan, so it is rules/ as the library reads it.
  await writeFile('dist/plan.json', `${JSON.stringify(lib.defaultPlan(), null, 2)}\n`);
  for (const which of ['nomination', 'plan', 'scenarios'] as const) {
    await writeFile(`dist/schema/${which}.json`, `${JSON.stringify(lib.jsonSchema(which, 'vi'), null, 2)}\n`);
    await writeFile(`dist/schema/${which}.en.json`, `${JSON.stringify(lib.jsonSchema(which, 'en'), null, 2)}\n`);
  }
}

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * json-rules-engine's dependencies that the build replaces (src/evaluate/engineShims/):
 * eventemitter2 by the two methods the engine calls; jsonpath-plus, reached only by
 * conditions with a `path` (which the rule schema refuses), by a function that throws; clone by
 * a copy of what the engine copies (JSON in its own `Condition` objects), refusing anything else;
 * hash-it by `JSON.stringify` of the fact-cache key it is given. Together about 15 KB gzip of
 * every host's bundle. The tests run the engine with its real dependencies
 * (vitest loads it from node_modules), and test/evaluate/distEngine.test.ts checks that the
 * built package's engine path gives the same evaluations as the tests' reference.
 */
const engineShims: Record<string, string> = {
  eventemitter2: './src/evaluate/engineShims/eventEmitter.ts',
  'jsonpath-plus': './src/evaluate/engineShims/jsonPath.ts',
  clone: './src/evaluate/engineShims/clone.ts',
  'hash-it': './src/evaluate/engineShims/hashIt.ts',
};

/**
 * The command line imports the library through src/cli/lib.ts; in the build that import points
 * at the package's own ./index.js, so dist/cli.js carries no second copy of the library.
 */
const cliUsesBuiltLibrary: EsbuildPlugin = {
  name: 'cli-uses-built-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]lib\.ts$/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    );
  },
};

/**
 * The functions' view of the bundled plan (src/plan/answeringView.ts): src/plan/answering.ts's
 * JSON imports, each as its view. The vitest config serves the tests the same views.
 */
const answeringEsbuildPlugin: EsbuildPlugin = {
  name: 'answering-view',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, async (args) => {
      if (!ANSWERING_MODULE.test(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return viewOf(resolved.path) === 'whole' ? { path: resolved.path } : { path: resolved.path, namespace: 'answering-view' };
    });
    build.onLoad({ filter: /.*/, namespace: 'answering-view' }, async (args) => ({
      contents: JSON.stringify(answeringView(args.path, JSON.parse(await readFile(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};

/** The `thi-dua-cchc` command (package.json `bin`): ESM for Node, run through its shebang. */
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  splitting: false,
  banner: { js: '#!/usr/bin/env node' },
  esbuildPlugins: [cliUsesBuiltLibrary],
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  {
    // Two entries: `thi-dua-cchc` and `thi-dua-cchc/schemas` (package.json `exports`). The ES
    // build shares their common modules through chunks; each CommonJS file carries its own copy.
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The library's build cleans dist/ but leaves the CLI's file, built at the same time.
    clean: ['!cli.js'],
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    // zod, date-fns and @date-fns/tz are bundled (tree-shaken): importing the package stays fast
    // and a host's bundle carries only what the library uses. json-rules-engine is bundled too,
    // still loaded on first use by the engine path only (its modules run when first required),
    // with its four dependencies replaced by what it uses of them: see engineShims.
    noExternal: ['zod', 'date-fns', '@date-fns/tz', 'json-rules-engine'],
    esbuildOptions(options, { format }) {
      // Keep Vietnamese text as UTF-8 in the bundle instead of \u escapes.
      options.charset = 'utf8';
      options.alias = engineShims;
      // The ES build puts json-rules-engine in a chunk of its own (src/evaluate/engineModule.ts),
      // loaded by the engine path's `import()`; the CommonJS build keeps one file.
      options.splitting = format === 'esm';
    },
    // src/plan/answering.ts reads the files of rules/ without the text written for readers.
    esbuildPlugins: [answeringEsbuildPlugin],
    onSuccess: writeDataFiles,
  },
  cli,
]);
