import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateQuota, checkDeadline, evaluateNominationSync, FACT_INFO, ISSUE_CODES, type IssueCode } from '../../src/index';
import { ISSUE_MESSAGES } from '../../src/validation/issueMessages';
import type { IssueParams } from '../../src/validation/issue';
import { WEEKDAY_NAMES } from '../../src/deadline/workingDays';
import { PROPERTY_TIMEOUT, runs } from './support/runs';
import { allocationArb, deadlineInputArb, nominationArb } from './support/subjects';

// Every message exists in Vietnamese and in English: the issue messages, code by code, and
// the sentences the three functions answer with (reasons, notes, explanations), which must
// say the same things in both languages, each citing the same clause.

/** Parameters as the library passes them, for every code (the type makes the table complete). */
const PARAMS: { readonly [C in IssueCode]: IssueParams[C] } = {
  invalid_type: { expected: 'string', received: 'number' },
  too_big: { origin: 'array', maximum: 20, inclusive: true },
  too_small: { origin: 'string', minimum: 1, inclusive: true },
  invalid_format: { format: 'date' },
  not_multiple_of: { divisor: 2 },
  unrecognized_keys: { keys: ['goodConduc'] },
  invalid_union: {},
  invalid_key: {},
  invalid_element: {},
  invalid_value: { values: ['vi', 'en'] },
  custom: { reason: 'instant_in_range' },
  year_required: { ruleSet: 'annual-city' },
  year_out_of_period: { year: 2031, from: 2026, to: 2030 },
  rule_set_not_in_plan: { planId: 'vinh-bao-cchc-2026-2030', ruleSet: 'annual-city' },
  unknown_fact: { fact: 'goodConduc' },
  unknown_clause: { clause: 'III.9' },
  unknown_operator: { operator: 'path' },
  invalid_operator_value: { operator: 'lessThan', expected: 'number' },
  operator_not_for_fact: { operator: 'lessThan', fact: 'goodConduct', operators: ['equal', 'notEqual'] },
  duplicate_id: { id: 'hs-01' },
  not_a_plan: { argument: 'options.plan' },
  period_reversed: { from: 2030, to: 2026 },
  rule_set_not_listed: { ruleSet: 'annual-city' },
  annual_milestone_without_year: { milestone: 'submit', track: 'ad-hoc' },
  presentation_keys_invalid: {},
  presentation_kinds_invalid: {},
  award_coefficients_missing: { award: 'bang-khen', ruleSet: 'annual-city' },
  amendment_not_after: { previous: '2026-01-01' },
  deadlines_not_in_plan: { planId: 'p' },
  amendment_replaces_nothing: {},
  not_an_evaluation: {},
  evaluation_award_mismatch: { ruleSet: 'annual-grassroots', award: 'giay-khen' },
  evaluation_root_mismatch: { root: 'III.2.1.1.a-individual' },
  evaluation_outcome_mismatch: { result: 'met' },
  evaluation_priority_mismatch: { criteria: ['III.2.1.1.b-priority-1'] },
  evaluation_score_mismatch: { score: 2 },
  unknown_plan_version: { planId: 'vinh-bao-cchc-2026-2030', version: '9.9.9', versions: ['1.0.0', '1.1.0'] },
  invalid_json: { detail: 'Unexpected token } in JSON at position 12' },
  unknown_preset: { preset: 'city-individual' },
  rule_set_mismatch: { ruleSet: 'annual-city', level: 'annual-grassroots' },
  plan_mismatch: { field: 'ID', value: 'other', expected: 'vinh-bao-cchc-2026-2030' },
  year_mismatch: { year: 2027, expected: 2026 },
  outside_quota_not_allowed: { level: 'annual-grassroots' },
  budget_not_applicable: { level: 'annual-city', payer: 'city' },
  decision_date_required: {},
  parameter_not_in_force: { parameter: 'base-salary', date: '2020-01-01', from: '2024-07-01' },
  quota_rules_not_in_plan: { planId: 'p', level: 'annual-city' },
  parameters_not_in_plan: { planId: 'p' },
  track_not_in_plan: { planId: 'p', track: 'ad-hoc' },
  not_for_track: { field: 'periodSummaryDeadline', for: 'period-2026-2030', track: 'annual-city' },
  date_range_reversed: { from: '2027-02-10', to: '2027-02-05' },
  date_not_in_year: { date: '2026-12-31', year: 2027 },
  achievement_year_out_of_range: { achievement: 'sk-2019', year: 2019, from: 2026, to: 2027, assessed: true },
  not_plain_data: { kind: 'accessor' },
  unreadable: {},
  invisible_character: { codePoint: 'U+200B' },
  control_character: { codePoint: 'U+0000' },
  too_many_issues: { omitted: 59_900, max: 100 },
  decided_after_decision: { decidedOn: '2027-01-01', decisionDate: '2026-12-15' },
};

/** A message that leaked a placeholder instead of a value. */
const LEAK = /undefined|\[object Object\]|NaN|\$\{/u;

describe('issue messages in both languages', () => {
  it('ISSUE_MESSAGES has exactly one entry per issue code', () => {
    expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual([...ISSUE_CODES].sort());
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
  });

  for (const code of ISSUE_CODES) {
    it(`“${code}” has a Vietnamese and an English message, different, complete and in NFC`, () => {
      const m = (ISSUE_MESSAGES[code] as (p: IssueParams[typeof code]) => { vi: string; en: string })(PARAMS[code]);
      expect(Object.keys(m).sort()).toEqual(['en', 'vi']);
      for (const text of [m.vi, m.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(LEAK);
        expect(text).toBe(text.normalize('NFC'));
      }
      expect(m.vi).not.toBe(m.en);
    });

    it(`“${code}” still has both messages when its parameters are missing`, () => {
      const m = (ISSUE_MESSAGES[code] as (p: object) => { vi: string; en: string })({});
      expect(typeof m.vi === 'string' && m.vi.length > 0).toBe(true);
      expect(typeof m.en === 'string' && m.en.length > 0).toBe(true);
    });
  }
});

describe('other texts in both languages', () => {
  it('every fact has its statement in Vietnamese and English', () => {
    for (const [name, info] of Object.entries(FACT_INFO)) {
      expect(info.text.vi.length, name).toBeGreaterThan(0);
      expect(info.text.en.length, name).toBeGreaterThan(0);
      expect(info.text.vi, name).not.toBe(info.text.en);
    }
  });

  it('the seven weekdays are named in both languages', () => {
    expect(WEEKDAY_NAMES).toHaveLength(7);
    for (const d of WEEKDAY_NAMES) {
      expect(d.vi.length).toBeGreaterThan(0);
      expect(d.en.length).toBeGreaterThan(0);
    }
  });

  /** Each sentence starts with the clause it cites, in brackets. */
  function clauses(sentences: readonly string[]): string[] {
    return sentences.map((s) => /^\[([^\]]+)\]/u.exec(s)?.[1] ?? `(no clause: ${s})`);
  }

  function expectSameSentences(vi: readonly string[], en: readonly string[]): void {
    expect(en.length).toBe(vi.length);
    expect(clauses(en)).toEqual(clauses(vi));
    vi.forEach((s, i) => {
      for (const text of [s, en[i]!]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(LEAK);
      }
      expect(s).not.toBe(en[i]);
    });
  }

  it(
    'an evaluation gives one reason per deciding criterion in each language, citing the same clauses',
    () => {
      fc.assert(
        fc.property(nominationArb, (n) => {
          const vi = evaluateNominationSync(n, { lang: 'vi' });
          const en = evaluateNominationSync(n, { lang: 'en' });
          expectSameSentences(vi.reasons, en.reasons);
          expect({ ...en, reasons: vi.reasons, lang: 'vi' }).toStrictEqual(vi);
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkDeadline gives the same notes in each language, citing the same clauses',
    () => {
      fc.assert(
        fc.property(deadlineInputArb, (input) => {
          const vi = checkDeadline(input as never, { lang: 'vi' });
          const en = checkDeadline(input as never, { lang: 'en' });
          expectSameSentences(vi.notes, en.notes);
          expect(en.milestones.map((m) => [m.id, m.status, m.lastDay])).toEqual(vi.milestones.map((m) => [m.id, m.status, m.lastDay]));
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'allocateQuota explains every entry and tie in each language, citing the same clauses',
    () => {
      fc.assert(
        fc.property(allocationArb, ({ input, options }) => {
          const o = options as Record<string, unknown>;
          const vi = allocateQuota(input, { ...o, lang: 'vi' } as never);
          const en = allocateQuota(input, { ...o, lang: 'en' } as never);
          const explanations = (a: typeof vi) => [...a.selected, ...a.notSelected, ...a.outsideQuota, ...a.ties].map((e) => `[${e.clause}] ${e.explanation}`);
          expectSameSentences(explanations(vi), explanations(en));
          expect(en.notes.length).toBe(vi.notes.length);
          vi.notes.forEach((note, i) => {
            expect(note.length).toBeGreaterThan(0);
            expect(note).not.toMatch(LEAK);
            expect(en.notes[i]).not.toBe(note);
          });
        }),
        runs(),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
