import { defineConfig } from 'vitest/config';

/**
 * The tests that run the built package (dist/): the command line end to end, the engine path as
 * built, and the package's own checks. Only they need a build, so only their project builds.
 */
const NEEDS_DIST = ['test/cli/**/*.test.ts', 'test/evaluate/distEngine.test.ts', 'test/package/**/*.test.ts'];

// `npx vitest run` runs both projects; `npx vitest run test/quota` runs only the unit tests there
// and builds nothing (a project's globalSetup runs only when one of its tests is queued).
// How many generated inputs the property tests try is set by test/reliability/support/runs.ts (FC_RUNS…).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...NEEDS_DIST, '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
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
