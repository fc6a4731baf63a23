import { closest } from '../ground/closest';
import { FACT_INFO } from '../schema/facts';
import type { Lang } from '../ground/lang';
import type { Plan } from '../plan/Plan';
import { NominationSchema, type ParsedNomination } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import type { Issue } from '../validation/issue';
import { fromZodIssues, makeIssue } from '../validation/issues';
import { readPlain } from '../validation/plain';
import { ValidationError } from '../validation/ValidationError';
import { chooseVersion, criteriaDate } from '../plan/planVersion';

/**
 * The version of the plan a nomination is assessed under: the one named, else the one in
 * force on the last day of its assessment year (or on the plan's `period.criteriaDate`).
 */
export function versionFor(plan: Plan, nomination: ParsedNomination, planVersion: string | undefined): Plan {
  if (planVersion === undefined && plan.versions.length === 1) return plan.versions[0]!;
  return chooseVersion(plan, planVersion, criteriaDate(plan, nomination.year), 'vi', ['options', 'planVersion']);
}

// `reportInput`: the issues' messages name the type received. One object for every call.
const PARSE_OPTIONS = { reportInput: true } as const;

/** The longest list a nomination holds (`achievements`, `directRoleYears`, `outstandingYears`): longer ones are refused unread. */
const MAX_LIST = 100;

/**
 * The nomination read once into a plain snapshot (validation/plain.ts), or the one issue that
 * refuses it: everything after (the schema, the cache key, the evaluation, the missing facts)
 * reads the snapshot, so no getter or proxy can answer one differently from another.
 */
function snapshotOf(input: unknown, path: PropertyKey[], lang: Lang): { value: unknown } | Issue[] {
  try {
    return { value: readPlain(input, path, { lang, maxItems: MAX_LIST }) };
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.slice();
    throw error;
  }
}

/** zod keeps keys given as `undefined`; the evaluation carries none, so drop them from the parts it reuses. */
function withoutUndefined(n: ParsedNomination): ParsedNomination {
  const unit = n.nominee.unit;
  const cleanUnit: ParsedNomination['nominee']['unit'] = { id: unit.id };
  if (unit.name !== undefined) cleanUnit.name = unit.name;
  if (unit.block !== undefined) cleanUnit.block = unit.block;
  const out: ParsedNomination = { ...n, nominee: { ...n.nominee, unit: cleanUnit } };
  if (n.achievements) {
    out.achievements = n.achievements.map((a) => {
      const c: NonNullable<ParsedNomination['achievements']>[number] = { id: a.id };
      if (a.title !== undefined) c.title = a.title;
      if (a.year !== undefined) c.year = a.year;
      return c;
    });
  }
  return out;
}

const FACT_NAMES = /* @__PURE__ */ (() => Object.keys(FACT_INFO))();

/** An unknown key of `facts` gets the closest known fact as a suggestion, in both languages' message. */
function withFactSuggestions(issue: Issue, lang: Lang): Issue {
  if (issue.code !== 'unrecognized_keys' || issue.path[issue.path.length - 1] !== 'facts') return issue;
  const suggestions = issue.params.keys.map((k) => closest(k, FACT_NAMES) ?? null);
  if (suggestions.every((s) => s === null)) return issue;
  return makeIssue('unrecognized_keys', issue.path, { keys: issue.params.keys, suggestions }, lang);
}

/**
 * Whether the plan's quota rules let a nomination of `ruleSet` be proposed outside the quota:
 * the level declares discretionary proposals (III.2.1.2.b-discretionary in the bundled plan).
 * A plan without quota rules allows none.
 */
function allowsOutsideQuota(plan: Plan, ruleSet: string): boolean {
  const levels = plan.quotas?.levels as Readonly<Record<string, { discretionary?: unknown }>> | undefined;
  return levels !== undefined && Object.hasOwn(levels, ruleSet) && levels[ruleSet]?.discretionary !== undefined;
}

/**
 * Checks one nomination, read once into a plain snapshot: its shape (by NominationSchema, the only check of it), then what
 * depends on the plan: the rule set exists in the plan, annual rule sets have a
 * year, the year lies within the plan's period, each achievement's year lies within the period
 * and not after the year assessed, and a proposal outside the quota is one the
 * plan's quota rules allow at its level.
 *
 * @returns The parsed nomination, or the issues found (paths behind `index`, in a batch).
 */
export function checkNomination(input: unknown, root: Plan, lang: Lang, index?: number, planVersion?: string): ParsedNomination | Issue[] {
  // The path prefix is built only when there is an issue to report.
  const at = (...path: PropertyKey[]): PropertyKey[] => (index === undefined ? path : [index, ...path]);
  const snapshot = snapshotOf(input, at(), lang);
  if (Array.isArray(snapshot)) return snapshot;
  const parsed = NominationSchema.safeParse(snapshot.value, PARSE_OPTIONS);
  if (!parsed.success) return fromZodIssues(parsed.error.issues, lang, at()).map((i) => withFactSuggestions(i, lang));
  const nomination = withoutUndefined(parsed.data);
  const plan = versionFor(root, nomination, planVersion);
  // Own keys only: an ID such as `constructor` names no rule set.
  const ruleSets = plan.ruleSets as Readonly<Record<string, RuleSet>>;
  const ruleSet = Object.hasOwn(ruleSets, nomination.ruleSet) ? ruleSets[nomination.ruleSet] : undefined;
  if (!ruleSet) {
    return [makeIssue('rule_set_not_in_plan', at('ruleSet'), { planId: plan.id, ruleSet: nomination.ruleSet }, lang)];
  }
  const year = nomination.year;
  const { from, to } = plan.meta.period;
  let issues: Issue[] | undefined;
  if (year === undefined) {
    if (ruleSet.requiresYear) (issues ??= []).push(makeIssue('year_required', at('year'), { ruleSet: ruleSet.id }, lang));
  } else if (year < from || year > to) {
    (issues ??= []).push(makeIssue('year_out_of_period', at('year'), { year, from, to }, lang));
  }
  // III.1.2-b, III.2.2: an achievement lies within the plan's period and is not after the year assessed.
  const latest = year !== undefined && year >= from && year <= to ? year : to;
  const achievements = nomination.achievements ?? [];
  for (let k = 0; k < achievements.length; k++) {
    const a = achievements[k] as (typeof achievements)[number];
    if (a.year !== undefined && (a.year < from || a.year > latest)) {
      (issues ??= []).push(
        makeIssue(
          'achievement_year_out_of_range',
          at('achievements', k, 'year'),
          { achievement: a.id, year: a.year, from, to: latest, assessed: latest !== to },
          lang,
        ),
      );
    }
  }
  if (nomination.outsideQuota === true && !allowsOutsideQuota(plan, ruleSet.id)) {
    (issues ??= []).push(makeIssue('outside_quota_not_allowed', at('outsideQuota'), { level: ruleSet.id }, lang));
  }
  return issues ?? nomination;
}
