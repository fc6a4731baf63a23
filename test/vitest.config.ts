import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds dist/ once: the command-line tests (test/cli) spawn dist/cli.js.
    globalSetup: ['test/cli/globalSetup.ts'],
  },
});
