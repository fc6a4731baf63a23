import { RULE_SET_IDS } from '../schema/nomination';
import type { Evaluation } from '../schema/evaluation';

// A fast path in front of EvaluationSchema, for the common case of a well-formed evaluation.
// Parsing 100,000 evaluations (each with its whole criteria tree) through zod takes seconds;
// this check takes milliseconds and allocates nothing. It accepts only what EvaluationSchema
// accepts (a plain object with exactly the schema's keys and types); for anything else it
// answers false and the caller asks zod, which decides and reports the issues with their
// paths. A differential property test (test/quota/evaluationShape.test.ts) holds the two
// together: whatever this accepts, EvaluationSchema accepts too.

type Plain = Record<string, unknown>;

const RULE_SETS: ReadonlySet<unknown> = new Set(RULE_SET_IDS);
const KINDS: ReadonlySet<unknown> = new Set(['collective', 'individual']);
const BLOCKS: ReadonlySet<unknown> = new Set(['department', 'ward', 'commune', 'special-zone']);
const OUTCOMES: ReadonlySet<unknown> = new Set(['eligible', 'ineligible', 'undetermined']);
const STATUSES: ReadonlySet<unknown> = new Set(['met', 'not-met', 'unknown']);
const LANGS: ReadonlySet<unknown> = new Set(['vi', 'en']);
const LOGICS: ReadonlySet<unknown> = new Set(['all', 'any']);

const EVALUATION_KEYS: ReadonlySet<string> = new Set([
  'nominationId', 'ruleSet', 'planId', 'planVersion', 'year', 'nomineeKind', 'nomineeName', 'unit', 'award',
  'outcome', 'criteria', 'missingFacts', 'reasons', 'lang', 'achievements', 'priority', 'submittedAt', 'outsideQuota',
]);
const UNIT_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'block']);
const AWARD_KEYS: ReadonlySet<string> = new Set(['id', 'clause', 'vi', 'en']);
const TEXT_KEYS: ReadonlySet<string> = new Set(['vi', 'en']);
const CRITERION_KEYS: ReadonlySet<string> = new Set(['id', 'logic', 'result', 'text', 'label', 'facts', 'missingFacts', 'children']);
const ACHIEVEMENT_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'year']);
const PRIORITY_KEYS: ReadonlySet<string> = new Set(['score', 'criteria']);
const PRIORITY_RESULT_KEYS: ReadonlySet<string> = new Set(['id', 'clause', 'result']);

/** Deeper criteria trees than this go to zod (the plan's trees are three or four levels deep). */
const MAX_DEPTH = 32;

function isPlain(v: unknown): v is Plain {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Own enumerable keys all allowed, none inherited, none whose value is `undefined`. */
function onlyKeys(o: Plain, allowed: ReadonlySet<string>): boolean {
  for (const k in o) {
    if (!Object.hasOwn(o, k) || !allowed.has(k) || o[k] === undefined) return false;
  }
  return true;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function strings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

function bilingual(v: unknown): boolean {
  return isPlain(v) && onlyKeys(v, TEXT_KEYS) && nonEmpty(v['vi']) && nonEmpty(v['en']);
}

function scalar(v: unknown): boolean {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** FactValueSchema: boolean, finite number, string, list of numbers and strings, or null. */
function factValue(v: unknown): boolean {
  if (v === null || typeof v === 'boolean' || scalar(v)) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!scalar(v[i])) return false;
  return true;
}

function facts(v: unknown): boolean {
  if (!isPlain(v)) return false;
  // z.record reads every own key, symbols included (and refuses those): so does this.
  for (const k of Reflect.ownKeys(v)) {
    if (typeof k !== 'string' || !factValue(v[k])) return false;
  }
  return true;
}

function criterion(v: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || !isPlain(v) || !onlyKeys(v, CRITERION_KEYS)) return false;
  if (!nonEmpty(v['id']) || !STATUSES.has(v['result']) || !bilingual(v['text']) || !bilingual(v['label'])) return false;
  if (Object.hasOwn(v, 'logic') && !LOGICS.has(v['logic'])) return false;
  if (Object.hasOwn(v, 'facts') && !facts(v['facts'])) return false;
  if (Object.hasOwn(v, 'missingFacts') && !strings(v['missingFacts'])) return false;
  if (Object.hasOwn(v, 'children')) {
    const children = v['children'];
    if (!Array.isArray(children)) return false;
    for (let i = 0; i < children.length; i++) if (!criterion(children[i], depth + 1)) return false;
  }
  return true;
}

function unit(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, UNIT_KEYS) || !nonEmpty(v['id'])) return false;
  if (Object.hasOwn(v, 'name') && typeof v['name'] !== 'string') return false;
  return !Object.hasOwn(v, 'block') || BLOCKS.has(v['block']);
}

function award(v: unknown): boolean {
  return (
    isPlain(v) && onlyKeys(v, AWARD_KEYS) && nonEmpty(v['id']) && nonEmpty(v['clause']) &&
    (v['clause'] as string).length <= 100 && nonEmpty(v['vi']) && nonEmpty(v['en'])
  );
}

function achievements(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const a: unknown = v[i];
    if (!isPlain(a) || !onlyKeys(a, ACHIEVEMENT_KEYS) || !nonEmpty(a['id'])) return false;
    if (Object.hasOwn(a, 'title') && typeof a['title'] !== 'string') return false;
    if (Object.hasOwn(a, 'year') && !Number.isSafeInteger(a['year'])) return false;
  }
  return true;
}

function priority(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, PRIORITY_KEYS)) return false;
  const score = v['score'];
  if (!Number.isSafeInteger(score) || (score as number) < 0) return false;
  const list = v['criteria'];
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i];
    if (!isPlain(p) || !onlyKeys(p, PRIORITY_RESULT_KEYS) || !nonEmpty(p['id']) || !nonEmpty(p['clause'])) return false;
    if (!STATUSES.has(p['result'])) return false;
  }
  return true;
}

/**
 * Whether `v` is certainly an `Evaluation` as EvaluationSchema defines it. `false` means
 * "ask zod": the value may still be valid (for example a class instance, or an optional key
 * present with the value `undefined`), and zod then decides.
 */
export function isEvaluationShape(v: unknown): v is Evaluation {
  if (!isPlain(v) || !onlyKeys(v, EVALUATION_KEYS)) return false;
  const year = v['year'];
  return (
    nonEmpty(v['nominationId']) &&
    RULE_SETS.has(v['ruleSet']) &&
    nonEmpty(v['planId']) &&
    nonEmpty(v['planVersion']) &&
    (year === null || Number.isSafeInteger(year)) &&
    KINDS.has(v['nomineeKind']) &&
    nonEmpty(v['nomineeName']) &&
    unit(v['unit']) &&
    award(v['award']) &&
    OUTCOMES.has(v['outcome']) &&
    criterion(v['criteria'], 0) &&
    strings(v['missingFacts']) &&
    strings(v['reasons']) &&
    LANGS.has(v['lang']) &&
    achievements(v['achievements']) &&
    priority(v['priority']) &&
    (!Object.hasOwn(v, 'submittedAt') || typeof v['submittedAt'] === 'string') &&
    typeof v['outsideQuota'] === 'boolean'
  );
}
