import type * as z from 'zod/mini';
import { ISSUE_MESSAGES, type IssueParams } from './issueMessages';
import type { Lang } from '../ground/lang';
import type { Issue, IssueCode } from './issue';

type Path = Issue['path'];

function pathOf(path: readonly PropertyKey[]): Path {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

/** Builds one issue with its message in both languages. */
export function makeIssue(code: IssueCode, path: readonly PropertyKey[], params: IssueParams, lang: Lang): Issue {
  const messages = ISSUE_MESSAGES[code](params);
  return { code, path: pathOf(path), message: messages[lang], messages };
}

/** The type a value has, as issue messages name it (`nan` and `array` apart). */
export function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/**
 * Turns zod issues into the library's issues: same code and path (behind `prefix`), messages
 * in Vietnamese and English. The messages read zod's own fields of the issue (`expected`,
 * `minimum`, `format`, `keys`, `values`…), the type received, and a custom check's `params`.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  lang: Lang,
  prefix: readonly PropertyKey[] = [],
): Issue[] {
  return issues.map((raw) => {
    const params: Record<string, unknown> = { ...raw, received: receivedType(raw.input), ...(raw as { params?: object }).params };
    return makeIssue(raw.code, [...prefix, ...raw.path], params, lang);
  });
}
