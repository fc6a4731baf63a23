import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc } from '../../src/ground/nfc';
import {
  evaluateNomination,
  evaluateNominations,
  evaluateNominationSync,
  evaluateNominationsSync,
  NominationSchema,
  ValidationError,
  type Evaluation,
} from '../../src/index';
import { fromZodIssues } from '../../src/validation/issues';
import { readPlain } from '../../src/validation/plain';
import { nominationFor, situation } from '../helpers/arbitraries';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// A nomination's shape is decided by NominationSchema alone: what it refuses is refused with
// its issues (code, path, messages), and what it accepts is evaluated as it parses it (texts
// trimmed and in NFC, instants as ISO strings). The plan's own checks (rule set in the plan,
// year required and within the period, outsideQuota at city level only) come after it.

type Json = Record<string, unknown>;

/** The parts of an evaluation that come from the parsed nomination itself. */
function echoed(e: Evaluation): unknown {
  const { nominationId, ruleSet, year, nomineeKind, nomineeName, unit, achievements, outsideQuota, submittedAt } = e;
  return { nominationId, ruleSet, year, nomineeKind, nomineeName, unit, achievements, outsideQuota, submittedAt };
}

/** The same parts, as the schema parses the nomination (keys given as undefined left out). */
function parsedParts(input: unknown): unknown {
  const n = NominationSchema.parse(input);
  const unit: Json = { id: n.nominee.unit.id };
  if (n.nominee.unit.name !== undefined) unit['name'] = n.nominee.unit.name;
  if (n.nominee.unit.block !== undefined) unit['block'] = n.nominee.unit.block;
  const achievements = (n.achievements ?? []).map((a) => {
    const c: Json = { id: a.id };
    if (a.title !== undefined) c['title'] = a.title;
    if (a.year !== undefined) c['year'] = a.year;
    return c;
  });
  return {
    nominationId: n.id,
    ruleSet: n.ruleSet,
    year: n.year ?? null,
    nomineeKind: n.nominee.kind,
    nomineeName: n.nominee.name,
    unit,
    achievements,
    outsideQuota: n.outsideQuota ?? false,
    submittedAt: n.submittedAt,
  };
}

/** What evaluateNominationSync answers: the evaluation, or the ValidationError's issues. */
function answer(input: unknown, lang: 'vi' | 'en' = 'vi'): { ok: true; value: Evaluation } | { ok: false; issues: ValidationError['issues'] } {
  try {
    return { ok: true, value: evaluateNominationSync(input as never, { lang }) };
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return { ok: false, issues: (e as ValidationError).issues };
  }
}

/** The plan's own checks, made after the schema accepts a nomination. */
const PLAN_CODES = new Set(['rule_set_not_in_plan', 'year_required', 'year_out_of_period', 'outside_quota_not_allowed']);

/** An issue as compared here: an unknown fact's issue also names the closest fact (suggestions), which the schema does not. */
const comparable = (i: ValidationError['issues'][number]) =>
  i.code === 'unrecognized_keys' && i.path[i.path.length - 1] === 'facts' ? { code: i.code, path: i.path, keys: i.params.keys } : i;

/**
 * The answer agrees with the schema: its issues when it refuses, its output when it accepts.
 * The input is read as plain data first (validation/plain.ts): what that refuses (a `__proto__`
 * key, a getter…) is refused with its issue before the schema sees it.
 */
function agreesWithSchema(input: unknown, lang: 'vi' | 'en' = 'vi'): void {
  let plain: unknown;
  try {
    plain = readPlain(input, [], { lang, maxItems: 100 });
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    const got = answer(input, lang);
    expect(got.ok ? [] : got.issues).toEqual((e as ValidationError).issues);
    return;
  }
  const parsed = NominationSchema.safeParse(plain, { reportInput: true });
  const got = answer(input, lang);
  if (!parsed.success) {
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.issues.map(comparable)).toEqual(fromZodIssues(parsed.error.issues, lang).map(comparable));
  } else if (got.ok) {
    expect(echoed(got.value)).toEqual(parsedParts(input));
  } else {
    for (const issue of got.issues) expect(PLAN_CODES).toContain(issue.code);
  }
}

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const paths = [
  'id',
  'ruleSet',
  'year',
  'nominee',
  'nominee.kind',
  'nominee.name',
  'nominee.unit',
  'nominee.unit.id',
  'nominee.unit.name',
  'nominee.unit.block',
  'facts',
  'achievements',
  'submittedAt',
  'outsideQuota',
  'extra',
  'facts.goodConduct',
  'facts.reformRoles',
  'facts.directRoleYears',
  'facts.staffViolationCount',
  'facts.parIndexRank',
  'facts.unknownFact',
  '__proto__',
];

function setAt(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Json = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) return;
    o = o[k] as Json;
  }
  Object.defineProperty(o, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

describe('a nomination is checked by NominationSchema alone', () => {
  it('well-formed nominations are evaluated as the schema parses them', () => {
    fc.assert(
      fc.property(situation, fc.boolean(), (s, partial) => {
        const input = nominationFor(s, partial);
        const got = answer(input);
        expect(got.ok).toBe(true);
        if (got.ok) expect(echoed(got.value)).toEqual(parsedParts(input));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('near-valid nominations are refused with exactly the schema’s issues, or accepted as it parses them', () => {
    fc.assert(
      fc.property(situation, fc.constantFrom(...paths), junk, fc.constantFrom('vi' as const, 'en' as const), (s, path, value, lang) => {
        const input = JSON.parse(JSON.stringify(nominationFor(s, true))) as Json;
        setAt(input, path, value);
        agreesWithSchema(input, lang);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('trims texts and normalises them to NFC', () => {
    const input = {
      id: '  hs-1 ',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name: ' Nguyễn Thị Lan '.normalize('NFD'), unit: { id: 'u', name: 'Phòng Văn hóa - Xã hội'.normalize('NFD') } },
      achievements: [{ id: ' a ', title: ' Sáng kiến '.normalize('NFD') }],
    };
    const e = evaluateNominationSync(input as never);
    expect(e.nominationId).toBe('hs-1');
    expect(e.nomineeName).toBe('Nguyễn Thị Lan');
    expect(e.unit).toEqual({ id: 'u', name: 'Phòng Văn hóa - Xã hội' });
    expect(e.achievements).toEqual([{ id: 'a', title: 'Sáng kiến' }]);
    expect(echoed(e)).toEqual(parsedParts(input));
  });

  it('keys given as undefined are left out of the evaluation’s unit and achievements', () => {
    const base = eligibleGrassrootsIndividual();
    const input = {
      ...base,
      nominee: { ...base.nominee, unit: { id: 'u', name: undefined, block: undefined } },
      achievements: [{ id: 'a', title: undefined, year: undefined }],
    };
    const e = evaluateNominationSync(input);
    expect(Object.keys(e.unit)).toEqual(['id']);
    expect(Object.keys(e.achievements[0]!)).toEqual(['id']);
  });

  it('what is not a plain object is refused, and an object without prototype is a nomination', () => {
    for (const v of [null, 1, 'x', [], new Date(0)]) agreesWithSchema(v);
    for (const v of [null, 1, 'x', [], new Date(0), new Map()]) expect(answer(v).ok).toBe(false);
    // An instance of a class is not read as data (validation/plain.ts): refused before the schema.
    const map = answer(new Map());
    expect(map.ok || map.issues.map((i) => [i.code, i.params])).toEqual([['not_plain_data', { kind: 'instance' }]]);
    const bare = Object.assign(Object.create(null) as Json, eligibleGrassrootsIndividual());
    expect(evaluateNominationSync(bare)).toEqual(evaluateNominationSync(eligibleGrassrootsIndividual()));
  });

  it('every public path refuses with the same issues (a batch puts the index first)', async () => {
    const bad = { ...eligibleGrassrootsIndividual(), facts: { goodConduct: 'có', parIndexRank: 0 }, nominee: { kind: 'x' } };
    const expected = fromZodIssues(NominationSchema.safeParse(bad, { reportInput: true }).error!.issues, 'en');
    const inBatch = fromZodIssues(NominationSchema.safeParse(bad, { reportInput: true }).error!.issues, 'en', [1]);
    const issues = async (call: () => unknown): Promise<unknown> => {
      try {
        await call();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues;
      }
      throw new Error('expected a ValidationError');
    };
    const good = eligibleGrassrootsIndividual();
    expect(expected.length).toBeGreaterThan(2);
    expect(await issues(() => evaluateNominationSync(bad as never, { lang: 'en' }))).toEqual(expected);
    expect(await issues(() => evaluateNomination(bad as never, { lang: 'en' }))).toEqual(expected);
    expect(await issues(() => evaluateNominationsSync([good, bad as never], { lang: 'en' }))).toEqual(inBatch);
    expect(await issues(() => evaluateNominations([good, bad as never], { lang: 'en' }))).toEqual(inBatch);
  });
});

// The schema's limits, to the unit: a nomination at a limit is evaluated, one just past it is
// refused with the schema's issues. (Mutation testing found that a limit moved by one survived
// when nothing checked the limits themselves.)

const withPath = (path: string, value: unknown): Json => {
  const n = JSON.parse(JSON.stringify(eligibleGrassrootsIndividual())) as Json;
  const keys = path.split('.');
  let o = n;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Json;
  o[keys.at(-1)!] = value;
  return n;
};

const AT_LIMIT: [string, unknown][] = [
  ['id', 'x'.repeat(200)],
  ['id', ` ${'x'.repeat(200)} `],
  ['year', 1900],
  ['year', 2200],
  ['nominee.name', 'ệ'.repeat(1000)],
  ['nominee.unit.id', 'u'.repeat(200)],
  ['nominee.unit.name', 'n'.repeat(1000)],
  ['nominee.unit.block', 'special-zone'],
  ['facts.reformRoles', new Array(20).fill('advise')],
  ['facts.reformRoles', []],
  ['facts.directRoleYears', new Array(100).fill(2026)],
  ['facts.outstandingYears', [1900, 2200]],
  ['facts.staffViolationCount', 0],
  ['facts.staffViolationCount', 1_000_000],
  ['facts.recognizedInitiativeCount', 1_000_000],
  ['facts.parIndexRank', 1],
  ['facts.parIndexRank', 1_000_000],
  ['facts.goodConduct', null],
  ['facts.reformRoles', null],
  ['facts.directRoleYears', null],
  ['facts.staffViolationCount', null],
  ['facts.parIndexRank', null],
  ['achievements', new Array(100).fill({ id: 'a' })],
  [
    'achievements',
    [
      { id: 'a'.repeat(200), title: 't'.repeat(1000), year: 1900 },
      { id: 'b', year: 2200 },
    ],
  ],
  ['submittedAt', '2026-11-19T23:59:59.999+07:00'],
  ['outsideQuota', false],
];

const PAST_LIMIT: [string, unknown][] = [
  ['id', 'x'.repeat(201)],
  ['id', '   '],
  ['year', 1899],
  ['year', 2201],
  ['year', 2026.5],
  ['nominee.name', 'ệ'.repeat(1001)],
  ['nominee.name', ''],
  ['nominee.unit.id', 'u'.repeat(201)],
  ['nominee.unit.name', 'n'.repeat(1001)],
  ['nominee.unit.block', 'district'],
  ['facts.reformRoles', new Array(21).fill('advise')],
  ['facts.reformRoles', ['lead']],
  ['facts.directRoleYears', new Array(101).fill(2026)],
  ['facts.outstandingYears', [1899]],
  ['facts.outstandingYears', [2201]],
  ['facts.outstandingYears', [2026.5]],
  ['facts.staffViolationCount', -1],
  ['facts.staffViolationCount', 1_000_001],
  ['facts.recognizedInitiativeCount', 0.5],
  ['facts.parIndexRank', 0],
  ['facts.parIndexRank', 1_000_001],
  ['facts.goodConduct', 1],
  ['facts.unknownFact', true],
  ['achievements', new Array(101).fill({ id: 'a' })],
  ['achievements', [{ id: 'a'.repeat(201) }]],
  ['achievements', [{ id: 'a', title: 't'.repeat(1001) }]],
  ['achievements', [{ id: 'a', year: 1899 }]],
  ['achievements', [{ id: 'a', year: 2201 }]],
  ['achievements', [{ id: 'a', extra: 1 }]],
  ['submittedAt', '2026-11-19T23:59:59'],
  ['submittedAt', 1_700_000_000_000],
  ['outsideQuota', 'no'],
  ['nominee.extra', 1],
  ['nominee.unit.extra', 1],
  ['extra', 1],
];

describe('the schema’s limits hold to the unit', () => {
  for (const [path, value] of AT_LIMIT) {
    it(`evaluates ${path} = ${shown(value)} (at the limit) as the schema parses it`, () => {
      const input = withPath(path, value);
      const got = answer(input);
      if (path === 'year') {
        // The schema takes any year of 1900–2200; the plan's period (2026–2030) is checked after it.
        expect(got.ok ? 'evaluated' : got.issues.map((i) => [i.code, i.path])).toEqual([['year_out_of_period', ['year']]]);
      } else if (path === 'achievements' && Array.isArray(value) && value.some((a: { year?: number }) => a.year !== undefined)) {
        // So are achievement years (1900 and 2200 here): the plan's period and the year assessed after it.
        expect(got.ok ? 'evaluated' : got.issues.map((i) => [i.code, i.path])).toEqual([
          ['achievement_year_out_of_range', ['achievements', 0, 'year']],
          ['achievement_year_out_of_range', ['achievements', 1, 'year']],
        ]);
      } else {
        expect(got.ok ? 'evaluated' : got.issues).toBe('evaluated');
        if (got.ok) expect(echoed(got.value)).toEqual(parsedParts(input));
      }
    });
  }
  for (const [path, value] of PAST_LIMIT) {
    it(`refuses ${path} = ${shown(value)} (past the limit) with the schema’s issues`, () => {
      const input = withPath(path, value);
      expect(NominationSchema.safeParse(input).success).toBe(false);
      expect(answer(input).ok).toBe(false);
      agreesWithSchema(input);
    });
  }
});

describe('toNfc', () => {
  it('every character of the ranges it trusts is its own NFC, alone and next to any other of them', () => {
    const trusted: string[] = [];
    for (let c = 0; c < 0x300; c++) trusted.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) trusted.push(String.fromCharCode(c));
    for (const a of trusted) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of trusted) {
        const ab = a + b;
        if (ab.normalize('NFC') !== ab) expect.fail(`U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)} is not NFC`);
      }
    }
  });

  it('normalises anything else, such as Vietnamese typed with combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(toNfc(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
    expect(toNfc('Vĩnh Bảo'.normalize('NFD'))).toBe('Vĩnh Bảo');
  });
});

function shown(v: unknown): string {
  if (Array.isArray(v)) return `[${v.length} items]`;
  if (typeof v === 'string') return v.length > 12 ? `"${v.slice(0, 6)}…" (${v.length} characters)` : JSON.stringify(v);
  return JSON.stringify(v);
}
