import type * as z from 'zod/mini';
import type { Lang } from '../ground/lang';
import { answeringPlan } from '../plan/answeringPlan';
import { chooseVersion } from '../plan/planVersion';
import { readCallOptions } from '../plan/callOptions';
import type { Plan, RuleSetIdOf } from '../plan/Plan';
import { AllocateOptionsSchema, HistoryEntrySchema, type HistoryEntry } from '../schema/allocation';
import type { RuleSetId } from '../schema/nomination';
import type { BudgetMode, Quotas, LevelQuota } from '../schema/quotas';
import type { RuleSet } from '../schema/ruleSet';
import type { Issue } from '../validation/issue';
import { MAX_ISSUES } from '../validation/cap';
import { fromZodIssues, makeIssue } from '../validation/issues';
import { guessLang, readPlain } from '../validation/plain';
import { ValidationError } from '../validation/ValidationError';
import { moneyContext, type MoneyContext } from './awardMoney';

/**
 * Options of `allocateQuota`, as a host writes them. `level` is a rule set of the plan given:
 * of the bundled plan when none is (a misspelt level is a type error), any string for a plan
 * loaded at run time (checked against the plan).
 */
export type AllocateOptions<P extends Plan = Plan<RuleSetId>> = Omit<z.input<typeof AllocateOptionsSchema>, 'level' | 'plan'> & {
  level: RuleSetIdOf<P>;
  plan?: P | undefined;
};

/** The options of one allocation, checked against the plan. */
export interface ResolvedAllocateOptions {
  readonly lang: Lang;
  readonly plan: Plan;
  readonly level: string;
  readonly ruleSet: RuleSet;
  readonly quotas: Quotas;
  readonly levelQuota: LevelQuota;
  readonly budgetVnd: number | undefined;
  /** How the budget is spent across tiers, and whether the call chose it or the level's rule did. */
  readonly budgetRule: { readonly mode: BudgetMode; readonly from: 'rule' | 'option' } | undefined;
  readonly history: readonly HistoryEntry[];
  /** Award money on the decision date, when one was given. */
  readonly money: MoneyContext | undefined;
}

// The schema's bound on `history`, checked on the list's length before any entry is read.
const MAX_HISTORY = 1_000_000;

/**
 * The options read once into a plain snapshot, `history` apart: its entries (up to a million)
 * are checked one by one below, so that a long list of bad entries stops at the issue cap
 * instead of making zod gather millions of issues.
 */
function splitHistory(options: unknown): { rest: unknown; history: unknown } {
  const lang = guessLang(options);
  const plain = readPlain(options, ['options'], { lang, maxItems: MAX_HISTORY, keep: (path) => path.length === 1 && path[0] === 'plan' });
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain) || !Object.hasOwn(plain, 'history')) return { rest: plain, history: undefined };
  const { history, ...rest } = plain as Record<string, unknown>;
  return { rest, history };
}

/**
 * The earlier awards, each checked by HistoryEntrySchema (issue paths under `options.history`),
 * the checking stopped past the issue cap. An award decided after the decision date cannot
 * have been "already" given: refused (`decided_after_decision`).
 *
 * @throws {ValidationError} When `history` is not a list or any entry is refused.
 */
function readHistory(raw: unknown, decisionDate: string | undefined, lang: Lang): HistoryEntry[] {
  if (raw === undefined) return [];
  const at = ['options', 'history'];
  if (!Array.isArray(raw))
    throw new ValidationError([makeIssue('invalid_type', at, { expected: 'array', received: raw === null ? 'null' : typeof raw }, lang)], lang);
  const issues: Issue[] = [];
  const out = new Array<HistoryEntry>(raw.length);
  for (let i = 0; i < raw.length && issues.length <= MAX_ISSUES; i++) {
    const r = HistoryEntrySchema.safeParse(raw[i], { reportInput: true });
    if (!r.success) issues.push(...fromZodIssues(r.error.issues, lang, [...at, i]));
    else if (decisionDate !== undefined && r.data.decidedOn > decisionDate) {
      issues.push(makeIssue('decided_after_decision', [...at, i, 'decidedOn'], { decidedOn: r.data.decidedOn, decisionDate }, lang));
    } else out[i] = r.data;
  }
  if (issues.length > 0) throw new ValidationError(issues, lang);
  return out;
}

/**
 * Validates the options of `allocateQuota`: their shape (unknown keys refused), then what the
 * plan decides. The level must be a rule set of the plan with quota rules; a budget is
 * refused where the commune budget does not bound the level (the city pays its Bằng khen), and
 * so is a budget mode (`budgetRule`),
 * and needs a decision date, since the library never reads the clock; the date must have a
 * base salary, coefficients and rounding in force. Issue paths start with `options`.
 */
export function resolveAllocateOptions(options: unknown, evaluationsVersion?: unknown): ResolvedAllocateOptions {
  const { rest, history: rawHistory } = splitHistory(options);
  const { parsed, lang, plan: root } = readCallOptions(AllocateOptionsSchema, rest, answeringPlan);
  const history = readHistory(rawHistory, parsed.decisionDate, lang);
  // The version named, else the one the evaluations were made under (readEvaluations then
  // refuses evaluations of any other version), else the latest.
  const hint = typeof evaluationsVersion === 'string' && root.versions.some((v) => v.version === evaluationsVersion) ? evaluationsVersion : undefined;
  const plan = chooseVersion(root, parsed.planVersion ?? hint, '9999-12-31', lang, ['options', 'planVersion']);
  const { level, budgetVnd, decisionDate } = parsed;
  const issues: Issue[] = [];
  // Own keys only: an ID such as `constructor` names no rule set.
  const ruleSets = plan.ruleSets as Readonly<Record<string, RuleSet>>;
  const ruleSet = Object.hasOwn(ruleSets, level) ? ruleSets[level] : undefined;
  const levels = plan.quotas?.levels;
  const levelQuota = levels && Object.hasOwn(levels, level) ? levels[level] : undefined;
  if (!ruleSet) {
    issues.push(makeIssue('rule_set_not_in_plan', ['options', 'level'], { planId: plan.id, ruleSet: level }, lang));
  } else if (!levelQuota) {
    issues.push(makeIssue('quota_rules_not_in_plan', ['options', 'level'], { planId: plan.id, level }, lang));
  }
  if (levelQuota && budgetVnd !== undefined && !levelQuota.budget.applies) {
    issues.push(makeIssue('budget_not_applicable', ['options', 'budgetVnd'], { level, payer: levelQuota.budget.payer }, lang));
  }
  if (levelQuota && parsed.budgetRule !== undefined && !levelQuota.budget.applies) {
    issues.push(makeIssue('budget_not_applicable', ['options', 'budgetRule'], { level, payer: levelQuota.budget.payer }, lang));
  }
  if (decisionDate === undefined && (budgetVnd !== undefined || parsed.rounding !== undefined)) {
    issues.push(makeIssue('decision_date_required', ['options', 'decisionDate'], {}, lang));
  }
  let money: MoneyContext | undefined;
  if (decisionDate !== undefined && ruleSet && levelQuota) {
    if (!plan.parameters) {
      issues.push(makeIssue('parameters_not_in_plan', ['options', 'plan'], { planId: plan.id }, lang));
    } else {
      const m = moneyContext(plan.parameters, ruleSet, levelQuota.budget, decisionDate, parsed.rounding, lang);
      if ('issues' in m) issues.push(...m.issues);
      else money = m;
    }
  }
  if (issues.length > 0 || !ruleSet || !levelQuota || !plan.quotas) throw new ValidationError(issues, lang);
  return {
    lang,
    plan,
    level,
    ruleSet,
    quotas: plan.quotas,
    levelQuota,
    budgetVnd,
    budgetRule: levelQuota.budget.applies
      ? parsed.budgetRule === undefined
        ? { mode: levelQuota.budget.mode, from: 'rule' }
        : { mode: parsed.budgetRule, from: 'option' }
      : undefined,
    history,
    money,
  };
}
