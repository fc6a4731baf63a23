import { LangSchema, type Lang } from '../i18n/lang';
import { PlanDefinitionSchema } from '../schema/plan';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';
import { parseOrThrow } from '../validation/parse';
import { ValidationError } from '../validation/ValidationError';
import { checkConditions } from './checkConditions';
import { checkDeadlines } from './checkDeadlines';
import { checkParameters, checkQuotas } from './checkQuotas';
import type { Plan } from './Plan';

const validated = new WeakSet<object>();

/** Whether `value` is a plan returned by `definePlan`. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && validated.has(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

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

/**
 * Validates a whole plan (metadata, clause list, rule sets) and returns a `Plan` that every
 * function accepts as `options.plan`. Rule files that cite an unknown clause, read an unknown
 * fact, or use an operator the engine does not have are refused.
 *
 * @param definition - The plan as data: `{ meta, clauses, ruleSets }`, as in `rules/`.
 * @param options - `lang` for the error messages (Vietnamese by default).
 * @returns The validated plan, deeply frozen.
 * @throws {ValidationError} When any part of the plan is invalid; each issue has its path.
 *
 * @example
 * import plan from 'thi-dua-cchc/rules/plan.json' with { type: 'json' };
 * const myPlan = definePlan({ meta: plan, clauses, ruleSets: [grassroots] });
 * myPlan.id; //=> 'vinh-bao-cchc-2026-2030'
 */
export function definePlan(definition: unknown, options: { lang?: Lang } = {}): Plan {
  const lang = LangSchema.safeParse(options.lang ?? 'vi').data ?? 'vi';
  if (isPlan(definition)) return definition;
  const def = parseOrThrow(PlanDefinitionSchema, definition, lang);
  const issues: Issue[] = [];

  const known = new Set<string>();
  def.clauses.clauses.forEach((c, i) => {
    if (known.has(c.id)) issues.push(makeIssue('duplicate_id', ['clauses', 'clauses', i, 'id'], { id: c.id }, lang));
    known.add(c.id);
  });
  if (def.meta.period.from > def.meta.period.to) {
    issues.push(
      makeIssue('invalid_plan', ['meta', 'period'], { vi: 'năm bắt đầu sau năm kết thúc', en: 'the period starts after it ends' }, lang),
    );
  }
  const ruleSets: Record<string, RuleSet> = {};
  def.ruleSets.forEach((rs, i) => {
    if (Object.hasOwn(ruleSets, rs.id)) issues.push(makeIssue('duplicate_id', ['ruleSets', i, 'id'], { id: rs.id }, lang));
    ruleSets[rs.id] = rs;
    checkRuleSet(rs, ['ruleSets', i], known, lang, issues);
  });
  def.meta.ruleSets.forEach((id, i) => {
    if (!Object.hasOwn(ruleSets, id)) {
      issues.push(makeIssue('rule_set_not_in_plan', ['meta', 'ruleSets', i], { planId: def.meta.id, ruleSet: id }, lang));
    }
  });
  for (const id of Object.keys(ruleSets)) {
    if (!def.meta.ruleSets.includes(id)) {
      issues.push(
        makeIssue('invalid_plan', ['meta', 'ruleSets'], { vi: `thiếu “${id}” trong danh sách bộ tiêu chí`, en: `“${id}” is missing from the list of rule sets` }, lang),
      );
    }
  }
  if (def.deadlines) checkDeadlines(def.deadlines, ['deadlines'], known, lang, issues);
  if (def.quotas) checkQuotas(def.quotas, ['quotas'], known, ruleSets, def.meta.id, lang, issues);
  if (def.parameters) checkParameters(def.parameters, ['parameters'], ruleSets, lang, issues);
  if (issues.length > 0) throw new ValidationError(issues, lang);

  const plan: Plan = deepFreeze({
    id: def.meta.id,
    version: def.meta.version,
    meta: def.meta,
    clauses: def.clauses.clauses,
    ruleSets,
    ...(def.deadlines && { deadlines: def.deadlines }),
    ...(def.quotas && { quotas: def.quotas }),
    ...(def.parameters && { parameters: def.parameters }),
  });
  validated.add(plan);
  return plan;
}
