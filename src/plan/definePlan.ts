import * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { PlanOptionsSchema, type PlanOptions } from '../schema/options';
import { PlanDefinitionSchema, type Amendment, type PlanCore } from '../schema/plan';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import type { OfficialDaysOffFile, PlanCalendar } from '../schema/calendar';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { MAX_NESTING, tooDeepAt } from '../validation/depth';
import { parseOptions, parseOrThrow } from '../validation/parse';
import { readPlain } from '../validation/plain';

/**
 * The longest list a plan definition may hold (clauses, holidays, rule sets…): the bundled plan's
 * longest holds a few hundred. Longer lists are refused by their length, unread, so that a file
 * of junk costs neither the time nor the memory of checking each entry.
 */
export const MAX_PLAN_LIST = 10_000;
import { ValidationError } from '../validation/ValidationError';
import { checkConditions } from './checkConditions';
import { checkDeadlines } from './checkDeadlines';
import { checkParameters, checkQuotas } from './checkQuotas';
import { asPlan, baseFields, finalize, type PlanFields } from './finalize';
import type { Plan } from './Plan';

function checkRuleSet(rs: RuleSet, at: PropertyKey[], known: ReadonlySet<string>, lang: Lang, issues: Issue[]): void {
  const clause = (id: string, path: PropertyKey[]) => {
    if (!known.has(id)) issues.push(makeIssue('unknown_clause', path, { clause: id }, lang));
  };
  clause(rs.clause, [...at, 'clause']);
  rs.basis.forEach((id, i) => clause(id, [...at, 'basis', i]));
  for (const kind of ['collective', 'individual'] as const) {
    clause(rs.awards[kind].clause, [...at, 'awards', kind, 'clause']);
    const seen = new Set<string>();
    const walk = (node: CriterionNode, path: PropertyKey[]) => {
      clause(node.id, [...path, 'id']);
      if (seen.has(node.id)) issues.push(makeIssue('duplicate_id', [...path, 'id'], { id: node.id }, lang));
      seen.add(node.id);
      if ('conditions' in node) {
        for (const p of checkConditions(node.conditions, [...path, 'conditions'])) {
          issues.push(makeIssue(p.code, p.path, p.params, lang));
        }
      } else {
        node.children.forEach((child, i) => walk(child, [...path, 'children', i]));
      }
    };
    walk(rs.criteria[kind], [...at, 'criteria', kind]);
  }
  const ids = new Set<string>();
  rs.priority.forEach((p, i) => {
    clause(p.clause, [...at, 'priority', i, 'clause']);
    if (ids.has(p.id)) issues.push(makeIssue('duplicate_id', [...at, 'priority', i, 'id'], { id: p.id }, lang));
    ids.add(p.id);
    for (const problem of checkConditions(p.conditions, [...at, 'priority', i, 'conditions'])) {
      issues.push(makeIssue(problem.code, problem.path, problem.params, lang));
    }
  });
}

/** Checks one version's parts against each other; issue paths start at `at` for each part. */
function checkVersionParts(
  fields: PlanFields,
  at: { ruleSets?: (id: string) => PropertyKey[] | undefined; deadlines?: PropertyKey[]; quotas?: PropertyKey[]; parameters?: PropertyKey[] },
  known: ReadonlySet<string>,
  lang: Lang,
  issues: Issue[],
): void {
  const ruleSets = fields.ruleSets as Record<string, RuleSet>;
  for (const [id, rs] of Object.entries(ruleSets)) {
    const path = at.ruleSets?.(id);
    if (path) checkRuleSet(rs, path, known, lang, issues);
  }
  if (fields.deadlines && at.deadlines) checkDeadlines(fields.deadlines, at.deadlines, known, lang, issues);
  if (fields.quotas && at.quotas) checkQuotas(fields.quotas, at.quotas, known, ruleSets, fields.id, lang, issues);
  if (fields.parameters && at.parameters) checkParameters(fields.parameters, at.parameters, ruleSets, lang, issues);
}

/** The next version: the previous one with the amendment's replacements, checked where they land. */
function amend(previous: PlanFields, a: Amendment, i: number, known: ReadonlySet<string>, lang: Lang, issues: Issue[]): PlanFields {
  const at: PropertyKey[] = ['amendments', i];
  // This amendment's own issues start here: an earlier part's issues must not hide that it replaces nothing.
  const before = issues.length;
  const replaced: string[] = [];
  const ruleSets: Record<string, RuleSet> = { ...(previous.ruleSets as Record<string, RuleSet>) };
  const ruleSetPaths = new Map<string, PropertyKey[]>();
  (a.replaces.ruleSets ?? []).forEach((rs, j) => {
    const path = [...at, 'replaces', 'ruleSets', j];
    if (!Object.hasOwn(ruleSets, rs.id)) {
      issues.push(makeIssue('rule_set_not_in_plan', [...path, 'id'], { planId: previous.id, ruleSet: rs.id }, lang));
      return;
    }
    ruleSets[rs.id] = rs;
    ruleSetPaths.set(rs.id, path);
    replaced.push(`ruleSets/${rs.id}`);
  });
  let deadlines = previous.deadlines;
  const newTracks = a.replaces.deadlines?.tracks;
  if (newTracks) {
    if (!deadlines) {
      issues.push(makeIssue('deadlines_not_in_plan', [...at, 'replaces', 'deadlines'], { planId: previous.id }, lang));
    } else {
      const tracks = deadlines.tracks.slice();
      newTracks.forEach((track, j) => {
        const k = tracks.findIndex((t) => t.id === track.id);
        if (k < 0) {
          issues.push(makeIssue('track_not_in_plan', [...at, 'replaces', 'deadlines', 'tracks', j, 'id'], { planId: previous.id, track: track.id }, lang));
        } else {
          tracks[k] = track;
          replaced.push(`deadlines/${track.id}`);
        }
      });
      // The amendment's own tracks are checked where they are written.
      checkDeadlines({ ...deadlines, tracks: newTracks }, [...at, 'replaces', 'deadlines'], known, lang, issues);
      deadlines = { ...deadlines, tracks };
    }
  }
  if (a.replaces.quotas) replaced.push('quotas');
  if (a.replaces.parameters) replaced.push('parameters');
  if (replaced.length === 0 && issues.length === before) {
    issues.push(makeIssue('amendment_replaces_nothing', [...at, 'replaces'], {}, lang));
  }
  const quotas = a.replaces.quotas ?? previous.quotas;
  const parameters = a.replaces.parameters ?? previous.parameters;
  const next: PlanFields = {
    id: previous.id,
    version: a.version,
    effectiveFrom: a.effectiveFrom,
    amendment: { title: a.title, legalBases: a.legalBases ?? [], replaced },
    meta: previous.meta,
    clauses: previous.clauses,
    ruleSets,
    ...(deadlines && { deadlines }),
    ...(quotas && { quotas }),
    ...(parameters && { parameters }),
    ...(previous.calendar && { calendar: previous.calendar }),
  };
  checkVersionParts(
    next,
    {
      ruleSets: (id) => ruleSetPaths.get(id),
      ...(a.replaces.quotas ? { quotas: [...at, 'replaces', 'quotas'] } : {}),
      ...(a.replaces.parameters ? { parameters: [...at, 'replaces', 'parameters'] } : {}),
    },
    known,
    lang,
    issues,
  );
  // Replaced rule sets must still fit quotas and parameters kept from before, and the other way round.
  if (!a.replaces.quotas && quotas && ruleSetPaths.size > 0) checkQuotas(quotas, [...at, 'replaces', 'ruleSets'], known, ruleSets, previous.id, lang, issues);
  return next;
}

/**
 * Checks one year's official days off beyond its schema: each range forward, every date in the
 * file's year (the calendar of a year is looked up by the year of a date). Paths start at `at`.
 */
export function checkOfficialFile(file: OfficialDaysOffFile, at: readonly PropertyKey[], lang: Lang, issues: Issue[]): void {
  const inYear = (date: string, path: PropertyKey[]) => {
    if (Number(date.slice(0, 4)) !== file.year) issues.push(makeIssue('date_not_in_year', path, { date, year: file.year }, lang));
  };
  file.occasions.forEach((o, j) => {
    o.daysOff.forEach((range, k) => {
      const path = [...at, 'occasions', j, 'daysOff', k];
      if (range.from > range.to) issues.push(makeIssue('date_range_reversed', path, { from: range.from, to: range.to }, lang));
      inYear(range.from, [...path, 'from']);
      inYear(range.to, [...path, 'to']);
    });
    (o.workingDays ?? []).forEach((date, k) => inYear(date, [...at, 'occasions', j, 'workingDays', k]));
  });
}

/** Checks the plan's official days off: one file per year, each file as `checkOfficialFile` says. */
function checkCalendar(calendar: PlanCalendar | undefined, lang: Lang, issues: Issue[]): void {
  const years = new Set<number>();
  calendar?.official.forEach((file, i) => {
    const at: PropertyKey[] = ['calendar', 'official', i];
    if (years.has(file.year)) issues.push(makeIssue('duplicate_id', [...at, 'year'], { id: String(file.year) }, lang));
    years.add(file.year);
    checkOfficialFile(file, at, lang, issues);
  });
}

/**
 * Checks what every plan has (clause list, period, rule sets and their list in `meta`) and
 * returns the clause IDs it knows.
 */
function checkCore(def: PlanCore, lang: Lang, issues: Issue[]): Set<string> {
  const known = new Set<string>();
  def.clauses.clauses.forEach((c, i) => {
    if (known.has(c.id)) issues.push(makeIssue('duplicate_id', ['clauses', 'clauses', i, 'id'], { id: c.id }, lang));
    known.add(c.id);
  });
  if (def.meta.period.from > def.meta.period.to) {
    issues.push(makeIssue('period_reversed', ['meta', 'period'], { from: def.meta.period.from, to: def.meta.period.to }, lang));
  }
  const ruleSets = new Set<string>();
  def.ruleSets.forEach((rs, i) => {
    if (ruleSets.has(rs.id)) issues.push(makeIssue('duplicate_id', ['ruleSets', i, 'id'], { id: rs.id }, lang));
    ruleSets.add(rs.id);
    checkRuleSet(rs, ['ruleSets', i], known, lang, issues);
  });
  def.meta.ruleSets.forEach((id, i) => {
    if (!ruleSets.has(id)) {
      issues.push(makeIssue('rule_set_not_in_plan', ['meta', 'ruleSets', i], { planId: def.meta.id, ruleSet: id }, lang));
    }
  });
  for (const id of ruleSets) {
    if (!def.meta.ruleSets.includes(id)) {
      issues.push(makeIssue('rule_set_not_listed', ['meta', 'ruleSets'], { ruleSet: id }, lang));
    }
  }
  return known;
}

/**
 * Reads the options of `definePlan` or `loadPlan`: the language of the messages, guessed first
 * so that a message about the options themselves is in it.
 *
 * @throws {ValidationError} For options that are not `{ lang?: 'vi' | 'en' }` (paths under `options`).
 */
export function readPlanOptions(options: unknown): Lang {
  return parseOptions(z.optional(PlanOptionsSchema), options)?.lang ?? 'vi';
}

/**
 * Refuses a definition nested deeper than `MAX_NESTING` levels, or one that contains itself,
 * before any recursive check could overflow the stack.
 *
 * @throws {ValidationError} `too_big` (origin `depth`) at the first place too deep.
 */
function refuseTooDeep(definition: unknown, lang: Lang): void {
  const at = tooDeepAt(definition);
  if (at) throw new ValidationError([makeIssue('too_big', at, { origin: 'depth', maximum: MAX_NESTING }, lang)], lang);
}

/** What a definition says of its IDs, for the type of the plan `definePlan` returns. */
export interface PlanDefinitionIds {
  readonly ruleSets: readonly { readonly id: string }[];
  readonly deadlines?: { readonly tracks: readonly { readonly id: string }[] } | undefined;
}
/** The rule set IDs a definition declares. */
export type RuleSetIdsOf<D extends PlanDefinitionIds> = D['ruleSets'][number]['id'];
/** The deadline track IDs a definition declares (`never` without deadlines). */
export type TrackIdsOf<D extends PlanDefinitionIds> = D extends { readonly deadlines: { readonly tracks: readonly { readonly id: infer T extends string }[] } }
  ? T
  : string;

/**
 * Validates a whole plan (metadata, clause list, rule sets, deadlines, quotas, parameters, and
 * any amendments) and returns a `Plan` that every function accepts as `options.plan`. Rule files
 * that cite an unknown clause, read an unknown fact, or use an operator the engine does not
 * have are refused. An amended plan keeps every version; functions pick the one in force.
 *
 * @param definition - The plan as data: `{ meta, clauses, ruleSets, deadlines?, quotas?, parameters?, calendar?, amendments? }`, as in `rules/`
 *   (`calendar`: `{ official: [file, …] }`, each file as `rules/calendar/2026.json`).
 * @param options - `lang` for the error messages (Vietnamese by default).
 * @returns The validated plan (its latest version, with every version in `versions`), deeply frozen.
 * @throws {ValidationError} When any part of the plan is invalid (each issue has its path, from
 *   the definition's top; a definition nested more than 100 levels deep, or containing itself,
 *   gets `too_big`), or when `options` is not `{ lang?: 'vi' | 'en' }` (paths under `options`).
 *
 * @example
 * const plan = definePlan({ meta, clauses, ruleSets: [grassroots, city, period] });
 * plan.id; //=> 'vinh-bao-cchc-2026-2030'
 * plan.versions.map((v) => v.version); //=> ['1.0.0']
 */
export function definePlan<const D extends PlanDefinitionIds>(definition: D, options?: PlanOptions): Plan<RuleSetIdsOf<D>, TrackIdsOf<D>>;
export function definePlan(definition: unknown, options?: PlanOptions): Plan;
export function definePlan(definition: unknown, options?: PlanOptions): Plan {
  const lang = readPlanOptions(options);
  const given = asPlan(definition);
  if (given) return given;
  // Read once into plain data (validation/plain.ts): getters, proxies and class instances
  // refused, lists longer than any plan needs refused by their length, unread.
  const plain = readPlain(definition, [], { lang, maxItems: MAX_PLAN_LIST });
  refuseTooDeep(plain, lang);
  const def = parseOrThrow(PlanDefinitionSchema, plain, lang);
  const issues: Issue[] = [];
  const known = checkCore(def, lang, issues);
  checkCalendar(def.calendar, lang, issues);
  const base = baseFields(def);
  // Rule sets were checked with the core; here the other parts, against them.
  checkVersionParts(base, { deadlines: ['deadlines'], quotas: ['quotas'], parameters: ['parameters'] }, known, lang, issues);

  const fields: PlanFields[] = [base];
  (def.amendments ?? []).forEach((a, i) => {
    const previous = fields[fields.length - 1]!;
    if (a.effectiveFrom <= previous.effectiveFrom) {
      issues.push(makeIssue('amendment_not_after', ['amendments', i, 'effectiveFrom'], { previous: previous.effectiveFrom }, lang));
    }
    if (fields.some((f) => f.version === a.version)) issues.push(makeIssue('duplicate_id', ['amendments', i, 'version'], { id: a.version }, lang));
    fields.push(amend(previous, a, i, known, lang, issues));
  });
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return finalize(fields);
}
