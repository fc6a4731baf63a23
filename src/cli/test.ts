import { decodeUtf8, fileLabel } from './decode';
import { CliError } from './errors';
import { type Context, t } from './io';
import { issuesError } from './issues';
import { runScenarios, type ScenarioReport, ValidationError } from './lib';
import { type Block, renderCsv, renderJson, renderMarkdown, renderText } from './render';
import type { Text } from './text';

/** The role of a scenario file, in messages about it. */
const SCENARIO_FILE: Text = { vi: 'tệp tình huống', en: 'the scenario file' };

const CSV_HEADER = ['file', 'index', 'subject', 'about', 'name', 'clauses', 'planVersion', 'passed', 'differences'];

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const name = fileLabel(file);
    throw new CliError({ vi: `Tệp ${name} không phải JSON: ${(e as Error).message}`, en: `${name} is not JSON: ${(e as Error).message}` });
  }
}

function reportBlocks(ctx: Context, files: readonly string[], report: ScenarioReport): Block[] {
  const blocks: Block[] = [];
  files.forEach((file, i) => {
    const results = report.results.filter((r) => r.file === i);
    blocks.push({ kind: 'heading', text: `${fileLabel(file)} (${results.length})` });
    blocks.push({ kind: 'list', items: results.map((r) => `${r.summary}${r.passed ? '' : ` [${r.clauses.join(', ')}]`}`) });
  });
  blocks.push({
    kind: 'paragraph',
    text: t(ctx, {
      vi: `${report.passed} tình huống đạt, ${report.failed} không đạt.`,
      en: `${report.passed} ${report.passed === 1 ? 'scenario' : 'scenarios'} passed, ${report.failed} failed.`,
    }),
  });
  return blocks;
}

/**
 * `thi-dua-cchc test [file…]`: runs scenario files (the shipped ones by default) against the
 * run's plan. Exit code 1 when a scenario fails, 2 (a CliError) for a bad file.
 */
export function testCommand(ctx: Context, given: readonly string[], planVersion: string | undefined): { output: string; code: number } {
  const files = given.length > 0 ? given : ctx.io.shippedScenarios();
  const data = files.map((file) => parseJson(decodeUtf8(ctx.input.read(file, SCENARIO_FILE), file), file));
  let report: ScenarioReport;
  try {
    report = runScenarios(data as never, { lang: ctx.lang, plan: ctx.plan, ...(planVersion !== undefined && { planVersion }) });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const n = e.issues.length;
    throw issuesError(
      {
        vi: `Tình huống không hợp lệ (${n} lỗi); không chạy tình huống nào.`,
        en: `Invalid scenarios (${n} ${n === 1 ? 'error' : 'errors'}); no scenario was run.`,
      },
      e.issues,
      (path) => {
        const [i, ...rest] = path;
        if (typeof i !== 'number' || files[i] === undefined) {
          const at = path[0] === 'options' ? `--plan-version` : path.join('.');
          return { vi: at, en: at };
        }
        const at = `${fileLabel(files[i])}: ${rest.join('.')}`;
        return { vi: at, en: at };
      },
    );
  }
  const code = report.failed > 0 ? 1 : 0;
  switch (ctx.format) {
    case 'json':
      return { output: renderJson(report), code };
    case 'csv':
      return {
        output: renderCsv(
          CSV_HEADER,
          report.results.map((r) => [
            files[r.file]!,
            r.index,
            r.subject,
            r.about,
            r.name,
            r.clauses.join(';'),
            r.planVersion,
            r.passed,
            r.differences.map((d) => ('clause' in d ? d.clause : 'field' in d ? d.field : d.what)).join(';'),
          ]),
          ctx.bom,
        ),
        code,
      };
    case 'md':
      return { output: renderMarkdown(reportBlocks(ctx, files, report)), code };
    case 'table':
      return { output: renderText(reportBlocks(ctx, files, report), ctx.width), code };
  }
}
