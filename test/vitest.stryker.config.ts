import { defineConfig } from 'vitest/config';
import { answeringVitePlugin } from '../vitest.config';

// The suite as StrykerJS runs it for each mutant (test/stryker.config.mjs): the tests that
// exercise src/ directly, with the generated-input tests cut short. Left out: the command
// line's end-to-end tests (they run the built dist/cli.js, which carries no mutant, and need
// a build), the docs' browser test, and the host-time-zone test (it switches process.env.TZ,
// which a worker thread, where StrykerJS runs the tests, does not take up; CI runs the whole
// suite under four time zones instead), and the static reading of src/ in
// test/reliability/security.test.ts (in the sandbox it would read StrykerJS's instrumented
// copy, whose preamble uses globalThis and new Function), and the rule files' mutation test
// (test/reliability/ruleMutation.test.ts: hundreds of plans per run, too slow to repeat for
// each of thousands of mutants; the scenarios it runs are in the suite on their own), and the
// engines' construction test (test/evaluate/engine.test.ts: it resets the module registry and
// imports the library inside a test, so StrykerJS would credit every statement that runs when a
// module loads, every schema and table, to that one test, and try those mutants against it alone
// instead of leaving them static, which ignoreStatic skips), and the built engine path's test
// (test/evaluate/distEngine.test.ts) and the test of the shipped JSON Schema files
// (test/package/schemaFiles.test.ts): they read dist/, which carries no mutant and needs a build.
export default defineConfig({
  // src/plan/answering.ts reads the files of rules/ as the build serves them.
  plugins: [answeringVitePlugin()],
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/cli/**',
      'test/docs/**',
      'test/deadline/timezones.test.ts',
      'test/reliability/security.test.ts',
      'test/reliability/ruleMutation.test.ts',
      'test/evaluate/engine.test.ts',
      'test/evaluate/distEngine.test.ts',
      'test/package/schemaFiles.test.ts',
      '**/node_modules/**',
    ],
    environment: 'node',
    // Each test file gets fresh modules: what the library remembers (the bundled plan, compiled
    // rule sets with their memoised evaluations, holiday calendars, date arithmetic) is computed
    // again by the file that checks it, and StrykerJS, which credits a mutant to the tests that
    // ran its code, credits it there. Within a file the first test to ask computes it.
    isolate: true,
    env: {
      // Property tests: 10 runs each (CI runs 10,000); differential tests: 50 nominations.
      FC_RUNS: '10',
      DIFFERENTIAL_RUNS: '50',
    },
  },
});
