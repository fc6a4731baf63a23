import type { Plan } from '../plan/Plan';
import type { Evaluation, FactValue } from '../schema/evaluation';
import type { FactName } from '../schema/facts';
import type { ParsedNomination } from '../schema/nomination';
import type { Condition } from '../schema/condition';
import type { CriterionNode, RuleSet } from '../schema/ruleSet';
import { yearNotOverSentence } from '../i18n/reasons';
import { criteriaDate } from '../plan/planVersion';
import { freezeEvaluation, type EvaluationCore } from './core';
import type { KnownFacts } from './resolveTree';

/**
 * The facts known for a nomination: given facts that are not null, plus `unitBlock` from the
 * nominee's unit. A fact left out or given as null is absent here, which makes it unknown.
 * A negative zero becomes zero, so that the answer survives a JSON round trip.
 */
export function knownFacts(nomination: ParsedNomination): KnownFacts {
  const known: Partial<Record<FactName, FactValue>> = {};
  const facts = nomination.facts;
  if (facts) {
    for (const name of Object.keys(facts) as (keyof typeof facts)[]) {
      const value = facts[name];
      if (value === null || value === undefined) continue;
      // Lists are copied: the evaluation keeps (and freezes) what it reads, never the input's own.
      known[name] = Array.isArray(value) ? (value.slice() as FactValue) : value === 0 ? 0 : value;
    }
  }
  if (nomination.nominee.unit.block !== undefined) known.unitBlock = nomination.nominee.unit.block;
  return known;
}

function rangesIn(c: Condition, out: { fact: string; to: number }[]): { fact: string; to: number }[] {
  if ('all' in c) for (const x of c.all) rangesIn(x, out);
  else if ('any' in c) for (const x of c.any) rangesIn(x, out);
  else if ('not' in c) rangesIn(c.not, out);
  else if (c.operator === 'countDistinctInRange') out.push({ fact: c.fact, to: (c.value as { to: number }).to });
  return out;
}

/**
 * The reasons, with a note for each criterion of a nomination without an assessment year (the
 * period summary) that counts a year not over by the day the commune reports on the period:
 * 2030 for the report before 31/3/2030 (issue 16 item 8).
 */
function withYearsNotOver(plan: Plan, ruleSet: RuleSet, nomination: ParsedNomination, core: EvaluationCore, lang: 'vi' | 'en'): string[] {
  const report = criteriaDate(plan, undefined);
  const notes: string[] = [];
  const visit = (node: CriterionNode): void => {
    if (!('conditions' in node)) {
      for (const child of node.children) visit(child);
      return;
    }
    for (const { fact, to } of rangesIn(node.conditions, [])) {
      const years = (nomination.facts as Record<string, unknown> | undefined)?.[fact];
      if (Array.isArray(years) && years.includes(to) && report < `${to}-12-31`) notes.push(yearNotOverSentence(node.id, to, report, lang));
    }
  };
  visit(ruleSet.criteria[nomination.nominee.kind]);
  return notes.length === 0 ? (core.reasons as string[]) : [...core.reasons, ...notes];
}

/**
 * The evaluation of one nomination: its own identifying parts, and the core (outcome,
 * criteria tree, missing facts, reasons, priority) that follows from its facts. Shared by
 * every evaluation path, so each gives the same answer. Deep-frozen, and recorded as made here,
 * so that allocateQuota can take it without validating it again (core.ts, freezeEvaluation).
 */
export function assembleEvaluation(plan: Plan, ruleSet: RuleSet, nomination: ParsedNomination, core: EvaluationCore, lang: 'vi' | 'en'): Evaluation {
  const kind = nomination.nominee.kind;
  const award = ruleSet.awards[kind];
  const unit = nomination.nominee.unit;
  const evaluation: Evaluation = {
    nominationId: nomination.id,
    ruleSet: nomination.ruleSet,
    planId: plan.id,
    planVersion: plan.version,
    year: nomination.year ?? null,
    nomineeKind: kind,
    nomineeName: nomination.nominee.name,
    // The parsed nomination's unit and achievements are fresh copies without undefined keys.
    unit,
    award,
    outcome: core.outcome,
    criteria: core.criteria,
    missingFacts: core.missingFacts as FactName[],
    reasons: nomination.year === undefined ? withYearsNotOver(plan, ruleSet, nomination, core, lang) : (core.reasons as string[]),
    lang,
    achievements: nomination.achievements ?? [],
    priority: core.priority,
    outsideQuota: nomination.outsideQuota ?? false,
  };
  if (nomination.submittedAt !== undefined) evaluation.submittedAt = nomination.submittedAt;
  return freezeEvaluation(evaluation);
}
