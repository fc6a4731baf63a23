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
