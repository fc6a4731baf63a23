import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateQuota,
  checkDeadline,
  defaultPlan,
  definePlan,
  evaluateNominationsSync,
  loadPlan,
  PlanDefinitionSchema,
  RULE_SET_IDS,
  type Nomination,
  type Plan,
} from '../../src/index';
import { nominationFor, situation } from '../helpers/arbitraries';
import { amendedDefinition, bundledDefinition } from '../helpers/plans';
import { readRulesJson } from '../helpers/rules';
import { FC_RUNS } from '../reliability/support/runs';

const RUNS = Math.min(FC_RUNS, 300);

/** The bundled plan with a real amendment: a stricter city threshold and the quotas again, from 1/1/2028. */
function amended(): Plan {
  const def = amendedDefinition() as { amendments: { effectiveFrom: string; replaces: Record<string, unknown> }[] };
  const city = structuredClone(readRulesJson('annual-city.json')) as { version?: string };
  def.amendments[0]!.effectiveFrom = '2028-01-01';
  def.amendments[0]!.replaces['ruleSets'] = [city];
  return definePlan(def);
}

const viaJson = (plan: Plan): Plan => loadPlan(JSON.stringify(plan));

describe("a plan's JSON is its plan file, the one format loadPlan reads", () => {
  it('the bundled plan written as JSON is a plan definition that PlanDefinitionSchema accepts', () => {
    const file = JSON.parse(JSON.stringify(defaultPlan())) as Record<string, unknown>;
    expect(PlanDefinitionSchema.safeParse(file).success).toBe(true);
    expect(Object.keys(file)).toEqual(['meta', 'clauses', 'ruleSets', 'deadlines', 'quotas', 'parameters']);
  });

  it('loadPlan of defaultPlan() as JSON gives back the same plan', () => {
    expect(viaJson(defaultPlan())).toStrictEqual(defaultPlan());
    expect(loadPlan(JSON.parse(JSON.stringify(defaultPlan())))).toStrictEqual(defaultPlan());
  });

  it('the bundled files of rules/ and the plan file give the same plan', () => {
    expect(viaJson(defaultPlan())).toStrictEqual(definePlan(bundledDefinition()));
  });

  it('an amended plan keeps every version through JSON, each amendment written as it replaced its parts', () => {
    const plan = amended();
    const back = viaJson(plan);
    expect(back.versions.map((v) => [v.version, v.effectiveFrom, v.amendment?.replaced])).toEqual([
      ['1.0.0', '2026-07-01', undefined],
      ['1.1.0', '2028-01-01', ['ruleSets/annual-city', 'quotas']],
    ]);
    expect(back).toStrictEqual(plan);
    // Whichever version is written, the file holds them all.
    expect(viaJson(plan.versions[0]!)).toStrictEqual(plan);
  });
});

describe('a plan read back from its JSON answers exactly as the plan written', () => {
  const plans: [string, () => Plan][] = [
    ['the bundled plan', defaultPlan],
    ['the bundled plan amended from 1/1/2028', amended],
  ];
  for (const [name, make] of plans) {
    it(`${name}: the same evaluations, deadline checks and allocations for generated nominations`, () => {
      const plan = make();
      const back = viaJson(plan);
      fc.assert(
        fc.property(
          fc.constantFrom(...RULE_SET_IDS),
          fc.constantFrom('collective', 'individual'),
          fc.array(situation, { minLength: 1, maxLength: 8 }),
          fc.constantFrom(2026, 2027, 2028, 2029),
          fc.boolean(),
          (ruleSet, kind, situations, year, partial) => {
            const batch: Nomination[] = situations.map((s, i) => ({
              ...nominationFor({ ...s, ruleSet, kind }, partial, `n${i}`),
              ...(ruleSet !== 'period-2026-2030' && { year }),
            }));
            let own: ReturnType<typeof evaluateNominationsSync>;
            try {
              own = evaluateNominationsSync(batch, { plan });
            } catch (error) {
              expect(() => evaluateNominationsSync(batch, { plan: back })).toThrow(error as Error);
              return;
            }
            const theirs = evaluateNominationsSync(batch, { plan: back });
            expect(theirs).toStrictEqual(own);
            const options = { level: ruleSet, decisionDate: `${year}-12-15`, ...(ruleSet !== 'annual-city' && { budgetVnd: 5_000_000 }) };
            expect(allocateQuota(theirs, { ...options, plan: back })).toStrictEqual(allocateQuota(own, { ...options, plan }));
            for (const track of ['annual-grassroots', 'annual-city'] as const) {
              const input = { track, year, submittedAt: `${year}-11-20T10:00:00+07:00` };
              expect(checkDeadline(input, { plan: back })).toStrictEqual(checkDeadline(input, { plan }));
            }
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
