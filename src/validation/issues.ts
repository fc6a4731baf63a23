import type * as z from 'zod/mini';
import { ISSUE_MESSAGES, type IssueParams } from '../i18n/issueMessages';
import type { Lang } from '../i18n/lang';
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
 * in Vietnamese and English. Union issues are flattened to the most specific branch issue when
 * every branch failed at the same place.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  lang: Lang,
  prefix: readonly PropertyKey[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const raw of issues) {
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k !== 'input' && k !== 'path' && k !== 'message' && k !== 'code') params[k] = v;
    }
    if (raw.code === 'invalid_type') params['received'] = receivedType(raw.input);
    if (raw.code === 'custom' && raw.params) Object.assign(params, raw.params);
    out.push(makeIssue(raw.code, [...prefix, ...raw.path], params, lang));
  }
  return out;
}
