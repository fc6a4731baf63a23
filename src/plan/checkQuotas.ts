import type { Lang } from '../ground/lang';
import type { Parameters } from '../schema/parameters';
import type { Quotas } from '../schema/quotas';
import type { RuleSet } from '../schema/ruleSet';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';

/**
 * Checks a plan's quota rules against its clause list and rule sets: every clause ID is known,
 * every level is a rule set of the plan, and the presentation order is total (distinct keys
 * ending in `nominationId`, both nominee kinds once each), so that no list depends on the
 * order of the input.
 */
export function checkQuotas(
  quotas: Quotas,
  at: readonly PropertyKey[],
  known: ReadonlySet<string>,
  ruleSets: Readonly<Record<string, RuleSet>>,
  planId: string,
  lang: Lang,
  issues: Issue[],
): void {
  const clause = (id: string, path: PropertyKey[]) => {
    if (!known.has(id)) issues.push(makeIssue('unknown_clause', path, { clause: id }, lang));
  };
  clause(quotas.oneAchievementOneAward.clause, [...at, 'oneAchievementOneAward', 'clause']);
  const { keys, nomineeKinds } = quotas.presentationOrder;
  if (new Set(keys).size !== keys.length || keys[keys.length - 1] !== 'nominationId') {
    issues.push(makeIssue('presentation_keys_invalid', [...at, 'presentationOrder', 'keys'], {}, lang));
  }
  if (new Set(nomineeKinds).size !== nomineeKinds.length) {
    issues.push(makeIssue('presentation_kinds_invalid', [...at, 'presentationOrder', 'nomineeKinds'], {}, lang));
  }
  for (const [level, q] of Object.entries(quotas.levels)) {
    if (!q) continue;
    const lp = [...at, 'levels', level];
    if (!Object.hasOwn(ruleSets, level)) {
      issues.push(makeIssue('rule_set_not_in_plan', lp, { planId, ruleSet: level }, lang));
    }
    clause(q.quantity.clause, [...lp, 'quantity', 'clause']);
    if (q.budget.applies) clause(q.budget.clause, [...lp, 'budget', 'clause']);
    if (q.discretionary) clause(q.discretionary.clause, [...lp, 'discretionary', 'clause']);
  }
}

/**
 * Checks a plan's parameters against its rule sets: every award a rule set gives has award
 * coefficients for both kinds of nominee, so award money never silently falls back to zero.
 */
export function checkParameters(
  parameters: Parameters,
  at: readonly PropertyKey[],
  ruleSets: Readonly<Record<string, RuleSet>>,
  lang: Lang,
  issues: Issue[],
): void {
  const seen = new Set<string>();
  for (const rs of Object.values(ruleSets)) {
    for (const award of [rs.awards.collective, rs.awards.individual]) {
      if (seen.has(award.id)) continue;
      seen.add(award.id);
      if (!Object.hasOwn(parameters.awardCoefficients.awards, award.id)) {
        issues.push(makeIssue('award_coefficients_missing', [...at, 'awardCoefficients', 'awards'], { award: award.id, ruleSet: rs.id }, lang));
      }
    }
  }
}
