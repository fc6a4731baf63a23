import { readNominations, type ReadItems } from './input';
import { inFile, invalidData, issuesError } from './issues';
import { t, type Context } from './io';
import { KIND_LABELS, OUTCOME_LABELS, label } from './labels';
import { evaluateNominationsSync, ValidationError, type CriterionResult, type Evaluation, type Issue, type Nomination } from './lib';
import { progressLine } from './progress';
import type { Text } from './text';
import { renderCsv, renderJson, renderMarkdown, renderText, type Block } from './render';

/** Evaluations per call: small enough to show progress, large enough to cost nothing. */
const CHUNK = 500;

/**
 * The clauses that decide a criterion's result, by three-valued logic: a leaf decides itself;
 * a group is decided by its children that have the group's result (for a met `any`, the options
 * met; for a not-met `all`, the standards not met; for an unknown group, the unknown children).
 */
export function decidingClauses(node: CriterionResult): string[] {
  if (!node.children || node.children.length === 0) return [node.id];
  return node.children.filter((c) => c.result === node.result).flatMap(decidingClauses);
}

/**
 * Evaluates a batch with evaluateNominationsSync, in chunks (same answers as one call), showing
 * progress on a terminal. If the library refuses any nomination, every issue of the batch is
 * reported with its row and column, and nothing is evaluated further.
 */
export function evaluateRead(ctx: Context, read: ReadItems): Evaluation[] {
  const { items } = read;
  const progress = progressLine(ctx.io.stderr, ctx.lang, items.length);
  const out: Evaluation[] = [];
  const issues: Issue[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    try {
      // Read from a file: the library checks every nomination (its type is what it will be once checked).
      const evaluations = evaluateNominationsSync(chunk as Nomination<string>[], { lang: ctx.lang, plan: ctx.plan });
      if (issues.length === 0) out.push(...evaluations);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const issue of e.issues) {
        const [first, ...rest] = issue.path;
        issues.push({ ...issue, path: typeof first === 'number' ? [first + start, ...rest] : issue.path });
      }
    }
    progress.update(Math.min(items.length, start + CHUNK));
  }
  progress.done();
  if (issues.length > 0) throw issuesError(invalidData(read.file, issues.length), issues, inFile(read));
  return out;
}

/** The role of the nominations file, in messages about it. */
export const NOMINATIONS_FILE: Text = { vi: 'tệp hồ sơ đề nghị', en: 'the nominations file' };

/** Reads a batch file and evaluates it. */
export function readAndEvaluate(ctx: Context, file: string): { read: ReadItems; evaluations: Evaluation[] } {
  const bytes = ctx.input.read(file, NOMINATIONS_FILE);
  const read = readNominations(bytes, file, ctx.table);
  return { read, evaluations: evaluateRead(ctx, read) };
}

/**
 * Clause IDs for people, one line per family: `III.2.1.1.a-individual-base-1, -2, -3` for
 * three base standards (the IDs stay whole in JSON and CSV output).
 */
export function clauseLines(ids: readonly string[]): string[] {
  const lines: { prefix: string; parts: string[] }[] = [];
  for (const id of ids) {
    const m = /^(.*)-(\d+)$/.exec(id);
    const last = lines[lines.length - 1];
    if (m && last && last.prefix === m[1]) last.parts.push(`-${m[2]}`);
    else lines.push({ prefix: m ? m[1]! : id, parts: m ? [`${m[1]}-${m[2]}`] : [id] });
  }
  return lines.map((l) => l.parts.join(', '));
}

/** The nominee's name on one line; its kind, and its unit when the unit is not the nominee itself, on the next. */
export function nomineeCell(name: string, kind: string, unit: { id: string; name?: string | undefined }, lang: 'vi' | 'en'): string[] {
  const unitName = unit.name ?? unit.id;
  return [name, `${label(KIND_LABELS, kind, lang)}${unitName === name ? '' : ` · ${unitName}`}`];
}

function evaluationBlocks(ctx: Context, read: ReadItems, evaluations: readonly Evaluation[]): Block[] {
  const plan = ctx.plan;
  const blocks: Block[] = [];
  const numberHeader = read.numbering === 'row' ? t(ctx, { vi: 'Hàng', en: 'Row' }) : '#';
  const indexOf = new Map(evaluations.map((e, i) => [e, i]));
  for (const ruleSetId of Object.keys(plan.ruleSets)) {
    const group = evaluations.filter((e) => e.ruleSet === ruleSetId);
    if (group.length === 0) continue;
    const ruleSet = plan.ruleSets[ruleSetId];
    const years = [...new Set(group.map((e) => e.year).filter((y): y is number => y !== null))].sort();
    const yearText = years.length > 0 ? t(ctx, { vi: `, năm ${years.join(', ')}`, en: `, ${years.join(', ')}` }) : '';
    blocks.push({ kind: 'heading', text: `${ruleSet ? ruleSet.title[ctx.lang] : ruleSetId} — ${ruleSetId} (${ruleSet?.clause ?? ''})${yearText}` });
    if (ruleSet) {
      const c = ruleSet.awards.collective;
      const i = ruleSet.awards.individual;
      blocks.push({
        kind: 'paragraph',
        text:
          c.id === i.id
            ? t(ctx, { vi: `Hình thức khen thưởng: ${c.vi} (${c.clause}).`, en: `Award: ${c.en} (${c.clause}).` })
            : t(ctx, {
                vi: `Hình thức khen thưởng: tập thể — ${c.vi}; cá nhân — ${i.vi}.`,
                en: `Award: collectives — ${c.en}; individuals — ${i.en}.`,
              }),
      });
    }
    blocks.push({
      kind: 'table',
      columns: [
        { header: numberHeader, align: 'right' },
        { header: t(ctx, { vi: 'Mã hồ sơ', en: 'ID' }) },
        { header: t(ctx, { vi: 'Đối tượng', en: 'Nominee' }), wrap: true },
        { header: t(ctx, { vi: 'Kết quả · dữ kiện còn thiếu', en: 'Outcome · missing facts' }), wrap: true },
        { header: t(ctx, { vi: 'Điều khoản quyết định', en: 'Deciding clauses' }) },
      ],
      rows: group.map((e) => [
        String(read.number(indexOf.get(e) ?? 0)),
        e.nominationId,
        nomineeCell(e.nomineeName, e.nomineeKind, e.unit, ctx.lang),
        [label(OUTCOME_LABELS, e.outcome, ctx.lang), ...e.missingFacts.map((f) => `· ${f}`)],
        clauseLines(decidingClauses(e.criteria)),
      ]),
    });
    const count = (o: string) => group.filter((e) => e.outcome === o).length;
    blocks.push({
      kind: 'paragraph',
      text: t(ctx, {
        vi: `${group.length} hồ sơ: ${count('eligible')} đủ tiêu chuẩn, ${count('ineligible')} không đủ tiêu chuẩn, ${count('undetermined')} chưa xác định.`,
        en: `${group.length} nominations: ${count('eligible')} eligible, ${count('ineligible')} ineligible, ${count('undetermined')} undetermined.`,
      }),
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: t(ctx, {
      vi: 'Lý do đầy đủ (mỗi lý do dẫn điều khoản) và cây tiêu chí: thêm --format json.',
      en: 'Full reasons (each citing its clause) and the criteria tree: add --format json.',
    }),
  });
  return blocks;
}

const CSV_HEADER = [
  'nominationId',
  'ruleSet',
  'year',
  'nomineeKind',
  'nomineeName',
  'unitId',
  'unitName',
  'outcome',
  'awardId',
  'award',
  'decidingClauses',
  'missingFacts',
  'priorityScore',
  'reasons',
] as const;

/** Evaluations in the format asked for. */
export function formatEvaluations(ctx: Context, read: ReadItems, evaluations: readonly Evaluation[]): string {
  switch (ctx.format) {
    case 'json':
      return renderJson(evaluations);
    case 'csv':
      return renderCsv(
        CSV_HEADER,
        evaluations.map((e) => [
          e.nominationId,
          e.ruleSet,
          e.year,
          e.nomineeKind,
          e.nomineeName,
          e.unit.id,
          e.unit.name,
          e.outcome,
          e.award.id,
          e.award[ctx.lang],
          decidingClauses(e.criteria).join(';'),
          e.missingFacts.join(';'),
          e.priority.score,
          e.reasons.join('\n'),
        ]),
        ctx.bom,
      );
    case 'md':
      return renderMarkdown(evaluationBlocks(ctx, read, evaluations));
    case 'table':
      return renderText(evaluationBlocks(ctx, read, evaluations), ctx.width);
  }
}

/** `thi-dua-cchc evaluate <file>` */
export function evaluateCommand(ctx: Context, file: string): string {
  const { read, evaluations } = readAndEvaluate(ctx, file);
  return formatEvaluations(ctx, read, evaluations);
}
