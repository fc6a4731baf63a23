import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/index';
import { topThreeDefinition } from '../helpers/plans';
import { runCli, scratch } from './helpers';

// --plan FILE on every command, `test` (legal scenarios) and `diff` (what an amendment changes),
// through run(argv, io) in this process.
const file = scratch();
/** The bundled plan with communes in the top 3 from `from`, as a plan file (a plan's JSON). */
const amendedFile = (from: string) => file(`top-three-${from}.json`, JSON.stringify(definePlan(topThreeDefinition(from))));

describe('--plan FILE: every command applies the plan of a plan file', () => {
  it('evaluate: a commune ranked 4th in 2026 is eligible under the bundled plan, ineligible under a plan that asks for the top 3 from 1/12/2026', async () => {
    const plan = amendedFile('2026-12-01');
    const outcome = (stdout: string) =>
      (JSON.parse(stdout) as { nominationId: string; outcome: string; planVersion: string }[]).find((e) => e.nominationId === 'bk-2026-01');
    const bundled = await runCli(['evaluate', 'examples/city-2026.json', '--format', 'json']);
    const amended = await runCli(['evaluate', 'examples/city-2026.json', '--format', 'json', '--plan', plan]);
    expect(bundled.code).toBe(0);
    expect(amended.code).toBe(0);
    expect(outcome(bundled.stdout)).toMatchObject({ outcome: 'eligible', planVersion: '1.0.0' });
    expect(outcome(amended.stdout)).toMatchObject({ outcome: 'ineligible', planVersion: '1.1.0' });
  });

  it('rules, allocate and deadline take the plan of another commune', async () => {
    const plan = 'examples/plans/vinh-thuan-example.json';
    const rules = await runCli(['rules', '--plan', plan, '--format', 'json']);
    expect(rules.code).toBe(0);
    expect((JSON.parse(rules.stdout) as { id: string }[]).map((r) => r.id).length).toBeGreaterThan(0);
    const allocate = await runCli(['allocate', 'examples/city-2026.json', '--level', 'annual-city', '--plan', amendedFile('2026-12-01'), '--format', 'json']);
    expect(allocate.code).toBe(0);
    expect(JSON.parse(allocate.stdout)).toMatchObject({ planVersion: '1.1.0' });
    const deadline = await runCli([
      'deadline',
      '--track',
      'annual-grassroots',
      '--year',
      '2026',
      '--as-of',
      '2026-11-01',
      '--plan',
      amendedFile('2026-12-01'),
      '--format',
      'json',
    ]);
    expect(deadline.code).toBe(0);
    expect(JSON.parse(deadline.stdout)).toMatchObject({ track: 'annual-grassroots', planVersion: '1.0.0' });
  });

  it('a plan file that is not a plan is refused with exit 2, naming the file and each path', async () => {
    const bad = file('bad-plan.json', JSON.stringify({ meta: { id: 'x' }, clauses: { source: '', clauses: [] }, ruleSets: [] }));
    const r = await runCli(['evaluate', 'examples/city-2026.json', '--plan', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^thi-dua-cchc: The plan file .*bad-plan\.json is not valid \(\d+ errors?\); no result is printed\./);
    expect(r.stderr).toContain('bad-plan.json: meta.version');
    const notJson = await runCli(['rules', '--plan', file('not-json.json', '{ "meta": '), '--lang', 'en']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('Not valid JSON');
  });
});

describe('thi-dua-cchc test: the legal scenarios, against any plan', () => {
  it('with no file, runs every scenario the package ships and passes', async () => {
    const r = await runCli(['test', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { passed: number; failed: number; results: { subject: string }[] };
    expect(report.failed).toBe(0);
    expect(new Set(report.results.map((x) => x.subject))).toEqual(new Set(['evaluation', 'deadline', 'allocation']));
    const table = await runCli(['test', '--format', 'table']);
    expect(table.stdout).toContain(`${report.passed} tình huống đạt, 0 không đạt.`);
  });

  it('under an amended plan, the scenarios citing the changed clause fail: exit 1, each failure with what differs', async () => {
    // A wide terminal, so that no line is wrapped.
    const r = await runCli(['test', 'rules/scenarios/annual-city.json', '--plan', amendedFile('2026-12-01'), '--lang', 'en', '--format', 'table'], undefined, {
      COLUMNS: '1000',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'FAILED [annual-city] a commune ranked 5th is in the top 5 — outcome: expected eligible, got ineligible; III.2.1.2.a-collective-2: expected met, got not met',
    );
    expect(r.stdout).toContain('4 failed.');
    const later = await runCli(['test', 'rules/scenarios/annual-city.json', '--plan', amendedFile('2028-01-01'), '--plan-version', '1.1.0', '--format', 'csv']);
    expect(later.code).toBe(1);
    expect(later.stdout.split(/\r?\n/).filter((l) => l.includes(',false,')).length).toBe(4);
  });

  it('a bad scenario file is refused with exit 2, naming the file and the path', async () => {
    const bad = file('bad-scenarios.json', JSON.stringify([{ ruleSet: 'annual-city' }]));
    const r = await runCli(['test', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-scenarios.json');
    const notJson = await runCli(['test', file('broken.json', '{'), '--lang', 'en']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not JSON');
  });
});

describe('thi-dua-cchc diff: what an amendment changes', () => {
  it('one --plan: the bundled plan against it, the nominations whose outcome changes', async () => {
    const r = await runCli(['diff', 'examples/city-2026.json', '--plan', amendedFile('2026-12-01'), '--lang', 'en', '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as {
      planA: { version: string };
      planB: { version: string };
      changes: { nominationId: string; outcome: { a: string; b: string } }[];
    };
    expect(diff.planB.version).toBe('1.1.0');
    expect(diff.changes.map((c) => c.nominationId)).toContain('bk-2026-01');
    expect(diff.changes.every((c) => c.outcome.a !== c.outcome.b)).toBe(true);
  });

  it('two --plan and --level: places compared too; a table in Vietnamese by default', async () => {
    const a = amendedFile('2026-12-01');
    const same = await runCli(['diff', 'examples/city-2026.json', '--plan', a, '--plan', a, '--level', 'annual-city', '--format', 'md']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/0 hồ sơ thay đổi, \d+ hồ sơ không đổi\./);
    const placed = await runCli(['diff', 'examples/city-2026.json', '--plan', a, '--level', 'annual-city', '--format', 'csv', '--no-bom']);
    expect(placed.code).toBe(0);
    expect(placed.stdout.split(/\r?\n/)[0]).toBe('nominationId,nomineeName,ruleSet,planVersionA,planVersionB,outcomeA,outcomeB,placeA,placeB,clauses');
  });

  it('without --plan, or with allocation options but no --level, diff says what it needs (exit 2)', async () => {
    const none = await runCli(['diff', 'examples/city-2026.json', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('The diff command takes one or two --plan <file>');
    const noLevel = await runCli(['diff', 'examples/city-2026.json', '--plan', amendedFile('2026-12-01'), '--budget', '1000', '--lang', 'en']);
    expect(noLevel.code).toBe(2);
    expect(noLevel.stderr).toContain('The allocation options need --level <level>.');
  });
});
