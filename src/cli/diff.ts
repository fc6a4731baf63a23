import { parseBudget } from './allocate';
import { CliError } from './errors';
import { NOMINATIONS_FILE } from './evaluate';
import { refuseStdinTwice } from './files';
import { readHistory, readNominations, type ReadItems } from './input';
import { type Context, t } from './io';
import { inFile, invalidData, issuesError, type Where } from './issues';
import { comparePlans, defaultPlan, type Nomination, type PlanComparison, ValidationError } from './lib';
import { PLAN_FILE, readPlanFile } from './plans';
import { type Block, renderCsv, renderJson, renderMarkdown, renderText } from './render';
import type { Text } from './text';
import { echo } from './visible';

/** What `thi-dua-cchc diff` was given. */
export interface DiffArgs {
  readonly file: string;
  readonly plans: readonly string[];
  readonly level: string | undefined;
  readonly budget: string | undefined;
  readonly decisionDate: string | undefined;
  readonly history: string | undefined;
}

const HISTORY_FILE: Text = { vi: 'tệp khen thưởng đã có (--history)', en: 'the --history file' };
const FLAGS: Readonly<Record<string, string>> = { level: '--level', budgetVnd: '--budget', decisionDate: '--decision-date', history: '--history' };
const CSV_HEADER = ['nominationId', 'nomineeName', 'ruleSet', 'planVersionA', 'planVersionB', 'outcomeA', 'outcomeB', 'placeA', 'placeB', 'clauses'];

function blocks(ctx: Context, c: PlanComparison): Block[] {
  return [
    { kind: 'heading', text: `${c.planA.id} ${c.planA.version} → ${c.planB.id} ${c.planB.version}` },
    { kind: 'list', items: c.changes.map((x) => x.summary) },
    {
      kind: 'paragraph',
      text: t(ctx, {
        vi: `${c.changes.length} hồ sơ thay đổi, ${c.unchanged} hồ sơ không đổi.`,
        en: `${c.changes.length} ${c.changes.length === 1 ? 'nomination changes' : 'nominations change'}, ${c.unchanged} unchanged.`,
      }),
    },
  ];
}

/** `thi-dua-cchc diff <file> --plan <A> [--plan <B>] [--level <l> …]`: what an amendment changes. */
export function diffCommand(ctx: Context, args: DiffArgs): string {
  if (args.plans.length === 0 || args.plans.length > 2) {
    throw new CliError({
      vi: 'Lệnh diff cần một hoặc hai --plan <tệp>: một tệp thì so kế hoạch kèm gói với nó; hai tệp thì so A với B.',
      en: 'The diff command takes one or two --plan <file>: one compares the bundled plan with it; two compare A with B.',
    });
  }
  if (args.level === undefined && (args.budget ?? args.decisionDate ?? args.history) !== undefined) {
    throw new CliError({ vi: 'Các tùy chọn xét chọn cần --level <cấp>.', en: 'The allocation options need --level <level>.' });
  }
  refuseStdinTwice([
    { file: args.file, role: NOMINATIONS_FILE },
    ...args.plans.map((file) => ({ file, role: PLAN_FILE })),
    { file: args.history, role: HISTORY_FILE },
  ]);
  const budgetVnd = args.budget === undefined ? undefined : parseBudget(args.budget);
  if (args.budget !== undefined && budgetVnd === undefined) {
    throw new CliError({
      vi: `--budget cần số tiền nguyên, tính bằng đồng, không phải “${echo(args.budget)}”.`,
      en: `--budget takes a whole amount in đồng, not “${echo(args.budget)}”.`,
    });
  }
  const planA = args.plans.length === 2 ? readPlanFile(ctx, args.plans[0]!) : defaultPlan();
  const planB = readPlanFile(ctx, args.plans[args.plans.length - 1]!);
  const history: ReadItems | undefined =
    args.history === undefined ? undefined : readHistory(ctx.input.read(args.history, HISTORY_FILE), args.history, ctx.table);
  const read = readNominations(ctx.input.read(args.file, NOMINATIONS_FILE), args.file, ctx.table);
  const allocation =
    args.level === undefined
      ? undefined
      : {
          level: args.level,
          ...(budgetVnd !== undefined && { budgetVnd }),
          ...(args.decisionDate !== undefined && { decisionDate: args.decisionDate }),
          ...(history !== undefined && { history: history.items as never }),
        };
  let comparison: PlanComparison;
  try {
    comparison = comparePlans(read.items as Nomination<string>[], planA, planB, { lang: ctx.lang, ...(allocation && { allocation }) });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const where: Where = (path) => {
      if (path[0] !== 'options') return inFile(read)(path);
      const key = String(path[2] ?? '');
      if (key === 'history' && history && typeof path[3] === 'number') return inFile(history)(path.slice(3));
      const flag = FLAGS[key] ?? key;
      return { vi: `tùy chọn ${flag}`, en: `option ${flag}` };
    };
    throw issuesError(invalidData(args.file, e.issues.length), e.issues, where);
  }
  switch (ctx.format) {
    case 'json':
      return renderJson(comparison);
    case 'csv':
      return renderCsv(
        CSV_HEADER,
        comparison.changes.map((c) => [
          c.nominationId,
          c.nomineeName,
          c.ruleSet,
          c.planVersion.a,
          c.planVersion.b,
          c.outcome.a,
          c.outcome.b,
          c.place?.a ?? '',
          c.place?.b ?? '',
          c.clauses.map((d) => `${d.clause}:${d.a}>${d.b}`).join(';'),
        ]),
        ctx.bom,
      );
    case 'md':
      return renderMarkdown(blocks(ctx, comparison));
    case 'table':
      return renderText(blocks(ctx, comparison), ctx.width);
  }
}
