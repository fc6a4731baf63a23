import type { FactName } from './facts';
import type { NomineeKind, RuleSetId } from './nomination';

/**
 * The facts each rule set of the bundled plan reads, per kind of nominee (criteria first,
 * then priority criteria), as literal types: a host form can show just these, and a typo in
 * a fact name is a type error. `unitBlock` is `nominee.unit.block`. For any other plan, use
 * `factsRead(plan, ruleSet, kind)`; a test keeps this list equal to the rule files.
 */
export const RULE_SET_FACTS = {
  'annual-grassroots': {
    collective: [
      'appliedInitiative',
      'outstandingReformResults',
      'reformTargetsMet',
      'administrativeDiscipline',
      'noDelaysOrHarassment',
      'staffViolationCount',
      'outstandingServiceResults',
      'handlesProcedures',
      'reformRoles',
      'drivesDigitalTransformation',
    ],
    individual: [
      'goodConduct',
      'excellentCompletion',
      'reformRoles',
      'appliedInitiative',
      'outstandingAdvisory',
      'highResponsibility',
      'handlesProcedures',
      'drivesDigitalTransformation',
    ],
  },
  'annual-city': {
    collective: ['initiativeRecognized', 'initiativeReplicable', 'unitBlock', 'parIndexRank', 'reformRoles'],
    individual: ['goodConduct', 'excellentCompletion', 'reformRoles', 'outstandingAdvisory', 'selectedByUnit', 'initiativeRecognized'],
  },
  'period-2026-2030': {
    collective: [
      'leadingInMovement',
      'periodTargetsExcellent',
      'recognizedInitiativeCount',
      'outstandingYears',
      'ratedExemplaryByCommune',
      'reformRoles',
      'directRoleYears',
    ],
    individual: ['goodConduct', 'excellentCompletion', 'directRoleYears', 'outstandingAdvisory', 'appliedInitiative', 'reformRoles'],
  },
} as const satisfies { readonly [R in RuleSetId]: { readonly [K in NomineeKind]: readonly FactName[] } };

/** The facts a rule set of the bundled plan reads for a kind of nominee, as a union of literal types. */
export type RuleSetFact<R extends RuleSetId, K extends NomineeKind> = (typeof RULE_SET_FACTS)[R][K][number];
