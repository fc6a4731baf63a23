import { describe, expect, it } from 'vitest';
import { fastParseNomination } from '../../src/evaluate/fastParse';
import { NominationSchema } from '../../src/index';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// The fast path in front of the nomination schema (fastParseNomination) answers exactly as the
// schema does for what it accepts, and hands the rest to zod. Its limits must be the schema's
// limits, to the unit: a well-formed input at a limit takes the fast path (and gets the
// schema's answer), one just past it is refused by both. Mutation testing found that nothing
// held the fast path to the limits (a limit moved by one only slowed things).

type Json = Record<string, unknown>;
const base = (): Json => JSON.parse(JSON.stringify(eligibleGrassrootsIndividual())) as Json;
const withPath = (path: string, value: unknown): Json => {
  const n = base();
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
  ['achievements', [{ id: 'a'.repeat(200), title: 't'.repeat(1000), year: 1900 }, { id: 'b', year: 2200 }]],
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

describe('the nomination fast path keeps the schema’s limits to the unit', () => {
  for (const [path, value] of AT_LIMIT) {
    it(`takes ${path} = ${shown(value)} (at the limit) and answers as the schema does`, () => {
      const input = withPath(path, value);
      const fast = fastParseNomination(input);
      expect(fast, 'the fast path takes it').toBeDefined();
      expect(fast).toEqual(NominationSchema.parse(input));
    });
  }
  for (const [path, value] of PAST_LIMIT) {
    it(`hands ${path} = ${shown(value)} (past the limit) to the schema, which refuses it`, () => {
      const input = withPath(path, value);
      expect(fastParseNomination(input)).toBeUndefined();
      expect(NominationSchema.safeParse(input).success).toBe(false);
    });
  }
  it('leaves out what is not a plain object, and objects without prototype are plain', () => {
    for (const v of [null, 1, 'x', [], new Date(0), new Map()]) expect(fastParseNomination(v)).toBeUndefined();
    const bare = Object.assign(Object.create(null) as Json, base());
    expect(fastParseNomination(bare)).toEqual(NominationSchema.parse(base()));
  });
});

function shown(v: unknown): string {
  if (Array.isArray(v)) return `[${v.length} items]`;
  if (typeof v === 'string') return v.length > 12 ? `"${v.slice(0, 6)}…" (${v.length} characters)` : JSON.stringify(v);
  return JSON.stringify(v);
}
