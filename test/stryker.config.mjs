// @ts-check
/**
 * Mutation testing (npm run mutation): StrykerJS changes src/ one mutant at a time and runs the
 * tests that cover each change (coverage per test); a mutant no test notices survives. The
 * score must stay at or above 85% (`break`). Reports go to reports/mutation/ (git-ignored),
 * the sandbox to .stryker-tmp/ (git-ignored).
 *
 * The rule files' own mutants (a comparison, value or logic changed in rules/*.json) are
 * tested separately by test/reliability/ruleMutation.test.ts, which runs with the suite.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/**/*.ts',
    // The command line is tested end to end through the built dist/cli.js, which carries no mutants.
    '!src/cli/**',
    // The barrel and files of types only: nothing to mutate.
    '!src/index.ts',
    '!src/plan/Plan.ts',
    '!src/quota/candidate.ts',
  ],
  ignoreStatic: true,
  // The sandbox needs the sources, the rules and the tests; not the built site, bundles or examples.
  ignorePatterns: ['dist', 'docs', 'bench', 'examples', 'coverage', 'reports', '*.tgz'],
  disableTypeChecks: 'src/**/*.ts',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Results are kept between runs: a later run re-tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
};
