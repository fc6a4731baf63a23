import fc from 'fast-check';
import { REFORM_ROLES, RULE_SET_IDS, type Facts, type Nomination, type NomineeKind, type RuleSetId, type UnitBlock } from '../../src/index';

const BLOCKS: UnitBlock[] = ['department', 'ward', 'commune', 'special-zone'];
const years = fc.array(fc.integer({ min: 2023, max: 2032 }), { maxLength: 7 });

/** A complete set of facts (every fact known), with values around the plan's thresholds. */
export const fullFacts: fc.Arbitrary<Required<{ [K in keyof Facts]: NonNullable<Facts[K]> }>> = fc.record({
  goodConduct: fc.boolean(),
  excellentCompletion: fc.boolean(),
  reformRoles: fc.uniqueArray(fc.constantFrom(...REFORM_ROLES), { maxLength: 3 }),
  directRoleYears: years,
  appliedInitiative: fc.boolean(),
  outstandingAdvisory: fc.boolean(),
  highResponsibility: fc.boolean(),
  selectedByUnit: fc.boolean(),
  initiativeRecognized: fc.boolean(),
  initiativeReplicable: fc.boolean(),
  outstandingReformResults: fc.boolean(),
  reformTargetsMet: fc.boolean(),
  administrativeDiscipline: fc.boolean(),
  noDelaysOrHarassment: fc.boolean(),
  staffViolationCount: fc.integer({ min: 0, max: 2 }),
  outstandingServiceResults: fc.boolean(),
  parIndexRank: fc.integer({ min: 1, max: 8 }),
  leadingInMovement: fc.boolean(),
  periodTargetsExcellent: fc.boolean(),
  recognizedInitiativeCount: fc.integer({ min: 0, max: 3 }),
  outstandingYears: years,
  ratedExemplaryByCommune: fc.boolean(),
  handlesProcedures: fc.boolean(),
  drivesDigitalTransformation: fc.boolean(),
});

/** A nominee's situation: rule set, kind, block, complete facts, and which facts are hidden (unknown). */
export interface Situation {
  ruleSet: RuleSetId;
  kind: NomineeKind;
  block: UnitBlock | undefined;
  facts: Required<{ [K in keyof Facts]: NonNullable<Facts[K]> }>;
  hidden: (keyof Facts)[];
  hideBlock: boolean;
}

export const situation: fc.Arbitrary<Situation> = fc.record({
  ruleSet: fc.constantFrom(...RULE_SET_IDS),
  kind: fc.constantFrom<NomineeKind>('collective', 'individual'),
  block: fc.option(fc.constantFrom(...BLOCKS), { nil: undefined }),
  facts: fullFacts,
  hidden: fc.subarray(Object.keys(fullFactsTemplate()) as (keyof Facts)[]),
  hideBlock: fc.boolean(),
});

function fullFactsTemplate(): Record<keyof Facts, true> {
  return {
    goodConduct: true,
    excellentCompletion: true,
    reformRoles: true,
    directRoleYears: true,
    appliedInitiative: true,
    outstandingAdvisory: true,
    highResponsibility: true,
    selectedByUnit: true,
    initiativeRecognized: true,
    initiativeReplicable: true,
    outstandingReformResults: true,
    reformTargetsMet: true,
    administrativeDiscipline: true,
    noDelaysOrHarassment: true,
    staffViolationCount: true,
    outstandingServiceResults: true,
    parIndexRank: true,
    leadingInMovement: true,
    periodTargetsExcellent: true,
    recognizedInitiativeCount: true,
    outstandingYears: true,
    ratedExemplaryByCommune: true,
    handlesProcedures: true,
    drivesDigitalTransformation: true,
  };
}

/** The nomination for a situation; `partial` leaves the hidden facts (and block) out. */
export function nominationFor(s: Situation, partial: boolean, id = 'n'): Nomination {
  const facts: Record<string, unknown> = { ...s.facts };
  if (partial) for (const k of s.hidden) delete facts[k];
  const block = partial && s.hideBlock ? undefined : s.block;
  return {
    id,
    ruleSet: s.ruleSet,
    ...(s.ruleSet === 'period-2026-2030' ? {} : { year: 2027 }),
    nominee: { kind: s.kind, name: 'Người được đề nghị', unit: { id: 'u', ...(block && { block }) } },
    facts: facts as Facts,
  };
}
