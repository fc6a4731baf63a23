import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { ISSUE_MESSAGES } from './issueMessages';
import type { Issue, IssueCode, IssueOf, IssueParams } from './issue';

type Path = Issue['path'];

function pathOf(path: readonly PropertyKey[]): Path {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

/** Builds one issue of `code` with its parameters and its message in both languages, from the catalogue. */
export function makeIssue<C extends IssueCode>(code: C, path: readonly PropertyKey[], params: IssueParams[C], lang: Lang): Issue {
  const messages = (ISSUE_MESSAGES[code] as (p: IssueParams[C]) => Issue['messages'])(params);
  return { code, path: pathOf(path), message: messages[lang], messages, params } as IssueOf<C> as Issue;
}

/** The type a value has, as issue messages name it (`nan` and `array` apart). */
export function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (input === Infinity || input === -Infinity) return 'infinity';
  return typeof input;
}

/** An issue of the library's own code raised inside a zod check: `{ code, params }`, carried in a custom issue's `params.own`. */
export interface OwnIssue {
  readonly code: IssueCode;
  readonly params: IssueParams[IssueCode];
}

/** The `params` of a zod custom issue that stands for an issue of the library's own code. */
export function ownIssue<C extends IssueCode>(code: C, params: IssueParams[C]): { own: OwnIssue } {
  return { own: { code, params } };
}

/** The object with the keys whose value is defined: parameters stay plain JSON. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** A zod issue as the library's: its code, and the fields of it that the message reads as parameters. */
function fromZodIssue(raw: z.core.$ZodIssue, path: readonly PropertyKey[], lang: Lang): Issue {
  switch (raw.code) {
    case 'invalid_type':
      return makeIssue(raw.code, path, { expected: raw.expected, received: receivedType(raw.input) }, lang);
    case 'too_big':
      return makeIssue(raw.code, path, defined({ origin: raw.origin, maximum: raw.maximum, inclusive: raw.inclusive }), lang);
    case 'too_small':
      return makeIssue(raw.code, path, defined({ origin: raw.origin, minimum: raw.minimum, inclusive: raw.inclusive }), lang);
    case 'invalid_format':
      return makeIssue(raw.code, path, { format: raw.format }, lang);
    case 'not_multiple_of':
      return makeIssue(raw.code, path, { divisor: raw.divisor }, lang);
    case 'unrecognized_keys':
      return makeIssue(raw.code, path, { keys: raw.keys }, lang);
    case 'invalid_value':
      return makeIssue(raw.code, path, { values: raw.values }, lang);
    case 'custom': {
      // A check of the library's own, reported through zod (see ownIssue): its own code and parameters.
      const own = (raw.params as { own?: OwnIssue } | undefined)?.own;
      if (own !== undefined) return makeIssue(own.code, path, own.params as never, lang);
      const reason = (raw.params as { reason?: IssueParams['custom']['reason'] } | undefined)?.reason;
      return makeIssue(raw.code, path, reason === undefined ? {} : { reason }, lang);
    }
    default:
      return makeIssue(raw.code, path, {}, lang);
  }
}

/**
 * Turns zod issues into the library's issues: same code and path (behind `prefix`), messages
 * in Vietnamese and English, and as parameters the fields of zod's issue that the message reads
 * (`expected`, `minimum`, `format`, `keys`, `values`…, the type received, a custom check's
 * `reason`).
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.map((raw) => fromZodIssue(raw, [...prefix, ...raw.path], lang));
}
