import { fileLabel, decodeUtf8 } from './decode';
import type { Context } from './io';
import { issuesError } from './issues';
import { loadPlan, type Plan, ValidationError } from './lib';
import type { Text } from './text';

/** The role of a plan file, in messages about it. */
export const PLAN_FILE: Text = { vi: 'tệp kế hoạch (--plan)', en: 'the --plan file' };

/**
 * The plan of a plan file (`--plan FILE`): read with the run's limits, decoded as UTF-8 and
 * loaded with `loadPlan`. A plan the library refuses is reported with each issue's path in the
 * file.
 *
 * @throws CliError when the file cannot be read or is not a valid plan.
 */
export function readPlanFile(ctx: Pick<Context, 'input' | 'lang'>, file: string): Plan {
  const text = decodeUtf8(ctx.input.read(file, PLAN_FILE), file);
  try {
    return loadPlan(text, { lang: ctx.lang });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const name = fileLabel(file);
    const n = e.issues.length;
    throw issuesError(
      {
        vi: `Tệp kế hoạch ${name} không hợp lệ (${n} lỗi); không in kết quả nào.`,
        en: `The plan file ${name} is not valid (${n} ${n === 1 ? 'error' : 'errors'}); no result is printed.`,
      },
      e.issues,
      (path) => {
        const at = path.length > 0 ? `${name}: ${path.join('.')}` : name;
        return { vi: at, en: at };
      },
    );
  }
}
