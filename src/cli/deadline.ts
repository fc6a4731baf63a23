import { toInstant } from './cells';
import { CliError } from './errors';
import { issuesError } from './issues';
import { t, type Context } from './io';
import { STATUS_LABELS, label } from './labels';
import { checkDeadline, DEADLINE_TRACKS, ValidationError, type DeadlineCheck } from './lib';
import { renderCsv, renderJson, renderMarkdown, renderText, type Block } from './render';
import { formatDate, type Text } from './text';
import { echo } from './visible';

export interface DeadlineArgs {
  readonly track: string | undefined;
  readonly year: string | undefined;
  readonly submitted: string | undefined;
  readonly asOf: string | undefined;
  readonly inclusive: boolean;
  readonly periodDeadline: string | undefined;
}

const trackHint: Text = { vi: `Các loại: ${DEADLINE_TRACKS.join(', ')}.`, en: `Tracks: ${DEADLINE_TRACKS.join(', ')}.` };

const FLAGS: Readonly<Record<string, string>> = {
  track: '--track',
  year: '--year',
  submittedAt: '--submitted',
  asOf: '--as-of',
  reading: '--inclusive',
  periodSummaryDeadline: '--period-deadline',
};

/** An instant as people read it in Vietnam time: “20/11/2026 00:30 (UTC+7)”. */
function formatInstant(iso: string | null, ctx: Context): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${formatDate(m[1], ctx.lang)} ${m[2]} (UTC+7)` : iso;
}

function deadlineBlocks(ctx: Context, c: DeadlineCheck): Block[] {
  const blocks: Block[] = [];
  const year = c.year === null ? '' : t(ctx, { vi: `, năm đánh giá ${c.year}`, en: `, assessment year ${c.year}` });
  blocks.push({ kind: 'heading', text: `${c.title} — ${c.track} (${c.clause})${year}` });
  const facts: string[] = [];
  if (c.submittedAt)
    facts.push(t(ctx, { vi: `Hồ sơ đến lúc: ${formatInstant(c.submittedAt, ctx)}.`, en: `Dossier arrived: ${formatInstant(c.submittedAt, ctx)}.` }));
  if (c.asOf) facts.push(t(ctx, { vi: `Tính đến: ${formatInstant(c.asOf, ctx)}.`, en: `As of: ${formatInstant(c.asOf, ctx)}.` }));
  facts.push(
    t(
      ctx,
      c.reading === 'strict'
        ? { vi: '“Trước ngày D” đọc chặt: ngày cuối là D-1.', en: '“Before day D” read strictly: the last day is D-1.' }
        : { vi: '“Trước ngày D” đọc bao gồm: ngày cuối là D.', en: '“Before day D” read inclusively: the last day is D.' },
    ),
  );
  const onTime = c.onTime === null ? { vi: 'chưa xác định', en: 'not determined' } : c.onTime ? { vi: 'CÓ', en: 'YES' } : { vi: 'KHÔNG', en: 'NO' };
  facts.push(t(ctx, { vi: `Đúng hạn: ${onTime.vi}.`, en: `On time: ${onTime.en}.` }));
  blocks.push({ kind: 'paragraph', text: facts });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t(ctx, { vi: 'Mốc', en: 'Milestone' }), wrap: true },
      { header: t(ctx, { vi: 'Điều khoản', en: 'Clause' }) },
      { header: t(ctx, { vi: 'Gửi → Nhận', en: 'From → To' }), wrap: true },
      { header: t(ctx, { vi: 'Trước ngày', en: 'Due before' }) },
      { header: t(ctx, { vi: 'Ngày cuối', en: 'Last day' }) },
      { header: t(ctx, { vi: 'Ngày làm việc cuối', en: 'Last working day' }) },
      { header: t(ctx, { vi: 'Trạng thái', en: 'Status' }) },
      { header: t(ctx, { vi: 'Còn (ngày)', en: 'Days left' }), align: 'right' },
    ],
    rows: c.milestones.map((m) => [
      m.label,
      m.clause,
      `${m.from.name} → ${m.to.name}`,
      formatDate(m.dueBefore, ctx.lang),
      formatDate(m.lastDay, ctx.lang),
      formatDate(m.lastWorkingDay, ctx.lang),
      label(STATUS_LABELS, m.status, ctx.lang),
      m.daysLeft === undefined ? '—' : String(m.daysLeft),
    ]),
  });
  if (c.notes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t(ctx, { vi: 'Ghi chú', en: 'Notes' }) });
    blocks.push({ kind: 'list', items: c.notes });
  }
  return blocks;
}

const CSV_HEADER = [
  'track',
  'clause',
  'year',
  'reading',
  'submittedAt',
  'asOf',
  'onTime',
  'milestone',
  'milestoneClause',
  'label',
  'from',
  'to',
  'dueBefore',
  'lastDay',
  'lastInstant',
  'lastWorkingDay',
  'status',
  'daysLeft',
] as const;

/** A deadline check in the format asked for. */
export function formatDeadline(ctx: Context, c: DeadlineCheck): string {
  switch (ctx.format) {
    case 'json':
      return renderJson(c);
    case 'csv':
      return renderCsv(
        CSV_HEADER,
        c.milestones.map((m) => [
          c.track,
          c.clause,
          c.year,
          c.reading,
          c.submittedAt,
          c.asOf,
          c.onTime,
          m.id,
          m.clause,
          m.label,
          m.from.id,
          m.to.id,
          m.dueBefore,
          m.lastDay,
          m.lastInstant,
          m.lastWorkingDay,
          m.status,
          m.daysLeft,
        ]),
        ctx.bom,
      );
    case 'md':
      return renderMarkdown(deadlineBlocks(ctx, c));
    case 'table':
      return renderText(deadlineBlocks(ctx, c), ctx.width);
  }
}

/** `thi-dua-cchc deadline --track <t> --year <y> [--submitted <iso>] [--as-of <iso>] [--inclusive]` */
export function deadlineCommand(ctx: Context, args: DeadlineArgs): string {
  if (args.track === undefined) {
    throw new CliError({ vi: 'Lệnh deadline cần --track <loại>.', en: 'The deadline command needs --track <track>.' }, [], trackHint);
  }
  let year: number | undefined;
  if (args.year !== undefined) {
    if (!/^\d{4}$/.test(args.year.trim())) {
      throw new CliError({
        vi: `--year cần một năm, ví dụ 2026; không phải “${echo(args.year)}”.`,
        en: `--year takes a year, e.g. 2026; not “${echo(args.year)}”.`,
      });
    }
    year = Number(args.year.trim());
  }
  let asOf = args.asOf === undefined ? undefined : toInstant(args.asOf, '--as-of');
  const submittedAt = args.submitted === undefined ? undefined : toInstant(args.submitted, '--submitted');
  // The note about the current time is written only once the check has passed: errors come first.
  const nowNote = args.submitted === undefined && asOf === undefined;
  if (nowNote) asOf = ctx.io.now().toISOString();
  const input = {
    track: args.track,
    ...(year !== undefined && { year }),
    ...(submittedAt !== undefined && { submittedAt }),
    ...(asOf !== undefined && { asOf }),
    ...(args.inclusive && { reading: 'inclusive' }),
    ...(args.periodDeadline !== undefined && { periodSummaryDeadline: args.periodDeadline.trim() }),
  };
  try {
    const check = checkDeadline(input as never, { lang: ctx.lang, plan: ctx.plan });
    if (nowNote) {
      ctx.io.stderr.write(
        t(ctx, {
          vi: `(Không có --submitted hay --as-of: tính đến thời điểm hiện tại, ${asOf}.)\n`,
          en: `(No --submitted or --as-of: as of the current time, ${asOf}.)\n`,
        }),
      );
    }
    return formatDeadline(ctx, check);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const n = e.issues.length;
    throw issuesError(
      { vi: `Tùy chọn không hợp lệ (${n} lỗi); không in kết quả nào.`, en: `Invalid options (${n} ${n === 1 ? 'error' : 'errors'}); no result is printed.` },
      e.issues,
      (path) => {
        const flag = FLAGS[String(path[0] ?? '')];
        return flag ? { vi: `tùy chọn ${flag}`, en: `option ${flag}` } : { vi: 'tùy chọn', en: 'options' };
      },
    );
  }
}
