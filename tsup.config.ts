import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * The JSON Schemas the package ships (`thi-dua-cchc/schema/*.json`), written from the built
 * library's own zod schemas, so they can never drift from what the library validates.
 */
async function writeJsonSchemas(): Promise<void> {
  const lib = (await import(pathToFileURL(resolve('dist/index.js')).href)) as {
    jsonSchema: (which: 'nomination' | 'plan', lang: 'vi' | 'en') => unknown;
  };
  await mkdir('dist/schema', { recursive: true });
  for (const which of ['nomination', 'plan'] as const) {
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
 * Two module-level statements of zod that a host's bundler cannot drop once zod is inside our
 * one-file `dist/index.js` (bundled from zod itself, its `"sideEffects": false` lets whole
 * modules go; inside our file it no longer can): the global registry, made with a call and an
 * assignment to `globalThis`, and the JSON Schema contributors, an object built with two calls.
 * Only `jsonSchema` uses either, yet every host's bundle kept them (about 1.3 KB gzip). The
 * build writes each as a pure expression of the same value, so a bundle that does not use them
 * drops them. The texts are matched exactly: if a zod update changes them, the build fails
 * here instead of quietly growing (test/package/zodPure.test.ts checks the built JSON Schemas
 * are unchanged, and bench/size.mjs the size).
 */
const ZOD_PURE: Record<string, [string, string][]> = {
  'registries.js': [[
    'export const globalRegistry = globalThis.__zod_globalRegistry;',
    'export const globalRegistry = /* @__PURE__ */ (() => globalThis.__zod_globalRegistry ??= registry())();',
  ], [
    '(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());\n',
    '',
  ]],
  'json-schema-processors.js': [[
    'number_format: formatContributor(NUMBER_FORMAT_RANGES),',
    'number_format: /* @__PURE__ */ formatContributor(NUMBER_FORMAT_RANGES),',
  ], [
    'bigint_format: formatContributor(BIGINT_FORMAT_RANGES),',
    'bigint_format: /* @__PURE__ */ formatContributor(BIGINT_FORMAT_RANGES),',
  ]],
};

const zodPure: EsbuildPlugin = {
  name: 'zod-pure',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/](registries|json-schema-processors)\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      const file = args.path.replace(/.*[\\/]/, '');
      for (const [from, to] of ZOD_PURE[file] ?? []) {
        if (!contents.includes(from)) throw new Error(`zod-pure: ${file} no longer contains ${JSON.stringify(from)}; update ZOD_PURE in tsup.config.ts`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
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

export default defineConfig([{
  entry: { index: 'src/index.ts' },
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
  esbuildPlugins: [zodPure],
  onSuccess: writeJsonSchemas,
}, cli]);
