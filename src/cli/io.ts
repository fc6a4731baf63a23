import type { TableOptions } from './input';
import type { Plan } from './lib';
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
  /**
   * The bytes of a file, at most `maxBytes` of them; `-` is standard input. Throws Node's errors
   * (`ENOENT`, `EACCES`, …) or an Error with code `EISDIR` (a folder), `ENOTREG` (not a regular
   * file: a device, a FIFO, a socket) or `EFBIG` (more than `maxBytes`), as readFileLimited
   * (src/cli/files.ts) does.
   */
  readFile(path: string, maxBytes: number): Uint8Array;
  /** Writes a file the user named with `--output` (the council's .xlsx list). */
  writeFile(path: string, bytes: Uint8Array): void;
  /** The paths of the legal scenario files the package ships (rules/scenarios/*.json), for `test` without files. */
  shippedScenarios(): readonly string[];
  /** The current time: only for `deadline` without `--as-of` or `--submitted`. */
  now(): Date;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version. */
  readonly version: string;
}

/** Output format: aligned text, the library's JSON, CSV, or GitHub Markdown. */
export type Format = 'table' | 'json' | 'csv' | 'md';

/** The input files of one run (src/cli/files.ts's inputFiles). */
export interface InputFiles {
  /**
   * The bytes of a file the user named, in the role given (“the --history file”): Node's errors
   * and the refusals of readFileLimited become messages that name the file; standard input may
   * be read only once.
   */
  read(file: string, role: Text): Uint8Array;
}

/** What a command needs to know about the run. */
export interface Context {
  readonly io: Io;
  readonly lang: CliLang;
  readonly format: Format;
  /** Write a UTF-8 byte order mark before CSV output (for Excel). */
  readonly bom: boolean;
  /** The width tables are fitted to. */
  readonly width: number;
  /** The run's input files: each read with the size limit, stdin at most once. */
  readonly input: InputFiles;
  /** How table files are read (`--delimiter`, `--sheet`, the workbook reader, `--verbose` notes). */
  readonly table: TableOptions;
  /** The plan the command applies: `--plan FILE`, or the bundled Vĩnh Bảo plan. */
  readonly plan: Plan;
}

/** The text in the context's language. */
export function t(ctx: { lang: CliLang }, text: Text): string {
  return text[ctx.lang];
}
