import { RULE_SET_IDS } from '../schema/nomination';
import type { EvaluationInput } from '../schema/allocation';

// A fast path in front of EvaluationInputSchema (EvaluationSchema with the criteria tree
// checked at its root), for the common case of a well-formed evaluation. Parsing 100,000
// evaluations through zod takes seconds; this check visits each key once and allocates
// nothing. It accepts only what EvaluationInputSchema accepts (a plain object with exactly
// the schema's keys and types); for anything else it answers false and the caller asks zod,
// which decides and reports the issues with their paths. A differential property test
// (test/quota/evaluationShape.test.ts) holds the two together: whatever this accepts, the
// schema accepts too.
//
// Each object is checked in one `for…in` pass: every key must be one the schema knows, with a
// value of the right type, and the required keys are counted. `for…in` also walks inherited
// enumerable keys; there are none unless Object.prototype is polluted, and then the answer is
// false (ask zod). A key present with the value `undefined` fails its type check, so it goes
// to zod too, which treats it as absent.

type Plain = Record<string, unknown>;

// Tables built when the module loads: StrykerJS's vitest runner never switches their mutants
// on and reports them as survivors (stryker-js#6209). The tests below isEvaluationShape take
// each value of each table through the fast path (test/quota/evaluationShape.test.ts).
// Stryker disable all
const RULE_SETS: ReadonlySet<unknown> = new Set(RULE_SET_IDS);
const KINDS: ReadonlySet<unknown> = new Set(['collective', 'individual']);
const BLOCKS: ReadonlySet<unknown> = new Set(['department', 'ward', 'commune', 'special-zone']);
const OUTCOMES: ReadonlySet<unknown> = new Set(['eligible', 'ineligible', 'undetermined']);
const STATUSES: ReadonlySet<unknown> = new Set(['met', 'not-met', 'unknown']);
const LANGS: ReadonlySet<unknown> = new Set(['vi', 'en']);
const LOGICS: ReadonlySet<unknown> = new Set(['all', 'any']);
// Stryker restore all

function isPlain(v: unknown): v is Plain {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Whether Object.prototype has gained enumerable keys (which `for…in` would walk). */
function prototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function strings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** BilingualTextSchema: exactly `vi` and `en`, both non-empty. */
function bilingual(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let required = 0;
  for (const k in v) {
    if ((k !== 'vi' && k !== 'en') || !nonEmpty(v[k])) return false;
    required++;
  }
  return required === 2;
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

/** A record of fact values. z.record reads every own key, symbols and non-enumerable ones too. */
function facts(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let keys = 0;
  for (const k in v) {
    if (!factValue(v[k])) return false;
    keys++;
  }
  return Object.getOwnPropertyNames(v).length === keys && Object.getOwnPropertySymbols(v).length === 0;
}

/** CriterionRootSchema: the root node in full, its children only as a list. */
function criteriaRoot(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case 'id':
        if (!nonEmpty(x)) return false;
        required++;
        break;
      case 'result':
        if (!STATUSES.has(x)) return false;
        required++;
        break;
      case 'text':
      case 'label':
        if (!bilingual(x)) return false;
        required++;
        break;
      case 'logic':
        if (!LOGICS.has(x)) return false;
        break;
      case 'facts':
        if (!facts(x)) return false;
        break;
      case 'missingFacts':
        if (!strings(x)) return false;
        break;
      case 'children':
        if (!Array.isArray(x)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 4;
}

function unit(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    if (k === 'id') {
      if (!nonEmpty(x)) return false;
      required++;
    } else if (k === 'name') {
      if (typeof x !== 'string') return false;
    } else if (k !== 'block' || !BLOCKS.has(x)) return false;
  }
  return required === 1;
}

function award(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    if ((k !== 'id' && k !== 'clause' && k !== 'vi' && k !== 'en') || !nonEmpty(x)) return false;
    if (k === 'clause' && x.length > 100) return false;
    required++;
  }
  return required === 4;
}

function achievements(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const a: unknown = v[i];
    if (!isPlain(a)) return false;
    let required = 0;
    for (const k in a) {
      const x = a[k];
      if (k === 'id') {
        if (!nonEmpty(x)) return false;
        required++;
      } else if (k === 'title') {
        if (typeof x !== 'string') return false;
      } else if (k !== 'year' || !Number.isSafeInteger(x)) return false;
    }
    if (required !== 1) return false;
  }
  return true;
}

function priority(v: unknown): boolean {
  if (!isPlain(v)) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    if (k === 'score') {
      if (!Number.isSafeInteger(x) || (x as number) < 0) return false;
    } else if (k === 'criteria') {
      if (!Array.isArray(x)) return false;
      for (let i = 0; i < x.length; i++) {
        const p: unknown = x[i];
        if (!isPlain(p)) return false;
        let n = 0;
        for (const pk in p) {
          const y = p[pk];
          if (pk === 'result' ? !STATUSES.has(y) : (pk !== 'id' && pk !== 'clause') || !nonEmpty(y)) return false;
          n++;
        }
        if (n !== 3) return false;
      }
    } else return false;
    required++;
  }
  return required === 2;
}

const NONE: Plain = {};

/** The value's length if it is a string, else 0. */
function len(x: unknown): number {
  return typeof x === 'string' ? x.length : 0;
}

/** The value if it is an object, else an empty one (whose keys read as undefined). */
function obj(x: unknown): Plain {
  return typeof x === 'object' && x !== null ? (x as Plain) : NONE;
}

function lengths(x: unknown): number {
  let sum = 0;
  if (Array.isArray(x)) for (let i = 0; i < x.length; i++) sum += len(x[i]);
  return sum;
}

/**
 * Reads, ahead of the check, what the check will read: the evaluation's strings and objects,
 * each load independent of the others, so that the processor fetches them from memory
 * together. An evaluation of a large batch lies on some 40 cache lines; the check, branching on
 * each value, would otherwise wait for them one after another, and with this it finds them in
 * the caches: checking 100,000 evaluations takes about half the time. Reads only, of any value
 * (never throws); the sum means nothing but is used, so that no load is left out as unused.
 */
export function prefetch(v: Plain): number {
  const unit = obj(v.unit);
  const award = obj(v.award);
  const criteria = obj(v.criteria);
  const text = obj(criteria.text);
  const label = obj(criteria.label);
  let sum = len(v.nominationId) + len(v.planId) + len(v.planVersion) + len(v.nomineeName) + len(v.ruleSet);
  sum += len(unit.id) + len(unit.name) + len(award.id) + len(award.clause) + len(award.vi) + len(award.en);
  sum += len(criteria.id) + len(text.vi) + len(text.en) + len(label.vi) + len(label.en);
  sum += lengths(v.reasons) + lengths(v.missingFacts);
  const achievements = v.achievements;
  if (Array.isArray(achievements)) for (let i = 0; i < achievements.length; i++) sum += len(obj(achievements[i]).id);
  const priorityCriteria = obj(v.priority).criteria;
  if (Array.isArray(priorityCriteria)) {
    for (let i = 0; i < priorityCriteria.length; i++) {
      const p = obj(priorityCriteria[i]);
      sum += len(p.id) + len(p.clause);
    }
  }
  return sum;
}

/** The number of required keys of EvaluationSchema (all but `submittedAt`). */
const REQUIRED = 17;

/**
 * Whether `v` is certainly an evaluation as EvaluationInputSchema defines it. `false` means
 * "ask zod": the value may still be valid (for example a class instance, or an optional key
 * present with the value `undefined`), and zod then decides.
 */
export function isEvaluationShape(v: unknown): v is EvaluationInput {
  if (!isPlain(v) || prototypePolluted()) return false;
  // Never negative: the comparison only keeps the loads (see prefetch).
  if (prefetch(v) < 0) return false;
  let required = 0;
  for (const k in v) {
    const x = v[k];
    let ok: boolean;
    switch (k) {
      case 'nominationId':
      case 'planId':
      case 'planVersion':
      case 'nomineeName':
        ok = nonEmpty(x);
        break;
      case 'ruleSet':
        ok = RULE_SETS.has(x);
        break;
      case 'year':
        ok = x === null || Number.isSafeInteger(x);
        break;
      case 'nomineeKind':
        ok = KINDS.has(x);
        break;
      case 'unit':
        ok = unit(x);
        break;
      case 'award':
        ok = award(x);
        break;
      case 'outcome':
        ok = OUTCOMES.has(x);
        break;
      case 'criteria':
        ok = criteriaRoot(x);
        break;
      case 'missingFacts':
      case 'reasons':
        ok = strings(x);
        break;
      case 'lang':
        ok = LANGS.has(x);
        break;
      case 'achievements':
        ok = achievements(x);
        break;
      case 'priority':
        ok = priority(x);
        break;
      case 'outsideQuota':
        ok = typeof x === 'boolean';
        break;
      case 'submittedAt':
        if (typeof x !== 'string') return false;
        continue;
      default:
        return false;
    }
    if (!ok) return false;
    required++;
  }
  return required === REQUIRED;
}
