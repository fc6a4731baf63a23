import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allocateQuota, checkDeadline, definePlan, evaluateNominationSync, evaluateNominationsSync, ValidationError, type Lang } from '../../src/index';
import { evaluationCaseFiles, nominationOf } from '../helpers/cases';
import { ruleSetsDefinition } from '../helpers/plans';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// Golden answers: every text the library writes (reasons, notes, explanations, issue
// messages), in both languages, for the legal scenarios of rules/scenarios/ and for a set of bad
// inputs, kept in __snapshots__/golden.test.ts.snap. (Allocations have one snapshot per scenario
// of quotas.json, in test/quota/fullAnswers.test.ts.) A change of wording, of a number's
// format, of a date, of a clause cited or of an issue's path shows up here as a diff to
// review (and to accept with `vitest -u` when it is meant). Mutation testing showed these
// texts were otherwise barely checked.

const LANGS: readonly Lang[] = ['vi', 'en'];

describe('golden answers for the scenarios of test/cases/', () => {
  for (const { file, data } of evaluationCaseFiles()) {
    it(`evaluations of ${file}: outcome, missing facts, reasons and priority in both languages`, () => {
      const out = data.cases.map((c, index) => {
        const n = nominationOf(data, c, index);
        const [vi, en] = LANGS.map((lang) => evaluateNominationSync(n, { lang }));
        return {
          name: c.name,
          outcome: vi!.outcome,
          missingFacts: vi!.missingFacts,
          priority: vi!.priority,
          award: vi!.award.id,
          vi: vi!.reasons,
          en: en!.reasons,
        };
      });
      expect(out).toMatchSnapshot();
    });
  }

  it('deadline checks of deadlines.json: statuses, days and notes in both languages', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/scenarios/deadlines.json', import.meta.url)), 'utf8')) as {
      cases: { name: string; input: unknown }[];
    };
    const out = file.cases.map((c) => {
      const [vi, en] = LANGS.map((lang) => checkDeadline(c.input as never, { lang }));
      return {
        name: c.name,
        onTime: vi!.onTime,
        submittedAt: vi!.submittedAt,
        asOf: vi!.asOf,
        milestones: vi!.milestones.map((m) => [
          m.id,
          m.status,
          m.dueBefore,
          m.lastDay,
          m.lastInstant,
          m.lastWorkingDay,
          m.daysLeft ?? null,
          m.daysOffAtEnd.map((d) => d.date),
        ]),
        vi: [vi!.title, ...vi!.milestones.map((m) => `${m.label}: ${m.from.name} → ${m.to.name}`), ...vi!.notes],
        en: [en!.title, ...en!.milestones.map((m) => `${m.label}: ${m.from.name} → ${m.to.name}`), ...en!.notes],
      };
    });
    expect(out).toMatchSnapshot();
  });
});

/** The issues of a refused call, in both languages. */
function refusal(call: (lang: Lang) => unknown): unknown {
  return Object.fromEntries(
    LANGS.map((lang) => {
      try {
        call(lang);
        return [lang, 'accepted'];
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        return [lang, { message: e.message, issues: e.issues.map((i) => [i.code, i.path.join('.'), i.message]) }];
      }
    }),
  );
}

describe('golden refusals: the issues of bad inputs, in both languages', () => {
  const n = eligibleGrassrootsIndividual();
  const bad: [string, unknown][] = [
    ['not an object', 42],
    ['null', null],
    ['an empty object', {}],
    ['no rule set', { ...n, ruleSet: undefined }],
    ['an unknown rule set', { ...n, ruleSet: 'annual-province' }],
    ['a year outside the period', { ...n, year: 2031 }],
    ['no year for an annual rule set', { ...n, year: undefined }],
    ['a year that is not an integer', { ...n, year: 2026.5 }],
    ['a year as a string', { ...n, year: '2026' }],
    ['a year that is NaN', { ...n, year: Number.NaN }],
    ['a name given as a list', { ...n, nominee: { ...n.nominee, name: ['Nguyễn Thị Lan'] } }],
    ['an empty id', { ...n, id: '  ' }],
    ['an id of 201 characters', { ...n, id: 'x'.repeat(201) }],
    ['a misspelt fact', { ...n, facts: { ...n.facts, goodConduc: true } }],
    ['a fact of the wrong type', { ...n, facts: { ...n.facts, goodConduct: 'yes' } }],
    ['an unknown role', { ...n, facts: { ...n.facts, reformRoles: ['lead'] } }],
    ['21 roles', { ...n, facts: { ...n.facts, reformRoles: new Array(21).fill('advise') } }],
    ['a negative violation count', { ...n, facts: { ...n.facts, staffViolationCount: -1 } }],
    ['a rank of 0', { ...n, facts: { ...n.facts, parIndexRank: 0 } }],
    ['a year of 1899 in a list', { ...n, facts: { ...n.facts, directRoleYears: [1899] } }],
    ['an unknown nominee kind', { ...n, nominee: { ...n.nominee, kind: 'team' } }],
    ['an unknown block', { ...n, nominee: { ...n.nominee, unit: { id: 'u', block: 'district' } } }],
    ['an unknown key in the unit', { ...n, nominee: { ...n.nominee, unit: { id: 'u', code: 1 } } }],
    ['an instant without an offset', { ...n, submittedAt: '2026-11-19T10:00:00' }],
    ['an invalid Date', { ...n, submittedAt: new Date(Number.NaN) }],
    ['outside the quota at grassroots level', { ...n, outsideQuota: true }],
    ['101 achievements', { ...n, achievements: new Array(101).fill({ id: 'a' }) }],
    ['an unknown key at the top', { ...n, extra: 1 }],
  ];
  it('evaluateNominationSync refuses each with issues at the right paths', () => {
    expect(bad.map(([what, input]) => [what, refusal((lang) => evaluateNominationSync(input as never, { lang }))])).toMatchSnapshot();
  });

  it('evaluateNominationsSync reports the issues of a batch with their indexes', () => {
    expect(
      refusal((lang) => evaluateNominationsSync([n, { ...n, id: 'b', year: 2031 }, { ...n, id: 'c', facts: { x: 1 } as never }], { lang })),
    ).toMatchSnapshot();
    expect(refusal((lang) => evaluateNominationsSync('not a list' as never, { lang }))).toMatchSnapshot();
  });

  it('checkDeadline refuses bad tracks, years, instants and options', () => {
    const inputs: unknown[] = [
      {},
      { track: 'annual' },
      { track: 'annual-city' },
      { track: 'annual-city', year: 2031 },
      { track: 'annual-grassroots', year: 2026, submittedAt: 'yesterday' },
      { track: 'annual-grassroots', year: 2026, asOf: new Date(Number.NaN) },
      { track: 'annual-grassroots', year: 2026, periodSummaryDeadline: '2030-01-01' },
      { track: 'period-2026-2030', periodSummaryDeadline: '2031-01-01' },
      { track: 'period-2026-2030', periodSummaryDeadline: '2030-02-30' },
      { track: 'ad-hoc', reading: 'loose' },
    ];
    expect(inputs.map((input) => refusal((lang) => checkDeadline(input as never, { lang })))).toMatchSnapshot();
    expect(refusal((lang) => checkDeadline({ track: 'ad-hoc' }, { lang, when: 'now' } as never))).toMatchSnapshot();
  });

  it('allocateQuota refuses bad options and evaluations it did not make', () => {
    const e = evaluateNominationSync(n);
    const cases: [unknown, Record<string, unknown>][] = [
      [[e], {}],
      [[e], { level: 'annual-city' }],
      [[e], { level: 'annual-grassroots', budgetVnd: 1_000_000 }],
      [[e], { level: 'annual-grassroots', budgetVnd: -1, decisionDate: '2026-11-25' }],
      [[e], { level: 'annual-grassroots', decisionDate: '2020-01-01' }],
      [[e], { level: 'annual-city', budgetVnd: 1_000_000, decisionDate: '2026-11-25' }],
      [[e, e], { level: 'annual-grassroots' }],
      [[{ ...e, outcome: 'eligible', criteria: { ...e.criteria, result: 'not-met' } }], { level: 'annual-grassroots' }],
      [[{ ...e, planVersion: '0.9' }], { level: 'annual-grassroots' }],
      [[{ ...e, priority: { ...e.priority, score: 9 } }], { level: 'annual-grassroots' }],
      [
        [
          { ...e, year: 2027 },
          { ...e, nominationId: 'b' },
        ],
        { level: 'annual-grassroots' },
      ],
      [[{ nominationId: 'x' }], { level: 'annual-grassroots' }],
      ['not a list', { level: 'annual-grassroots' }],
    ];
    expect(cases.map(([evaluations, options]) => refusal((lang) => allocateQuota(evaluations, { ...options, lang } as never)))).toMatchSnapshot();
  });

  it('definePlan refuses rule files with unknown clauses, facts, operators and values', () => {
    const change = (f: (def: Record<string, any>) => void): unknown => {
      const def = ruleSetsDefinition() as Record<string, any>;
      f(def);
      return def;
    };
    const defs: unknown[] = [
      {},
      change((d) => (d['meta'].period = { from: 2031, to: 2026 })),
      change((d) => (d['ruleSets'][0].clause = 'III.9')),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'goodConduc', operator: 'equal', value: true })),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'goodConduct', operator: 'lessThan', value: true })),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'goodConduct', operator: 'equal', value: 1 })),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'parIndexRank', operator: 'lessThan', value: 'three' })),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'reformRoles', operator: 'someFact:in', value: [] })),
      change(
        (d) =>
          (d['ruleSets'][0].criteria.individual.children[0].conditions = {
            fact: 'outstandingYears',
            operator: 'countDistinctInRange',
            value: { from: 2030, to: 2026, atLeast: 1 },
          }),
      ),
      change((d) => (d['ruleSets'][0].criteria.individual.children[0].conditions = { fact: 'goodConduct', operator: 'startsWith', value: true })),
      change((d) => d['ruleSets'].push(d['ruleSets'][0])),
      change((d) => d['meta'].ruleSets.pop()),
    ];
    expect(defs.map((def) => refusal((lang) => definePlan(def, { lang })))).toMatchSnapshot();
  });
});
