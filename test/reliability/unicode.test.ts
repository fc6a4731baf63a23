import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateQuota,
  checkDeadline,
  defaultPlan,
  evaluateNomination,
  evaluateNominations,
  evaluateNominationSync,
  evaluateNominationsSync,
  type Nomination,
} from '../../src/index';
import { expectAllNfc } from './support/invariants';
import { decomposed, vietnameseName } from './support/odd';
import { PROPERTY_TIMEOUT, runs } from './support/runs';
import { allocationArb, deadlineInputArb, nominationArb } from './support/subjects';

// Vietnamese is typed both ways: precomposed (NFC, “ễ” as one character) and decomposed (NFD,
// “e” + circumflex + tilde), and some keyboards put the marks in another order. Names given
// either way must give the same evaluation, and every string the library answers with is NFC.

type Form = 'NFC' | 'NFD' | 'reordered';
const FORMS: readonly Form[] = ['NFC', 'NFD', 'reordered'];

/** The nomination with every text (IDs, names, unit, achievements) in one Unicode form. */
function inForm(n: Nomination<string>, form: Form): Nomination<string> {
  const t = (s: string): string => (form === 'NFC' ? s.normalize('NFC') : decomposed(s, form));
  const unit = n.nominee.unit;
  return {
    ...n,
    id: t(n.id),
    nominee: {
      ...n.nominee,
      name: t(n.nominee.name),
      unit: { ...unit, id: t(unit.id), ...(unit.name !== undefined && { name: t(unit.name) }) },
    },
    ...(n.achievements && {
      achievements: n.achievements.map((a) => ({ ...a, id: t(a.id), ...(a.title !== undefined && { title: t(a.title) }) })),
    }),
  };
}

/** A nomination whose texts are all Vietnamese, with marks to decompose. */
const vietnameseNomination = fc
  .tuple(nominationArb, vietnameseName, vietnameseName, vietnameseName, vietnameseName)
  .map(([n, id, unitId, unitName, title]) => ({
    ...n,
    id: `Hồ sơ ${id}`,
    nominee: { ...n.nominee, unit: { ...n.nominee.unit, id: unitId, name: unitName } },
    achievements: [{ id: `Thành tích ${title}`, title }],
  }));

describe('Vietnamese text in NFC or NFD', () => {
  it('the decomposed forms used here are really different strings that NFC makes equal', () => {
    const name = 'Nguyễn Thị Hợp Ặng';
    for (const form of ['NFD', 'reordered'] as const) {
      expect(decomposed(name, form)).not.toBe(name);
      expect(decomposed(name, form).normalize('NFC')).toBe(name);
    }
    expect(decomposed(name, 'reordered')).not.toBe(name.normalize('NFD'));
  });

  it(
    'a nomination typed in NFC, in NFD or with its marks reordered gets the same evaluation, all in NFC',
    () => {
      fc.assert(
        fc.property(vietnameseNomination, fc.constantFrom('vi', 'en'), (n, lang) => {
          const [nfc, ...others] = FORMS.map((f) => evaluateNominationSync(inForm(n, f) as never, { lang }));
          expectAllNfc(nfc);
          for (const other of others) expect(other).toStrictEqual(nfc);
          // Texts are the NFC of what was given, trimmed.
          expect(nfc!.nomineeName).toBe(n.nominee.name.normalize('NFC').trim());
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the engine path (evaluateNomination, evaluateNominations) gives the same evaluation for NFC and NFD names',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(vietnameseNomination, { minLength: 1, maxLength: 3 }), async (list) => {
          const batch = list.map((n, i) => ({ ...n, id: `${n.id} ${i}` }));
          const nfc = await evaluateNominations(batch.map((n) => inForm(n, 'NFC')) as never);
          const nfd = await evaluateNominations(batch.map((n) => inForm(n, 'NFD')) as never);
          expect(nfd).toStrictEqual(nfc);
          expect(await evaluateNomination(inForm(batch[0]!, 'reordered') as never)).toStrictEqual(nfc[0]);
          expectAllNfc(nfc);
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a batch evaluated from NFD names is allocated exactly as the same batch in NFC: same units, same achievements',
    () => {
      fc.assert(
        fc.property(allocationArb, fc.constantFrom<Form>('NFD', 'reordered'), ({ input, options }, form) => {
          // Rebuild the batch's nominations with Vietnamese unit IDs and achievement IDs in both forms.
          const evaluations = input as ReturnType<typeof evaluateNominationsSync>;
          const nominations = (form2: Form): Nomination<string>[] =>
            evaluations.map((e, i) =>
              inForm(
                {
                  id: e.nominationId,
                  ruleSet: e.ruleSet,
                  ...(e.year !== null && { year: e.year }),
                  nominee: {
                    kind: e.nomineeKind,
                    name: `Người đề nghị ${i}`,
                    unit: { id: `Đơn vị ${e.unit.id}`, ...(e.unit.block && { block: e.unit.block }) },
                  },
                  facts: factsOf(e),
                  achievements: e.achievements.map((a) => ({ id: `Thành tích ${a.id} Hợp tác` })),
                  outsideQuota: e.outsideQuota,
                },
                form2,
              ),
            );
          const nfc = allocateQuota(evaluateNominationsSync(nominations('NFC') as never), options as never);
          const other = allocateQuota(evaluateNominationsSync(nominations(form) as never), options as never);
          expect(other).toStrictEqual(nfc);
          expectAllNfc(nfc);
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkDeadline answers in NFC in both languages',
    () => {
      fc.assert(
        fc.property(deadlineInputArb, fc.constantFrom('vi', 'en'), (input, lang) => {
          expectAllNfc(checkDeadline(input as never, { lang }));
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('the bundled plan is in NFC throughout', () => {
    expectAllNfc(defaultPlan(), 'defaultPlan()');
  });
});

/** The facts an evaluation read, as the nomination gave them (unknown facts left out). */
function factsOf(e: ReturnType<typeof evaluateNominationSync>): Nomination['facts'] {
  const out: Record<string, unknown> = {};
  const walk = (node: typeof e.criteria): void => {
    for (const [k, v] of Object.entries(node.facts ?? {})) if (v !== null && k !== 'unitBlock') out[k] = v;
    for (const c of node.children ?? []) walk(c);
  };
  walk(e.criteria);
  return out as Nomination['facts'];
}
