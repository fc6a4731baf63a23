import { criterionSentence, outcomeSentence } from '../i18n/reasons';
import type { Lang } from '../i18n/lang';
import type { Plan } from '../plan/Plan';
import type { Evaluation, FactValue, Outcome } from '../schema/evaluation';
import type { FactName } from '../schema/facts';
import type { ParsedNomination } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import type { CompiledCriteria } from './compile';
import { decidingLeaves, resolveCondition, resolveTree, type KnownFacts } from './resolveTree';

const OUTCOME = { met: 'eligible', 'not-met': 'ineligible', unknown: 'undetermined' } as const satisfies Record<string, Outcome>;

/**
 * The facts known for a nomination: given facts that are not null, plus `unitBlock` from the
 * nominee's unit. A fact left out or given as null is absent here, which makes it unknown.
 */
export function knownFacts(nomination: ParsedNomination): KnownFacts {
  const known: Partial<Record<FactName, FactValue>> = {};
  const facts = nomination.facts ?? {};
  for (const [name, value] of Object.entries(facts)) {
    if (value !== null && value !== undefined) known[name as FactName] = value;
  }
  if (nomination.nominee.unit.block !== undefined) known.unitBlock = nomination.nominee.unit.block;
  return known;
}

/**
 * Builds the evaluation from the atoms' results: the criteria tree, the outcome, the facts
 * that would decide an undetermined outcome, the reasons, and the priority criteria.
 * Shared by every evaluation path, so each gives the same answer.
 */
export function assembleEvaluation(
  plan: Plan,
  ruleSet: RuleSet,
  compiled: CompiledCriteria,
  nomination: ParsedNomination,
  facts: KnownFacts,
  atoms: readonly boolean[],
  lang: Lang,
): Evaluation {
  const kind = nomination.nominee.kind;
  const criteria = resolveTree(compiled.root, atoms, facts);
  const outcome = OUTCOME[criteria.result];
  const deciding = decidingLeaves(criteria);
  const missingFacts: string[] = [];
  if (outcome === 'undetermined') {
    for (const leaf of deciding) {
      for (const f of leaf.missingFacts ?? []) if (!missingFacts.includes(f)) missingFacts.push(f);
    }
  }
  const award = ruleSet.awards[kind];
  const reasons = [
    outcomeSentence(outcome, award, ruleSet.clause, missingFacts, lang),
    ...deciding.map((leaf) => criterionSentence(leaf, lang)),
  ];
  const priorityCriteria = compiled.priority.map((p) => ({
    id: p.def.id,
    clause: p.def.clause,
    result: resolveCondition(p.condition, atoms, facts),
  }));
  const unit = nomination.nominee.unit;
  const evaluation: Evaluation = {
    nominationId: nomination.id,
    ruleSet: nomination.ruleSet,
    planId: plan.id,
    planVersion: plan.version,
    year: nomination.year ?? null,
    nomineeKind: kind,
    nomineeName: nomination.nominee.name,
    unit: {
      id: unit.id,
      ...(unit.name !== undefined && { name: unit.name }),
      ...(unit.block !== undefined && { block: unit.block }),
    },
    award: { id: award.id, clause: award.clause, vi: award.vi, en: award.en },
    outcome,
    criteria,
    missingFacts,
    reasons,
    lang,
    achievements: (nomination.achievements ?? []).map((a) => ({
      id: a.id,
      ...(a.title !== undefined && { title: a.title }),
      ...(a.year !== undefined && { year: a.year }),
    })),
    priority: {
      score: priorityCriteria.filter((p) => p.result === 'met').length,
      criteria: priorityCriteria,
    },
    outsideQuota: nomination.outsideQuota ?? false,
  };
  if (nomination.submittedAt !== undefined) evaluation.submittedAt = nomination.submittedAt;
  return evaluation;
}
