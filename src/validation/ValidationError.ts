import type { Lang } from '../ground/lang';
import { capIssues } from './cap';
import type { Issue } from './issue';

const SUMMARY = {
  vi: (n: number) => `Dữ liệu không hợp lệ (${n} lỗi)`,
  en: (n: number) => `Invalid input (${n} ${n === 1 ? 'issue' : 'issues'})`,
} as const;

function formatPath(path: Issue['path']): string {
  return path.length === 0 ? '(gốc/root)' : path.join('.');
}

/**
 * The one error the library throws for bad input: a nomination, options or a plan that does
 * not fit its schema. It carries every issue found, each with `code`, `path` and a message in
 * Vietnamese and English, like a zod error.
 *
 * An ineligible nominee is an outcome, never an error.
 *
 * @example
 * try {
 *   await evaluateNomination({ id: 'x' });
 * } catch (error) {
 *   error instanceof ValidationError; //=> true
 *   error.issues[0].path; //=> ['ruleSet']
 * }
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /**
   * Every problem found, in input order: at most 100 (`MAX_ISSUES`), then one `too_many_issues`
   * giving the count left out. Never empty.
   */
  readonly issues: readonly Issue[];
  /** The language of `message` and of each issue's `message`. */
  readonly lang: Lang;

  constructor(all: readonly Issue[], lang: Lang = 'vi') {
    const issues = capIssues(all, lang);
    const head = SUMMARY[lang](issues.length);
    const lines = issues.slice(0, 10).map((i) => `  - ${formatPath(i.path)}: ${i.message} [${i.code}]`);
    if (issues.length > 10) lines.push(`  - … (+${issues.length - 10})`);
    super(`${head}:\n${lines.join('\n')}`);
    this.issues = Object.freeze(issues.slice());
    this.lang = lang;
  }

  /** The error as plain JSON: `{ name, message, issues }`. */
  toJSON(): { name: 'ValidationError'; message: string; issues: Issue[] } {
    return { name: this.name, message: this.message, issues: this.issues.slice() };
  }
}
