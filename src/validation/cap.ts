import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import type { Issue } from './issue';
import { makeIssue } from './issues';

/**
 * The most issues one `ValidationError` lists. A host fixes the first ones and tries again;
 * listing a million (a file of junk) would only cost memory and time. Past the cap, the work
 * stops early where it can, and a last issue, `too_many_issues`, says how many more were found.
 */
export const MAX_ISSUES = 100;

/**
 * The issues, at most `MAX_ISSUES` of them, followed by one `too_many_issues` issue (at the
 * root) giving the count left out when there were more.
 */
export function capIssues(issues: readonly Issue[], lang: Lang): readonly Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  if (issues.length === MAX_ISSUES + 1 && issues[MAX_ISSUES]!.code === 'too_many_issues') return issues;
  const omitted = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), makeIssue('too_many_issues', [], { omitted, max: MAX_ISSUES }, lang)];
}

/** One zod issue standing for more than the stack can hold: zod could not even list them. */
const OVERFLOW: z.core.$ZodIssue = {
  code: 'custom',
  path: [],
  message: '',
  input: undefined,
  params: { own: { code: 'too_many_issues', params: { max: MAX_ISSUES } } },
};

/**
 * `z.safeParse` that never throws: zod gathers the issues of a list with `push(...issues)`,
 * which overflows the stack past some hundred thousand issues. The callers read inputs with
 * `readPlain` first, whose list limits keep zod far from it; should an input still make zod
 * overflow, it is refused with one `too_many_issues` issue rather than a `RangeError`.
 */
export function safeParseBounded<S extends z.core.$ZodType>(schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> {
  try {
    return z.safeParse(schema, input, { reportInput: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // A plain error holding the one issue (callers read `error.issues` only): constructing zod's
    // own $ZodError here would pull zod's whole core namespace into every host's bundle.
    return { success: false, error: { issues: [OVERFLOW] } } as unknown as z.core.util.SafeParseResult<z.output<S>>;
  }
}
