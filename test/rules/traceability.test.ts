import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationsOf, exercisesOf, loadTraceabilitySources, traceability } from '../../docs/build/traceability.mjs';

// The same check as the docs build (docs/build/build.mjs): every clause of the plan is cited
// by a rule node and exercised, met and not met, by a scenario of rules/scenarios/ that its runner
// checks against the library (expect.criteria, or an `exercises` annotation).
const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = loadTraceabilitySources(root);
const { rows, problems } = traceability(sources);

describe('traceability of the plan', () => {
  it('has no gap: every clause has a rule node citing it and scenarios where it is met and not met', () => {
    expect(problems).toEqual([]);
  });

  it('lists every clause of kind "clause" in rules/clauses.json, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(sources.clauses.filter((c) => c.kind === 'clause').map((c) => c.id));
    expect(rows.length).toBe(38);
  });

  it('finds each kind of citation: criterion nodes, basis, awards, priority criteria, deadline milestones and quota entries', () => {
    const roles = new Set(rows.flatMap((r) => r.citations.map((c) => c.role)));
    for (const role of ['criterion', 'basis', 'award', 'priority', 'milestone', 'track', 'quota: quantity', 'quota: discretionary']) {
      expect(roles, role).toContain(role);
    }
  });

  it('only the ad-hoc clause, which has no calendar deadline, goes without a not-met scenario', () => {
    expect(rows.filter((r) => r.noCalendarDeadline).map((r) => r.id)).toEqual(['III.3.1-ad-hoc']);
    expect(rows.filter((r) => r.notMet.length === 0).map((r) => r.id)).toEqual(['III.3.1-ad-hoc']);
  });

  it('reports a clause that no rule cites and no scenario exercises', () => {
    const clauses = [...sources.clauses, { id: 'III.9-test', kind: 'clause', section: 'III.9', summary: { en: 'x' } }];
    expect(traceability({ ...sources, clauses }).problems).toEqual([
      'III.9-test: no rule node cites it',
      'III.9-test: no scenario exercises it met',
      'III.9-test: no scenario exercises it not met',
    ]);
  });

  it('reports an annotation naming a clause that clauses.json does not list, or a result that is neither met nor not-met', () => {
    const caseFiles = [
      ...sources.caseFiles,
      { file: 'extra.json', data: { cases: [{ name: 'a stray case', exercises: { 'III.9-nowhere': 'met', 'III.1.1': 'maybe' } }] } },
    ];
    expect(traceability({ ...sources, caseFiles }).problems).toEqual([
      'extra.json case "a stray case" names III.9-nowhere, which rules/clauses.json does not list',
      'extra.json case "a stray case" marks III.1.1 "maybe": an exercise is met or not-met',
    ]);
  });

  it('reads a criterion node, a basis and a clause field as citations, and not the facts of conditions', () => {
    const data = {
      clause: 'S',
      basis: ['B'],
      criteria: { individual: { id: 'G', logic: 'all', children: [{ id: 'L', conditions: { all: [{ fact: 'clause', operator: 'equal', value: 'X' }] } }] } },
    };
    expect(citationsOf('f.json', data).map((c) => [c.clause, c.path.join('.'), c.role])).toEqual([
      ['S', 'clause', 'file'],
      ['B', 'basis.0', 'basis'],
      ['G', 'criteria.individual.id', 'criterion'],
      ['L', 'criteria.individual.children.0.id', 'criterion'],
    ]);
  });

  it('reads met and not-met from expect.criteria and from exercises, per nomination in quota scenarios, and leaves unknown out', () => {
    const data = {
      cases: [
        { name: 'one', expect: { criteria: { A: 'met', B: 'unknown' } }, exercises: { C: 'not-met' } },
        { name: 'two', expect: {}, exercises: { D: { met: ['n1'], 'not-met': ['n2', 'n3'] } } },
      ],
    };
    expect(exercisesOf('f.json', data).map((e) => [e.name, e.clause, e.result, e.via, e.nominations])).toEqual([
      ['one', 'A', 'met', 'expect.criteria', undefined],
      ['one', 'C', 'not-met', 'exercises', undefined],
      ['two', 'D', 'met', 'exercises', ['n1']],
      ['two', 'D', 'not-met', 'exercises', ['n2', 'n3']],
    ]);
  });
});
