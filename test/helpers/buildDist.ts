import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The newest modification time of the files below `dir` (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(dir)) latest = Math.max(latest, newest(join(dir, entry)));
  return latest;
}

/** What the build reads: when none of it is newer than dist/, the build is skipped. */
const INPUTS = ['src', 'rules', 'tsup.config.ts', 'package.json', 'tsconfig.json'];
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/schemas.js', 'dist/schemas.cjs', 'dist/cli.js'];

/**
 * Global setup of the `dist` test project (vitest.config.ts): builds the package with
 * `npm run build` unless dist/ is already newer than everything it is built from. Only the
 * tests that run dist/ (the command line end to end, the built engine path, the package checks)
 * are in that project, so a run of unit tests never builds.
 */
export default function setup(): void {
  const built = OUTPUTS.map((f) => join(root, f));
  const oldestOutput = Math.min(...built.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const newestInput = Math.max(...INPUTS.map((f) => newest(join(root, f))));
  if (oldestOutput > newestInput) return;
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
