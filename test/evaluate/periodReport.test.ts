import { describe, expect, it } from 'vitest';
import { definePlan, evaluateNominationSync, type Nomination } from '../../src/index';
import { bundledDefinition } from '../helpers/plans';
import { readRulesJson } from '../helpers/rules';

/** The bundled plan with the period's III.2.2.a-collective-2 amended (3 recognised initiatives, not 2) from `effectiveFrom`. */
function periodAmendedFrom(effectiveFrom: string) {
  const period = structuredClone(readRulesJson('period-2026-2030.json')) as {
    criteria: { collective: { children: { id: string; conditions: { all: { value: unknown }[] } }[] } };
  };
  const node = period.criteria.collective.children.find((c) => c.id === 'III.2.2.a-collective-2')!;
  const count = node.conditions.all[0]!;
  if (count.value !== 2) throw new Error('period-2026-2030.json: III.2.2.a-collective-2 is no longer where this test looks');
  count.value = 3;
  return definePlan({
    ...bundledDefinition(),
    amendments: [
      {
        kind: 'amendment',
        version: '1.1.0',
        effectiveFrom,
        title: { vi: 'Điều chỉnh tiêu chí (ví dụ)', en: 'Criterion amended (example)' },
        replaces: { ruleSets: [period] },
      },
    ],
  });
}

const twoInitiatives: Nomination = {
  id: 'tt',
  ruleSet: 'period-2026-2030',
  nominee: { kind: 'collective', name: 'Tập thể', unit: { id: 'u' } },
  facts: { recognizedInitiativeCount: 2, leadingInMovement: false, outstandingYears: [], ratedExemplaryByCommune: false },
};

describe("the period summary is judged by the criteria in force on the commune's report, 31/3/2030 (issue 16 item 8)", () => {
  it.each([
    ['2030-03-31', '1.1.0', 'ineligible'],
    ['2030-01-01', '1.1.0', 'ineligible'],
    ['2030-04-01', '1.0.0', 'eligible'],
    ['2030-12-31', '1.0.0', 'eligible'],
  ] as const)('an amendment in force from %s: version %s, two recognised initiatives are %s (III.2.2.a-collective-2)', (from, version, outcome) => {
    const e = evaluateNominationSync(twoInitiatives, { plan: periodAmendedFrom(from) });
    expect(e.planVersion).toBe(version);
    expect(e.outcome).toBe(outcome);
  });
});

describe('when 2030 is among the years counted, the result notes that 2030 is not over by the 31/3/2030 report (issue 16 item 8)', () => {
  const collective = (years: number[]): Nomination => ({
    id: 'tt',
    ruleSet: 'period-2026-2030',
    nominee: { kind: 'collective', name: 'Tập thể', unit: { id: 'u' } },
    facts: { outstandingYears: years, ratedExemplaryByCommune: true },
  });
  const individual = (years: number[]): Nomination => ({
    id: 'cn',
    ruleSet: 'period-2026-2030',
    nominee: { kind: 'individual', name: 'Cá nhân', unit: { id: 'u' } },
    facts: { goodConduct: true, excellentCompletion: true, directRoleYears: years, outstandingAdvisory: true },
  });
  it.each([
    ['III.2.2.a-collective-3', '2028, 2029, 2030', collective([2028, 2029, 2030]), true],
    ['III.2.2.a-collective-3', '2030 alone', collective([2030]), true],
    ['III.2.2.a-collective-3', '2026, 2027, 2028', collective([2026, 2027, 2028]), false],
    ['III.2.2.a-individual-base-3', '2026, 2030, 2029', individual([2026, 2030, 2029]), true],
    ['III.2.2.a-individual-base-3', '2026, 2027, 2029', individual([2026, 2027, 2029]), false],
  ] as const)('%s with the years %s: noted %s', (clause, _years, n, noted) => {
    const vi = evaluateNominationSync(n);
    const en = evaluateNominationSync(n, { lang: 'en' });
    const note = vi.reasons.find((r) => r.includes('chưa kết thúc'));
    expect(note !== undefined).toBe(noted);
    if (noted) {
      expect(note).toBe(
        `[${clause}] Năm 2030 được tính nhưng chưa kết thúc khi Ủy ban nhân dân xã báo cáo (trước ngày 31/3/2030): thành tích năm 2030 chỉ là thành tích đến ngày báo cáo.`,
      );
      expect(en.reasons.at(-1)).toBe(
        `[${clause}] 2030 is counted but is not over when the commune People's Committee reports (before 31/3/2030): its achievements are only those up to the report.`,
      );
    }
  });
});
