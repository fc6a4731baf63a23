import { parseArgs } from 'node:util';
import { CliError } from './errors';
import type { Format } from './io';
import type { CliLang, Text } from './text';
import { echo } from './visible';

export const COMMANDS = ['evaluate', 'deadline', 'allocate', 'rules', 'test', 'diff', 'template'] as const;
export type Command = (typeof COMMANDS)[number];

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

/** How an input table is read: `--delimiter` forces a CSV separator, `--sheet` names an .xlsx sheet. */
const SHEET_OPTIONS: Readonly<Record<string, OptionSpec>> = { delimiter: { type: 'string' }, sheet: { type: 'string' } };

/** `--plan FILE`: the plan file the command applies (the format of `loadPlan`). */
const PLAN: OptionSpec = { type: 'string' };

const COMMON: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string' },
  format: { type: 'string' },
  bom: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** Each command's own options and how many positional arguments it takes. */
export const COMMAND_SPECS: Readonly<Record<Command, { options: Readonly<Record<string, OptionSpec>>; positionals: [number, number] }>> = {
  evaluate: { options: { plan: PLAN, 'max-bytes': { type: 'string' }, ...SHEET_OPTIONS }, positionals: [1, 1] },
  deadline: {
    options: {
      track: { type: 'string' },
      year: { type: 'string' },
      submitted: { type: 'string' },
      'as-of': { type: 'string' },
      inclusive: { type: 'boolean' },
      'period-deadline': { type: 'string' },
      plan: PLAN,
    },
    positionals: [0, 0],
  },
  allocate: {
    options: {
      level: { type: 'string' },
      budget: { type: 'string' },
      'decision-date': { type: 'string' },
      history: { type: 'string' },
      'max-bytes': { type: 'string' },
      output: { type: 'string' },
      plan: PLAN,
      ...SHEET_OPTIONS,
    },
    positionals: [1, 1],
  },
  rules: { options: { plan: PLAN }, positionals: [0, 1] },
  template: { options: { plan: PLAN, output: { type: 'string' } }, positionals: [1, 1] },
  test: { options: { plan: PLAN, 'plan-version': { type: 'string' }, 'max-bytes': { type: 'string' } }, positionals: [0, 1_000] },
  diff: {
    options: {
      plan: { type: 'string', multiple: true },
      level: { type: 'string' },
      budget: { type: 'string' },
      'decision-date': { type: 'string' },
      history: { type: 'string' },
      'max-bytes': { type: 'string' },
      ...SHEET_OPTIONS,
    },
    positionals: [1, 1],
  },
};

export const FORMATS: readonly Format[] = ['table', 'json', 'csv', 'md'];

/** The parsed command line. */
export interface Parsed {
  readonly command: Command | undefined;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly lang: CliLang;
  /** The format asked for, if any. */
  readonly format: Format | undefined;
  /** `--format xlsx` (allocate only): the council's list as an Excel workbook, written to `--output`. */
  readonly workbook: boolean;
}

const helpHint = (command?: string): Text => ({
  vi: `Xem: thi-dua-cchc ${command ? `${command} ` : ''}--help`,
  en: `See: thi-dua-cchc ${command ? `${command} ` : ''}--help`,
});

/**
 * The language asked for, read before anything else so that every message, usage errors
 * included, is in it. `--lang` with another value is refused in both languages.
 */
export function langOf(argv: readonly string[]): CliLang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    let v: string | undefined;
    if (a === '--lang') v = argv[i + 1];
    else if (a.startsWith('--lang=')) v = a.slice('--lang='.length);
    else continue;
    if (v === 'vi' || v === 'en') return v;
    throw new CliError(
      {
        vi: `--lang cần vi hoặc en, không phải “${echo(v ?? '')}”. / --lang takes vi or en, not “${echo(v ?? '')}”.`,
        en: `--lang cần vi hoặc en, không phải “${echo(v ?? '')}”. / --lang takes vi or en, not “${echo(v ?? '')}”.`,
      },
      [],
      helpHint(),
    );
  }
  return 'vi';
}

const isCommand = (s: string | undefined): s is Command => (COMMANDS as readonly (string | undefined)[]).includes(s);

type OptionToken = Extract<NonNullable<ReturnType<typeof parseArgs>['tokens']>[number], { kind: 'option' }>;
type Options = Readonly<Record<string, OptionSpec>>;

/**
 * Our message for util.parseArgs's strict refusal. Node's error names the option only in its
 * English text, so the option is found in the tokens of the same arguments read leniently: the
 * first one breaking the rule the error code names.
 */
function usageError(e: unknown, args: string[], options: Options, command: Command | undefined): unknown {
  const code = (e as { code?: unknown }).code;
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const optionTokens = tokens.filter((t): t is OptionToken => t.kind === 'option');
  const hint = helpHint(command);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const o = optionTokens.find((t) => !Object.hasOwn(options, t.name));
      if (!o) break;
      const elsewhere = COMMANDS.find((c) => Object.hasOwn(COMMAND_SPECS[c].options, o.name));
      return new CliError(
        elsewhere && command
          ? {
              vi: `Tùy chọn ${echo(o.rawName)} không dùng với lệnh ${command} (chỉ dùng với ${elsewhere}).`,
              en: `The option ${echo(o.rawName)} does not go with ${command} (only with ${elsewhere}).`,
            }
          : { vi: `Tùy chọn không hợp lệ: ${echo(o.rawName)}.`, en: `Unknown option: ${echo(o.rawName)}.` },
        [],
        hint,
      );
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const o = optionTokens.find((t) =>
        options[t.name]?.type === 'string' ? t.value === undefined || (!t.inlineValue && t.value.startsWith('-')) : t.value !== undefined,
      );
      if (!o) break;
      if (options[o.name]?.type === 'boolean') {
        return new CliError({ vi: `Tùy chọn ${echo(o.rawName)} không nhận giá trị.`, en: `The option ${echo(o.rawName)} takes no value.` }, [], hint);
      }
      return new CliError(
        o.value === undefined
          ? { vi: `Tùy chọn ${echo(o.rawName)} cần một giá trị.`, en: `The option ${echo(o.rawName)} needs a value.` }
          : {
              vi: `Tùy chọn ${echo(o.rawName)} cần một giá trị; “${echo(o.value)}” bắt đầu bằng “-” nên được hiểu là một tùy chọn: hãy viết ${echo(o.rawName)}=${echo(o.value)}.`,
              en: `The option ${echo(o.rawName)} needs a value; “${echo(o.value)}” starts with “-”, so it is read as an option: write ${echo(o.rawName)}=${echo(o.value)}.`,
            },
        [],
        hint,
      );
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const extra = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
      if (!command || extra.length === 0) break;
      return tooMany(command, extra);
    }
  }
  return e;
}

function tooMany(command: Command, extra: readonly string[]): CliError {
  return new CliError(
    {
      vi: `Lệnh ${command} không nhận thêm đối số: “${echo(extra.join(' '))}”.`,
      en: `The ${command} command takes no further arguments: “${echo(extra.join(' '))}”.`,
    },
    [],
    helpHint(command),
  );
}

/**
 * Parses the arguments with Node's util.parseArgs, strict for each command: the command's own
 * options and the common ones, each with its type, are all it takes; its refusals get our
 * message in the chosen language. The command is the first positional argument (options may
 * come before it), found by a lenient first reading that knows every command's options.
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const lang = langOf(argv);
  const every: Record<string, OptionSpec> = { ...COMMON };
  for (const c of COMMANDS) Object.assign(every, COMMAND_SPECS[c].options);
  every['plan'] = { type: 'string', multiple: true };
  const { tokens } = parseArgs({ args: [...argv], options: every, strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((t) => t.kind === 'positional');
  const command = isCommand(first?.value) ? first.value : undefined;
  const wantsHelpOrVersion = tokens.some((t) => t.kind === 'option' && (t.name === 'help' || t.name === 'version'));
  if (first !== undefined && command === undefined && !wantsHelpOrVersion) {
    throw new CliError(
      {
        vi: `Lệnh không hợp lệ: “${echo(first.value)}”. Các lệnh: ${COMMANDS.join(', ')}.`,
        en: `Unknown command: “${echo(first.value)}”. Commands: ${COMMANDS.join(', ')}.`,
      },
      [],
      helpHint(),
    );
  }
  const args = argv.filter((_, i) => i !== first?.index);
  const options: Options = command ? { ...COMMON, ...COMMAND_SPECS[command].options } : COMMON;
  const [min, max] = command ? COMMAND_SPECS[command].positionals : [0, Infinity];
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: max > 0 || wantsHelpOrVersion }) as typeof parsed;
  } catch (e) {
    throw usageError(e, args, options, command);
  }
  const { values, positionals: rest } = parsed;
  let format: Format | undefined;
  const workbook = values['format'] === 'xlsx' && (command === 'allocate' || command === 'template');
  if (values['format'] !== undefined && !workbook) {
    const f = values['format'];
    if (!(FORMATS as readonly unknown[]).includes(f)) {
      throw new CliError(
        {
          vi: `--format cần một trong: ${FORMATS.join(', ')}; không phải “${echo(String(f))}”.`,
          en: `--format takes one of: ${FORMATS.join(', ')}; not “${echo(String(f))}”.`,
        },
        [],
        helpHint(command),
      );
    }
    format = f as Format;
  }
  if (command && !values['help'] && !values['version']) {
    if (rest.length < min) {
      throw new CliError(
        {
          vi: `Lệnh ${command} cần tên tệp (JSON hoặc CSV).`,
          en: `The ${command} command needs a file name (JSON or CSV).`,
        },
        [],
        helpHint(command),
      );
    }
    if (rest.length > max) throw tooMany(command, rest.slice(max));
  }
  return { command, positionals: rest, values, lang, format, workbook };
}
