import { expect } from 'vitest';
import {
  allocateQuota,
  evaluateNominationSync,
  type CriterionStatus,
  type Evaluation,
  type Facts,
  type Nomination,
  type NomineeKind,
  type Outcome,
  type Plan,
  type RuleSetId,
} from '../../src/index';
import { findNode } from '../helpers/cases';

/**
 * Scenarios at the edges of the rule files that rules/scenarios/ does not reach, found by the rule
 * mutation test (ruleMutation.test.ts): each tells the plan's rule from a mutant of it that
 * the legal scenarios let pass (a role dropped from a list, a year range moved by one, half of
 * a conjunction dropped, a priority criterion changed, a parameter's first day moved). They
 * belong in rules/scenarios/ eventually; here they run as tests of their own.
 */
export interface BoundaryCase {
  readonly name: string;
  readonly ruleSet: RuleSetId;
  readonly kind: NomineeKind;
  readonly facts: Facts;
  readonly block?: 'department' | 'ward' | 'commune' | 'special-zone';
  readonly expect: {
    readonly outcome: Outcome;
    readonly criteria?: Readonly<Record<string, CriterionStatus>>;
    /** Priority criteria by ID (III.1.2-c, III.2.1.1.b-priority). */
    readonly priority?: Readonly<Record<string, CriterionStatus>>;
  };
}

const grassrootsIndividual: Facts = {
  goodConduct: true,
  excellentCompletion: true,
  appliedInitiative: true,
  handlesProcedures: false,
  drivesDigitalTransformation: false,
};
const periodIndividual: Facts = { goodConduct: true, excellentCompletion: true, outstandingAdvisory: true, directRoleYears: [] };
const periodCollective: Facts = {
  leadingInMovement: false,
  periodTargetsExcellent: false,
  recognizedInitiativeCount: 0,
  outstandingYears: [],
  ratedExemplaryByCommune: false,
};

const G3 = 'III.2.1.1.a-individual-base-3';
const P3 = 'III.2.2.a-individual-base-3';

export const BOUNDARY_CASES: readonly BoundaryCase[] = [
  // III.2.1.1.a-individual-base-3 and the priority criteria of III.1.2-c, III.2.1.1.b-priority: each role alone.
  ...(
    [
      ['direct', 'met', 'not-met'],
      ['in-charge', 'met', 'not-met'],
      ['propose', 'not-met', 'not-met'],
      ['organize', 'met', 'not-met'],
      ['advise', 'met', 'met'],
    ] as const
  ).map(
    ([role, leads, advises]): BoundaryCase => ({
      name: `a grassroots individual whose only role is “${role}” meets base standard 3; direct leadership is ${leads}, advising on reform is ${advises} (${G3}, III.1.2-c, III.2.1.1.b-priority)`,
      ruleSet: 'annual-grassroots',
      kind: 'individual',
      facts: { ...grassrootsIndividual, reformRoles: [role] },
      expect: { outcome: 'eligible', criteria: { [G3]: 'met' }, priority: { 'direct-leadership': leads, 'advises-reform': advises } },
    }),
  ),
  {
    name: `a grassroots individual who directs, is in charge of, proposes and organises, but does not advise, is not prioritised for advising on reform (III.2.1.1.b-priority)`,
    ruleSet: 'annual-grassroots',
    kind: 'individual',
    facts: { ...grassrootsIndividual, reformRoles: ['direct', 'in-charge', 'propose', 'organize'] },
    expect: { outcome: 'eligible', priority: { 'advises-reform': 'not-met', 'direct-leadership': 'met' } },
  },
  {
    name: 'a city-level individual selected by the unit but not outstanding in advising does not meet option 1 (III.2.1.2.a-individual-option-1)',
    ruleSet: 'annual-city',
    kind: 'individual',
    facts: {
      goodConduct: true,
      excellentCompletion: true,
      reformRoles: ['advise'],
      outstandingAdvisory: false,
      selectedByUnit: true,
      initiativeRecognized: false,
    },
    expect: { outcome: 'ineligible', criteria: { 'III.2.1.2.a-individual-option-1': 'not-met' } },
  },
  {
    name: 'a collective that completed the period’s targets excellently without leading the movement does not meet standard 1 (III.2.2.a-collective-1)',
    ruleSet: 'period-2026-2030',
    kind: 'collective',
    facts: { ...periodCollective, periodTargetsExcellent: true },
    expect: { outcome: 'ineligible', criteria: { 'III.2.2.a-collective-1': 'not-met' } },
  },
  {
    name: 'a collective rated exemplary with outstanding years 2028, 2029 and 2030 has three years within the period (III.2.2.a-collective-3)',
    ruleSet: 'period-2026-2030',
    kind: 'collective',
    facts: { ...periodCollective, outstandingYears: [2028, 2029, 2030], ratedExemplaryByCommune: true },
    expect: { outcome: 'eligible', criteria: { 'III.2.2.a-collective-3': 'met' } },
  },
  // III.1.2-c for the period: a direct role, or at least one year of directing within 2026–2030.
  ...(['direct', 'in-charge', 'advise', 'organize'] as const).map(
    (role): BoundaryCase => ({
      name: `a period individual whose only role is “${role}” leads directly, even without three years of it (III.1.2-c, ${P3})`,
      ruleSet: 'period-2026-2030',
      kind: 'individual',
      facts: { ...periodIndividual, reformRoles: [role] },
      expect: { outcome: 'ineligible', criteria: { [P3]: 'not-met' }, priority: { 'direct-leadership': 'met' } },
    }),
  ),
  {
    name: 'a period individual who only proposed and took part does not lead directly (III.1.2-c)',
    ruleSet: 'period-2026-2030',
    kind: 'individual',
    facts: { ...periodIndividual, reformRoles: ['propose', 'participate'] },
    expect: { outcome: 'ineligible', priority: { 'direct-leadership': 'not-met' } },
  },
  ...(
    [
      [[2026], 'met', 'the first year of the period'],
      [[2030], 'met', 'the last year of the period'],
      [[2025, 2031], 'not-met', 'only the years just outside the period'],
    ] as const
  ).map(
    ([years, result, what]): BoundaryCase => ({
      name: `a period individual with no role listed who directed reform in ${what} is ${result === 'met' ? '' : 'not '}prioritised for direct leadership (III.1.2-c)`,
      ruleSet: 'period-2026-2030',
      kind: 'individual',
      facts: { ...periodIndividual, reformRoles: [], directRoleYears: [...years] },
      expect: { outcome: 'ineligible', priority: { 'direct-leadership': result } },
    }),
  ),
];

/** Award money on the first day a base salary is in force, and the day before (parameters/base-salary.json). */
export const MONEY_BOUNDARIES: readonly { readonly name: string; readonly decisionDate: string; readonly moneyVnd: number }[] = [
  {
    name: 'a Giấy khen decided on 30 June 2026 is paid on the base salary of 2,340,000 đồng: 0.3 × 2,340,000 = 702,000, rounded up to 710,000',
    decisionDate: '2026-06-30',
    moneyVnd: 710_000,
  },
  {
    name: 'a Giấy khen decided on 1 July 2026, the day the base salary becomes 2,530,000 đồng, is paid 0.3 × 2,530,000 = 759,000, rounded to 760,000',
    decisionDate: '2026-07-01',
    moneyVnd: 760_000,
  },
];

/** The eligible grassroots individual whose award money MONEY_BOUNDARIES computes. */
export const MONEY_NOMINATION = {
  id: 'hs-tien-thuong',
  ruleSet: 'annual-grassroots',
  year: 2026,
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'phong-vhxh' } },
  facts: { ...grassrootsIndividual, reformRoles: ['advise'] },
  achievements: [{ id: 'sk-2026-07' }],
} as const;

/** The nomination of a boundary case. */
export function boundaryNomination(c: BoundaryCase, index: number): Nomination {
  return {
    id: `bien-${index + 1}`,
    ruleSet: c.ruleSet,
    ...(c.ruleSet !== 'period-2026-2030' && { year: 2026 }),
    nominee: { kind: c.kind, name: 'Người đề nghị', unit: { id: 'phong-vhxh', ...(c.block && { block: c.block }) } },
    facts: c.facts,
  };
}

/** Whether an evaluation is what the boundary case says; throws (an expect) when not. */
export function expectBoundary(e: Evaluation, c: BoundaryCase): void {
  expect(e.outcome).toBe(c.expect.outcome);
  for (const [id, result] of Object.entries(c.expect.criteria ?? {})) expect(findNode(e.criteria, id)?.result, id).toBe(result);
  for (const [id, result] of Object.entries(c.expect.priority ?? {})) {
    expect(e.priority.criteria.find((p) => p.id === id)?.result, `priority ${id}`).toBe(result);
  }
}

/** Whether the money boundaries hold under a plan; throws (an expect) when not. */
export function expectMoneyBoundaries(plan?: Plan): void {
  const e = evaluateNominationSync(MONEY_NOMINATION, plan && { plan });
  for (const b of MONEY_BOUNDARIES) {
    const a = allocateQuota([e], { level: 'annual-grassroots', decisionDate: b.decisionDate, ...(plan && { plan }) });
    expect(
      a.selected.map((s) => s.moneyVnd),
      b.name,
    ).toEqual([b.moneyVnd]);
  }
}
