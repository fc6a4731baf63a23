import fc from 'fast-check';
import {
  allocateQuota,
  defaultPlan,
  FACT_INFO,
  factsRead,
  jsonSchema,
  loadPlan,
  versionInForce,
  withCalendarYear,
  withParameters,
  checkDeadline,
  definePlan,
  evaluateNomination,
  evaluateNominations,
  evaluateNominationSync,
  evaluateNominationsSync,
  RULE_SET_IDS,
  type Nomination,
  type Plan,
  type RuleSetId,
} from '../../../src/index';
import { AllocationSchema, DeadlineCheckSchema, EvaluationSchema } from '../../../src/schemas';
import { CriterionResultSchema } from '../../../src/schema/evaluation';
import { nominationFor, situation } from '../../helpers/arbitraries';
import { bundledDefinition } from '../../helpers/plans';
import { fingerprint, objectsIn } from './invariants';
import { vietnameseName } from './odd';

/**
 * The public functions under test, each with valid inputs to start from and a check that an
 * answer is a valid one. Every function takes `(input, options)`; a subject calls it with both
 * as given (so either can be odd) and says whether the answer fits its schema.
 */
export interface Subject {
  readonly name: string;
  readonly async: boolean;
  /** Calls the function. */
  call(input: unknown, options: unknown): unknown;
  /** Valid inputs and options. */
  readonly valid: fc.Arbitrary<{ input: unknown; options: unknown }>;
  /** Fails unless `value` is a valid answer of the function. */
  check(value: unknown): void;
  /** The largest huge array worth making for this function's inputs. */
  readonly maxSize: number;
  /**
   * A large fixed input that every valid input shares (the bundled plan definition): its
   * objects are fingerprinted once, before and after a property, instead of at every call.
   */
  readonly shared?: { readonly root: unknown; readonly objects: ReadonlySet<object>; readonly fingerprint: string };
  /** The part of an answer that must be plain JSON, when that is not the whole answer. */
  readonly json?: (value: unknown) => unknown;
  /** Where an arbitrary value goes, when not as the whole input (one argument among several). */
  readonly arbitraryInput?: (arbitrary: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>;
}

// ---------------------------------------------------------------- nominations

const instant: fc.Arbitrary<string | Date> = fc.oneof(
  fc
    .record({
      ms: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2032, 11, 31) }),
      offsetMinutes: fc.constantFrom(0, 420, -480, 840, -720, 330, 345),
      millis: fc.boolean(),
    })
    .map(({ ms, offsetMinutes, millis }) => isoWithOffset(ms, offsetMinutes, millis)),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2032, 11, 31) }).map((ms) => new Date(ms)),
);

/** An instant as an ISO string at a given UTC offset (`Z` for zero). */
export function isoWithOffset(ms: number, offsetMinutes: number, millis = true): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, millis ? 23 : 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A valid nomination: any situation of the rule sets, with a name, a unit, achievements and the optional fields. */
export const nominationArb: fc.Arbitrary<Nomination> = fc
  .record({
    s: situation,
    partial: fc.boolean(),
    id: fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }).filter((x) => x.trim().length > 0),
      fc.constantFrom('hs-2026-001', 'HS/2027/15'),
    ),
    name: vietnameseName,
    unitId: fc.constantFrom('xa-vinh-bao', 'phong-vhxh', 'tt-phvhc', 'snv'),
    unitName: fc.option(vietnameseName, { nil: undefined }),
    achievements: fc.option(
      fc.array(
        fc.record(
          { id: fc.constantFrom('sk-1', 'sk-2', 'Sáng kiến 3'), title: vietnameseName, year: fc.integer({ min: 2026, max: 2030 }) },
          { requiredKeys: ['id'] },
        ),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    submittedAt: fc.option(instant, { nil: undefined }),
    outsideQuota: fc.option(fc.boolean(), { nil: undefined }),
    year: fc.integer({ min: 2026, max: 2030 }),
  })
  .map((r) => {
    const base = nominationFor(r.s, r.partial, r.id);
    const n: Nomination = {
      ...base,
      ...(base.year !== undefined && { year: r.year }),
      nominee: { ...base.nominee, name: r.name, unit: { ...base.nominee.unit, id: r.unitId, ...(r.unitName !== undefined && { name: r.unitName }) } },
    };
    // A valid achievement year lies within the period and not after the year assessed.
    const latest = n.year ?? 2030;
    if (r.achievements !== undefined) n.achievements = r.achievements.map((a) => (a.year === undefined || a.year <= latest ? a : { ...a, year: latest }));
    if (r.submittedAt !== undefined) n.submittedAt = r.submittedAt;
    if (r.outsideQuota !== undefined) n.outsideQuota = r.s.ruleSet === 'annual-city' ? r.outsideQuota : false;
    return n;
  });

const evaluateOptions: fc.Arbitrary<unknown> = fc.constantFrom(undefined, {}, { lang: 'vi' }, { lang: 'en' });

/** A batch of valid nominations with distinct IDs. */
const batchArb = fc.array(nominationArb, { maxLength: 3 }).map((list) => list.map((n, i) => ({ ...n, id: `${n.id}#${i}` })));

// Criteria trees are frozen and shared by evaluations of the same facts: each distinct tree is
// checked against CriterionResultSchema once, the rest of each evaluation every time.
const checkedTrees = new WeakSet<object>();
const LEAF = { id: 'x', result: 'met', text: { vi: 'x', en: 'x' }, label: { vi: 'x', en: 'x' } };

function checkEvaluation(value: unknown): void {
  const e = value as { criteria?: unknown };
  const tree = typeof e === 'object' && e !== null ? e.criteria : undefined;
  const frozenTree = typeof tree === 'object' && tree !== null && Object.isFrozen(tree);
  if (frozenTree && !checkedTrees.has(tree)) {
    const r = CriterionResultSchema.safeParse(tree);
    if (!r.success) throw new Error(`not a valid criteria tree: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
    checkedTrees.add(tree);
  }
  const parsed = EvaluationSchema.safeParse(frozenTree ? { ...e, criteria: LEAF } : value);
  if (!parsed.success) throw new Error(`not a valid Evaluation: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
}

function checkEvaluations(value: unknown): void {
  if (!Array.isArray(value)) throw new Error('not a list of evaluations');
  for (const v of value) checkEvaluation(v);
}

// ---------------------------------------------------------------- deadlines

const TRACKS = ['annual-grassroots', 'annual-city', 'ad-hoc', 'period-2026-2030'] as const;

export const deadlineInputArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      track: fc.constantFrom(...TRACKS),
      year: fc.integer({ min: 2026, max: 2030 }),
      submittedAt: instant,
      asOf: instant,
      reading: fc.constantFrom('strict', 'inclusive'),
      periodSummaryDeadline: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
    },
    { requiredKeys: ['track'] },
  )
  .map((d) => {
    const out: Record<string, unknown> = { ...d };
    if (d.track === 'annual-grassroots' || d.track === 'annual-city') out['year'] = d.year ?? 2027;
    if (d.track !== 'period-2026-2030') delete out['periodSummaryDeadline'];
    return out;
  });

// ---------------------------------------------------------------- allocations

/** A batch of evaluations of one level and year, made by evaluateNominationsSync, with allocation options. */
export const allocationArb: fc.Arbitrary<{ input: unknown; options: unknown }> = fc
  .record({
    level: fc.constantFrom<RuleSetId>(...RULE_SET_IDS),
    year: fc.integer({ min: 2026, max: 2030 }),
    nominations: fc.array(fc.tuple(nominationArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 10 }),
    decisionDate: fc.option(fc.constantFrom('2026-06-30', '2026-11-25', '2028-01-15', '2030-12-31'), { nil: undefined }),
    budgetVnd: fc.option(fc.integer({ min: 0, max: 8_000_000 }), { nil: undefined }),
    rounding: fc.option(fc.constantFrom('nearest', 'up', 'down'), { nil: undefined }),
    history: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
    lang: fc.option(fc.constantFrom('vi', 'en'), { nil: undefined }),
  })
  .map((r) => {
    const nominations = r.nominations.map(([n, unit, achievement], i) => ({
      ...n,
      id: `n-${i}`,
      ruleSet: r.level,
      ...(r.level === 'period-2026-2030' ? { year: undefined } : { year: r.year }),
      nominee: { ...n.nominee, unit: { ...n.nominee.unit, id: `u${unit}` } },
      achievements: [{ id: `tk-${achievement}` }],
      outsideQuota: r.level === 'annual-city' ? n.outsideQuota === true : false,
    }));
    for (const n of nominations) if (n.year === undefined) delete (n as { year?: number }).year;
    const evaluations = evaluateNominationsSync(nominations);
    const options: Record<string, unknown> = { level: r.level };
    if (r.decisionDate !== undefined) {
      options['decisionDate'] = r.decisionDate;
      if (r.rounding !== undefined) options['rounding'] = r.rounding;
      if (r.budgetVnd !== undefined && r.level !== 'annual-city') options['budgetVnd'] = r.budgetVnd;
    }
    if (r.history.length > 0) {
      options['history'] = r.history.map((a) => ({ achievementId: `tk-${a}`, award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }));
    }
    if (r.lang !== undefined) options['lang'] = r.lang;
    return { input: evaluations, options };
  });

// ---------------------------------------------------------------- plans

/**
 * A Plan lists its versions, itself among them (plan versions, issue 9); a structured clone
 * keeps the list, JSON leaves it out (a plan's `toJSON` is the version it is). The list is
 * checked here; the rest must be plain JSON.
 */
function planWithoutVersions(value: unknown): unknown {
  const d = Object.getOwnPropertyDescriptor(value, 'versions');
  if (!d || !Array.isArray(d.value) || !d.value.includes(value)) {
    throw new Error('a Plan’s versions are a list that includes the plan itself');
  }
  for (const v of d.value as unknown[]) if (!Object.isFrozen(v)) throw new Error('every version of a Plan is frozen');
  const { versions: _versions, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** A year's official days off with one day off, on `date`. */
function calendarFileOn(date: string): unknown {
  return {
    kind: 'official-days-off',
    year: Number(date.slice(0, 4)),
    occasions: [{ holiday: 'culture-day', daysOff: [{ from: date, to: date }], reference: 'Ví dụ', confidence: 'high' }],
  };
}

/** The base salary parameters with one value, from `date`. */
function baseSalaryFrom(date: string, value: number): unknown {
  return {
    baseSalary: {
      kind: 'parameter',
      id: 'base-salary',
      description: { vi: 'Mức lương cơ sở', en: 'Base salary' },
      unit: 'VND',
      values: { [date]: { value, reference: 'Ví dụ', confidence: 'low' } },
    },
  };
}

function checkPlan(value: unknown): void {
  const plan = value as Plan;
  if (typeof plan !== 'object' || plan === null || typeof plan.id !== 'string' || typeof plan.version !== 'string') {
    throw new Error('not a Plan');
  }
  if (!Object.isFrozen(plan) || !Object.isFrozen(plan.ruleSets) || !Object.isFrozen(plan.meta)) throw new Error('a Plan is frozen');
  // A plan is usable: a nomination of one of its rule sets is evaluated under it.
  const ruleSet = Object.keys(plan.ruleSets)[0] as RuleSetId | undefined;
  if (ruleSet) {
    const period = plan.meta.period;
    const nomination = {
      id: 'x',
      ruleSet,
      year: period.from,
      nominee: { kind: 'individual', name: 'Người thử', unit: { id: 'u' } },
      facts: {},
    };
    try {
      checkEvaluation(evaluateNominationSync(nomination as never, { plan }));
    } catch (e) {
      // A plan may make this nomination invalid (a year rule, say); that is an answer too.
      if (!(e instanceof Error) || e.name !== 'ValidationError') throw e;
    }
  }
}

// ---------------------------------------------------------------- the subjects

/** A pair that fast-check prints in short (a whole plan in a counterexample helps nobody). */
function short<T extends object>(label: (v: T) => string) {
  return (v: T): T => {
    Object.defineProperty(v, fc.toStringMethod, { value: () => label(v), enumerable: false });
    return v;
  };
}

function schemaCheck(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, what: string) {
  return (value: unknown): void => {
    const r = schema.safeParse(value);
    if (!r.success) throw new Error(`not a valid ${what}: ${JSON.stringify(r.error).slice(0, 500)}`);
  };
}

/**
 * The public functions under test, with their inputs. Each test file makes its own (the plans
 * they share are frozen by the last property that uses them, and a suite run without isolation
 * between files, as the mutation run does, must not see one file's frozen copy in another).
 */
export function subjects(): readonly Subject[] {
  const BUNDLED = bundledDefinition();
  const BUNDLED_SHARED = { root: BUNDLED, objects: objectsIn(BUNDLED), fingerprint: fingerprint(BUNDLED) };
  // loadPlan gets its own copy: each subject's last property freezes the copy it shares.
  const LOADED = bundledDefinition();
  const LOADED_SHARED = { root: LOADED, objects: objectsIn(LOADED), fingerprint: fingerprint(LOADED) };
  const LOADED_TEXT = JSON.stringify(LOADED);
  return [
    {
      name: 'evaluateNominationSync',
      async: false,
      call: (input, options) => evaluateNominationSync(input as never, options as never),
      valid: fc.record({ input: nominationArb, options: evaluateOptions }),
      check: checkEvaluation,
      maxSize: 10_000,
    },
    {
      name: 'evaluateNominationsSync',
      async: false,
      call: (input, options) => evaluateNominationsSync(input as never, options as never),
      valid: fc.record({ input: batchArb, options: evaluateOptions }),
      check: checkEvaluations,
      maxSize: 10_000,
    },
    {
      name: 'evaluateNomination',
      async: true,
      call: (input, options) => evaluateNomination(input as never, options as never),
      valid: fc.record({ input: nominationArb, options: evaluateOptions }),
      check: checkEvaluation,
      maxSize: 10_000,
    },
    {
      name: 'evaluateNominations',
      async: true,
      call: (input, options) => evaluateNominations(input as never, options as never),
      valid: fc.record({ input: batchArb, options: evaluateOptions }),
      check: checkEvaluations,
      maxSize: 1_000,
    },
    {
      name: 'checkDeadline',
      async: false,
      call: (input, options) => checkDeadline(input as never, options as never),
      valid: fc.record({ input: deadlineInputArb, options: evaluateOptions }),
      check: schemaCheck(DeadlineCheckSchema, 'DeadlineCheck'),
      maxSize: 10_000,
    },
    {
      name: 'allocateQuota',
      async: false,
      call: (input, options) => allocateQuota(input, options as never),
      valid: allocationArb.map(short((p) => `{ input: <${(p.input as unknown[]).length} evaluations>, options: ${JSON.stringify(p.options)} }`)),
      check: schemaCheck(AllocationSchema, 'Allocation'),
      maxSize: 10_000,
    },
    {
      name: 'loadPlan',
      async: false,
      call: (input, options) => loadPlan(input, options as never),
      // The plan as JSON text (what a host reads from a file), or as data.
      valid: fc
        .record({ text: fc.boolean(), options: fc.constantFrom(undefined, {}, { lang: 'vi' }, { lang: 'en' }) })
        .map(short(({ text, options }) => `{ input: <the bundled plan${text ? ' as JSON text' : ''}>, options: ${JSON.stringify(options)} }`))
        .map(({ text, options }) => ({ input: text ? LOADED_TEXT : LOADED, options })),
      check: checkPlan,
      maxSize: 10_000,
      shared: LOADED_SHARED,
      json: planWithoutVersions,
    },
    {
      name: 'factsRead',
      async: false,
      call: (input) => factsRead(...((Array.isArray(input) ? input : [input]) as Parameters<typeof factsRead>)),
      valid: fc
        .tuple(fc.constantFrom(...RULE_SET_IDS), fc.constantFrom('collective', 'individual'))
        .map(([ruleSet, kind]) => ({ input: [defaultPlan(), ruleSet, kind], options: undefined })),
      check: (value) => {
        if (!Array.isArray(value) || !value.every((f) => typeof f === 'string' && Object.hasOwn(FACT_INFO, f))) throw new Error('not a list of fact names');
      },
      arbitraryInput: (a) =>
        fc.oneof(
          fc.tuple(a, fc.constantFrom(...RULE_SET_IDS), fc.constantFrom('collective', 'individual')),
          fc.tuple(
            fc.constant(null).map(() => defaultPlan()),
            a,
            fc.constantFrom('collective', 'individual'),
          ),
          fc.tuple(
            fc.constant(null).map(() => defaultPlan()),
            fc.constantFrom(...RULE_SET_IDS),
            a,
          ),
        ),
      maxSize: 1_000,
    },
    {
      name: 'versionInForce',
      async: false,
      call: (input) => versionInForce(...((Array.isArray(input) ? input : [input]) as Parameters<typeof versionInForce>)),
      valid: fc
        .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
        .map((ms) => ({ input: [defaultPlan(), new Date(ms).toISOString().slice(0, 10)], options: undefined })),
      check: checkPlan,
      maxSize: 1_000,
      arbitraryInput: (a) =>
        fc.oneof(
          fc.tuple(a, fc.constant('2026-07-01')),
          fc.tuple(
            fc.constant(null).map(() => defaultPlan()),
            a,
          ),
        ),
      json: planWithoutVersions,
    },
    {
      name: 'withCalendarYear',
      async: false,
      call: (input, options) => {
        const [plan, file] = Array.isArray(input) ? input : [input];
        return withCalendarYear(plan as Plan, file as never, options as never);
      },
      // One year's file with one day off in it.
      valid: fc
        .record({ ms: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2035, 11, 31) }), options: fc.constantFrom(undefined, {}, { lang: 'en' }) })
        .map(({ ms, options }) => ({ input: [defaultPlan(), calendarFileOn(new Date(ms).toISOString().slice(0, 10))], options })),
      check: checkPlan,
      arbitraryInput: (a) =>
        fc.oneof(
          fc.tuple(a, fc.constant(calendarFileOn('2027-11-19'))),
          fc.tuple(
            fc.constant(null).map(() => defaultPlan()),
            a,
          ),
        ),
      maxSize: 1_000,
      json: planWithoutVersions,
    },
    {
      name: 'withParameters',
      async: false,
      call: (input, options) => {
        const [plan, files] = Array.isArray(input) ? input : [input];
        return withParameters(plan as Plan, files as never, options as never);
      },
      // A base salary from a date of the period.
      valid: fc
        .record({ ms: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }), value: fc.integer({ min: 1, max: 1_000_000_000 }) })
        .map(({ ms, value }) => ({ input: [defaultPlan(), baseSalaryFrom(new Date(ms).toISOString().slice(0, 10), value)], options: undefined })),
      check: checkPlan,
      arbitraryInput: (a) =>
        fc.oneof(
          fc.tuple(a, fc.constant(baseSalaryFrom('2028-07-01', 2_800_000))),
          fc.tuple(
            fc.constant(null).map(() => defaultPlan()),
            a,
          ),
        ),
      maxSize: 1_000,
      json: planWithoutVersions,
    },
    {
      name: 'jsonSchema',
      async: false,
      call: (input, options) => jsonSchema(input as never, options as never),
      valid: fc.record({ input: fc.constantFrom('nomination', 'plan'), options: fc.constantFrom(undefined, 'vi', 'en') }),
      check: (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON Schema object');
      },
      arbitraryInput: (a) => fc.oneof(a, fc.constantFrom('nomination', 'plan', 'Nomination', 'plan ', '')),
      maxSize: 1_000,
    },
    {
      name: 'definePlan',
      async: false,
      call: (input, options) => definePlan(input, options as never),
      // Valid variants of the bundled definition: rule sets in any order, each optional part in
      // or out. They share every object with it (never changed: mutations copy the path they change).
      valid: fc
        .record({
          order: fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
          parts: fc.subarray(['deadlines', 'quotas', 'parameters'] as const),
          options: fc.constantFrom({}, { lang: 'vi' }, { lang: 'en' }),
        })
        .map(({ order, parts, options }) => {
          const input: Record<string, unknown> = {
            meta: BUNDLED['meta'],
            clauses: BUNDLED['clauses'],
            ruleSets: order.map((i) => (BUNDLED['ruleSets'] as unknown[])[i]),
          };
          for (const part of parts) input[part] = BUNDLED[part];
          return short<{ input: unknown; options: unknown }>(
            () =>
              `{ input: <the bundled plan, rule sets ${order.join('')}, with ${parts.join(', ') || 'no other part'}>, options: ${JSON.stringify(options)} }`,
          )({ input, options });
        }),
      check: checkPlan,
      maxSize: 10_000,
      shared: BUNDLED_SHARED,
      json: planWithoutVersions,
    },
  ];
}
