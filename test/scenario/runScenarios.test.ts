import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { definePlan, runScenarios, type DeadlineScenarioFile, type EvaluationScenarioFile, type QuotaScenarioFile, type ScenarioFile } from '../../src/index';
import { ScenarioFileSchema } from '../../src/schemas';
import { evaluationCaseFiles } from '../helpers/cases';
import { refusalOf } from '../helpers/issues';
import { topThreeDefinition } from '../helpers/plans';

const shipped = (): EvaluationScenarioFile[] => evaluationCaseFiles().map(({ data }) => data as unknown as EvaluationScenarioFile);
const scenarioDir = new URL('../../rules/scenarios/', import.meta.url);
/** Every scenario file the package ships, evaluation and deadline. */
const allShipped = (): ScenarioFile[] =>
  readdirSync(scenarioDir)
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, scenarioDir), 'utf8')) as ScenarioFile);
const deadlineFile = () => allShipped().find((f): f is DeadlineScenarioFile => f.kind === 'deadline-scenarios')!;
const quotaFile = () => allShipped().find((f): f is QuotaScenarioFile => f.kind === 'quota-scenarios')!;

/** The bundled plan, amended from 1/12/2026 (in force for 2026's scenarios) so that a commune must rank in the top 3, not the top 5. */
const topThreePlan = () => definePlan(topThreeDefinition('2026-12-01'));

describe('runScenarios runs legal scenarios against a plan', () => {
  it('every scenario shipped in rules/scenarios/ passes under the bundled plan, evaluations, deadlines and allocations', () => {
    const files = allShipped();
    expect(files.map((f) => f.kind ?? 'evaluation-scenarios').sort()).toEqual([
      'deadline-scenarios',
      'evaluation-scenarios',
      'evaluation-scenarios',
      'evaluation-scenarios',
      'quota-scenarios',
    ]);
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
    const scenario = (expect: EvaluationScenarioFile['cases'][number]['expect'], exercises?: Record<string, 'met' | 'not-met'>): EvaluationScenarioFile => ({
      ...base,
      cases: [{ name: 'a commune ranked 6th', kind: 'collective', facts: { parIndexRank: 6 }, expect, ...(exercises && { exercises }) }],
    });
    const differences = (file: EvaluationScenarioFile) => runScenarios([file]).results[0]?.differences;
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
    ['a misspelt fact in a case', (f: EvaluationScenarioFile) => ({ ...f, cases: [{ ...f.cases[0]!, facts: { parIndexRnk: 2 } }] }), [0, 'cases', 0, 'facts']],
    [
      'a fact of the wrong type in the bases',
      (f: EvaluationScenarioFile) => ({ ...f, bases: { ...f.bases, collective: { parIndexRank: 'first' } } }),
      [0, 'bases', 'collective', 'parIndexRank'],
    ],
    ['a rule set the plan does not have', (f: EvaluationScenarioFile) => ({ ...f, ruleSet: 'annual-province' }), [0, 'ruleSet']],
    [
      'an outcome that is no outcome',
      (f: EvaluationScenarioFile) => ({ ...f, cases: [{ ...f.cases[0]!, expect: { outcome: 'passed', criteria: {} } }] }),
      [0, 'cases', 0, 'expect', 'outcome'],
    ],
    ['a unit without an ID', (f: EvaluationScenarioFile) => ({ ...f, unit: { name: 'UBND xã' } }), [0, 'unit', 'id']],
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

describe('runScenarios runs deadline scenarios (III.3)', () => {
  const one = (name: string, change: (c: DeadlineScenarioFile['cases'][number]) => DeadlineScenarioFile['cases'][number] = (c) => c): DeadlineScenarioFile => {
    const file = deadlineFile();
    return { ...file, cases: file.cases.filter((c) => c.name === name).map(change) };
  };
  const onTime = 'a grassroots dossier arriving at 23:59 on 19/11/2026, Vietnam time, is on time (III.3.1-grassroots)';

  it('a deadline scenario passes with its track and the plan version', () => {
    const [r] = runScenarios([one(onTime)]).results;
    expect(r).toMatchObject({ subject: 'deadline', about: 'annual-grassroots', passed: true, clauses: ['III.3.1-grassroots'], planVersion: '1.0.0' });
  });

  it('each field that differs is named by its path, and a wrong exercise too', () => {
    const wrong = one(onTime, (c) => ({
      ...c,
      expect: {
        ...c.expect,
        onTime: false,
        milestones: { dossier: { ...c.expect.milestones['dossier'], lastWorkingDay: '2026-11-18' }, report: { status: 'late' } },
      },
      exercises: { 'III.3.1-grassroots': 'not-met' },
    }));
    const [r] = runScenarios([wrong], { lang: 'en' }).results;
    expect(r?.passed).toBe(false);
    expect(r?.differences).toEqual([
      { what: 'field', field: 'onTime', expected: 'false', actual: 'true' },
      { what: 'field', field: 'milestones.dossier.lastWorkingDay', expected: '2026-11-18', actual: '2026-11-19' },
      { what: 'field', field: 'milestones.report', expected: 'present', actual: 'absent' },
      { what: 'exercise', clause: 'III.3.1-grassroots', expected: 'not-met', actual: 'met' },
    ]);
    expect(r?.summary).toContain('milestones.dossier.lastWorkingDay: expected 2026-11-18, got 2026-11-19');
  });

  it('a deadline input that is not valid is refused with its path in the files', () => {
    const bad = one(onTime, (c) => ({ ...c, input: { ...c.input, track: 'annual-province' } }));
    const refusal = refusalOf(() => runScenarios([shipped()[0]!, bad]));
    expect(refusal.issues.map((i) => i.path)).toEqual([[1, 'cases', 0, 'input', 'track']]);
  });

  it('a file of no known kind is refused at its place', () => {
    const refusal = refusalOf(() => runScenarios([{ kind: 'award-scenarios' } as never]));
    expect(refusal.issues.map((i) => i.path)).toContainEqual([0, 'kind']);
  });
});

describe('runScenarios runs allocation scenarios (quotas)', () => {
  const first = (change: (c: QuotaScenarioFile['cases'][number]) => QuotaScenarioFile['cases'][number] = (c) => c): QuotaScenarioFile => {
    const file = quotaFile();
    return { ...file, cases: [change(file.cases[0]!)] };
  };

  it('an allocation scenario passes with its level, the clauses it names and the plan version', () => {
    const [r] = runScenarios([first()]).results;
    expect(r).toMatchObject({ subject: 'allocation', about: 'annual-city', passed: true, planVersion: '1.0.0' });
    expect(r?.clauses).toEqual(['III.2.1.2.b-quota', 'III.1.2-c']);
  });

  it('places, totals and exercises that differ are named', () => {
    const wrong = first((c) => ({
      ...c,
      expect: { ...c.expect, selected: [...(c.expect.selected ?? [])].reverse(), totals: { ...c.expect.totals, collectives: 4 } },
      exercises: { 'III.2.1.2.b-quota': { met: ['vb-tt-2'] } },
    }));
    const [r] = runScenarios([wrong], { lang: 'en' }).results;
    expect(r?.differences.map((d) => ('field' in d ? d.field : 'clause' in d ? d.clause : d.what))).toEqual([
      'selected',
      'totals.collectives',
      'III.2.1.2.b-quota (vb-tt-2)',
    ]);
    expect(r?.differences[2]).toEqual({ what: 'exercise', clause: 'III.2.1.2.b-quota (vb-tt-2)', expected: 'met', actual: 'not-met' });
  });

  it.each([
    [
      'a preset the file lacks',
      (c: QuotaScenarioFile['cases'][number]) => ({ ...c, nominations: [{ ...c.nominations[0]!, preset: 'nobody' }] }),
      [0, 'cases', 0, 'nominations', 0, 'preset'],
    ],
    [
      'a misspelt fact of a nomination',
      (c: QuotaScenarioFile['cases'][number]) => ({ ...c, nominations: [{ ...c.nominations[0]!, facts: { parIndexRnk: 1 } }] }),
      [0, 'cases', 0, 'nominations', 0, 'facts'],
    ],
    [
      'allocation options that do not fit',
      (c: QuotaScenarioFile['cases'][number]) => ({ ...c, options: { budgetVnd: -1 } }),
      [0, 'cases', 0, 'options', 'budgetVnd'],
    ],
    ['a level the plan does not have', (c: QuotaScenarioFile['cases'][number]) => ({ ...c, level: 'annual-province' }), [0, 'cases', 0, 'level']],
  ] as const)('%s is refused with its path in the files', (_name, change, path) => {
    const refusal = refusalOf(() => runScenarios([first(change as never)], { lang: 'en' }));
    expect(refusal.issues.map((i) => i.path)).toContainEqual(path);
  });
});
