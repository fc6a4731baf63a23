import { describe, expect, it } from 'vitest';
import { CALENDAR_DATA } from '../../src/deadline/calendarData';
import { answeringPlan, answeringRuleSetsPlan } from '../../src/plan/answeringPlan';
import { bundledParts, defaultPlan } from '../../src/plan/defaultPlan';
import { definePlan } from '../../src/index';
import { HolidayRulesFileSchema, OfficialDaysOffFileSchema } from '../../src/schemas';
import { asPlan, isPlan } from '../../src/plan/finalize';
import { readRulesJson } from '../helpers/rules';

// The bundled plan and calendar are made from the files of rules/ without checking them at run
// time (src/plan/bundledPlan.ts, src/deadline/holidays.ts). These tests are that check: the
// files pass `definePlan` and the schemas, and what the library makes of them unchecked is
// exactly what the checks would have returned.

// Equal as values (toStrictEqual: same keys, same values, no key left undefined); not always in
// the same key order, since zod writes an object's keys in its schema's order and the files keep
// the order they are read in. No answer of the library depends on that order.

describe('the bundled plan is the plan definePlan makes of rules/', () => {
  it('defaultPlan() is what definePlan returns for the bundled files, to the last key', () => {
    const checked = definePlan(bundledParts());
    expect(defaultPlan()).toStrictEqual(checked);
    expect(defaultPlan().versions).toStrictEqual(checked.versions);
    expect(defaultPlan().versions).toHaveLength(1);
    expect(defaultPlan().clauses.length).toBeGreaterThan(50);
    expect(defaultPlan().meta.legalBases.length).toBeGreaterThan(0);
  });

  // The plans the functions use when given none (src/plan/answering.ts): the same files less the
  // text no answer reads. test/plan/answeringPlan.test.ts checks the answers are the same.
  it('the functions’ own plans share the whole plan’s deadlines, and leave out its clause list, legal bases and readers’ notes', () => {
    const whole = defaultPlan();
    const withoutNotes = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'note' || k === 'items' ? undefined : x)));
    for (const plan of [answeringPlan(), answeringRuleSetsPlan()]) {
      expect(plan.ruleSets).toStrictEqual(withoutNotes(whole.ruleSets));
      expect(plan.meta.period).toStrictEqual(withoutNotes(whole.meta.period));
      expect([plan.id, plan.version, plan.effectiveFrom]).toEqual([whole.id, whole.version, whole.effectiveFrom]);
      expect(plan.clauses).toEqual([]);
      expect(plan.meta.legalBases).toEqual([]);
    }
    expect(answeringPlan().deadlines).toBe(whole.deadlines);
    const without = (v: unknown, keys: readonly string[]): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (keys.includes(k) ? undefined : x)));
    expect(answeringPlan().quotas?.levels).toStrictEqual(without(whole.quotas?.levels, ['note']));
    expect(answeringPlan().parameters).toStrictEqual(without(whole.parameters, ['note', 'description']));
    expect(answeringPlan().quotas?.ranking).not.toHaveProperty('note');
    expect(answeringRuleSetsPlan()).not.toHaveProperty('deadlines');
    // The evaluators read the quota rules for the levels that allow proposals outside the quota.
    expect(answeringRuleSetsPlan().quotas).toStrictEqual(answeringPlan().quotas);
    expect(answeringRuleSetsPlan()).not.toHaveProperty('parameters');
  });

  it('the bundled plans are plans every function accepts, and frozen to the leaves', () => {
    for (const plan of [defaultPlan(), answeringPlan(), answeringRuleSetsPlan()]) {
      expect(isPlan(plan)).toBe(true);
      expect(Object.isFrozen(plan)).toBe(true);
      expect(Object.isFrozen(plan.versions)).toBe(true);
      expect(Object.isFrozen(plan.ruleSets['annual-grassroots']?.criteria.individual)).toBe(true);
      expect(Object.isFrozen(plan.meta.period)).toBe(true);
    }
    expect(Object.isFrozen(defaultPlan().clauses[0])).toBe(true);
    expect(Object.isFrozen(defaultPlan().quotas)).toBe(true);
    expect(Object.isFrozen(answeringPlan().parameters?.baseSalary)).toBe(true);
    expect(() => definePlan(defaultPlan())).not.toThrow();
    expect(definePlan(defaultPlan())).toBe(defaultPlan());
  });

  it('a plan is recognised by what it is: an unchanged copy is one, a changed one or a look-alike is not', () => {
    // Unchanged copies: a spread, a structured clone. JSON is the plan file, for loadPlan.
    expect(isPlan({ ...defaultPlan() })).toBe(true);
    expect(isPlan(JSON.parse(JSON.stringify(defaultPlan())))).toBe(false);
    expect(isPlan(structuredClone(defaultPlan()))).toBe(true);
    // Changed after definePlan made it: the seal no longer matches.
    expect(isPlan({ ...defaultPlan(), id: 'other' })).toBe(false);
    const clone = structuredClone(defaultPlan()) as unknown as { meta: { period: { to: number } } };
    clone.meta.period.to = 2035;
    expect(isPlan(clone)).toBe(false);
    // Shaped like a plan without being one: no kind, another format, no seal, a forged seal.
    const { kind: _kind, ...noKind } = structuredClone(defaultPlan()) as unknown as Record<string, unknown>;
    expect(isPlan(noKind)).toBe(false);
    expect(isPlan({ ...defaultPlan(), format: 2 })).toBe(false);
    expect(isPlan({ ...defaultPlan(), seal: undefined })).toBe(false);
    expect(isPlan({ ...defaultPlan(), seal: 'abc' })).toBe(false);
    expect(isPlan(bundledParts())).toBe(false);
  });

  it('a copy of a plan is used as the plan it is: rebuilt once, frozen, the same object for the same copy', () => {
    const clone = structuredClone(defaultPlan());
    const plan = asPlan(clone);
    expect(plan).toStrictEqual(defaultPlan());
    expect(asPlan(clone)).toBe(plan);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(plan?.versions).toContain(plan);
  });
});

// The library reads the calendar files less their notes and references (src/plan/answering.ts,
// through src/plan/answeringView.ts): the files themselves are checked.
describe('the bundled calendar files are what their schemas make of them', () => {
  it('holiday-rules.json passes HolidayRulesFileSchema unchanged', () => {
    const file = readRulesJson('calendar/holiday-rules.json');
    expect(HolidayRulesFileSchema.parse(file)).toStrictEqual(file);
  });

  it.each(Object.keys(CALENDAR_DATA.official))('%s passes OfficialDaysOffFileSchema unchanged, and the library reads it for its year', (name) => {
    const file = readRulesJson(`calendar/${name}`);
    expect(OfficialDaysOffFileSchema.parse(file)).toStrictEqual(file);
    expect(`${CALENDAR_DATA.official[name]?.year}.json`).toBe(name);
  });
});
