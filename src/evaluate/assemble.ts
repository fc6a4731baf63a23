import type { Plan } from '../plan/Plan';
import type { Evaluation, FactValue } from '../schema/evaluation';
import type { FactName } from '../schema/facts';
import type { ParsedNomination } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
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
    reasons: core.reasons as string[],
    lang,
    achievements: nomination.achievements ?? [],
    priority: core.priority,
    outsideQuota: nomination.outsideQuota ?? false,
  };
  if (nomination.submittedAt !== undefined) evaluation.submittedAt = nomination.submittedAt;
  return freezeEvaluation(evaluation);
}
