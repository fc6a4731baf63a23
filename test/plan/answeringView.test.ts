import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answeringView } from '../../src/plan/answeringView';
import { ANSWERING_CALENDAR, answeringParts } from '../../src/plan/answering';
import { bundledParts } from '../../src/plan/defaultPlan';
import { readRulesJson } from '../helpers/rules';

// src/plan/answering.ts imports files of rules/; the build and these tests serve it each one
// through src/plan/answeringView.ts (an esbuild plugin in tsup.config.ts, a vite plugin in the
// vitest configs), so that the functions read them without the text written for readers.
// test/plan/answeringPlan.test.ts checks that nothing an answer reads is left out.

/** `json`'s property names, at any depth. */
function keysIn(json: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    }
  };
  walk(json);
  return keys;
}

const parts = answeringParts();
const parameters = parts.parameters as Record<string, unknown>;

/** What src/plan/answering.ts gives of each file of rules/ it reads that has text left out, and what is left out. */
const TRIMMED: readonly (readonly [string, unknown, readonly string[]])[] = [
  ['quotas.json', parts.quotas, ['note', 'description']],
  ['parameters/base-salary.json', parameters['baseSalary'], ['description']],
  ['parameters/award-coefficients.json', parameters['awardCoefficients'], ['note', 'description']],
  ['parameters/rounding.json', parameters['rounding'], ['note', 'description']],
  ['calendar/holiday-rules.json', ANSWERING_CALENDAR.rules, ['note', 'reference', 'confidence', 'method']],
  ['calendar/2026.json', ANSWERING_CALENDAR.official['2026.json'], ['note', 'reference', 'sources', 'confidence']],
];

describe('the functions read the files of rules/ through answeringView', () => {
  it.each(TRIMMED)('rules/%s: what the library imports is its view, which leaves out every %j', (file, imported, gone) => {
    const whole = readRulesJson(file);
    expect(imported).toStrictEqual(answeringView(`rules/${file}`, whole));
    for (const key of gone) expect(keysIn(whole), `rules/${file} has no ${key} to leave out`).toContain(key);
    for (const key of gone) expect(keysIn(imported)).not.toContain(key);
    expect(JSON.stringify(imported).length).toBeLessThan(JSON.stringify(whole).length);
  });

  it('rules/plan.json: its view leaves out the legal bases and the notes on the date of issue and the criteria date, and nothing else', () => {
    const whole = readRulesJson<Record<string, unknown>>('plan.json');
    expect(parts.meta).toStrictEqual(answeringView('rules/plan.json', whole));
    expect((whole['legalBases'] as unknown[]).length).toBeGreaterThan(0);
    const { note, ...issuedAt } = whole['issuedAt'] as Record<string, unknown>;
    expect(note).toBeDefined();
    const period = JSON.parse(JSON.stringify(whole['period'], (k, v: unknown) => (k === 'note' ? undefined : v))) as unknown;
    expect(parts.meta).toStrictEqual({ ...whole, issuedAt, period, legalBases: [] });
  });

  it('the rule sets leave out the readers’ notes and item lists of criteria; the deadlines are read whole, as the very module defaultPlan() reads', () => {
    const whole = bundledParts();
    const trimmed = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'note' || k === 'items' ? undefined : x)));
    expect(parts.ruleSets).toStrictEqual(['annual-grassroots.json', 'annual-city.json', 'period-2026-2030.json'].map((f) => trimmed(readRulesJson(f))));
    expect(JSON.stringify(whole.ruleSets)).toContain('"note"');
    expect(parts.deadlines).toStrictEqual(readRulesJson('deadlines.json'));
    expect(parts.deadlines).toBe(whole.deadlines);
    // The files trimmed are other modules: defaultPlan() keeps their readers' text.
    expect(parts.quotas).not.toBe(whole.quotas);
    expect(whole.quotas).toStrictEqual(readRulesJson('quotas.json'));
  });

  it('every file of rules/ that src/plan/answering.ts imports has a view; a file with none is refused', () => {
    const source = readFileSync(new URL('../../src/plan/answering.ts', import.meta.url), 'utf8');
    const imported = [...source.matchAll(/from '\.\.\/\.\.\/(rules\/[^']+\.json)'/g)].map((m) => m[1]!);
    expect(imported).toHaveLength(11);
    for (const path of imported) expect(() => answeringView(path, readRulesJson(path.slice('rules/'.length)))).not.toThrow();
    expect(() => answeringView('rules/clauses.json', readRulesJson('clauses.json'))).toThrow(/no view of rules\/clauses\.json/);
    expect(() => answeringView('elsewhere/quotas.json', {})).toThrow(/no view/);
  });
});
