import { describe, expect, it } from 'vitest';
import { evaluateNomination, evaluateNominations, evaluateNominationSync, type Nomination, ValidationError } from '../../src/index';
import { deepFreeze } from '../helpers/deepFreeze';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';
import { asyncIssuesOf, type Found } from '../helpers/issues';

const issuesOf = (input: unknown, options?: unknown): Promise<Found[]> => asyncIssuesOf(() => evaluateNomination(input as never, options as never));

function withFacts(facts: Record<string, unknown>): unknown {
  return { ...eligibleGrassrootsIndividual(), facts };
}

describe('evaluateNomination refuses bad input with a ValidationError naming the path', () => {
  const cases: [string, unknown, { code: string; path: (string | number)[] }][] = [
    ['a nomination that is not an object', 'hello', { code: 'invalid_type', path: [] }],
    ['null', null, { code: 'invalid_type', path: [] }],
    ['a missing id', { ...eligibleGrassrootsIndividual(), id: undefined }, { code: 'invalid_type', path: ['id'] }],
    ['an empty id', { ...eligibleGrassrootsIndividual(), id: '  ' }, { code: 'too_small', path: ['id'] }],
    // Any well-formed ID may be a plan's: one the plan does not declare is refused against the plan.
    [
      'a rule set the plan does not declare',
      { ...eligibleGrassrootsIndividual(), ruleSet: 'annual-province' },
      { code: 'rule_set_not_in_plan', path: ['ruleSet'] },
    ],
    ['a rule set ID that is not well formed', { ...eligibleGrassrootsIndividual(), ruleSet: 'Annual City' }, { code: 'invalid_format', path: ['ruleSet'] }],
    [
      'a rule set named after a property of every object',
      { ...eligibleGrassrootsIndividual(), ruleSet: 'constructor' },
      { code: 'rule_set_not_in_plan', path: ['ruleSet'] },
    ],
    [
      'an unknown nominee kind',
      { ...eligibleGrassrootsIndividual(), nominee: { kind: 'family', name: 'X', unit: { id: 'u' } } },
      { code: 'invalid_value', path: ['nominee', 'kind'] },
    ],
    [
      'an unknown unit block',
      { ...eligibleGrassrootsIndividual(), nominee: { kind: 'collective', name: 'X', unit: { id: 'u', block: 'district' } } },
      { code: 'invalid_value', path: ['nominee', 'unit', 'block'] },
    ],
    ['an annual rule set without a year', { ...eligibleGrassrootsIndividual(), year: undefined }, { code: 'year_required', path: ['year'] }],
    ['a year before the plan period', { ...eligibleGrassrootsIndividual(), year: 2025 }, { code: 'year_out_of_period', path: ['year'] }],
    ['a year after the plan period', { ...eligibleGrassrootsIndividual(), year: 2031 }, { code: 'year_out_of_period', path: ['year'] }],
    ['a year that is not an integer', { ...eligibleGrassrootsIndividual(), year: 2026.5 }, { code: 'invalid_type', path: ['year'] }],
    ['a year given as a string', { ...eligibleGrassrootsIndividual(), year: '2026' }, { code: 'invalid_type', path: ['year'] }],
    ['a boolean fact given as a string', withFacts({ goodConduct: 'có' }), { code: 'invalid_type', path: ['facts', 'goodConduct'] }],
    ['a negative violation count', withFacts({ staffViolationCount: -1 }), { code: 'too_small', path: ['facts', 'staffViolationCount'] }],
    ['a negative initiative count', withFacts({ recognizedInitiativeCount: -2 }), { code: 'too_small', path: ['facts', 'recognizedInitiativeCount'] }],
    ['a fractional count', withFacts({ recognizedInitiativeCount: 1.5 }), { code: 'invalid_type', path: ['facts', 'recognizedInitiativeCount'] }],
    ['a PAR rank of 0', withFacts({ parIndexRank: 0 }), { code: 'too_small', path: ['facts', 'parIndexRank'] }],
    [
      'a year in a list that is not an integer',
      withFacts({ directRoleYears: [2026, 2027.5] }),
      { code: 'invalid_type', path: ['facts', 'directRoleYears', 1] },
    ],
    ['an unknown role', withFacts({ reformRoles: ['advise', 'supervise'] }), { code: 'invalid_value', path: ['facts', 'reformRoles', 1] }],
    ['a misspelt fact', withFacts({ goodConduc: true }), { code: 'unrecognized_keys', path: ['facts'] }],
    ['an unknown top-level field', { ...eligibleGrassrootsIndividual(), note: 'x' }, { code: 'unrecognized_keys', path: [] }],
    [
      'an instant without an offset',
      { ...eligibleGrassrootsIndividual(), submittedAt: '2026-11-19T10:00:00' },
      { code: 'invalid_format', path: ['submittedAt'] },
    ],
    ['an invalid Date', { ...eligibleGrassrootsIndividual(), submittedAt: new Date('nope') }, { code: 'invalid_union', path: ['submittedAt'] }],
    [
      'an instant before 1900, even in a valid ISO form',
      { ...eligibleGrassrootsIndividual(), submittedAt: '0999-11-19T10:00:00Z' },
      { code: 'custom', path: ['submittedAt'] },
    ],
    ['a Date at the end of time', { ...eligibleGrassrootsIndividual(), submittedAt: new Date(8.64e15) }, { code: 'custom', path: ['submittedAt'] }],
    [
      'an achievement without an id',
      { ...eligibleGrassrootsIndividual(), achievements: [{ title: 'x' }] },
      { code: 'invalid_type', path: ['achievements', 0, 'id'] },
    ],
    [
      'a grassroots nomination flagged outside the city quota',
      { ...eligibleGrassrootsIndividual(), outsideQuota: true },
      { code: 'outside_quota_not_allowed', path: ['outsideQuota'] },
    ],
  ];

  it.each(cases)('%s', async (_name, input, expected) => {
    expect(await issuesOf(input)).toContainEqual(expected);
  });

  it('a __proto__ key in facts is refused and pollutes nothing', async () => {
    const input = JSON.parse(
      '{"id":"p","ruleSet":"annual-grassroots","year":2026,"nominee":{"kind":"individual","name":"X","unit":{"id":"u"}},"facts":{"__proto__":{"polluted":true},"goodConduct":true}}',
    ) as unknown;
    expect(await issuesOf(input)).toContainEqual({ code: 'unrecognized_keys', path: ['facts'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a constructor key in facts is refused', async () => {
    const input = JSON.parse(
      '{"id":"p","ruleSet":"annual-grassroots","year":2026,"nominee":{"kind":"individual","name":"X","unit":{"id":"u"}},"facts":{"constructor":{"prototype":{"polluted":true}}}}',
    ) as unknown;
    expect(await issuesOf(input)).toContainEqual({ code: 'unrecognized_keys', path: ['facts'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('every issue carries a message in Vietnamese and in English, and message follows lang', async () => {
    const bad = { ...eligibleGrassrootsIndividual(), year: 2031 };
    const vi = (await evaluateNomination(bad).catch((e: unknown) => e)) as ValidationError;
    const en = (await evaluateNomination(bad, { lang: 'en' }).catch((e: unknown) => e)) as ValidationError;
    expect(vi.issues[0]?.message).toBe('Năm 2031 nằm ngoài giai đoạn 2026 - 2030 của kế hoạch');
    expect(en.issues[0]?.message).toBe("Year 2031 is outside the plan's period 2026–2030");
    expect(vi.issues[0]?.messages).toEqual(en.issues[0]?.messages);
    expect(vi.message).toContain('year');
    expect(vi.name).toBe('ValidationError');
  });

  it('bad options are refused too: an unknown language, an unknown option key', async () => {
    expect(await issuesOf(eligibleGrassrootsIndividual(), { lang: 'fr' })).toContainEqual({ code: 'invalid_value', path: ['options', 'lang'] });
    expect(await issuesOf(eligibleGrassrootsIndividual(), { language: 'en' })).toContainEqual({
      code: 'unrecognized_keys',
      path: ['options'],
    });
  });

  it('a frozen input is evaluated and left exactly as it was', async () => {
    const input = deepFreeze(eligibleGrassrootsIndividual());
    const before = JSON.stringify(input);
    const result = await evaluateNomination(input);
    expect(result.outcome).toBe('eligible');
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('evaluateNominations validates the whole batch before evaluating any of it', () => {
  it('one bad nomination fails the batch, with its index at the start of the path', async () => {
    const good = eligibleGrassrootsIndividual();
    const bad = { ...eligibleGrassrootsIndividual({ id: 'b' }), year: 2019 };
    const error = await evaluateNominations([good, bad, { ...good, id: 'c', ruleSet: 'x' as never }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.code, i.path])).toEqual([
      ['year_out_of_period', [1, 'year']],
      ['rule_set_not_in_plan', [2, 'ruleSet']],
    ]);
  });

  it('a batch that is not an array is refused', async () => {
    const error = await evaluateNominations({ 0: eligibleGrassrootsIndividual() } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
  });
});

// III.1.2-b (an achievement is commended for what it is, once) and III.2.2 (the period's
// summary): an achievement counts for the plan's period 2026–2030 and for the year assessed, not
// for a year before the period or after the assessment.
describe('an achievement’s year lies within the plan’s period and not after the year assessed', () => {
  const annual = (year: number, achievementYear: number) =>
    eligibleGrassrootsIndividual({
      year,
      achievements: [
        { id: 'sk-1', year: 2026 },
        { id: 'sk-2', year: achievementYear },
      ],
    });
  const period = (achievementYear: number) =>
    eligibleGrassrootsIndividual({ ruleSet: 'period-2026-2030', year: undefined, achievements: [{ id: 'sk-1', year: achievementYear }] });

  const refused: [string, Nomination, (string | number)[], string][] = [
    [
      'an achievement of 2019 in a 2026 nomination, before the period',
      annual(2026, 2019),
      ['achievements', 1, 'year'],
      "Year 2019 of achievement “sk-2” is outside 2026–2026: an achievement must lie within the plan's period and not after the assessment year 2026",
    ],
    ['an achievement of 2027 in a 2026 nomination, after the year assessed', annual(2026, 2027), ['achievements', 1, 'year'], 'assessment year 2026'],
    ['an achievement of 2025 in a period nomination, before the period', period(2025), ['achievements', 0, 'year'], 'outside 2026–2030'],
    ['an achievement of 2031 in a period nomination, after the period', period(2031), ['achievements', 0, 'year'], 'outside 2026–2030'],
  ];
  it.each(refused)('%s is refused, the path naming the achievement’s year', async (_name, input, path, words) => {
    const error = await evaluateNomination(input, { lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => [i.code, i.path])).toEqual([['achievement_year_out_of_range', path]]);
    expect(issues[0]?.message).toContain(words);
    expect(issues[0]?.messages.vi).toMatch(/^Năm \d{4} của thành tích “sk-\d” nằm ngoài/u);
  });

  const accepted: [string, Nomination][] = [
    ['an achievement of the year assessed', annual(2027, 2027)],
    ['an achievement of an earlier year of the period', annual(2028, 2026)],
    [
      'achievements of the first and last years of the period in a period nomination',
      {
        ...period(2026),
        achievements: [
          { id: 'a', year: 2026 },
          { id: 'b', year: 2030 },
        ],
      },
    ],
    ['an achievement without a year', eligibleGrassrootsIndividual({ achievements: [{ id: 'sk-1' }] })],
  ];
  it.each(accepted)('%s is accepted', async (_name, input) => {
    expect((await evaluateNomination(input)).nominationId).toBe(input.id);
    expect(evaluateNominationSync(input).nominationId).toBe(input.id);
  });
});
