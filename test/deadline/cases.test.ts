import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeadline } from '../../src/index';
import { DeadlineCheckSchema } from '../../src/schemas';
import { deadlineExercise } from '../helpers/exercises';
import { readRulesJson } from '../helpers/rules';

/** A deadline scenario of rules/scenarios/deadlines.json. */
interface DeadlineCase {
  name: string;
  clause: string;
  input: Record<string, unknown>;
  expect: {
    onTime?: boolean | null;
    reading?: string;
    submittedAt?: string | null;
    asOf?: string | null;
    milestones: Record<string, Record<string, unknown>>;
  };
  /** The clauses the case exercises, met (on time) or not met (late): see the file's description. */
  exercises?: Record<string, 'met' | 'not-met'>;
}

const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/scenarios/deadlines.json', import.meta.url)), 'utf8')) as {
  clause: string;
  cases: DeadlineCase[];
};

// The legal scenarios of rules/scenarios/deadlines.json, through the public API, in both languages.
describe(`${file.clause} deadlines (deadlines.json)`, () => {
  for (const c of file.cases) {
    it(c.name, () => {
      for (const lang of ['vi', 'en'] as const) {
        const check = checkDeadline(c.input as never, { lang });
        expect(DeadlineCheckSchema.parse(check)).toEqual(check);
        const { milestones, ...top } = c.expect;
        expect(check).toMatchObject(top);
        for (const [id, expected] of Object.entries(milestones)) {
          const m = check.milestones.find((x) => x.id === id);
          expect(m, `milestone ${id}`).toBeDefined();
          expect(m).toMatchObject(expected);
        }
        expect(check.clause).toBe(c.clause);
        for (const [clause, result] of Object.entries(c.exercises ?? {})) {
          expect(deadlineExercise(check, clause), `exercises ${clause}`).toBe(result);
        }
        expect(check.notes.length).toBeGreaterThan(0);
        for (const note of check.notes) expect(note).toMatch(/^\[III\.3(\.[0-9]+-[a-z-]+)?\] /);
      }
    });
  }
});

describe('traceability of III.3', () => {
  const clauses = readRulesJson<{ clauses: { id: string; kind: string }[] }>('clauses.json').clauses;
  const deadlineClauses = clauses.filter((c) => c.kind === 'clause' && c.id.startsWith('III.3')).map((c) => c.id);

  it('every III.3 clause of the plan has scenarios', () => {
    expect(deadlineClauses.sort()).toEqual(['III.3.1-ad-hoc', 'III.3.1-city', 'III.3.1-grassroots', 'III.3.2-period']);
    for (const id of deadlineClauses) expect(file.cases.filter((c) => c.clause === id).length, id).toBeGreaterThan(0);
  });

  it('every scenario names its clause in its sentence', () => {
    for (const c of file.cases) expect(c.name).toContain(`(${c.clause})`);
  });

  it('the scenarios cover every status a milestone can have', () => {
    const statuses = new Set(file.cases.flatMap((c) => Object.values(c.expect.milestones).map((m) => m['status'])));
    expect([...statuses].sort()).toEqual(['closed', 'late', 'not-applicable', 'on-time', 'open', 'unknown']);
  });
});
