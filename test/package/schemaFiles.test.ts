import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan, jsonSchema, loadPlan } from '../../src/index';
import { bundledDefinition } from '../helpers/plans';

// The JSON Schemas the package ships (`thi-dua-cchc/schema/*.json`) are written by the build
// (tsup.config.ts, writeDataFiles) from the built library; dist/ is made by
// test/cli/globalSetup.ts. Each file must be exactly what the source's `jsonSchema` gives.
const dist = resolve(__dirname, '../../dist/schema');

describe('the JSON Schema files in dist/schema/ are the source’s jsonSchema', () => {
  it.each([
    ['nomination', 'vi', 'nomination.json'],
    ['nomination', 'en', 'nomination.en.json'],
    ['plan', 'vi', 'plan.json'],
    ['plan', 'en', 'plan.en.json'],
    ['scenarios', 'vi', 'scenarios.json'],
    ['scenarios', 'en', 'scenarios.en.json'],
  ] as const)('%s in %s is dist/schema/%s', (which, lang, file) => {
    const text = readFileSync(resolve(dist, file), 'utf8');
    expect(text).toBe(`${JSON.stringify(jsonSchema(which, lang), null, 2)}\n`);
    expect(text).toContain('"x-i18n"');
  });
});

describe('the plan file in dist/plan.json is the bundled plan', () => {
  const text = readFileSync(resolve(dist, '../plan.json'), 'utf8');

  it('is the JSON of defaultPlan(), which loadPlan reads back as the same plan', () => {
    expect(text).toBe(`${JSON.stringify(defaultPlan(), null, 2)}\n`);
    expect(loadPlan(text)).toStrictEqual(defaultPlan());
  });

  it('holds the rule sets, deadlines, quotas and parameters of rules/', () => {
    const file = JSON.parse(text) as Record<string, unknown>;
    const rules = bundledDefinition();
    for (const part of ['ruleSets', 'deadlines', 'quotas', 'parameters', 'meta'] as const) expect(file[part]).toEqual(rules[part]);
  });
});
