import { beforeAll, describe, expect, it } from 'vitest';
import {
  allocateQuota,
  definePlan,
  evaluateNominations,
  ISSUE_CODES,
  ValidationError,
  type AllocateOptions,
  type Evaluation,
  type Nomination,
} from '../../src/index';
import { ISSUE_MESSAGES } from '../../src/validation/issueMessages';
import { deepFreeze } from '../helpers/deepFreeze';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';
import { ruleSetsDefinition } from '../helpers/plans';
import { fullPlanDefinition } from './helpers';
import { issuesOf as issuesOfCall, type Found } from '../helpers/issues';

const issuesOf = (evaluations: unknown, options: unknown): Found[] => issuesOfCall(() => allocateQuota(evaluations, options as AllocateOptions));

let grassroots: Evaluation[];
let city: Evaluation[];

function nomination(id: string, overrides: Partial<Nomination> = {}): Nomination {
  return eligibleGrassrootsIndividual({ id, achievements: [{ id: `tk-${id}` }], ...overrides });
}

beforeAll(async () => {
  grassroots = await evaluateNominations([nomination('a'), nomination('b')]);
  city = await evaluateNominations([
    {
      id: 'c',
      ruleSet: 'annual-city',
      year: 2026,
      nominee: { kind: 'individual', name: 'Phạm Văn Cường', unit: { id: 'xa-vinh-bao', block: 'commune' } },
      facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], outstandingAdvisory: true, selectedByUnit: true },
    },
  ]);
});

const GR = { level: 'annual-grassroots' } as const;

describe('allocateQuota refuses what is not an evaluation of evaluateNomination, with the path', () => {
  const cases: [string, () => unknown[], Found][] = [
    ['a string in place of an evaluation', () => [grassroots[0], 'hello'], { code: 'not_an_evaluation', path: [1] }],
    ['a nomination in place of its evaluation', () => [nomination('x')], { code: 'not_an_evaluation', path: [0] }],
    ['an evaluation without its outcome', () => [{ ...grassroots[0], outcome: undefined }], { code: 'invalid_value', path: [0, 'outcome'] }],
    ['an evaluation with an unknown outcome', () => [{ ...grassroots[0], outcome: 'selected' }], { code: 'invalid_value', path: [0, 'outcome'] }],
    ['an evaluation with an extra field', () => [{ ...grassroots[0], rank: 1 }], { code: 'unrecognized_keys', path: [0] }],
    [
      'an evaluation whose criteria root is broken',
      () => [{ ...grassroots[0], criteria: { ...grassroots[0]!.criteria, text: { vi: 'x' } } }],
      { code: 'invalid_type', path: [0, 'criteria', 'text', 'en'] },
    ],
    [
      'an evaluation whose criteria children are not a list',
      () => [{ ...grassroots[0], criteria: { ...grassroots[0]!.criteria, children: { id: 'x' } } }],
      { code: 'invalid_type', path: [0, 'criteria', 'children'] },
    ],
    [
      'an outcome that does not follow from the criteria (a forged eligible)',
      () => [{ ...grassroots[0], outcome: 'ineligible' }],
      { code: 'evaluation_outcome_mismatch', path: [0, 'outcome'] },
    ],
    [
      'a priority score that does not count the criteria met',
      () => [{ ...grassroots[0], priority: { ...grassroots[0]!.priority, score: 5 } }],
      { code: 'evaluation_score_mismatch', path: [0, 'priority', 'score'] },
    ],
    [
      'priority criteria that are not the rule set’s',
      () => [{ ...grassroots[0], priority: { score: 0, criteria: [] } }],
      { code: 'evaluation_priority_mismatch', path: [0, 'priority', 'criteria'] },
    ],
    [
      'an award the rule set does not give',
      () => [{ ...grassroots[0], award: { ...grassroots[0]!.award, id: 'bang-khen-chu-tich-ubnd-thanh-pho' } }],
      { code: 'evaluation_award_mismatch', path: [0, 'award', 'id'] },
    ],
    [
      'a criteria tree of another kind of nominee',
      () => [{ ...grassroots[0], criteria: { ...grassroots[0]!.criteria, id: 'III.2.1.1.a-collective' } }],
      { code: 'evaluation_root_mismatch', path: [0, 'criteria', 'id'] },
    ],
    ['an evaluation of another rule set than the level', () => [grassroots[0], city[0]], { code: 'rule_set_mismatch', path: [1, 'ruleSet'] }],
    ['an evaluation made under another plan', () => [{ ...grassroots[0], planId: 'hai-phong-2026' }], { code: 'plan_mismatch', path: [0, 'planId'] }],
    ['an evaluation made under another plan version', () => [{ ...grassroots[0], planVersion: '0.9.0' }], { code: 'plan_mismatch', path: [0, 'planVersion'] }],
    ['the same nomination twice', () => [grassroots[0], grassroots[1], grassroots[0]], { code: 'duplicate_id', path: [2, 'nominationId'] }],
    ['an annual batch mixing assessment years', () => [grassroots[0], { ...grassroots[1], year: 2027 }], { code: 'year_mismatch', path: [1, 'year'] }],
    ['an annual evaluation without a year', () => [{ ...grassroots[0], year: null }], { code: 'year_required', path: [0, 'year'] }],
    [
      'a grassroots evaluation flagged outside the quota',
      () => [{ ...grassroots[0], outsideQuota: true }],
      { code: 'outside_quota_not_allowed', path: [0, 'outsideQuota'] },
    ],
  ];

  it.each(cases)('%s', (_name, batch, expected) => {
    expect(issuesOf(batch(), GR)).toContainEqual(expected);
  });

  it('a batch that is not an array is refused at the root', () => {
    expect(issuesOf({ 0: grassroots[0] }, GR)).toEqual([{ code: 'invalid_type', path: [] }]);
    expect(issuesOf(null, GR)).toEqual([{ code: 'invalid_type', path: [] }]);
  });

  it('a value that is not an evaluation says so first, then what zod found, under its index', () => {
    const found = issuesOf([grassroots[0], { nominationId: 'x' }], GR);
    expect(found[0]).toEqual({ code: 'not_an_evaluation', path: [1] });
    expect(found.length).toBeGreaterThan(1);
    for (const f of found) expect(f.path[0]).toBe(1);
  });

  it('every problem of the batch is reported at once', () => {
    const found = issuesOf(['x', { ...grassroots[0], planId: 'other' }, city[0]], GR);
    expect(found).toContainEqual({ code: 'not_an_evaluation', path: [0] });
    expect(found).toContainEqual({ code: 'plan_mismatch', path: [1, 'planId'] });
    expect(found).toContainEqual({ code: 'rule_set_mismatch', path: [2, 'ruleSet'] });
  });

  it('a repeated nomination ID is reported in its place, among the issues of its evaluation, each time it repeats', () => {
    const other = { ...grassroots[1]!, planId: 'other' };
    const again = { ...grassroots[0]!, planId: 'other' };
    expect(issuesOf([grassroots[0], other, again, 'x', grassroots[0]], GR)).toEqual([
      { code: 'plan_mismatch', path: [1, 'planId'] },
      { code: 'duplicate_id', path: [2, 'nominationId'] },
      { code: 'plan_mismatch', path: [2, 'planId'] },
      { code: 'not_an_evaluation', path: [3] },
      expect.objectContaining({ path: [3] }),
      { code: 'duplicate_id', path: [4, 'nominationId'] },
    ]);
  });

  it('a nomination ID typed with combining marks repeats the same ID typed precomposed', () => {
    const precomposed = { ...grassroots[0]!, nominationId: 'hồ-sơ-1' };
    const combining = { ...grassroots[1]!, nominationId: 'hồ-sơ-1'.normalize('NFD') };
    expect(issuesOf([precomposed, combining], GR)).toEqual([{ code: 'duplicate_id', path: [1, 'nominationId'] }]);
  });

  it('does not check again the criteria below the root, which the allocation never reads', () => {
    const pruned = grassroots.map((e) => ({ ...e, criteria: { ...e.criteria, children: [{ note: 'not a criterion' }] } }));
    expect(allocateQuota(pruned, GR)).toStrictEqual(allocateQuota(grassroots, GR));
  });

  it('an evaluation stored as JSON and read back is accepted, and gives the same allocation', () => {
    const stored = JSON.parse(JSON.stringify(grassroots)) as unknown[];
    expect(allocateQuota(stored, GR)).toStrictEqual(allocateQuota(grassroots, GR));
  });

  it('an evaluation that only zod can vouch for (an optional key present as undefined) is accepted like the plain one', () => {
    const withUndefined = grassroots.map((e) => ({ ...e, submittedAt: undefined }));
    expect(allocateQuota(withUndefined, GR)).toStrictEqual(allocateQuota(grassroots, GR));
  });
});

describe('allocateQuota refuses bad options, with paths under options', () => {
  const cases: [string, unknown, Found][] = [
    ['no options at all', undefined, { code: 'invalid_type', path: ['options'] }],
    ['no level', {}, { code: 'invalid_type', path: ['options', 'level'] }],
    // Any well-formed ID may be a plan's: one the plan does not declare is refused against the plan.
    ['a level the plan does not declare', { level: 'annual-province' }, { code: 'rule_set_not_in_plan', path: ['options', 'level'] }],
    ['a level named after a property of every object', { level: 'constructor' }, { code: 'rule_set_not_in_plan', path: ['options', 'level'] }],
    ['a level that is not a well-formed ID', { level: 'annual city' }, { code: 'invalid_format', path: ['options', 'level'] }],
    ['an unknown option', { ...GR, budget: 1 }, { code: 'unrecognized_keys', path: ['options'] }],
    ['a negative budget', { ...GR, budgetVnd: -1, decisionDate: '2026-11-25' }, { code: 'too_small', path: ['options', 'budgetVnd'] }],
    ['a budget in fractions of a đồng', { ...GR, budgetVnd: 1.5, decisionDate: '2026-11-25' }, { code: 'invalid_type', path: ['options', 'budgetVnd'] }],
    ['a budget given as text', { ...GR, budgetVnd: '1520000', decisionDate: '2026-11-25' }, { code: 'invalid_type', path: ['options', 'budgetVnd'] }],
    ['a budget without a decision date', { ...GR, budgetVnd: 1_520_000 }, { code: 'decision_date_required', path: ['options', 'decisionDate'] }],
    ['a rounding mode without a decision date', { ...GR, rounding: 'up' }, { code: 'decision_date_required', path: ['options', 'decisionDate'] }],
    ['an unknown rounding mode', { ...GR, rounding: 'bankers', decisionDate: '2026-11-25' }, { code: 'invalid_value', path: ['options', 'rounding'] }],
    [
      'a budget at the city level, where the city pays',
      { level: 'annual-city', budgetVnd: 10_000_000, decisionDate: '2027-03-31' },
      { code: 'budget_not_applicable', path: ['options', 'budgetVnd'] },
    ],
    ['a day that does not exist', { ...GR, decisionDate: '2026-02-30' }, { code: 'invalid_format', path: ['options', 'decisionDate'] }],
    ['a date written the Vietnamese way', { ...GR, decisionDate: '25/11/2026' }, { code: 'invalid_format', path: ['options', 'decisionDate'] }],
    ['a date and time instead of a date', { ...GR, decisionDate: '2026-11-25T10:00:00+07:00' }, { code: 'invalid_format', path: ['options', 'decisionDate'] }],
    [
      'a decision date before the coefficients of Decree 152/2025',
      { ...GR, decisionDate: '2025-06-30' },
      { code: 'parameter_not_in_force', path: ['options', 'decisionDate'] },
    ],
    ['an unknown language', { ...GR, lang: 'fr' }, { code: 'invalid_value', path: ['options', 'lang'] }],
    ['history that is not a list', { ...GR, history: { achievementId: 'x' } }, { code: 'invalid_type', path: ['options', 'history'] }],
    [
      'an earlier award without its achievement',
      { ...GR, history: [{ award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }] },
      { code: 'invalid_type', path: ['options', 'history', 0, 'achievementId'] },
    ],
    [
      'an earlier award with an invalid date',
      { ...GR, history: [{ achievementId: 'x', award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-13-01' }] },
      { code: 'invalid_format', path: ['options', 'history', 0, 'decidedOn'] },
    ],
    [
      'an earlier award with an extra field',
      { ...GR, history: [{ achievementId: 'x', award: 'a', decidedOn: '2025-11-28', by: 'x' }] },
      { code: 'unrecognized_keys', path: ['options', 'history', 0] },
    ],
    [
      'an earlier award with an empty award',
      { ...GR, history: [{ achievementId: 'x', award: ' ', decidedOn: '2025-11-28' }] },
      { code: 'too_small', path: ['options', 'history', 0, 'award'] },
    ],
  ];

  it.each(cases)('%s', (_name, options, expected) => {
    expect(issuesOf(grassroots, options)).toContainEqual(expected);
  });

  it('a plan without quota rules cannot allocate', () => {
    const plan = definePlan(ruleSetsDefinition());
    expect(issuesOf([], { ...GR, plan })).toEqual([{ code: 'quota_rules_not_in_plan', path: ['options', 'level'] }]);
  });

  it('a plan without a rule set for the level cannot allocate it', () => {
    const def = fullPlanDefinition();
    const ruleSets = (def['ruleSets'] as { id: string }[]).filter((r) => r.id !== 'annual-city');
    const quotas = def['quotas'] as { levels: Record<string, unknown> };
    const { 'annual-city': _city, ...levels } = quotas.levels;
    const meta = { ...(def['meta'] as object), ruleSets: ['annual-grassroots', 'period-2026-2030'] };
    const plan = definePlan({ ...def, meta, ruleSets, quotas: { ...quotas, levels } });
    expect(issuesOf([], { level: 'annual-city', plan })).toEqual([{ code: 'rule_set_not_in_plan', path: ['options', 'level'] }]);
    expect(() => allocateQuota([], { level: 'annual-city', plan, lang: 'en' })).toThrow('Plan “vinh-bao-cchc-2026-2030” has no rule set “annual-city”');
  });

  it('a plan without parameters cannot compute award money, but can allocate without it', () => {
    const { parameters: _p, ...def } = fullPlanDefinition();
    const plan = definePlan(def);
    expect(issuesOf([], { ...GR, plan, decisionDate: '2026-11-25' })).toEqual([{ code: 'parameters_not_in_plan', path: ['options', 'plan'] }]);
    expect(allocateQuota([], { ...GR, plan }).totals).toEqual({ collectives: 0, individuals: 0, moneyVnd: null });
  });

  it('evaluations made under the bundled plan are refused under another plan version', () => {
    const def = fullPlanDefinition();
    const plan = definePlan({ ...def, meta: { ...(def['meta'] as object), version: '1.1.0' } });
    expect(issuesOf(grassroots, { ...GR, plan })).toEqual([
      { code: 'plan_mismatch', path: [0, 'planVersion'] },
      { code: 'plan_mismatch', path: [1, 'planVersion'] },
    ]);
  });

  it('options are checked before the evaluations, in the language asked for', () => {
    try {
      allocateQuota('x', { level: 'annual-grassroots', budgetVnd: -5, decisionDate: '2026-11-25', lang: 'en' });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const e = error as ValidationError;
      expect(e.lang).toBe('en');
      expect(e.issues.map((i) => i.path)).toEqual([['options', 'budgetVnd']]);
      expect(e.issues[0]?.message).toBe('Must be ≥ 0');
    }
  });
});

describe('the messages of the allocation issues, in both languages', () => {
  const codes = [
    'rule_set_mismatch',
    'plan_mismatch',
    'year_mismatch',
    'outside_quota_not_allowed',
    'budget_not_applicable',
    'decision_date_required',
    'parameter_not_in_force',
    'quota_rules_not_in_plan',
    'parameters_not_in_plan',
  ] as const;

  it('every code is an issue code with a Vietnamese and an English message', () => {
    for (const code of codes) {
      expect(ISSUE_CODES).toContain(code);
      const m = (ISSUE_MESSAGES[code] as (p: object) => { vi: string; en: string })({
        level: 'annual-city',
        payer: 'city',
        planId: 'p',
        ruleSet: 'r',
        field: 'ID',
        value: 'v',
        expected: 'e',
        year: 2027,
        parameter: 'base-salary',
        date: '2024-06-30',
        from: '2024-07-01',
      });
      expect(m.vi.length).toBeGreaterThan(10);
      expect(m.en.length).toBeGreaterThan(10);
      expect(m.vi).not.toBe(m.en);
    }
  });

  it('a budget at the city level is explained in Vietnamese by default', () => {
    try {
      allocateQuota(city, { level: 'annual-city', budgetVnd: 1, decisionDate: '2027-03-31' });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toBe(
        'Kinh phí khen thưởng của xã không áp dụng cho cấp “annual-city”: tiền thưởng do thành phố chi',
      );
    }
  });

  it('an inconsistent evaluation says what does not fit', () => {
    try {
      allocateQuota([{ ...grassroots[0], outcome: 'ineligible' }], { ...GR, lang: 'en' });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toBe('Not a result of evaluateNomination: the outcome does not follow from the criteria (met)');
    }
  });
});

describe('allocateQuota says what is wrong with an evaluation, in Vietnamese and in English', () => {
  const e = () => grassroots[0] as Evaluation;
  // [sentence, batch, expected issues as [code, path, Vietnamese, English]]
  const cases: [string, () => unknown, [string, (string | number)[], string, string][]][] = [
    [
      'a batch that is null is named null',
      () => null,
      [['invalid_type', [], 'Sai kiểu dữ liệu: cần danh sách (mảng), nhận được null', 'Wrong type: expected an array, received null']],
    ],
    [
      'a batch that is an object is named an object',
      () => ({ 0: e() }),
      [['invalid_type', [], 'Sai kiểu dữ liệu: cần danh sách (mảng), nhận được đối tượng', 'Wrong type: expected an array, received an object']],
    ],
    [
      'a nomination ID given as a number names what zod received',
      () => [{ ...e(), nominationId: 5 }],
      [
        ['not_an_evaluation', [0], 'Không phải kết quả của evaluateNomination', 'Not a result of evaluateNomination'],
        ['invalid_type', [0, 'nominationId'], 'Sai kiểu dữ liệu: cần chuỗi ký tự, nhận được số', 'Wrong type: expected a string, received a number'],
      ],
    ],
    [
      'another plan ID names both plans',
      () => [{ ...e(), planId: 'khac' }],
      [
        [
          'plan_mismatch',
          [0, 'planId'],
          'Kết quả đánh giá theo kế hoạch ID “khac”, khác kế hoạch đang dùng “vinh-bao-cchc-2026-2030”: cần đánh giá lại',
          'The evaluation was made under plan ID “khac”, not the plan in use, “vinh-bao-cchc-2026-2030”: evaluate it again',
        ],
      ],
    ],
    [
      'an evaluation of another plan is not judged against this plan’s rule set (its forged outcome is not reported)',
      () => [{ ...e(), planId: 'khac', outcome: 'ineligible', award: { ...e().award, id: 'x' } }],
      [
        [
          'plan_mismatch',
          [0, 'planId'],
          'Kết quả đánh giá theo kế hoạch ID “khac”, khác kế hoạch đang dùng “vinh-bao-cchc-2026-2030”: cần đánh giá lại',
          'The evaluation was made under plan ID “khac”, not the plan in use, “vinh-bao-cchc-2026-2030”: evaluate it again',
        ],
      ],
    ],
    [
      'an award the rule set does not give names the award it gives',
      () => [{ ...e(), award: { ...e().award, id: 'x' } }],
      [
        [
          'evaluation_award_mismatch',
          [0, 'award', 'id'],
          'Không phải kết quả của evaluateNomination: bộ tiêu chí annual-grassroots tặng “giay-khen-chu-tich-ubnd-xa”',
          'Not a result of evaluateNomination: rule set annual-grassroots gives “giay-khen-chu-tich-ubnd-xa”',
        ],
      ],
    ],
    [
      'a criteria root of another rule names the root expected',
      () => [{ ...e(), criteria: { ...e().criteria, id: 'y' } }],
      [
        [
          'evaluation_root_mismatch',
          [0, 'criteria', 'id'],
          'Không phải kết quả của evaluateNomination: tiêu chí gốc phải là “III.2.1.1.a-individual”',
          'Not a result of evaluateNomination: the criteria root must be “III.2.1.1.a-individual”',
        ],
      ],
    ],
    [
      'the rule set’s priority criteria in another order are not its priority criteria',
      () => [{ ...e(), priority: { ...e().priority, criteria: [...e().priority.criteria].reverse() } }],
      [
        [
          'evaluation_priority_mismatch',
          [0, 'priority', 'criteria'],
          'Không phải kết quả của evaluateNomination: cần các tiêu chí ưu tiên handles-procedures, advises-reform, digital-transformation, effective-initiative, direct-leadership',
          'Not a result of evaluateNomination: the priority criteria must be handles-procedures, advises-reform, digital-transformation, effective-initiative, direct-leadership',
        ],
      ],
    ],
    [
      'a grassroots evaluation outside the quota names the level',
      () => [{ ...e(), outsideQuota: true }],
      [
        [
          'outside_quota_not_allowed',
          [0, 'outsideQuota'],
          'Cấp “annual-grassroots” không có đề nghị ngoài chỉ tiêu: quy định chỉ tiêu của kế hoạch không cho phép đề nghị ngoài chỉ tiêu (discretionary) ở cấp này',
          'Level “annual-grassroots” has no proposals outside the quota: the quota rules of the plan allow none (discretionary) at this level',
        ],
      ],
    ],
    [
      'an annual evaluation without a year names the rule set',
      () => [{ ...e(), year: null }],
      [
        [
          'year_required',
          [0, 'year'],
          '“annual-grassroots” xét theo năm: cần năm đánh giá (year)',
          '“annual-grassroots” is annual: the assessment year (year) is required',
        ],
      ],
    ],
  ];

  it.each(cases)('%s', (_name, batch, expected) => {
    for (const lang of ['vi', 'en'] as const) {
      try {
        allocateQuota(batch(), { ...GR, lang });
        throw new Error('expected a ValidationError');
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        const found = (error as ValidationError).issues.map((i) => [i.code, [...i.path], i.message]);
        expect(found).toEqual(expected.map(([code, path, vi, en]) => [code, path, lang === 'vi' ? vi : en]));
      }
    }
  });

  it('a plan that lacks the level, its quota rules or its parameters is named in the message', () => {
    const messageOf = (options: AllocateOptions): string => {
      try {
        allocateQuota([], options);
      } catch (error) {
        return (error as ValidationError).issues.map((i) => i.message).join(' | ');
      }
      throw new Error('expected a ValidationError');
    };
    const rules = definePlan(ruleSetsDefinition());
    expect(messageOf({ ...GR, plan: rules, lang: 'en' })).toBe('Plan “vinh-bao-cchc-2026-2030” has no quota rules for level “annual-grassroots”');
    const { parameters: _p, ...def } = fullPlanDefinition();
    expect(messageOf({ ...GR, plan: definePlan(def), decisionDate: '2026-11-25', lang: 'en' })).toBe(
      'Plan “vinh-bao-cchc-2026-2030” has no award money parameters (base salary, coefficients, rounding)',
    );
  });
});

describe('allocateQuota reads each evaluation’s achievements and priorities as given', () => {
  it('an achievement listed twice in one nomination is one achievement, listed once', () => {
    const twice = { ...(grassroots[0] as Evaluation), achievements: [{ id: 'tk-a' }, { id: 'tk-a' }, { id: 'tk-a2' }] };
    const a = allocateQuota([twice], GR);
    expect(a.selected.map((s) => s.achievementIds)).toEqual([['tk-a', 'tk-a2']]);
    expect(a.duplicates).toEqual([]);
  });

  it('an entry lists exactly the priority criteria met, in the rule set’s order, and its tier is the prioritised one, not their number', () => {
    const e = grassroots[0] as Evaluation;
    const met = e.priority.criteria.filter((p) => p.result === 'met').map((p) => p.id);
    expect(met.length).toBeGreaterThan(0);
    const a = allocateQuota([e], GR);
    expect(a.selected.map((s) => [s.priorityMet, s.priorityScore])).toEqual([[met, 1]]);
  });
});

describe('allocateQuota never changes its input', () => {
  it('works on deeply frozen evaluations and options, with the same result', () => {
    const options = {
      ...GR,
      budgetVnd: 760_000,
      decisionDate: '2026-11-25',
      history: [{ achievementId: 'tk-old', award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }],
    };
    const expected = allocateQuota(structuredClone(grassroots), structuredClone(options));
    const frozen = deepFreeze(structuredClone(grassroots));
    expect(allocateQuota(frozen, deepFreeze(structuredClone(options)))).toStrictEqual(expected);
  });

  it('leaves evaluations and options exactly as they were', () => {
    const evs = structuredClone(grassroots);
    const options = { ...GR, budgetVnd: 760_000, decisionDate: '2026-11-25', history: [{ achievementId: ' tk-a ', award: 'x', decidedOn: '2025-11-28' }] };
    const before = structuredClone({ evs, options });
    const result = allocateQuota(evs, options);
    expect({ evs, options }).toStrictEqual(before);
    result.selected[0]?.achievementIds.push('changed');
    result.notSelected[0]?.priorityMet.push('changed');
    expect(evs).toStrictEqual(before.evs);
  });

  it('a __proto__ nomination or unit ID pollutes nothing', async () => {
    const evs = await evaluateNominations([
      nomination('__proto__', { nominee: { kind: 'individual', name: 'X', unit: { id: '__proto__' } } }),
      nomination('constructor', { achievements: [{ id: '__proto__' }] }),
    ]);
    const a = allocateQuota(evs, GR);
    expect(a.selected.map((e) => e.nominationId).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['achievementIds']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('nominationId');
  });
});
