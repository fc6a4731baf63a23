import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import { DeadlineInputSchema, type ParsedDeadlineInput } from '../schema/deadline';
import type { DeadlinesFile, DeadlineTrackDefinition } from '../schema/deadlines';
import type { Issue } from '../validation/issue';
import { fromZodIssues, makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { readPlain } from '../validation/plain';
import { vietnamDateOf, yearOf } from './vietnamTime';
import { chooseVersion, criteriaDate } from '../plan/planVersion';

/** A `checkDeadline` input that passed every check, with the plan's deadlines and track. */
export interface CheckedDeadlineInput {
  /** The version of the plan that applies (see `chooseVersion`). */
  readonly plan: Plan;
  readonly input: ParsedDeadlineInput;
  readonly deadlines: DeadlinesFile;
  readonly track: DeadlineTrackDefinition;
  readonly submittedMs?: number;
  readonly asOfMs?: number;
}

const INSTANT_FIELDS = new Set(['submittedAt', 'asOf']);

/**
 * A date alone (`YYYY-MM-DD`) given as `asOf` or `submittedAt` is that day in Vietnam time, from
 * its start: the one rule of the library and the command line. An instant still carries its offset.
 */
function datesAloneAsInstants(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || input instanceof Date) return input;
  let out = input as Record<string, unknown>;
  for (const k of INSTANT_FIELDS) {
    const v = Object.hasOwn(out, k) ? out[k] : undefined;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out = { ...out, [k]: `${v}T00:00:00+07:00` };
  }
  return out;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/**
 * zod's issues as the library's. An instant field that is neither an ISO string nor a Date
 * fails both branches of its union: say plainly what was expected (and that an invalid Date
 * is invalid) instead of "matches none of the accepted forms".
 */
function issuesOf(raw: readonly z.core.$ZodIssue[], lang: Lang): Issue[] {
  return raw.flatMap((issue) => {
    const field = issue.path.length === 1 ? issue.path[0] : undefined;
    if (issue.code === 'invalid_union' && typeof field === 'string' && INSTANT_FIELDS.has(field)) {
      const input = (issue as { input?: unknown }).input;
      const received = input instanceof Date ? 'invalid-date' : typeOf(input);
      return [makeIssue('invalid_type', issue.path, { expected: 'instant', received }, lang)];
    }
    return fromZodIssues([issue], lang);
  });
}

/**
 * Checks a `checkDeadline` input, read once into plain data: its shape (zod), then what depends on the plan: the track has
 * deadlines in the plan, an annual track has a year, the year lies within the plan's period,
 * and `periodSummaryDeadline` is given only to the track that uses it, within the period.
 *
 * @throws {ValidationError} With every issue found, each with its path.
 */
export function checkDeadlineInput(input: unknown, root: Plan, lang: Lang, planVersion?: string): CheckedDeadlineInput {
  // Read once into plain data (validation/plain.ts): a Date through Date.prototype.getTime,
  // never its own (perhaps overridden) toISOString; getters and proxies refused.
  const plain = readPlain(input, [], { lang, maxItems: 100 });
  const parsed = DeadlineInputSchema.safeParse(datesAloneAsInstants(plain), { reportInput: true });
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error.issues, lang), lang);
  const value = parsed.data;
  // The version in force on the date that matters: the submission date (Vietnam time), else
  // asOf, else the last day of the assessment year.
  const when = value.submittedAt ?? value.asOf;
  const date = when !== undefined ? vietnamDateOf(Date.parse(when)) : criteriaDate(root, value.year);
  const plan = chooseVersion(root, planVersion, date, lang, ['options', 'planVersion']);
  const deadlines = plan.deadlines;
  const track = deadlines?.tracks.find((t) => t.id === value.track);
  if (!deadlines || !track) {
    throw new ValidationError([makeIssue('track_not_in_plan', ['track'], { planId: plan.id, track: value.track }, lang)], lang);
  }

  const issues: Issue[] = [];
  const { from, to } = plan.meta.period;
  if (value.year === undefined) {
    if (track.requiresYear) issues.push(makeIssue('year_required', ['year'], { ruleSet: track.id }, lang));
  } else if (value.year < from || value.year > to) {
    issues.push(makeIssue('year_out_of_period', ['year'], { year: value.year, from, to }, lang));
  }
  if (value.periodSummaryDeadline !== undefined) {
    const usesIt = track.milestones.some((m) => m.due.kind === 'commune-plan');
    if (!usesIt) {
      const users = deadlines.tracks.filter((t) => t.milestones.some((m) => m.due.kind === 'commune-plan')).map((t) => t.id);
      issues.push(makeIssue('not_for_track', ['periodSummaryDeadline'], { field: 'periodSummaryDeadline', for: users.join(', '), track: track.id }, lang));
    } else {
      const year = yearOf(value.periodSummaryDeadline);
      if (year < from || year > to) {
        issues.push(makeIssue('year_out_of_period', ['periodSummaryDeadline'], { year, from, to }, lang));
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);

  return {
    plan,
    input: value,
    deadlines,
    track,
    ...(value.submittedAt !== undefined && { submittedMs: Date.parse(value.submittedAt) }),
    ...(value.asOf !== undefined && { asOfMs: Date.parse(value.asOf) }),
  };
}
