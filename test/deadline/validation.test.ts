import { describe, expect, it } from 'vitest';
import { checkDeadline, definePlan, ValidationError } from '../../src/index';
import { readRulesJson, RULE_SET_FILES } from '../helpers/rules';
import { issuesOf as issuesOfCall, type Found } from '../helpers/issues';

const issuesOf = (input: unknown, options?: unknown): Found[] => issuesOfCall(() => checkDeadline(input as never, options as never));

const grassroots = { track: 'annual-grassroots', year: 2026 };

describe('checkDeadline refuses bad input with a ValidationError naming the path', () => {
  const cases: [string, unknown, { code: string; path: (string | number)[] }][] = [
    ['an input that is not an object', 'annual-grassroots', { code: 'invalid_type', path: [] }],
    ['null', null, { code: 'invalid_type', path: [] }],
    ['a missing track', { year: 2026 }, { code: 'invalid_type', path: ['track'] }],
    // Any well-formed ID may be a plan's: one the plan does not declare is refused against the plan.
    ['a track the plan does not declare', { track: 'annual-province', year: 2026 }, { code: 'track_not_in_plan', path: ['track'] }],
    ['a track ID that is not well formed', { track: 'Annual_City', year: 2026 }, { code: 'invalid_format', path: ['track'] }],
    ['an annual grassroots track without a year', { track: 'annual-grassroots' }, { code: 'year_required', path: ['year'] }],
    ['an annual city track without a year', { track: 'annual-city' }, { code: 'year_required', path: ['year'] }],
    ['a year before the plan period', { ...grassroots, year: 2025 }, { code: 'year_out_of_period', path: ['year'] }],
    ['a year after the plan period', { ...grassroots, year: 2031 }, { code: 'year_out_of_period', path: ['year'] }],
    ['a year outside the period on a track that does not need one', { track: 'ad-hoc', year: 2024 }, { code: 'year_out_of_period', path: ['year'] }],
    ['a fractional year', { ...grassroots, year: 2026.5 }, { code: 'invalid_type', path: ['year'] }],
    ['a year given as a string', { ...grassroots, year: '2026' }, { code: 'invalid_type', path: ['year'] }],
    ['an instant without an offset', { ...grassroots, submittedAt: '2026-11-19T23:59:00' }, { code: 'invalid_format', path: ['submittedAt'] }],
    ['an impossible date alone (30 February)', { ...grassroots, submittedAt: '2026-02-30' }, { code: 'invalid_format', path: ['submittedAt'] }],
    ['an impossible instant (13th month)', { ...grassroots, asOf: '2026-13-01T00:00:00Z' }, { code: 'invalid_format', path: ['asOf'] }],
    ['an impossible instant (30 February)', { ...grassroots, submittedAt: '2026-02-30T08:00:00+07:00' }, { code: 'invalid_format', path: ['submittedAt'] }],
    ['an invalid Date', { ...grassroots, submittedAt: new Date('not a date') }, { code: 'invalid_type', path: ['submittedAt'] }],
    ['an invalid Date for asOf', { ...grassroots, asOf: new Date(Number.NaN) }, { code: 'invalid_type', path: ['asOf'] }],
    ['an instant given as a number', { ...grassroots, asOf: 1795107599999 }, { code: 'invalid_type', path: ['asOf'] }],
    ['a Date at the end of time, which has no Vietnam date', { ...grassroots, asOf: new Date(8.64e15) }, { code: 'custom', path: ['asOf'] }],
    ['an instant before 1900', { ...grassroots, submittedAt: '1899-12-31T16:59:59Z' }, { code: 'custom', path: ['submittedAt'] }],
    ['an instant after 2200', { ...grassroots, submittedAt: '2201-01-01T00:00:00+07:00' }, { code: 'custom', path: ['submittedAt'] }],
    ['an unknown reading', { ...grassroots, reading: 'lenient' }, { code: 'invalid_value', path: ['reading'] }],
    [
      'an impossible period-summary date',
      { track: 'period-2026-2030', periodSummaryDeadline: '2030-02-30' },
      { code: 'invalid_format', path: ['periodSummaryDeadline'] },
    ],
    [
      'a period-summary date with a time',
      { track: 'period-2026-2030', periodSummaryDeadline: '2030-02-01T00:00:00Z' },
      { code: 'invalid_format', path: ['periodSummaryDeadline'] },
    ],
    [
      'a period-summary date outside the plan period',
      { track: 'period-2026-2030', periodSummaryDeadline: '2031-01-15' },
      { code: 'year_out_of_period', path: ['periodSummaryDeadline'] },
    ],
    [
      'a period-summary date before the plan period',
      { track: 'period-2026-2030', periodSummaryDeadline: '2025-12-31' },
      { code: 'year_out_of_period', path: ['periodSummaryDeadline'] },
    ],
    [
      'a period-summary date on an annual track',
      { ...grassroots, periodSummaryDeadline: '2026-11-15' },
      { code: 'not_for_track', path: ['periodSummaryDeadline'] },
    ],
    ['an unknown key', { ...grassroots, deadline: '2026-11-20' }, { code: 'unrecognized_keys', path: [] }],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(issuesOf(input)).toContainEqual(expected);
  });

  it('all the problems of an input are reported together', () => {
    expect(issuesOf({ track: 'annual-grassroots', year: 2031, periodSummaryDeadline: '2030-01-01' })).toEqual([
      { code: 'year_out_of_period', path: ['year'] },
      { code: 'not_for_track', path: ['periodSummaryDeadline'] },
    ]);
  });

  it('messages are in Vietnamese and English, and message follows lang', () => {
    const vi = (() => {
      try {
        checkDeadline({ track: 'annual-grassroots' });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error('expected a ValidationError');
    })();
    expect(vi.issues[0]?.message).toBe('“annual-grassroots” xét theo năm: cần năm đánh giá (year)');
    expect(vi.issues[0]?.messages.en).toBe('“annual-grassroots” is annual: the assessment year (year) is required');
    let en: ValidationError | undefined;
    try {
      checkDeadline({ ...grassroots, submittedAt: new Date('x') } as never, { lang: 'en' });
    } catch (e) {
      en = e as ValidationError;
    }
    expect(en?.issues[0]?.message).toBe(
      'Wrong type: expected an instant (an ISO 8601 string with an offset, or a Date), received an invalid Date (Invalid Date)',
    );
    expect(en?.issues[0]?.messages.vi).toBe(
      'Sai kiểu dữ liệu: cần thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date), nhận được một Date không hợp lệ (Invalid Date)',
    );
    let wrongTrack: ValidationError | undefined;
    try {
      checkDeadline({ ...grassroots, periodSummaryDeadline: '2026-11-15' } as never, { lang: 'en' });
    } catch (e) {
      wrongTrack = e as ValidationError;
    }
    expect(wrongTrack?.issues[0]?.message).toBe('Field “periodSummaryDeadline” is only for track “period-2026-2030”, not for “annual-grassroots”');
  });

  it('bad options are refused too: an unknown language, an unknown option key, a plan that is not one', () => {
    expect(issuesOf(grassroots, { lang: 'fr' })).toContainEqual({ code: 'invalid_value', path: ['options', 'lang'] });
    expect(issuesOf(grassroots, { lang: 'en', clock: () => 0 })).toContainEqual({ code: 'unrecognized_keys', path: ['options'] });
    expect(issuesOf(grassroots, 'vi')).toContainEqual({ code: 'invalid_type', path: ['options'] });
    expect(issuesOf(grassroots, { plan: { meta: {} } }).length).toBeGreaterThan(0);
  });

  it('a __proto__ key is refused and pollutes nothing', () => {
    const input = JSON.parse('{"track":"annual-grassroots","year":2026,"__proto__":{"polluted":true}}') as unknown;
    expect(issuesOf(input)).toContainEqual({ code: 'unrecognized_keys', path: [] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('checkDeadline with another plan', () => {
  const definition = () => ({
    meta: readRulesJson('plan.json'),
    clauses: readRulesJson('clauses.json'),
    ruleSets: RULE_SET_FILES.map((f) => readRulesJson(f)),
    deadlines: readRulesJson<Record<string, unknown>>('deadlines.json'),
  });

  it('a plan without deadlines has no track to check: track_not_in_plan', () => {
    const { deadlines: _omitted, ...rest } = definition();
    const plan = definePlan(rest);
    expect(issuesOf(grassroots, { plan })).toEqual([{ code: 'track_not_in_plan', path: ['track'] }]);
  });

  it('a plan whose deadlines leave out a track has no deadline for it: track_not_in_plan, naming both', () => {
    const def = definition();
    const deadlines = def['deadlines'] as { tracks: { id: string }[] };
    const plan = definePlan({ ...def, deadlines: { ...deadlines, tracks: deadlines.tracks.filter((t) => t.id !== 'ad-hoc') } });
    expect(issuesOf({ track: 'ad-hoc' }, { plan })).toEqual([{ code: 'track_not_in_plan', path: ['track'] }]);
    expect(() => checkDeadline({ track: 'ad-hoc' }, { plan, lang: 'en' })).toThrow('Plan “vinh-bao-cchc-2026-2030” has no deadlines for track “ad-hoc”');
    expect(checkDeadline({ track: 'annual-grassroots', year: 2026 }, { plan }).track).toBe('annual-grassroots');
  });

  it('a plan with other dates is followed', () => {
    const def = definition();
    const tracks = (def.deadlines['tracks'] as { id: string; milestones: { due: Record<string, unknown> }[] }[]).map((t) =>
      t.id === 'annual-grassroots' ? { ...t, milestones: t.milestones.map((m) => ({ ...m, due: { ...m.due, before: '11-30' } })) } : t,
    );
    const plan = definePlan({ ...def, deadlines: { ...def.deadlines, tracks } });
    expect(checkDeadline(grassroots, { plan }).milestones[0]).toMatchObject({ dueBefore: '2026-11-30', lastDay: '2026-11-29' });
  });

  it('definePlan refuses deadlines citing an unknown clause, or a track listed twice', () => {
    const def = definition();
    const tracks = def.deadlines['tracks'] as { clause: string }[];
    const bad = { ...def, deadlines: { ...def.deadlines, tracks: [{ ...tracks[0], clause: 'III.9' }, ...tracks.slice(1), tracks[1]] } };
    let error: ValidationError | undefined;
    try {
      definePlan(bad);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_clause', ['deadlines', 'tracks', 0, 'clause']],
      ['duplicate_id', ['deadlines', 'tracks', 4, 'id']],
    ]);
  });

  it('definePlan refuses a date of the assessment year on a track without a year, and a 29 February every year', () => {
    const def = definition();
    const tracks = def.deadlines['tracks'] as { id: string; milestones: Record<string, unknown>[] }[];
    const adHoc = tracks.find((t) => t.id === 'ad-hoc')!;
    const withAnnual = { ...adHoc, milestones: [{ ...adHoc.milestones[0], due: { kind: 'annual', before: '06-01', yearOffset: 0 } }] };
    let error: ValidationError | undefined;
    try {
      definePlan({ ...def, deadlines: { ...def.deadlines, tracks: tracks.map((t) => (t.id === 'ad-hoc' ? withAnnual : t)) } });
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.issues.map((i) => [i.code, i.path])).toEqual([['annual_milestone_without_year', ['deadlines', 'tracks', 2, 'milestones', 0, 'due']]]);
    const leap = { ...adHoc, milestones: [{ ...adHoc.milestones[0], due: { kind: 'annual', before: '02-29', yearOffset: 0 } }] };
    expect(() => definePlan({ ...def, deadlines: { ...def.deadlines, tracks: tracks.map((t) => (t.id === 'ad-hoc' ? leap : t)) } })).toThrow(ValidationError);
  });
});

describe('checkDeadline says what is wrong, in Vietnamese and in English', () => {
  // [sentence, input, path, Vietnamese message, English message]
  const cases: [string, unknown, (string | number)[], string, string][] = [
    [
      'a submission time that is null names null',
      { ...grassroots, submittedAt: null },
      ['submittedAt'],
      'Sai kiểu dữ liệu: cần thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date), nhận được null',
      'Wrong type: expected an instant (an ISO 8601 string with an offset, or a Date), received null',
    ],
    [
      'a submission time that is NaN names NaN, not a number',
      { ...grassroots, submittedAt: Number.NaN },
      ['submittedAt'],
      'Sai kiểu dữ liệu: cần thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date), nhận được NaN',
      'Wrong type: expected an instant (an ISO 8601 string with an offset, or a Date), received NaN',
    ],
    [
      'an as-of time given as a list names a list',
      { ...grassroots, asOf: ['2026-11-19T08:00:00+07:00'] },
      ['asOf'],
      'Sai kiểu dữ liệu: cần thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date), nhận được danh sách (mảng)',
      'Wrong type: expected an instant (an ISO 8601 string with an offset, or a Date), received an array',
    ],
    [
      'an as-of time given as a number names a number',
      { ...grassroots, asOf: 1795107599999 },
      ['asOf'],
      'Sai kiểu dữ liệu: cần thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date), nhận được số',
      'Wrong type: expected an instant (an ISO 8601 string with an offset, or a Date), received a number',
    ],
    [
      'a year before the period names the year and the period',
      { ...grassroots, year: 2025 },
      ['year'],
      'Năm 2025 nằm ngoài giai đoạn 2026 - 2030 của kế hoạch',
      "Year 2025 is outside the plan's period 2026–2030",
    ],
    [
      'a period-summary date on an annual track names the track that uses it',
      { ...grassroots, periodSummaryDeadline: '2026-11-15' },
      ['periodSummaryDeadline'],
      'Trường “periodSummaryDeadline” chỉ dùng cho loại khen thưởng “period-2026-2030”, không dùng cho “annual-grassroots”',
      'Field “periodSummaryDeadline” is only for track “period-2026-2030”, not for “annual-grassroots”',
    ],
  ];

  it.each(cases)('%s', (_name, input, path, vi, en) => {
    for (const [lang, message] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      try {
        checkDeadline(input as never, { lang });
        throw new Error('expected a ValidationError');
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((i) => [i.path, i.message])).toEqual([[path, message]]);
      }
    }
  });

  it('a check of the library’s own (a custom zod refinement) speaks its own message, in both languages', () => {
    for (const [lang, message] of [
      ['vi', 'thời điểm phải thuộc các năm 1900–2200'],
      ['en', 'the instant must fall within the years 1900–2200'],
    ] as const) {
      try {
        checkDeadline({ ...grassroots, submittedAt: '2201-01-01T00:00:00+07:00' } as never, { lang });
        throw new Error('expected a ValidationError');
      } catch (error) {
        expect((error as ValidationError).issues.map((i) => [i.code, i.path, i.message])).toEqual([['custom', ['submittedAt'], message]]);
      }
    }
  });

  it('a period-summary date on the first day of the period is within it', () => {
    expect(checkDeadline({ track: 'period-2026-2030', periodSummaryDeadline: '2026-01-01' }).track).toBe('period-2026-2030');
  });

  it('an unknown plan version is refused under options, with the versions the plan has', () => {
    try {
      checkDeadline(grassroots as never, { planVersion: '9.9.9', lang: 'en' });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.code, i.path, i.message])).toEqual([
        ['unknown_plan_version', ['options', 'planVersion'], 'Plan “vinh-bao-cchc-2026-2030” has no version “9.9.9”; it has: "1.0.0"'],
      ]);
    }
  });
});
