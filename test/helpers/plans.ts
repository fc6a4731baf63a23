import { definePlan, type Plan } from '../../src/index';
import { readRulesJson } from './rules';

/** The bundled plan's metadata, clauses and rule sets, read from rules/. */
export function ruleSetsDefinition(): Record<string, unknown> {
  return {
    meta: readRulesJson('plan.json'),
    clauses: readRulesJson('clauses.json'),
    ruleSets: ['annual-grassroots.json', 'annual-city.json', 'period-2026-2030.json'].map((f) => readRulesJson(f)),
  };
}

/** The whole bundled plan as data, read from rules/: what definePlan takes. */
export function bundledDefinition(): Record<string, unknown> {
  return {
    ...ruleSetsDefinition(),
    deadlines: readRulesJson('deadlines.json'),
    quotas: readRulesJson('quotas.json'),
    parameters: {
      baseSalary: readRulesJson('parameters/base-salary.json'),
      awardCoefficients: readRulesJson('parameters/award-coefficients.json'),
      rounding: readRulesJson('parameters/rounding.json'),
    },
  };
}

/**
 * The bundled plan as data with one amendment in force from 1/7/2028 that replaces the quotas
 * with the same quotas: two versions that answer alike (as planVersion's example says).
 */
export function amendedDefinition(): Record<string, unknown> {
  return {
    ...bundledDefinition(),
    amendments: [
      {
        kind: 'amendment',
        version: '1.1.0',
        effectiveFrom: '2028-07-01',
        title: { vi: 'Điều chỉnh kế hoạch (ví dụ)', en: 'Amendment (example)' },
        replaces: { quotas: readRulesJson('quotas.json') },
      },
    ],
  };
}

/** A fresh plan with the bundled rule sets: its own compiled criteria and memo, shared with nothing. */
export function freshPlan(): Plan {
  return definePlan(ruleSetsDefinition());
}

/**
 * The bundled plan as data with a made-up amendment of III.2.1.2.a-collective-2 in force from
 * `effectiveFrom`: a commune (or ward, special zone) must rank in the top 3 of the PAR index,
 * not the top 5. The README's recipe makes the same plan from the shipped plan file.
 */
export function topThreeDefinition(effectiveFrom: string): Record<string, unknown> {
  const city = structuredClone(readRulesJson('annual-city.json')) as {
    criteria: { collective: { children: { id: string; conditions: { any: { all: { value: unknown }[] }[] } }[] } };
  };
  const node = city.criteria.collective.children.find((c) => c.id === 'III.2.1.2.a-collective-2')!;
  const rank = node.conditions.any[1]!.all[1]!;
  if (rank.value !== 5) throw new Error('annual-city.json: the top 5 of communes is no longer where this helper looks');
  rank.value = 3;
  return {
    ...bundledDefinition(),
    amendments: [
      {
        kind: 'amendment',
        version: '1.1.0',
        effectiveFrom,
        title: { vi: 'Điều chỉnh tiêu chí (ví dụ)', en: 'Criterion amended (example)' },
        replaces: { ruleSets: [city] },
      },
    ],
  };
}
