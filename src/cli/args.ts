import { parseArgs } from 'node:util';
import { CliError } from './errors';
import type { Format } from './io';
import type { CliLang, Text } from './text';

export const COMMANDS = ['evaluate', 'deadline', 'allocate', 'rules'] as const;
export type Command = (typeof COMMANDS)[number];

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

const COMMON: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string' },
  format: { type: 'string' },
  bom: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** Each command's own options and how many positional arguments it takes. */
export const COMMAND_SPECS: Readonly<Record<Command, { options: Readonly<Record<string, OptionSpec>>; positionals: [number, number] }>> = {
  evaluate: { options: {}, positionals: [1, 1] },
  deadline: {
    options: {
      track: { type: 'string' },
      year: { type: 'string' },
      submitted: { type: 'string' },
      'as-of': { type: 'string' },
      inclusive: { type: 'boolean' },
      'period-deadline': { type: 'string' },
    },
    positionals: [0, 0],
  },
  allocate: {
    options: {
      level: { type: 'string' },
      budget: { type: 'string' },
      'decision-date': { type: 'string' },
      history: { type: 'string' },
    },
    positionals: [1, 1],
  },
  rules: { options: {}, positionals: [0, 1] },
};

export const FORMATS: readonly Format[] = ['table', 'json', 'csv', 'md'];

/** The parsed command line. */
export interface Parsed {
  readonly command: Command | undefined;
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly lang: CliLang;
  /** The format asked for, if any. */
  readonly format: Format | undefined;
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
        vi: `--lang cần vi hoặc en, không phải “${v ?? ''}”. / --lang takes vi or en, not “${v ?? ''}”.`,
        en: `--lang cần vi hoặc en, không phải “${v ?? ''}”. / --lang takes vi or en, not “${v ?? ''}”.`,
      },
      [],
      helpHint(),
    );
  }
  return 'vi';
}

/**
 * Parses the arguments with Node's util.parseArgs (tokens, so that every problem gets its own
 * message in the chosen language): the command, its options and positional arguments.
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const lang = langOf(argv);
  const all: Record<string, OptionSpec> = { ...COMMON };
  for (const spec of Object.values(COMMAND_SPECS)) Object.assign(all, spec.options);
  const { tokens } = parseArgs({ args: [...argv], options: all, strict: false, allowPositionals: true, tokens: true });

  const positionals: string[] = [];
  const values: Record<string, string | boolean | undefined> = {};
  const optionTokens: { name: string; rawName: string; value: string | undefined; inline: boolean }[] = [];
  for (const tok of tokens) {
    if (tok.kind === 'positional') positionals.push(tok.value);
    else if (tok.kind === 'option') {
      optionTokens.push({ name: tok.name, rawName: tok.rawName, value: tok.value, inline: tok.inlineValue === true });
    }
  }
  const first = positionals[0];
  const command = (COMMANDS as readonly string[]).includes(first ?? '') ? (first as Command) : undefined;
  const wantsHelpOrVersion = optionTokens.some((o) => o.name === 'help' || o.name === 'version');
  if (first !== undefined && command === undefined && !wantsHelpOrVersion) {
    throw new CliError(
      {
        vi: `Lệnh không hợp lệ: “${first}”. Các lệnh: ${COMMANDS.join(', ')}.`,
        en: `Unknown command: “${first}”. Commands: ${COMMANDS.join(', ')}.`,
      },
      [],
      helpHint(),
    );
  }
  const own = command ? COMMAND_SPECS[command].options : {};
  for (const o of optionTokens) {
    const spec = COMMON[o.name] ?? own[o.name];
    if (!spec) {
      const elsewhere = Object.entries(COMMAND_SPECS).find(([, s]) => Object.hasOwn(s.options, o.name))?.[0];
      throw new CliError(
        elsewhere && command
          ? {
              vi: `Tùy chọn ${o.rawName} không dùng với lệnh ${command} (chỉ dùng với ${elsewhere}).`,
              en: `The option ${o.rawName} does not go with ${command} (only with ${elsewhere}).`,
            }
          : { vi: `Tùy chọn không hợp lệ: ${o.rawName}.`, en: `Unknown option: ${o.rawName}.` },
        [],
        helpHint(command),
      );
    }
    if (spec.type === 'string') {
      if (o.value === undefined) {
        throw new CliError(
          { vi: `Tùy chọn ${o.rawName} cần một giá trị.`, en: `The option ${o.rawName} needs a value.` },
          [],
          helpHint(command),
        );
      }
      values[o.name] = o.value;
    } else {
      if (o.inline) {
        throw new CliError(
          { vi: `Tùy chọn ${o.rawName} không nhận giá trị.`, en: `The option ${o.rawName} takes no value.` },
          [],
          helpHint(command),
        );
      }
      values[o.name] = true;
    }
  }
  let format: Format | undefined;
  if (values['format'] !== undefined) {
    const f = values['format'];
    if (!(FORMATS as readonly unknown[]).includes(f)) {
      throw new CliError(
        {
          vi: `--format cần một trong: ${FORMATS.join(', ')}; không phải “${String(f)}”.`,
          en: `--format takes one of: ${FORMATS.join(', ')}; not “${String(f)}”.`,
        },
        [],
        helpHint(command),
      );
    }
    format = f as Format;
  }
  const rest = positionals.slice(command ? 1 : 0);
  if (command && !values['help'] && !values['version']) {
    const [min, max] = COMMAND_SPECS[command].positionals;
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
    if (rest.length > max) {
      throw new CliError(
        {
          vi: `Lệnh ${command} không nhận thêm đối số: “${rest.slice(max).join(' ')}”.`,
          en: `The ${command} command takes no further arguments: “${rest.slice(max).join(' ')}”.`,
        },
        [],
        helpHint(command),
      );
    }
  }
  return { command, positionals: rest, values, lang, format };
}
