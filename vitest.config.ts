import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vitest/config';
import { ANSWERING_MODULE, answeringView, viewOf } from './src/plan/answeringView.ts';

const VIRTUAL = '\0answering-view:';

/**
 * The functions' view of the bundled plan (src/plan/answeringView.ts), served to the tests as
 * the build (tsup.config.ts) serves it to dist/: src/plan/answering.ts's JSON imports, each as
 * its view, so the tests run what ships. Also used by test/vitest.stryker.config.ts.
 */
export function answeringVitePlugin(): Plugin {
  return {
    name: 'answering-view',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !ANSWERING_MODULE.test(importer) || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      return viewOf(resolved.id) === 'whole' ? resolved : `${VIRTUAL}${resolved.id}`;
    },
    // JSON text, which vite's own JSON plugin then makes a module of, as for any .json file.
    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const path = id.slice(VIRTUAL.length);
      return JSON.stringify(answeringView(path, JSON.parse(await readFile(path, 'utf8'))));
    },
  };
}

/**
 * The tests that run the built package (dist/): the command line end to end on the examples
 * (the error and usage tests run it in process, from src/), the engine path as built, and the
 * package's own checks. Only they need a build, so only their project builds.
 */
const NEEDS_DIST = ['test/cli/examples.test.ts', 'test/evaluate/distEngine.test.ts', 'test/package/**/*.test.ts'];

// `npx vitest run` runs both projects; `npx vitest run test/quota` runs only the unit tests there
// and builds nothing (a project's globalSetup runs only when one of its tests is queued).
// How many generated inputs the property tests try is set by test/reliability/support/runs.ts (FC_RUNS…).
export default defineConfig({
  plugins: [answeringVitePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...NEEDS_DIST, '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: NEEDS_DIST,
          environment: 'node',
          // Builds dist/ once before these tests (a fresh clone has none).
          globalSetup: ['test/helpers/buildDist.ts'],
        },
      },
    ],
  },
});
