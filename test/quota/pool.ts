import fc from 'fast-check';
import { evaluateNominations, RULE_SET_IDS, type Evaluation, type RuleSetId } from '../../src/index';
import { nominationFor, situation, type Situation } from '../helpers/arbitraries';

/**
 * A situation most of whose standards are met, as in a real batch, where units propose people
 * they expect to qualify. The priority facts (procedures, digital transformation, initiative,
 * roles) stay as drawn, so priorities vary.
 */
function favoured(s: Situation): Situation {
  const f = s.facts;
  return {
    ...s,
    block: s.block ?? 'commune',
    facts: {
      ...f,
      goodConduct: true,
      excellentCompletion: true,
      outstandingAdvisory: true,
      highResponsibility: true,
      selectedByUnit: true,
      initiativeRecognized: true,
      initiativeReplicable: true,
      outstandingReformResults: true,
      reformTargetsMet: true,
      administrativeDiscipline: true,
      noDelaysOrHarassment: true,
      staffViolationCount: 0,
      outstandingServiceResults: true,
      parIndexRank: Math.min(f.parIndexRank, 3),
      leadingInMovement: true,
      periodTargetsExcellent: true,
      recognizedInitiativeCount: Math.max(f.recognizedInitiativeCount, 2),
      directRoleYears: [...new Set([...f.directRoleYears, 2026, 2027, 2028])],
      reformRoles: f.reformRoles.includes('propose') ? f.reformRoles : [...f.reformRoles, 'propose'],
    },
    hidden: s.hidden.slice(0, 1),
  };
}

/**
 * Realistic evaluations, made by evaluateNominations from random situations, grouped by rule
 * set: two in three favoured (mostly eligible, now and then one fact unknown), one in three
 * as drawn (mostly ineligible or undetermined). Seeded: the same pool on every run.
 */
export async function evaluationPool(perRuleSet = 200): Promise<Record<RuleSetId, Evaluation[]>> {
  const pool = {} as Record<RuleSetId, Evaluation[]>;
  for (const [k, ruleSet] of RULE_SET_IDS.entries()) {
    const situations = fc.sample(
      situation.map((s) => ({ ...s, ruleSet })),
      { numRuns: perRuleSet, seed: 20260701 + k },
    );
    const nominations = situations.map((s, i) => nominationFor(i % 3 === 0 ? s : favoured(s), i % 2 === 0, `${ruleSet}-${i}`));
    pool[ruleSet] = await evaluateNominations(nominations);
  }
  return pool;
}
