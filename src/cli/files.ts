/**
 * The input files of a command: what may be read, how much of it, and the messages when it may
 * not. A file must be a regular file (or `-`, standard input, read once per run) of at most a
 * limit of bytes (50 MiB unless `--max-bytes` or THI_DUA_CCHC_MAX_BYTES says otherwise), and it
 * is read with that limit, so a device such as /dev/zero, a FIFO or an endless pipe can neither
 * hang the command nor grow its memory past the limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fileLabel } from './decode';
import { CliError } from './errors';
import type { InputFiles, Io } from './io';
import { formatInt, type CliLang, type Text } from './text';
import { echo } from './visible';

/** The limit on an input file's size when none is given: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** The largest limit that may be set: 256 MiB (the text of a file must fit in one JavaScript string). */
export const MAX_BYTES_CEILING = 256 * 1024 * 1024;
/** The environment variable that sets the limit when `--max-bytes` does not. */
export const MAX_BYTES_ENV = 'THI_DUA_CCHC_MAX_BYTES';

/** Error codes of a refused file, besides Node's own (`ENOENT`, `EISDIR`, `EACCES`, …). */
export type InputFileCode = 'EFBIG' | 'ENOTREG';

function fileError(code: InputFileCode | 'EISDIR', message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * `bytes`, or the `EFBIG` error when there are more than `maxBytes` of them: for an Io that
 * holds its input in memory (a test's standard input).
 *
 * @param bytes - What was read.
 * @param maxBytes - The limit.
 * @returns `bytes`.
 * @throws An Error with code `EFBIG` when `bytes` is longer than `maxBytes`.
 * @example
 * limitBytes(new Uint8Array(3), 3).length
 * //=> 3
 */
export function limitBytes(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length > maxBytes) throw fileError('EFBIG', `more than ${maxBytes} bytes`);
  return bytes;
}

/** Waits a little without a busy loop (standard input that is not ready yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads an open file to its end, refusing it as soon as it has more than `maxBytes`. */
function readAllLimited(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes - total + 1));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // Standard input in non-blocking mode (some terminals and pipes) that has nothing yet.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw fileError('EFBIG', `more than ${maxBytes} bytes`);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of a file the user named, read with a limit: `-` is standard input; any other path
 * must be a regular file. The file is opened without waiting (a FIFO with no writer does not
 * hang), then checked: a folder, a device (/dev/zero), a FIFO or a socket is refused before
 * anything is read, and so is a file larger than the limit; reading stops past the limit (a
 * file that grows, a pipe).
 *
 * @param path - The path, or `-` for standard input.
 * @param maxBytes - The most bytes read.
 * @returns The bytes.
 * @throws Node's errors (`ENOENT`, `EACCES`, …), or an Error with code `EISDIR` (a folder),
 *   `ENOTREG` (not a regular file) or `EFBIG` (more than `maxBytes`).
 * @example
 * readFileLimited('package.json', 1_000_000).length > 0
 * //=> true
 */
export function readFileLimited(path: string, maxBytes: number): Uint8Array {
  if (path === '-') return readAllLimited(0, maxBytes);
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (it is 0 on Windows).
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw fileError('EISDIR', `${path} is a directory`);
    if (!stat.isFile()) throw fileError('ENOTREG', `${path} is not a regular file`);
    if (stat.size > maxBytes) throw fileError('EFBIG', `${path} has more than ${maxBytes} bytes`);
    return readAllLimited(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

const UNITS: readonly (readonly [string, number])[] = [
  ['g', 1024 ** 3],
  ['m', 1024 ** 2],
  ['k', 1024],
  ['', 1],
];

/**
 * A size limit as written by the user: a whole number of bytes, or of KiB, MiB or GiB with the
 * suffix `K`, `M` or `G` (`KiB`, `MB`… too, all binary, any case), from 1 byte to MAX_BYTES_CEILING.
 *
 * @param raw - The text of the option or the environment variable.
 * @returns The number of bytes, or undefined when the text is not such a size or is out of range.
 * @example
 * parseMaxBytes('10M')
 * //=> 10485760
 */
export function parseMaxBytes(raw: string): number | undefined {
  const m = /^(\d{1,12})\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(raw.trim());
  if (!m) return undefined;
  const unit = UNITS.find(([u]) => u === (m[2] ?? '').toLowerCase())![1];
  const n = Number(m[1]) * unit;
  return n >= 1 && n <= MAX_BYTES_CEILING ? n : undefined;
}

/** A size for people: `50 MiB`, `512 KiB`, or a number of bytes. */
export function sizeText(n: number, lang: CliLang): string {
  for (const [name, unit] of [
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (n >= unit && n % unit === 0) return `${formatInt(n / unit, lang)} ${name}`;
  }
  return `${formatInt(n, lang)} ${lang === 'vi' ? 'byte' : n === 1 ? 'byte' : 'bytes'}`;
}

/**
 * The size limit of the run: `--max-bytes`, else THI_DUA_CCHC_MAX_BYTES, else 50 MiB.
 *
 * @param option - The value of `--max-bytes`, if given.
 * @param env - The environment.
 * @returns The limit in bytes.
 * @throws CliError when the option or the variable is not a size from 1 byte to 256 MiB.
 * @example
 * maxBytesOf(undefined, {})
 * //=> 52428800
 */
export function maxBytesOf(option: string | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const [raw, source] = option !== undefined ? [option, '--max-bytes'] : [env[MAX_BYTES_ENV], MAX_BYTES_ENV];
  if (raw === undefined || (option === undefined && raw.trim() === '')) return DEFAULT_MAX_BYTES;
  const n = parseMaxBytes(raw);
  if (n !== undefined) return n;
  throw new CliError({
    vi: `${source} cần một kích thước từ 1 byte đến ${sizeText(MAX_BYTES_CEILING, 'vi')}, ví dụ 52428800, 512K hoặc 100M; không phải “${echo(raw)}”.`,
    en: `${source} takes a size from 1 byte to ${sizeText(MAX_BYTES_CEILING, 'en')}, e.g. 52428800, 512K or 100M; not “${echo(raw)}”.`,
  });
}

/** The message for a file that could not be read, by the error's code. */
function readError(e: unknown, file: string, role: Text, maxBytes: number): CliError {
  const code = (e as { code?: unknown }).code;
  const name = fileLabel(file);
  switch (code) {
    case 'ENOENT':
      return new CliError({ vi: `Không tìm thấy tệp ${name} (${role.vi}).`, en: `File not found: ${name} (${role.en}).` });
    case 'EISDIR':
      return new CliError({ vi: `${name} là một thư mục, không phải tệp (${role.vi}).`, en: `${name} is a folder, not a file (${role.en}).` });
    case 'ENOTREG':
    case 'ENXIO':
      return new CliError({
        vi: `${name} không phải tệp thông thường (là thiết bị, FIFO hoặc socket) (${role.vi}): hãy chỉ một tệp, hoặc - để đọc từ stdin.`,
        en: `${name} is not a regular file (it is a device, a FIFO or a socket) (${role.en}): name a file, or - to read stdin.`,
      });
    case 'EFBIG':
      return new CliError(
        {
          vi: `${file === '-' ? 'stdin' : `Tệp ${name}`} lớn hơn giới hạn ${sizeText(maxBytes, 'vi')} (${role.vi}); không đọc tiếp.`,
          en: `${file === '-' ? 'stdin' : `The file ${name}`} is larger than the limit of ${sizeText(maxBytes, 'en')} (${role.en}); it is not read further.`,
        },
        [],
        {
          vi: `Nâng giới hạn bằng --max-bytes <kích thước> hoặc biến môi trường ${MAX_BYTES_ENV} (ví dụ 100M; tối đa ${sizeText(MAX_BYTES_CEILING, 'vi')}).`,
          en: `Raise the limit with --max-bytes <size> or the environment variable ${MAX_BYTES_ENV} (e.g. 100M; at most ${sizeText(MAX_BYTES_CEILING, 'en')}).`,
        },
      );
    case 'EACCES':
    case 'EPERM':
      return new CliError({ vi: `Không có quyền đọc tệp ${name}.`, en: `No permission to read ${name}.` });
    default:
      return new CliError({
        vi: `Không đọc được tệp ${name}: ${(e as Error).message}`,
        en: `Cannot read ${name}: ${(e as Error).message}`,
      });
  }
}

function stdinTwice(first: Text, second: Text): CliError {
  return new CliError({
    vi: `Chỉ đọc được stdin (-) một lần: ${first.vi} đã đọc từ stdin, nên ${second.vi} không thể cũng là -.`,
    en: `stdin (-) can be read only once: ${first.en} is read from stdin, so ${second.en} cannot be - too.`,
  });
}

/**
 * Refuses, before anything is read, a command line that names stdin (`-`) for two inputs.
 *
 * @param uses - Each input of the command: its file (undefined when not given) and its role.
 * @throws CliError when two of the files are `-`.
 * @example
 * refuseStdinTwice([{ file: '-', role: { vi: 'a', en: 'a' } }, { file: 'b.json', role: { vi: 'b', en: 'b' } }])
 * //=> undefined
 */
export function refuseStdinTwice(uses: readonly { readonly file: string | undefined; readonly role: Text }[]): void {
  const stdin = uses.filter((u) => u.file === '-');
  if (stdin.length > 1) throw stdinTwice(stdin[0]!.role, stdin[1]!.role);
}

/**
 * The input files of one run, read through `io` with the limit `maxBytes()` gives (asked on the
 * first read, so that a command reading no file never reads the limit).
 *
 * @param io - Where files come from.
 * @param maxBytes - The limit of the run (maxBytesOf); may throw a CliError.
 * @returns The run's reader.
 * @example
 * const files = inputFiles({ readFile: () => new Uint8Array(2) } as unknown as Io, () => 10);
 * files.read('a.csv', { vi: 'tệp', en: 'the file' }).length
 * //=> 2
 */
export function inputFiles(io: Io, maxBytes: () => number): InputFiles {
  let stdinRole: Text | undefined;
  return {
    read(file, role) {
      const limit = maxBytes();
      if (file === '-') {
        if (stdinRole !== undefined) throw stdinTwice(stdinRole, role);
        stdinRole = role;
      }
      try {
        return io.readFile(file, limit);
      } catch (e) {
        throw readError(e, file, role, limit);
      }
    },
  };
}
