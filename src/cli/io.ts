import { CliError } from './errors';
import type { CliLang, Text } from './text';

/** A place to write: stdout or stderr. */
export interface Stream {
  write(s: string): void;
  readonly isTTY: boolean;
  /** The terminal's width, when it is a terminal. */
  readonly columns?: number | undefined;
}

/** Everything the command line takes from the outside world, so that it can be run in a test. */
export interface Io {
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** The bytes of a file; throws Node's errors (`ENOENT`, `EISDIR`, …). `-` is standard input. */
  readFile(path: string): Uint8Array;
  /** The current time: only for `deadline` without `--as-of` or `--submitted`. */
  now(): Date;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version. */
  readonly version: string;
}

/** Output format: aligned text, the library's JSON, CSV, or GitHub Markdown. */
export type Format = 'table' | 'json' | 'csv' | 'md';

/** What a command needs to know about the run. */
export interface Context {
  readonly io: Io;
  readonly lang: CliLang;
  readonly format: Format;
  /** Write a UTF-8 byte order mark before CSV output (for Excel). */
  readonly bom: boolean;
  /** The width tables are fitted to. */
  readonly width: number;
}

/** The text in the context's language. */
export function t(ctx: { lang: CliLang }, text: Text): string {
  return text[ctx.lang];
}

/** Reads a file the user named, turning Node's errors into messages that name the file. */
export function readUserFile(io: Io, file: string, role: Text): Uint8Array {
  try {
    return io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const name = file === '-' ? 'stdin' : file;
    if (code === 'ENOENT') {
      throw new CliError({ vi: `Không tìm thấy tệp ${name} (${role.vi}).`, en: `File not found: ${name} (${role.en}).` });
    }
    if (code === 'EISDIR') {
      throw new CliError({ vi: `${name} là một thư mục, không phải tệp (${role.vi}).`, en: `${name} is a folder, not a file (${role.en}).` });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError({ vi: `Không có quyền đọc tệp ${name}.`, en: `No permission to read ${name}.` });
    }
    throw new CliError({
      vi: `Không đọc được tệp ${name}: ${(e as Error).message}`,
      en: `Cannot read ${name}: ${(e as Error).message}`,
    });
  }
}
