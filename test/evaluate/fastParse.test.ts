import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseNomination } from '../../src/evaluate/fastParse';
import { toNfc } from '../../src/ground/nfc';
import { NominationSchema } from '../../src/index';
import { nominationFor, situation } from '../helpers/arbitraries';

// The fast path must accept only what the schema accepts, and return what it returns.
function agrees(input: unknown): void {
  const fast = fastParseNomination(input);
  if (fast === undefined) return; // unsure: zod decides
  const slow = NominationSchema.safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toEqual(slow.data);
}

const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const paths = ['id', 'ruleSet', 'year', 'nominee', 'nominee.kind', 'nominee.name', 'nominee.unit', 'nominee.unit.id', 'nominee.unit.name', 'nominee.unit.block', 'facts', 'achievements', 'submittedAt', 'outsideQuota', 'extra', 'facts.goodConduct', 'facts.reformRoles', 'facts.directRoleYears', 'facts.staffViolationCount', 'facts.parIndexRank', 'facts.unknownFact', '__proto__'];

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Record<string, unknown> = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) return;
    o = o[k] as Record<string, unknown>;
  }
  Object.defineProperty(o, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

describe('the fast path of nomination parsing', () => {
  it('returns exactly what the schema returns for well-formed nominations', () => {
    fc.assert(
      fc.property(situation, fc.boolean(), (s, partial) => {
        const input = nominationFor(s, partial);
        const fast = fastParseNomination(input);
        expect(fast).toBeDefined();
        agrees(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts what the schema refuses, and agrees with it on what both accept (near-valid input)', () => {
    fc.assert(
      fc.property(situation, fc.constantFrom(...paths), junk, (s, path, value) => {
        const input = JSON.parse(JSON.stringify(nominationFor(s, true))) as Record<string, unknown>;
        setAt(input, path, value);
        agrees(input);
      }),
      { numRuns: 5000 },
    );
  });

  it('trims and normalises texts to NFC like the schema', () => {
    const input = {
      id: '  hs-1 ',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name: ' Nguyễn Thị Lan '.normalize('NFD'), unit: { id: 'u', name: 'Phòng Văn hóa - Xã hội'.normalize('NFD') } },
    };
    expect(fastParseNomination(input)).toEqual(NominationSchema.parse(input));
    expect(fastParseNomination(input)?.nominee.name).toBe('Nguyễn Thị Lan');
  });
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
