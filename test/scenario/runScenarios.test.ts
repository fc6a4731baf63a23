import { describe, expect, it } from 'vitest';
import { definePlan, runScenarios, type ScenarioFile } from '../../src/index';
import { ScenarioFileSchema } from '../../src/schemas';
import { evaluationCaseFiles } from '../helpers/cases';
import { refusalOf } from '../helpers/issues';
import { topThreeDefinition } from '../helpers/plans';

const shipped = (): ScenarioFile[] => evaluationCaseFiles().map(({ data }) => data as unknown as ScenarioFile);

/** The bundled plan, amended from 1/12/2026 (in force for 2026's scenarios) so that a commune must rank in the top 3, not the top 5. */
const topThreePlan = () => definePlan(topThreeDefinition('2026-12-01'));

describe('runScenarios runs legal scenarios against a plan', () => {
  it('every scenario shipped in rules/scenarios/ passes under the bundled plan', () => {
    const files = shipped();
    for (const file of files) expect(ScenarioFileSchema.safeParse(file).success).toBe(true);
    const report = runScenarios(files);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(files.reduce((n, f) => n + f.cases.length, 0));
    expect(report.results.every((r) => r.passed && r.differences.length === 0)).toBe(true);
  });

  it('an amendment changing one threshold makes scenarios fail, and only scenarios citing that clause', () => {
    const report = runScenarios(shipped(), { plan: topThreePlan(), lang: 'en' });
    const failed = report.results.filter((r) => !r.passed);
    expect(failed.map((r) => r.name)).toEqual([
      'a commune ranked 5th is in the top 5',
      'a ward ranked 5th is in the top 5',
      'a special zone ranked 5th is in the top 5',
      'a unit ranked 4th whose block nobody supplied is undetermined, and the block is the missing fact',
    ]);
    for (const r of failed) {
      expect(r.clauses).toContain('III.2.1.2.a-collective-2');
      expect(r.planVersion).toBe('1.1.0');
      expect(r.differences).toContainEqual(expect.objectContaining({ what: 'criterion', clause: 'III.2.1.2.a-collective-2', actual: 'not-met' }));
    }
    expect(report.failed).toBe(failed.length);
    expect(report.passed + report.failed).toBe(report.results.length);
  });

  it('a failed scenario says what differs, in Vietnamese by default and in English', () => {
    const file = shipped().find((f) => f.ruleSet === 'annual-city')!;
    const one = [{ ...file, cases: file.cases.filter((c) => c.name === 'a commune ranked 5th is in the top 5') }];
    const [vi] = runScenarios(one, { plan: topThreePlan() }).results;
    const [en] = runScenarios(one, { plan: topThreePlan(), lang: 'en' }).results;
    expect(vi?.summary).toBe(
      'KHÔNG ĐẠT [annual-city] a commune ranked 5th is in the top 5 — kết quả: cần đủ tiêu chuẩn, được không đủ tiêu chuẩn; III.2.1.2.a-collective-2: cần đạt, được không đạt',
    );
    expect(en?.summary).toBe(
      'FAILED [annual-city] a commune ranked 5th is in the top 5 — outcome: expected eligible, got ineligible; III.2.1.2.a-collective-2: expected met, got not met',
    );
    expect(runScenarios(one).results[0]?.summary).toBe('ĐẠT [annual-city] a commune ranked 5th is in the top 5');
  });

  it('a criterion the tree does not have, a wrong missing-fact list and a wrong exercise are differences', () => {
    const base = shipped().find((f) => f.ruleSet === 'annual-city')!;
    const scenario = (expect: ScenarioFile['cases'][number]['expect'], exercises?: Record<string, 'met' | 'not-met'>): ScenarioFile => ({
      ...base,
      cases: [{ name: 'a commune ranked 6th', kind: 'collective', facts: { parIndexRank: 6 }, expect, ...(exercises && { exercises }) }],
    });
    const differences = (file: ScenarioFile) => runScenarios([file]).results[0]?.differences;
    expect(differences(scenario({ outcome: 'ineligible', criteria: { 'III.9.9': 'met' } }))).toEqual([
      { what: 'criterion', clause: 'III.9.9', expected: 'met', actual: 'absent' },
    ]);
    expect(differences(scenario({ outcome: 'ineligible', criteria: {}, missingFacts: ['unitBlock'] }))).toEqual([
      { what: 'missingFacts', expected: 'unitBlock', actual: '' },
    ]);
    expect(differences(scenario({ outcome: 'ineligible', criteria: {} }, { 'III.1.1': 'met' }))).toEqual([
      { what: 'exercise', clause: 'III.1.1', expected: 'met', actual: 'not-met' },
    ]);
  });

  it.each([
    ['a misspelt fact in a case', (f: ScenarioFile) => ({ ...f, cases: [{ ...f.cases[0]!, facts: { parIndexRnk: 2 } }] }), [0, 'cases', 0, 'facts']],
    [
      'a fact of the wrong type in the bases',
      (f: ScenarioFile) => ({ ...f, bases: { ...f.bases, collective: { parIndexRank: 'first' } } }),
      [0, 'bases', 'collective', 'parIndexRank'],
    ],
    ['a rule set the plan does not have', (f: ScenarioFile) => ({ ...f, ruleSet: 'annual-province' }), [0, 'ruleSet']],
    [
      'an outcome that is no outcome',
      (f: ScenarioFile) => ({ ...f, cases: [{ ...f.cases[0]!, expect: { outcome: 'passed', criteria: {} } }] }),
      [0, 'cases', 0, 'expect', 'outcome'],
    ],
    ['a unit without an ID', (f: ScenarioFile) => ({ ...f, unit: { name: 'UBND xã' } }), [0, 'unit', 'id']],
  ] as const)('%s is refused with its path in the files', (_name, change, path) => {
    const file = shipped().find((f) => f.ruleSet === 'annual-city')!;
    const refusal = refusalOf(() => runScenarios([change(file) as ScenarioFile], { lang: 'en' }));
    expect(refusal.issues.map((i) => i.path)).toContainEqual(path);
  });

  it('the files given are not changed', () => {
    const files = shipped();
    const copy = structuredClone(files);
    runScenarios(files, { plan: topThreePlan() });
    expect(files).toStrictEqual(copy);
  });
});

describe('runScenarios judges each case under the version asked for', () => {
  it('planVersion names the version; without it each case takes the version in force at the end of its year', () => {
    const plan = definePlan(topThreeDefinition('2028-01-01'));
    const files = shipped().filter((f) => f.ruleSet === 'annual-city');
    expect(runScenarios(files, { plan }).failed).toBe(0);
    expect(runScenarios(files, { plan, planVersion: '1.1.0' }).failed).toBe(4);
    expect(runScenarios(files, { plan, planVersion: '1.1.0' }).results.every((r) => r.planVersion === '1.1.0')).toBe(true);
  });
});
