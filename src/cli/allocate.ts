import { councilWorkbook } from './councilList';
import { CliError } from './errors';
import { NOMINATIONS_FILE, nomineeCell, readAndEvaluate } from './evaluate';
import { readHistory, type ReadItems } from './input';
import { inFile, invalidData, issuesError, type Where } from './issues';
import { t, type Context } from './io';
import { refuseStdinTwice } from './files';
import { REASON_LABELS, label } from './labels';
import { allocateQuota, formatVnd, ValidationError, type Allocation, type AllocationEntry, type NotSelectedEntry, type RuleSetId } from './lib';
import { renderCsv, renderJson, renderMarkdown, renderText, type Block } from './render';
import type { Text } from './text';
import { echo } from './visible';

export interface AllocateArgs {
  readonly file: string;
  readonly level: string | undefined;
  readonly budget: string | undefined;
  readonly decisionDate: string | undefined;
  readonly history: string | undefined;
  /** `--format xlsx`: write the council's list to `output`. */
  readonly workbook?: boolean;
  readonly output?: string | undefined;
}

const HISTORY_FILE: Text = { vi: 'tệp khen thưởng đã có (--history)', en: 'the --history file' };

const levelHint = (ctx: Context): Text => {
  const ids = Object.keys(ctx.plan.ruleSets).join(', ');
  return { vi: `Các cấp: ${ids}.`, en: `Levels: ${ids}.` };
};

/** A budget in đồng: digits, optionally grouped by `.`, `,`, `_` or spaces in threes (7.000.000). */
export function parseBudget(raw: string): number | undefined {
  const v = raw.trim();
  if (/^\d+$/.test(v)) return Number.isSafeInteger(Number(v)) ? Number(v) : undefined;
  const m = /^\d{1,3}(([.,_ ])\d{3})?(\2\d{3})*$/.exec(v);
  if (!m || m[2] === undefined) return undefined;
  const n = Number(v.split(m[2]).join(''));
  return Number.isSafeInteger(n) ? n : undefined;
}

const OPTION_FLAGS: Readonly<Record<string, string>> = {
  level: '--level',
  budgetVnd: '--budget',
  decisionDate: '--decision-date',
  history: '--history',
};

function entryWho(ctx: Context, e: AllocationEntry): string[] {
  return nomineeCell(e.nomineeName, e.nomineeKind, e.unit, ctx.lang);
}

function money(ctx: Context, e: AllocationEntry): string {
  return e.moneyVnd === undefined ? '—' : formatVnd(e.moneyVnd, ctx.lang);
}

function priority(e: AllocationEntry): string {
  return String(e.priorityScore);
}

/** The title (rule set and year) and the summary: how many selected, the money, how many left out. */
function summaryBlocks(ctx: Context, a: Allocation): Block[] {
  const plan = ctx.plan;
  const ruleSet = (plan.ruleSets as Readonly<Record<string, (typeof plan.ruleSets)[string] | undefined>>)[a.level];
  const year = a.year === null ? '' : t(ctx, { vi: `, năm ${a.year}`, en: `, ${a.year}` });
  const total = a.totals;
  const moneyText =
    total.moneyVnd === null
      ? ''
      : t(ctx, { vi: `; tiền thưởng ${formatVnd(total.moneyVnd, 'vi')}`, en: `; award money ${formatVnd(total.moneyVnd, 'en')}` }) +
        (a.money && a.money.budgetVnd !== null && a.money.remainingVnd !== null
          ? t(ctx, {
              vi: ` trong kinh phí ${formatVnd(a.money.budgetVnd, 'vi')} (còn ${formatVnd(a.money.remainingVnd, 'vi')})`,
              en: ` within a budget of ${formatVnd(a.money.budgetVnd, 'en')} (${formatVnd(a.money.remainingVnd, 'en')} left)`,
            })
          : '');
  return [
    {
      kind: 'heading',
      text: t(ctx, {
        vi: `Xét chọn khen thưởng — ${ruleSet?.title.vi ?? a.level} (${a.level})${year}`,
        en: `Selection — ${ruleSet?.title.en ?? a.level} (${a.level})${year}`,
      }),
    },
    {
      kind: 'paragraph',
      text: t(ctx, {
        vi: `Được chọn: ${total.collectives} tập thể, ${total.individuals} cá nhân${moneyText}. Không được chọn: ${a.notSelected.length}.${a.outsideQuota.length > 0 ? ` Ngoài chỉ tiêu: ${a.outsideQuota.length}.` : ''}`,
        en: `Selected: ${total.collectives} collectives, ${total.individuals} individuals${moneyText}. Not selected: ${a.notSelected.length}.${a.outsideQuota.length > 0 ? ` Outside the quota: ${a.outsideQuota.length}.` : ''}`,
      }),
    },
  ];
}

/** The headers every entry table shares. */
function entryHeaders(ctx: Context) {
  return {
    id: t(ctx, { vi: 'Mã hồ sơ', en: 'ID' }),
    who: t(ctx, { vi: 'Đối tượng', en: 'Nominee' }),
    why: t(ctx, { vi: 'Căn cứ', en: 'Grounds' }),
  };
}

/** The selected entries: a heading with their count, and their table (with the money when it was computed). */
function selectedBlocks(ctx: Context, a: Allocation): Block[] {
  const h = entryHeaders(ctx);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t(ctx, { vi: `Được chọn (${a.selected.length})`, en: `Selected (${a.selected.length})` }) }];
  if (a.selected.length > 0) {
    // Award money is shown when it was computed (a decision date was given).
    const withMoney = a.money !== null;
    blocks.push({
      kind: 'table',
      columns: [
        { header: '#', align: 'right' },
        { header: h.id },
        { header: h.who, wrap: true },
        { header: t(ctx, { vi: 'Ưu tiên', en: 'Priority' }), align: 'right' },
        ...(withMoney ? [{ header: t(ctx, { vi: 'Tiền thưởng', en: 'Money' }), align: 'right' as const }] : []),
        { header: h.why, wrap: true },
      ],
      rows: a.selected.map((e, i) => [String(i + 1), e.nominationId, entryWho(ctx, e), priority(e), ...(withMoney ? [money(ctx, e)] : []), e.explanation]),
    });
  }
  return blocks;
}

/** The entries not selected: a heading with their count, and their table with each reason. */
function notSelectedBlocks(ctx: Context, a: Allocation): Block[] {
  const h = entryHeaders(ctx);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: t(ctx, { vi: `Không được chọn (${a.notSelected.length})`, en: `Not selected (${a.notSelected.length})` }),
    },
  ];
  if (a.notSelected.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: '#', align: 'right' },
        { header: h.id },
        { header: h.who, wrap: true },
        { header: t(ctx, { vi: 'Lý do', en: 'Reason' }), wrap: true },
        { header: h.why, wrap: true },
      ],
      rows: a.notSelected.map((e: NotSelectedEntry, i) => [
        String(i + 1),
        e.nominationId,
        entryWho(ctx, e),
        label(REASON_LABELS, e.reason, ctx.lang),
        e.explanation,
      ]),
    });
  }
  return blocks;
}

/** The proposals outside the quota, for the city to decide; nothing when there are none. */
function outsideQuotaBlocks(ctx: Context, a: Allocation): Block[] {
  if (a.outsideQuota.length === 0) return [];
  const h = entryHeaders(ctx);
  return [
    {
      kind: 'heading',
      level: 2,
      text: t(ctx, {
        vi: `Đề nghị ngoài chỉ tiêu — thành phố tự quyết định (${a.outsideQuota.length})`,
        en: `Proposals outside the quota — for the city to decide (${a.outsideQuota.length})`,
      }),
    },
    {
      kind: 'table',
      columns: [{ header: '#', align: 'right' }, { header: h.id }, { header: h.who, wrap: true }, { header: h.why, wrap: true }],
      rows: a.outsideQuota.map((e, i) => [String(i + 1), e.nominationId, entryWho(ctx, e), e.explanation]),
    },
  ];
}

/** The ties at a cutoff, for the council to decide; nothing when there are none. */
function tiesBlocks(ctx: Context, a: Allocation): Block[] {
  if (a.ties.length === 0) return [];
  return [
    {
      kind: 'heading',
      level: 2,
      text: t(ctx, {
        vi: `Đồng hạng tại điểm cắt — Hội đồng Thi đua - Khen thưởng quyết định (${a.ties.length})`,
        en: `Ties at a cutoff — for the Emulation and Commendation Council to decide (${a.ties.length})`,
      }),
    },
    { kind: 'list', items: a.ties.map((tie) => tie.explanation) },
  ];
}

/** Achievements claimed in several places, each with its places and the nomination chosen; nothing when there are none. */
function duplicatesBlocks(ctx: Context, a: Allocation): Block[] {
  if (a.duplicates.length === 0) return [];
  return [
    {
      kind: 'heading',
      level: 2,
      text: t(ctx, {
        vi: `Thành tích được nêu ở nhiều nơi — mỗi thành tích chỉ khen một lần (${a.duplicates.length})`,
        en: `Achievements claimed in several places — each is commended once (${a.duplicates.length})`,
      }),
    },
    {
      kind: 'list',
      items: a.duplicates.map((d) => {
        const places = d.places
          .map((p) =>
            p.source === 'batch'
              ? `${p.nominationId} (${p.nomineeName})`
              : t(ctx, { vi: `đã khen: ${p.award}, ${p.decidedOn}`, en: `already awarded: ${p.award}, ${p.decidedOn}` }),
          )
          .join('; ');
        const chosen = d.selectedNominationId ?? t(ctx, { vi: 'không hồ sơ nào', en: 'none' });
        return t(ctx, {
          vi: `${d.achievementId} [${d.clause}]: ${places} → được chọn: ${chosen}`,
          en: `${d.achievementId} [${d.clause}]: ${places} → selected: ${chosen}`,
        });
      }),
    },
  ];
}

/** The allocation's notes; nothing when there are none. */
function notesBlocks(ctx: Context, a: Allocation): Block[] {
  if (a.notes.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: t(ctx, { vi: 'Ghi chú', en: 'Notes' }) },
    { kind: 'list', items: a.notes },
  ];
}

/** An allocation for people (table or Markdown): the summary, then each part that has entries. */
function allocationBlocks(ctx: Context, a: Allocation): Block[] {
  return [
    ...summaryBlocks(ctx, a),
    ...selectedBlocks(ctx, a),
    ...notSelectedBlocks(ctx, a),
    ...outsideQuotaBlocks(ctx, a),
    ...tiesBlocks(ctx, a),
    ...duplicatesBlocks(ctx, a),
    ...notesBlocks(ctx, a),
  ];
}

const CSV_HEADER = [
  'status',
  'reason',
  'nominationId',
  'nomineeName',
  'nomineeKind',
  'unitId',
  'unitName',
  'outcome',
  'priorityScore',
  'priorityMet',
  'moneyVnd',
  'awardId',
  'achievementIds',
  'clause',
  'explanation',
] as const;

function csvRow(status: string, e: AllocationEntry & { reason?: string }) {
  return [
    status,
    e.reason,
    e.nominationId,
    e.nomineeName,
    e.nomineeKind,
    e.unit.id,
    e.unit.name,
    e.outcome,
    e.priorityScore,
    e.priorityMet.join(';'),
    // Money only where it is paid: summing the column in a spreadsheet gives the real total.
    status === 'selected' ? e.moneyVnd : undefined,
    e.award.id,
    e.achievementIds.join(';'),
    e.clause,
    e.explanation,
  ];
}

/** An allocation in the format asked for. */
export function formatAllocation(ctx: Context, a: Allocation): string {
  switch (ctx.format) {
    case 'json':
      return renderJson(a);
    case 'csv':
      return renderCsv(
        CSV_HEADER,
        [
          ...a.selected.map((e) => csvRow('selected', e)),
          ...a.notSelected.map((e) => csvRow('not-selected', e)),
          ...a.outsideQuota.map((e) => csvRow('outside-quota', e)),
        ],
        ctx.bom,
      );
    case 'md':
      return renderMarkdown(allocationBlocks(ctx, a));
    case 'table':
      return renderText(allocationBlocks(ctx, a), ctx.width);
  }
}

/** `thi-dua-cchc allocate <file> --level <l> [--budget <vnd>] [--decision-date <d>] [--history <file>] [--format xlsx --output <file>]` */
export function allocateCommand(ctx: Context, args: AllocateArgs): string {
  if (args.workbook && args.output === undefined) {
    throw new CliError(
      {
        vi: '--format xlsx cần --output <tệp.xlsx>: sổ tính được ghi vào tệp, không in ra màn hình.',
        en: '--format xlsx needs --output <file.xlsx>: the workbook is written to a file, not printed.',
      },
      [],
    );
  }
  if (!args.workbook && args.output !== undefined) {
    throw new CliError({ vi: '--output chỉ dùng với --format xlsx.', en: '--output goes only with --format xlsx.' });
  }
  if (args.level === undefined) {
    throw new CliError({ vi: 'Lệnh allocate cần --level <cấp>.', en: 'The allocate command needs --level <level>.' }, [], levelHint(ctx));
  }
  if (!Object.hasOwn(ctx.plan.ruleSets, args.level)) {
    throw new CliError({ vi: `--level không hợp lệ: “${echo(args.level)}”.`, en: `Unknown --level: “${echo(args.level)}”.` }, [], levelHint(ctx));
  }
  let budgetVnd: number | undefined;
  if (args.budget !== undefined) {
    budgetVnd = parseBudget(args.budget);
    if (budgetVnd === undefined) {
      throw new CliError({
        vi: `--budget cần số tiền nguyên, tính bằng đồng (ví dụ 8000000 hoặc 8.000.000), không phải “${echo(args.budget)}”.`,
        en: `--budget takes a whole amount in đồng (e.g. 8000000 or 8,000,000), not “${echo(args.budget)}”.`,
      });
    }
  }
  refuseStdinTwice([
    { file: args.history, role: HISTORY_FILE },
    { file: args.file, role: NOMINATIONS_FILE },
  ]);
  let history: ReadItems | undefined;
  if (args.history !== undefined) {
    history = readHistory(ctx.input.read(args.history, HISTORY_FILE), args.history, ctx.table);
  }
  const { read, evaluations } = readAndEvaluate(ctx, args.file);
  const where: Where = (path) => {
    if (path[0] !== 'options') return inFile(read)(path);
    const key = String(path[1] ?? '');
    if (key === 'history' && history && typeof path[2] === 'number') return inFile(history)(path.slice(2));
    const flag = OPTION_FLAGS[key] ?? key;
    return { vi: `tùy chọn ${flag}`, en: `option ${flag}` };
  };
  try {
    const allocation = allocateQuota(evaluations, {
      level: args.level as RuleSetId,
      lang: ctx.lang,
      plan: ctx.plan,
      ...(budgetVnd !== undefined && { budgetVnd }),
      ...(args.decisionDate !== undefined && { decisionDate: args.decisionDate }),
      ...(history !== undefined && { history: history.items as never }),
    });
    if (!args.workbook || args.output === undefined || ctx.table.xlsx === undefined) return formatAllocation(ctx, allocation);
    const bytes = councilWorkbook(ctx.table.xlsx, allocation, ctx.lang, ctx.io.version);
    try {
      ctx.io.writeFile(args.output, bytes);
    } catch (e) {
      throw new CliError({
        vi: `Không ghi được tệp ${args.output}: ${(e as Error).message}`,
        en: `Cannot write ${args.output}: ${(e as Error).message}`,
      });
    }
    ctx.io.stderr.write(
      t(ctx, {
        vi: `Đã ghi danh sách trình Hội đồng vào ${args.output} (${allocation.selected.length} đề nghị, ${allocation.notSelected.length} không được chọn).\n`,
        en: `Wrote the council's list to ${args.output} (${allocation.selected.length} proposed, ${allocation.notSelected.length} not selected).\n`,
      }),
    );
    return '';
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const inBatch = e.issues.some((i) => typeof i.path[0] === 'number');
    const inHistory = history !== undefined && e.issues.some((i) => i.path[0] === 'options' && i.path[1] === 'history');
    const n = e.issues.length;
    const head = inBatch
      ? invalidData(args.file, n)
      : inHistory && args.history !== undefined
        ? invalidData(args.history, n)
        : {
            vi: `Tùy chọn không hợp lệ (${n} lỗi); không in kết quả nào.`,
            en: `Invalid options (${n} ${n === 1 ? 'error' : 'errors'}); no result is printed.`,
          };
    throw issuesError(head, e.issues, where);
  }
}
