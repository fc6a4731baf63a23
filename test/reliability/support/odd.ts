import fc from 'fast-check';

/**
 * Odd values: what a host's form, an import script or an attacker may send in place of the
 * expected one. Strings first, since every name and ID is one.
 */

/** Vietnamese letters with their marks, for names. */
const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const VIETNAMESE_UPPER = VIETNAMESE.toUpperCase();

/** A Vietnamese-looking name in NFC: one to four words of letters with diacritics. */
export const vietnameseName: fc.Arbitrary<string> = fc
  .array(
    fc
      .tuple(fc.constantFrom(...VIETNAMESE_UPPER), fc.array(fc.constantFrom(...VIETNAMESE), { minLength: 1, maxLength: 7 }))
      .map(([first, rest]) => first + rest.join('')),
    { minLength: 1, maxLength: 4 },
  )
  .map((words) => words.join(' ').normalize('NFC'));

/** The same text in another Unicode form: NFD, or with the tone mark and the vowel mark swapped. */
export function decomposed(s: string, how: 'NFD' | 'NFKD' | 'reordered'): string {
  if (how !== 'reordered') return s.normalize(how);
  // Canonically equivalent to NFD, with each pair of combining marks in the other order where
  // the two marks have different combining classes (e.g. dot below U+0323 and circumflex U+0302).
  return s
    .normalize('NFD')
    .replace(/(\u0323)([\u0302\u0306])/gu, '$2$1')
    .replace(/(\u031b)(\u0323)/gu, '$2$1');
}

/** Characters that trip text handling. */
const ODD_CHARS = [
  '\u0000', // NUL
  '\u0301', // a combining mark on its own
  '\u0323\u0302', // two combining marks with no base
  '\uD800', // a lone high surrogate
  '\uDFFF', // a lone low surrogate
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // byte order mark
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u061C', // Arabic letter mark
  '\u00A0', // no-break space
  '\u3000', // ideographic space
  '\u2028', // line separator
  '\t\r\n',
  '\u0344', // a character that NFC itself decomposes
  '\u212B', // ANGSTROM SIGN: NFC turns it into Å
  '\uFB01', // the ligature ﬁ (NFKC only)
  '👩🏽‍💻', // an emoji sequence with a ZWJ
  'ﷺ', // a character that NFKD expands to many
  '𝔘', // outside the BMP
  'Ǆ', // a character whose case forms differ
  '"\\\'`${}<>&',
  '__proto__',
  'constructor',
];

/** A string made of odd characters, optionally around ordinary text. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...ODD_CHARS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  fc
    .tuple(fc.array(fc.constantFrom(...ODD_CHARS), { maxLength: 3 }), vietnameseName, fc.array(fc.constantFrom(...ODD_CHARS), { maxLength: 3 }))
    .map(([a, s, b]) => a.join('') + s + b.join('')),
  vietnameseName.map((s) => s.normalize('NFD')),
  fc.constantFrom('', ' ', '   ', '\u200B', '\uFEFF', '\u00A0\u3000', '\u202E\u2066'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 199, max: 202 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 999, max: 1002 }).map((n) => 'ệ'.repeat(n)),
  fc.constant('a'.repeat(200_000)),
);

/** A value of another JSON or JavaScript type than expected. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    1,
    -1,
    0.5,
    2026.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    1e308,
    -1e308,
    '',
    '2026',
    'true',
    'null',
  ),
  // Objects are made anew for each run, so that no run sees another's (frozen) copy.
  fc.constantFrom('[]', '[null]', '{}', '[[]]').map((t) => JSON.parse(t) as unknown),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => new Date(Number.NaN) as unknown),
  fc.constant(null).map(() => new Date(8.64e15) as unknown),
  fc.constant(null).map(() => new Date(0) as unknown),
  fc.constant(null).map(() => new Map([['id', 'x']]) as unknown),
  fc.constant(null).map(() => new Set(['x']) as unknown),
  fc.constant(null).map(() => new String('x') as unknown),
  fc.constant(null).map(() => new Number(2026) as unknown),
  fc.constant(null).map(() => new Boolean(true) as unknown),
  fc.constant(null).map(() => new Uint8Array([1, 2]) as unknown),
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the odd inputs under test
  fc.constant(null).map(() => [1, , 3] as unknown),
  fc.constant(null).map(() => ({ length: 1, 0: 'x' }) as unknown),
  fc.constant(10n as unknown),
  fc.constant(null).map(() => Symbol('odd') as unknown),
  fc.constant(null).map(() => (() => 1) as unknown),
  oddString,
  fc.jsonValue({ maxDepth: 2 }),
);

/** Keys that reach into prototypes when a program copies objects carelessly. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * What to put under a dangerous key: something a careless merge would spread onto
 * Object.prototype (a marker the tests then look for).
 */
export const POLLUTION_MARKER = 'polluted_by_thi_dua_cchc_test';
export function pollutingPayload(): Record<string, unknown> {
  return JSON.parse(`{"${POLLUTION_MARKER}": true, "prototype": {"${POLLUTION_MARKER}": true}}`) as Record<string, unknown>;
}

/** Arbitrary values of every kind fast-check makes, odd objects included. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
  key: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...DANGEROUS_KEYS, 'id', 'ruleSet', 'facts', 'track', 'level', 'meta')),
});
