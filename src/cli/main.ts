// The `thi-dua-cchc` command (package.json `bin`): the only code that touches the process,
// files and the terminal (input files through src/cli/files.ts's readFileLimited). Everything
// else in src/cli is called through run(argv, io).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFileLimited } from './files';
import type { Io } from './io';
import { run } from './run';

function version(): string {
  try {
    // dist/cli.js → the package's own package.json.
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `| head`): stop quietly.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io: Io = {
  stdout: {
    write: (s) => void process.stdout.write(s),
    get isTTY() {
      return process.stdout.isTTY === true;
    },
    get columns() {
      return process.stdout.columns;
    },
  },
  stderr: {
    write: (s) => void process.stderr.write(s),
    get isTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stderr.columns;
    },
  },
  readFile: readFileLimited,
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  shippedScenarios: () => {
    // dist/cli.js → the package's rules/scenarios/.
    const dir = fileURLToPath(new URL('../rules/scenarios/', import.meta.url));
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => dir + f);
  },
  now: () => new Date(),
  env: process.env,
  version: version(),
};

process.exitCode = await run(process.argv.slice(2), io);
