import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeadline, defaultPlan, evaluateNominations, evaluateNominationsSync, RULE_SET_IDS, type DeadlineInput, type Nomination } from '../../src/index';
import { nominationFor, situation } from '../helpers/arbitraries';
import { FC_RUNS } from '../reliability/support/runs';

// Given no plan, the functions read the bundled plan less the text written for readers
// (src/plan/answering.ts: no quota notes, clause list, legal bases, calendar references). Given
// the whole plan, defaultPlan(), they must answer exactly the same: nothing an answer reads was
// left out. allocateQuota's check is in test/quota/properties.test.ts, on its batches.
const RUNS = FC_RUNS >= 1_000 ? 1_000 : 200;

describe('the whole bundled plan given as options.plan gives the same answers as none', () => {
  for (const ruleSet of RULE_SET_IDS) {
    for (const kind of ['collective', 'individual'] as const) {
      it(`${ruleSet} ${kind}: the same evaluations of ${RUNS} generated nominations, sync and async, in both languages`, async () => {
        const batch: Nomination[] = fc
          .sample(
            situation.map((s) => ({ ...s, ruleSet, kind })),
            { numRuns: RUNS, seed: 20261128 + ruleSet.length + kind.length },
          )
          .map((s, i) => nominationFor(s, i % 2 === 0, `n${i}`));
        for (const lang of ['vi', 'en'] as const) {
          const own = evaluateNominationsSync(batch, { lang });
          expect(evaluateNominationsSync(batch, { lang, plan: defaultPlan() })).toStrictEqual(own);
          const some = batch.slice(0, 50);
          expect(await evaluateNominations(some, { lang, plan: defaultPlan() })).toStrictEqual(await evaluateNominations(some, { lang }));
          expect(new Set(own.map((e) => e.outcome)).size).toBeGreaterThan(1);
        }
      }, 120_000);
    }
  }

  it('the same deadline checks for every track, year, reading, submission and date of asking, in both languages', () => {
    const tracks = ['annual-grassroots', 'annual-city', 'ad-hoc', 'period-2026-2030'] as const;
    const instants = ['2026-01-02T09:00:00+07:00', '2026-11-19T17:30:00Z', '2027-02-16T23:59:59+07:00', '2028-11-30T08:00:00+07:00', '2030-12-31T16:59:59Z'];
    let checked = 0;
    for (const track of tracks) {
      for (const year of [undefined, 2026, 2027, 2030]) {
        for (const reading of [undefined, 'strict', 'inclusive'] as const) {
          for (const submittedAt of [undefined, ...instants]) {
            for (const asOf of [undefined, instants[1], instants[3]]) {
              const input = {
                track,
                ...(year !== undefined && { year }),
                ...(reading && { reading }),
                ...(submittedAt && { submittedAt }),
                ...(asOf && { asOf }),
              } as DeadlineInput;
              for (const lang of ['vi', 'en'] as const) {
                let own: unknown;
                try {
                  own = checkDeadline(input, { lang });
                } catch (error) {
                  expect(() => checkDeadline(input, { lang, plan: defaultPlan() })).toThrow(error as Error);
                  continue;
                }
                expect(checkDeadline(input, { lang, plan: defaultPlan() })).toStrictEqual(own);
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 60_000);
});
