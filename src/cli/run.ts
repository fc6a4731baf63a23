import { langOf, parseCommandLine, type Parsed } from './args';
import { allocateCommand } from './allocate';
import { deadlineCommand } from './deadline';
import { diffCommand } from './diff';
import { CliError } from './errors';
import { evaluateCommand } from './evaluate';
import { inputFiles, maxBytesOf } from './files';
import { helpText } from './help';
import type { Context, Io } from './io';
import { defaultPlan } from './lib';
import { readPlanFile } from './plans';
import { Output } from './render';
import { rulesCommand } from './rules';
import { templateCommand } from './template';
import { testCommand } from './test';
import type { CliLang, Text } from './text';
import { DELIMITERS, type Delimiter } from './csv';
import { echo, stderrLine } from './visible';
import { isXlsxName, loadXlsx } from './xlsx';

/** `--delimiter`: `,`, `;`, or a tab (`tab`, `\t`). */
function delimiterOf(raw: string | undefined): Delimiter | undefined {
  if (raw === undefined) return undefined;
  const v = raw === '\\t' || raw.toLowerCase() === 'tab' ? '\t' : raw;
  if ((DELIMITERS as readonly string[]).includes(v)) return v as Delimiter;
  throw new CliError({
    vi: `--delimiter cần “,”, “;” hoặc tab; không phải “${echo(raw)}”.`,
    en: `--delimiter takes “,”, “;” or tab; not “${echo(raw)}”.`,
  });
}

/** At most this many problems are listed; the count says how many there were. */
const MAX_SHOWN = 50;

function str(v: string | boolean | readonly string[] | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function widthOf(io: Io): number {
  if (io.stdout.isTTY && io.stdout.columns && io.stdout.columns > 40) return io.stdout.columns;
  const env = Number(io.env['COLUMNS']);
  return Number.isInteger(env) && env > 40 ? env : 120;
}

function execute(p: Parsed, ctx: Context): string | { output: string; code: number } {
  const v = p.values;
  switch (p.command!) {
    case 'test':
      return testCommand(ctx, p.positionals, str(v['plan-version']));
    case 'diff':
      return diffCommand(ctx, {
        file: p.positionals[0]!,
        plans: Array.isArray(v['plan']) ? (v['plan'] as readonly string[]) : [],
        level: str(v['level']),
        budget: str(v['budget']),
        decisionDate: str(v['decision-date']),
        history: str(v['history']),
      });
    case 'evaluate':
      return evaluateCommand(ctx, p.positionals[0]!);
    case 'deadline':
      return deadlineCommand(ctx, {
        track: str(v['track']),
        year: str(v['year']),
        submitted: str(v['submitted']),
        asOf: str(v['as-of']),
        inclusive: v['inclusive'] === true,
        periodDeadline: str(v['period-deadline']),
      });
    case 'allocate':
      return allocateCommand(ctx, {
        file: p.positionals[0]!,
        level: str(v['level']),
        budget: str(v['budget']),
        decisionDate: str(v['decision-date']),
        history: str(v['history']),
        workbook: p.workbook,
        output: str(v['output']),
      });
    case 'rules':
      return rulesCommand(ctx, p.positionals[0]);
    case 'template':
      return templateCommand(ctx, p.positionals[0], p.workbook, str(v['output']));
  }
}

function printError(io: Io, lang: CliLang, e: CliError): void {
  const lines = [`thi-dua-cchc: ${e.head[lang]}`];
  for (const d of e.details.slice(0, MAX_SHOWN)) lines.push(`  ${d[lang]}`);
  if (e.details.length > MAX_SHOWN) {
    const more = e.details.length - MAX_SHOWN;
    lines.push(lang === 'vi' ? `  … và ${more} lỗi khác.` : `  … and ${more} more.`);
  }
  if (e.hint) lines.push(e.hint[lang]);
  writeLines(io, lines);
}

/**
 * Writes an error message to stderr, each line visibly escaped and bounded (stderrLine): a
 * message that quotes input can neither act on the terminal, nor fake a line, nor flood it.
 */
function writeLines(io: Io, lines: readonly string[]): void {
  io.stderr.write(`${lines.map(stderrLine).join('\n')}\n`);
}

/**
 * Runs the command line: parses `argv`, runs the command, and writes its whole output to stdout
 * at once, only after every input was read and found valid. Returns the exit code: 0 done; 2 bad
 * usage or bad input (a message on stderr naming the file, row and field, in the chosen
 * language, and nothing on stdout); 1 an unexpected error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let lang: CliLang = 'vi';
  try {
    lang = langOf(argv);
    const p = parseCommandLine(argv);
    if (p.values['version'] === true) {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    if (p.values['help'] === true) {
      io.stdout.write(helpText(p.command, lang));
      return 0;
    }
    if (p.command === undefined) {
      io.stderr.write(helpText(undefined, lang));
      return 2;
    }
    const input = inputFiles(io, () => maxBytesOf(str(p.values['max-bytes']), io.env));
    const planFile = str(p.values['plan']);
    const verbose = p.values['verbose'] === true;
    const delimiter = delimiterOf(str(p.values['delimiter']));
    const sheet = str(p.values['sheet']);
    // The workbook reader is loaded only when a run names an .xlsx file: it is the command line's alone.
    const xlsx = p.workbook || p.positionals.some(isXlsxName) || isXlsxName(str(p.values['history']) ?? '') ? await loadXlsx() : undefined;
    const ctx: Context = {
      io,
      lang,
      format: p.format ?? (io.stdout.isTTY ? 'table' : 'json'),
      // Excel on Windows reads CSV without a byte order mark in the local code page and garbles Vietnamese.
      bom: p.values['no-bom'] !== true,
      width: widthOf(io),
      input,
      table: {
        ...(delimiter !== undefined && { delimiter }),
        ...(sheet !== undefined && { sheet }),
        ...(xlsx !== undefined && { xlsx }),
        ...(verbose && { note: (text: Text) => io.stderr.write(`${stderrLine(text[lang])}\n`) }),
      },
      plan: planFile === undefined ? defaultPlan() : readPlanFile({ input, lang }, planFile),
    };
    const done: unknown = execute(p, ctx);
    const { output, code } = (typeof done === 'string' || done instanceof Output ? { output: done, code: 0 } : done) as {
      output: string | Output;
      code: number;
    };
    // Output too long for one string (renderJson of a whole city's batch) is written in parts.
    if (output instanceof Output) for (const part of output.parts) io.stdout.write(part);
    else io.stdout.write(output);
    return code;
  } catch (e) {
    if (e instanceof CliError) {
      printError(io, lang, e);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    writeLines(io, [
      lang === 'vi'
        ? `thi-dua-cchc: lỗi ngoài dự kiến (xin báo lỗi kèm thông báo này): ${err.message}`
        : `thi-dua-cchc: unexpected error (please report it with this message): ${err.message}`,
      ...(err.stack ?? '').split('\n'),
    ]);
    return 1;
  }
}
