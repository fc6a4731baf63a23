import { mkdir, writeFile } from 'node:fs/promises';
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
  // and a host's bundle carries only what the library uses. json-rules-engine stays a real
  // dependency, imported on first use by the engine path only.
  noExternal: ['zod', 'date-fns', '@date-fns/tz'],
  esbuildOptions(options) {
    // Keep Vietnamese text as UTF-8 in the bundle instead of \u escapes.
    options.charset = 'utf8';
  },
  onSuccess: writeJsonSchemas,
}, cli]);
