import type { Lang } from '../i18n/lang';
import type { Plan } from '../plan/Plan';
import { NominationSchema, type ParsedNomination } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import type { Issue } from '../validation/issue';
import { fromZodIssues, makeIssue } from '../validation/issues';

/** A nomination that passed every check, with the rule set it is assessed under. */
export interface CheckedNomination {
  readonly nomination: ParsedNomination;
  readonly ruleSet: RuleSet;
}

/**
 * Checks one nomination: its shape (zod), then what depends on the plan: the rule set exists
 * in the plan, annual rule sets have a year, and the year lies within the plan's period.
 * Returns the issues found (paths behind `prefix`) or the checked nomination.
 */
export function checkNomination(
  input: unknown,
  plan: Plan,
  lang: Lang,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: CheckedNomination } | { ok: false; issues: Issue[] } {
  const parsed = NominationSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, lang, prefix) };
  const nomination = parsed.data;
  const ruleSet = plan.ruleSets[nomination.ruleSet];
  if (!ruleSet) {
    return {
      ok: false,
      issues: [makeIssue('rule_set_not_in_plan', [...prefix, 'ruleSet'], { planId: plan.id, ruleSet: nomination.ruleSet }, lang)],
    };
  }
  const issues: Issue[] = [];
  const { from, to } = plan.meta.period;
  if (nomination.year === undefined) {
    if (ruleSet.requiresYear) {
      issues.push(makeIssue('year_required', [...prefix, 'year'], { ruleSet: ruleSet.id }, lang));
    }
  } else if (nomination.year < from || nomination.year > to) {
    issues.push(makeIssue('year_out_of_period', [...prefix, 'year'], { year: nomination.year, from, to }, lang));
  }
  if (nomination.outsideQuota === true && ruleSet.id !== 'annual-city') {
    issues.push(
      makeIssue('custom', [...prefix, 'outsideQuota'], {
        vi: 'Chỉ đề nghị khen thưởng cấp thành phố (annual-city) mới có thể nằm ngoài chỉ tiêu (III.2.1.2.b-discretionary)',
        en: 'Only annual city-level proposals (annual-city) can be outside the quota (III.2.1.2.b-discretionary)',
      }, lang),
    );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { nomination, ruleSet } };
}
