import { describe, expect, it } from 'vitest';
import deadlines from '../../rules/deadlines.json';
import awardCoefficients from '../../rules/parameters/award-coefficients.json';
import baseSalary from '../../rules/parameters/base-salary.json';
import rounding from '../../rules/parameters/rounding.json';
import quotas from '../../rules/quotas.json';
import { CALENDAR_DATA } from '../../src/deadline/calendarData';
import { defaultPlan } from '../../src/plan/defaultPlan';
import { bundledRuleSetParts, defaultRuleSetsPlan } from '../../src/plan/defaultRuleSetsPlan';
import { definePlan, HolidayRulesFileSchema, OfficialDaysOffFileSchema } from '../../src/index';
import { isPlan } from '../../src/plan/finalize';

// The bundled plan and calendar are made from the files of rules/ without checking them at run
// time (src/plan/bundledPlan.ts, src/deadline/holidays.ts). These tests are that check: the
// files pass `definePlan` and the schemas, and what the library makes of them unchecked is
// exactly what the checks would have returned.

// Equal as values (toStrictEqual: same keys, same values, no key left undefined); not always in
// the same key order, since zod writes an object's keys in its schema's order and the files keep
// the order they are read in. No answer of the library depends on that order.

describe('the bundled plan is the plan definePlan makes of rules/', () => {
  const whole = { ...bundledRuleSetParts(), deadlines, quotas, parameters: { baseSalary, awardCoefficients, rounding } };

  it('defaultPlan() is what definePlan returns for the bundled files, to the last key', () => {
    const checked = definePlan(whole);
    expect(defaultPlan()).toStrictEqual(checked);
    expect(defaultPlan().versions).toStrictEqual(checked.versions);
    expect(defaultPlan().versions).toHaveLength(1);
  });

  it('defaultRuleSetsPlan() is what definePlan returns for the metadata, clauses and rule sets alone', () => {
    const checked = definePlan(bundledRuleSetParts());
    expect(defaultRuleSetsPlan()).toStrictEqual(checked);
    expect(defaultRuleSetsPlan().versions).toStrictEqual(checked.versions);
    expect(defaultRuleSetsPlan()).not.toHaveProperty('deadlines');
  });

  it('the bundled plans are plans every function accepts, and frozen to the leaves', () => {
    for (const plan of [defaultPlan(), defaultRuleSetsPlan()]) {
      expect(isPlan(plan)).toBe(true);
      expect(Object.isFrozen(plan)).toBe(true);
      expect(Object.isFrozen(plan.versions)).toBe(true);
      expect(Object.isFrozen(plan.ruleSets['annual-grassroots']?.criteria.individual)).toBe(true);
      expect(Object.isFrozen(plan.clauses[0])).toBe(true);
    }
    expect(Object.isFrozen(defaultPlan().quotas)).toBe(true);
    expect(() => definePlan(defaultPlan())).not.toThrow();
    expect(definePlan(defaultPlan())).toBe(defaultPlan());
  });

  it('an object shaped like the bundled plan but not made by the library is not a plan', () => {
    expect(isPlan({ ...defaultPlan() })).toBe(false);
    expect(isPlan(JSON.parse(JSON.stringify(defaultPlan())))).toBe(false);
  });
});

describe('the bundled calendar is what its schemas make of rules/calendar/', () => {
  it('holiday-rules.json passes HolidayRulesFileSchema unchanged', () => {
    expect(HolidayRulesFileSchema.parse(CALENDAR_DATA.rules)).toStrictEqual(CALENDAR_DATA.rules);
  });

  it.each(Object.keys(CALENDAR_DATA.official))('%s passes OfficialDaysOffFileSchema unchanged', (name) => {
    const file = CALENDAR_DATA.official[name];
    expect(OfficialDaysOffFileSchema.parse(file)).toStrictEqual(file);
    expect(`${file?.year}.json`).toBe(name);
  });
});
