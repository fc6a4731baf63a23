import * as z from 'zod/mini';
import { toNfc } from '../ground/nfc';
import { REFORM_ROLES } from '../schema/facts';
import { instantInRange, RULE_SET_IDS, type ParsedNomination } from '../schema/nomination';

// A fast path in front of NominationSchema, for the common case of a well-formed nomination.
// It accepts only what it is sure the schema accepts, and returns exactly what the schema
// would return; for anything else it answers `undefined` and the caller asks zod, which
// decides and reports the issues. A differential test holds the two together.

type Plain = Record<string, unknown>;

const NO = undefined;
const ROLES: ReadonlySet<unknown> = new Set(REFORM_ROLES);
const RULE_SETS: ReadonlySet<unknown> = new Set(RULE_SET_IDS);
const KINDS: ReadonlySet<unknown> = new Set(['collective', 'individual']);
const BLOCKS: ReadonlySet<unknown> = new Set(['department', 'ward', 'commune', 'special-zone']);

let isoInstant: z.ZodMiniType | undefined;

/**
 * Forgets the instant schema built on first use. Not public (the barrel does not export it): the mutation run calls it
 * before each test file (test/stryker.setup.ts), as a fresh module would.
 */
export function forgetInstantSchema(): void {
  isoInstant = undefined;
}

function isPlain(v: unknown): v is Plain {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

// for…in allocates nothing; a plain object has no inherited enumerable keys (and if
// Object.prototype were polluted with one, the key is unknown here and zod decides).
function onlyKeys(o: Plain, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

/** trim → length check on the trimmed text → NFC, as IdSchema and TextSchema do. */
function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return NO;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? toNfc(t) : NO;
}

function int(v: unknown, min: number, max: number): v is number {
  return Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
}

function intList(v: unknown, maxLength: number): boolean {
  if (!Array.isArray(v) || v.length > maxLength) return false;
  for (const x of v) if (!int(x, 1900, 2200)) return false;
  return true;
}

const UNIT_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'block']);
const NOMINEE_KEYS: ReadonlySet<string> = new Set(['kind', 'name', 'unit']);
const ACHIEVEMENT_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'year']);

/**
 * Checks the facts without copying them: the caller reads them synchronously, in the same
 * call, and copies what it keeps (knownFacts copies lists), so the input is never retained.
 */
function factsOk(v: unknown): v is Plain {
  if (!isPlain(v)) return false;
  for (const k in v) {
    const x = v[k];
    // A switch on the key compares interned strings: cheaper than Set lookups on the hot path.
    switch (k) {
      case 'goodConduct':
      case 'excellentCompletion':
      case 'appliedInitiative':
      case 'outstandingAdvisory':
      case 'highResponsibility':
      case 'selectedByUnit':
      case 'initiativeRecognized':
      case 'initiativeReplicable':
      case 'outstandingReformResults':
      case 'reformTargetsMet':
      case 'administrativeDiscipline':
      case 'noDelaysOrHarassment':
      case 'outstandingServiceResults':
      case 'leadingInMovement':
      case 'periodTargetsExcellent':
      case 'ratedExemplaryByCommune':
      case 'handlesProcedures':
      case 'drivesDigitalTransformation':
        if (x !== true && x !== false && x !== null && x !== undefined) return false;
        break;
      case 'reformRoles':
        if (x === null || x === undefined) break;
        if (!Array.isArray(x) || x.length > 20) return false;
        for (const r of x) if (!ROLES.has(r)) return false;
        break;
      case 'directRoleYears':
      case 'outstandingYears':
        if (x !== null && x !== undefined && !intList(x, 100)) return false;
        break;
      case 'staffViolationCount':
      case 'recognizedInitiativeCount':
        if (x !== null && x !== undefined && !int(x, 0, 1_000_000)) return false;
        break;
      case 'parIndexRank':
        if (x !== null && x !== undefined && !int(x, 1, 1_000_000)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function unit(v: unknown): ParsedNomination['nominee']['unit'] | undefined {
  if (!isPlain(v) || !onlyKeys(v, UNIT_KEYS)) return NO;
  const id = text(v['id'], 200);
  if (id === NO) return NO;
  const out: ParsedNomination['nominee']['unit'] = { id };
  if (v['name'] !== undefined) {
    const name = text(v['name'], 1000);
    if (name === NO) return NO;
    out.name = name;
  }
  if (v['block'] !== undefined) {
    if (!BLOCKS.has(v['block'])) return NO;
    out.block = v['block'] as NonNullable<typeof out.block>;
  }
  return out;
}

function achievements(v: unknown): ParsedNomination['achievements'] | undefined {
  if (!Array.isArray(v) || v.length > 100) return NO;
  const out: NonNullable<ParsedNomination['achievements']> = [];
  for (const a of v) {
    if (!isPlain(a) || !onlyKeys(a, ACHIEVEMENT_KEYS)) return NO;
    const id = text(a['id'], 200);
    if (id === NO) return NO;
    const item: (typeof out)[number] = { id };
    if (a['title'] !== undefined) {
      const title = text(a['title'], 1000);
      if (title === NO) return NO;
      item.title = title;
    }
    if (a['year'] !== undefined) {
      if (!int(a['year'], 1900, 2200)) return NO;
      item.year = a['year'];
    }
    out.push(item);
  }
  return out;
}

/**
 * Parses a nomination without zod when it is plainly well-formed.
 * @returns What `NominationSchema.parse(input)` returns (deep-equal; `facts` is the input's
 *   own object, checked, not copied), or `undefined` when unsure.
 */
export function fastParseNomination(input: unknown): ParsedNomination | undefined {
  if (!isPlain(input)) return NO;
  for (const k in input) {
    switch (k) {
      case 'id':
      case 'ruleSet':
      case 'year':
      case 'nominee':
      case 'facts':
      case 'achievements':
      case 'submittedAt':
      case 'outsideQuota':
        break;
      default:
        return NO;
    }
  }
  const id = text(input['id'], 200);
  if (id === NO || !RULE_SETS.has(input['ruleSet'])) return NO;
  const nominee = input['nominee'];
  if (!isPlain(nominee) || !onlyKeys(nominee, NOMINEE_KEYS) || !KINDS.has(nominee['kind'])) return NO;
  const name = text(nominee['name'], 1000);
  const u = unit(nominee['unit']);
  if (name === NO || u === NO) return NO;
  const out: ParsedNomination = {
    id,
    ruleSet: input['ruleSet'] as ParsedNomination['ruleSet'],
    nominee: { kind: nominee['kind'] as ParsedNomination['nominee']['kind'], name, unit: u },
  };
  const year = input['year'];
  if (year !== undefined) {
    if (!int(year, 1900, 2200)) return NO;
    out.year = year;
  }
  const facts = input['facts'];
  if (facts !== undefined) {
    if (!factsOk(facts)) return NO;
    out.facts = facts as ParsedNomination['facts'];
  }
  if (input['achievements'] !== undefined) {
    const a = achievements(input['achievements']);
    if (a === NO) return NO;
    out.achievements = a;
  }
  const submittedAt = input['submittedAt'];
  if (submittedAt !== undefined) {
    if (typeof submittedAt !== 'string') return NO;
    isoInstant ??= z.iso.datetime({ offset: true });
    if (!isoInstant.safeParse(submittedAt).success || !instantInRange(submittedAt)) return NO;
    out.submittedAt = submittedAt;
  }
  const outsideQuota = input['outsideQuota'];
  if (outsideQuota !== undefined) {
    if (typeof outsideQuota !== 'boolean') return NO;
    out.outsideQuota = outsideQuota;
  }
  return out;
}
