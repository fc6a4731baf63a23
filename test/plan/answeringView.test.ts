import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/plan/answering/ holds the bundled plan as the three functions read it: the files of
// rules/ without the text written for readers that no answer reads. This test makes each of
// those files from its file in rules/ (a file snapshot): after a change to rules/, run
//   npx vitest run test/plan/answeringView.test.ts -u
// and commit both. test/plan/answeringPlan.test.ts checks that the answers are the same with
// the whole plan (defaultPlan()), so that nothing an answer reads is ever left out here.
const root = resolve(__dirname, '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;

/** `value` without the properties named `keys`, at any depth. */
function without(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)).map(([k, v]) => [k, without(v, keys)]));
}

type Json = Record<string, unknown>;

/**
 * What is left out, file by file (the rule sets and the deadlines are read whole). Kept: everything a function reads, including the deadlines'
 * notes (checkDeadline quotes them), the parameters' references and confidence (allocateQuota's
 * notes cite them), every criterion's quote and gloss, and the holidays' names.
 */
const VIEWS: readonly { from: string; to: string; view: (json: Json) => unknown; left: string }[] = [
  {
    from: 'rules/plan.json',
    to: 'plan.json',
    view: (j: Json) => ({ ...j, issuedAt: without(j['issuedAt'], ['note']), legalBases: [] }),
    left: 'the legal bases and the note on the date of issue',
  },
  { from: 'rules/quotas.json', to: 'quotas.json', view: (j: Json) => without(j, ['note', 'description']), left: 'the notes explaining each rule' },
  ...['base-salary', 'award-coefficients', 'rounding'].map((id) => ({
    from: `rules/parameters/${id}.json`,
    to: `${id}.json`,
    view: (j: Json) => without(j, ['note', 'description']),
    left: 'the descriptions and notes',
  })),
  ...['holiday-rules', '2026'].map((id) => ({
    from: `rules/calendar/${id}.json`,
    to: `calendar-${id}.json`,
    view: (j: Json) => without(j, ['note', 'reference', 'sources', 'confidence', 'method']),
    left: 'the notes, references, sources and confidence of each day off',
  })),
];

describe('the bundled plan as the functions read it is made from rules/', () => {
  it.each(VIEWS.map((v) => [v.to, v] as const))('src/plan/answering/%s is its file of rules/ without %s', async (_to, v) => {
    const original = read(v.from) as Json;
    const view = v.view(original);
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(original).length);
    await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(resolve(root, 'src/plan/answering', v.to));
  });

  it('every file of rules/ the functions read through src/plan/answering/ has its view here', () => {
    const index = readFileSync(resolve(root, 'src/plan/answering/index.ts'), 'utf8');
    const imported = [...index.matchAll(/from '\.\/([^']+\.json)'/g)].map((m) => m[1]).sort();
    expect(imported).toEqual(VIEWS.map((v) => v.to).sort());
  });
});
