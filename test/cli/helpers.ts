import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { limitBytes, readFileLimited } from '../../src/cli/files';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/run';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command in the repository root, stdout and stderr piped (not terminals). */
export function cli(args: readonly string[], input?: string | Buffer): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, COLUMNS: '120' },
    // A command that would read for ever fails its test instead of hanging the run.
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Runs the command line in this process, from src/ (`run(argv, io)`, as src/cli/main.ts does),
 * with stdout and stderr captured as pipes (not terminals), files read relative to the
 * repository root with the command's size limit, `input` as standard input, COLUMNS=120 and
 * the variables of `env`. For the error and usage tests;
 * the end-to-end tests of the built `dist/cli.js` use `cli`.
 */
export async function runCli(args: readonly string[], input?: string | Buffer, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s) => void (stdout += s), isTTY: false },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    readFile: (path, maxBytes) => {
      if (path !== '-') return readFileLimited(isAbsolute(path) ? path : join(ROOT, path), maxBytes);
      return limitBytes(typeof input === 'string' ? Buffer.from(input, 'utf8') : (input ?? Buffer.alloc(0)), maxBytes);
    },
    writeFile: (path, bytes) => writeFileSync(isAbsolute(path) ? path : join(ROOT, path), bytes),
    shippedScenarios: () =>
      readdirSync(join(ROOT, 'rules/scenarios'))
        .sort()
        .map((f) => join(ROOT, 'rules/scenarios', f)),
    now: () => new Date(),
    env: { COLUMNS: '120', ...env },
    version: VERSION,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A temporary folder for broken input files, removed after the file's tests. */
export function scratch(): (name: string, content: string | Buffer) => string {
  const dir = mkdtempSync(join(tmpdir(), 'thi-dua-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

/** A CSV header and rows, joined with CRLF as spreadsheets write them. */
export function csvText(lines: readonly string[]): string {
  return lines.join('\r\n') + '\r\n';
}

/** The header of a small grassroots individual batch, and a valid row for it. */
export const INDIVIDUAL_HEADER = 'id,ruleSet,year,kind,name,unitId,unitName,goodConduct,excellentCompletion,reformRoles,highResponsibility,parIndexRank';
export function individualRow(id: string, overrides: { name?: string; parIndexRank?: string; goodConduct?: string } = {}): string {
  return [
    id,
    'annual-grassroots',
    '2026',
    'cá nhân',
    overrides.name ?? 'Nguyễn Thị Lan',
    'vhxh',
    'Phòng Văn hóa - Xã hội',
    overrides.goodConduct ?? 'có',
    'có',
    'tham gia thực hiện',
    'có',
    overrides.parIndexRank ?? '',
  ].join(',');
}
