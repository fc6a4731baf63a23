import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allocateQuota, evaluateNominations, type Allocation, type DeadlineCheck, type Evaluation } from '../../src/index';
import { cli, ROOT } from './helpers';

const GRASSROOTS_CSV = 'examples/vinh-bao-2026-grassroots.csv';
const GRASSROOTS_JSON = 'examples/vinh-bao-2026-grassroots.json';
const CITY_CSV = 'examples/city-2026.csv';
const CITY_JSON = 'examples/city-2026.json';
const HISTORY = 'examples/history.json';
const PERIOD_CSV = 'examples/period-2026-2030.csv';
const PERIOD_JSON = 'examples/period-2026-2030.json';

function json<T>(args: readonly string[]): T {
  const r = cli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

function readJson(path: string): unknown[] {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown[];
}

const outcomes = (es: readonly Evaluation[]) => Object.fromEntries(es.map((e) => [e.nominationId, e.outcome]));

describe('evaluate on the bundled examples', () => {
  it('the grassroots batch has at least 12 nominations, collectives and individuals, and every outcome', () => {
    const es = json<Evaluation[]>(['evaluate', GRASSROOTS_CSV, '--format', 'json']);
    expect(es.length).toBeGreaterThanOrEqual(12);
    expect(new Set(es.map((e) => e.nomineeKind))).toEqual(new Set(['collective', 'individual']));
    expect(new Set(es.map((e) => e.outcome))).toEqual(new Set(['eligible', 'ineligible', 'undetermined']));
  });

  it('the grassroots nominations come from the six units of section IV of the plan', () => {
    const es = json<Evaluation[]>(['evaluate', GRASSROOTS_JSON, '--format', 'json']);
    expect(new Set(es.map((e) => e.unit.name))).toEqual(
      new Set([
        'Phòng Văn hóa - Xã hội',
        'Văn phòng HĐND và UBND xã',
        'Trung tâm Dịch vụ sự nghiệp công xã',
        'Trung tâm Phục vụ hành chính công xã',
        'Phòng Kinh tế',
        'Phòng Xây dựng, Nông nghiệp và Môi trường',
      ]),
    );
  });

  it('an empty CSV cell is an unknown fact, never false: the centre without a violation count is undetermined', () => {
    const es = json<Evaluation[]>(['evaluate', GRASSROOTS_CSV, '--format', 'json']);
    const centre = es.find((e) => e.nominationId === 'gk-2026-04')!;
    expect(centre.outcome).toBe('undetermined');
    expect(centre.missingFacts).toEqual(['staffViolationCount', 'outstandingServiceResults']);
    expect(outcomes(es)['gk-2026-03']).toBe('ineligible'); // one staff violation (III.2.1.1.a-collective-3)
  });

  it.each([
    [GRASSROOTS_CSV, GRASSROOTS_JSON],
    [CITY_CSV, CITY_JSON],
    [PERIOD_CSV, PERIOD_JSON],
  ])('%s and %s hold the same nominations: the same evaluations', (csvFile, jsonFile) => {
    const fromCsv = json<Evaluation[]>(['evaluate', csvFile, '--format', 'json']);
    const fromJson = json<Evaluation[]>(['evaluate', jsonFile, '--format', 'json']);
    expect(fromCsv).toEqual(fromJson);
  });

  it('--format json prints exactly the objects the library returns', async () => {
    const printed = json<Evaluation[]>(['evaluate', CITY_JSON, '--format', 'json', '--lang', 'en']);
    expect(printed).toEqual(await evaluateNominations(readJson(CITY_JSON) as never, { lang: 'en' }));
  });

  it('the city batch shows the top-3 rule for departments and the top-5 rule for wards and special zones', () => {
    const o = outcomes(json<Evaluation[]>(['evaluate', CITY_CSV, '--format', 'json']));
    expect(o['bk-2026-06']).toBe('eligible'); // Sở Nội vụ, 3rd among departments
    expect(o['bk-2026-09']).toBe('ineligible'); // Sở Tài chính, 4th among departments
    expect(o['bk-2026-04']).toBe('ineligible'); // a ward, 6th
    expect(o['bk-2026-10']).toBe('eligible'); // Cát Hải special zone, 5th
    expect(o['bk-2026-01']).toBe('eligible'); // Vĩnh Bảo commune, 4th
    expect(o['bk-2026-13']).toBe('undetermined');
  });

  it('the period batch counts only the years 2026–2030: years before the period do not make up the three', () => {
    const es = json<Evaluation[]>(['evaluate', PERIOD_CSV, '--format', 'json']);
    const o = outcomes(es);
    expect(o).toEqual({
      'gd-01': 'eligible', // leads the movement, the period's targets completed excellently (III.2.2.a-collective-1)
      'gd-02': 'eligible', // two recognised initiatives (III.2.2.a-collective-2)
      'gd-03': 'ineligible', // outstanding in 2025, 2026, 2027: 2025 is outside the period, two years count (III.2.2.a-collective-3)
      'gd-04': 'undetermined', // three outstanding years, not known whether rated exemplary
      'gd-05': 'eligible',
      'gd-06': 'ineligible', // a direct role in 2024–2027: only 2026 and 2027 count (III.2.2.a-individual-base-3)
      'gd-07': 'eligible', // an applied initiative instead of outstanding advice (III.2.2.a-individual-option-2)
      'gd-08': 'undetermined', // excellent completion not known
    });
    const byId = Object.fromEntries(es.map((e) => [e.nominationId, e]));
    expect(byId['gd-04']?.missingFacts).toEqual(['ratedExemplaryByCommune']);
    expect(byId['gd-08']?.missingFacts).toEqual(['excellentCompletion']);
    expect(byId['gd-06']?.reasons.join('\n')).toContain('III.2.2.a-individual-base-3');
  });

  it('without --format, piped output is JSON', () => {
    const r = cli(['evaluate', CITY_JSON]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(13);
  });

  it('--format table prints one aligned table per rule set in Vietnamese, with row numbers, outcomes and clauses', () => {
    const r = cli(['evaluate', GRASSROOTS_CSV, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Khen thưởng hàng năm cấp cơ sở — annual-grassroots (III.2.1.1), năm 2026');
    expect(r.stdout).toMatch(/^Hàng {2}Mã hồ sơ {4}Đối tượng/m);
    expect(r.stdout).toMatch(/^ {3}4 {2}gk-2026-03 {2}Văn phòng HĐND và UBND xã +không đủ tiêu chuẩn +III\.2\.1\.1\.a-collective-3$/m);
    expect(r.stdout).toMatch(/^ {3}5 {2}gk-2026-04 .* chưa xác định +III\.2\.1\.1\.a-collective-3, -4\n.* · staffViolationCount\n/m);
    expect(r.stdout).toContain('14 hồ sơ: 7 đủ tiêu chuẩn, 4 không đủ tiêu chuẩn, 3 chưa xác định.');
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(120);
  });

  it('--lang en prints the table in English', () => {
    const r = cli(['evaluate', GRASSROOTS_CSV, '--format', 'table', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('14 nominations: 7 eligible, 4 ineligible, 3 undetermined.');
    expect(r.stdout).toMatch(/^Row {2}ID/m);
  });

  it('--format csv prints one quoted row per evaluation', () => {
    const r = cli(['evaluate', GRASSROOTS_JSON, '--format', 'csv', '--no-bom']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(14);
    const huy = rows.find((x) => x['nominationId'] === 'gk-2026-12')!;
    expect(huy['unitName']).toBe('Phòng Xây dựng, Nông nghiệp và Môi trường');
    expect(huy['outcome']).toBe('eligible');
    expect(huy['decidingClauses']).toBe(
      'III.2.1.1.a-individual-base-1;III.2.1.1.a-individual-base-2;III.2.1.1.a-individual-base-3;III.2.1.1.a-individual-option-2',
    );
    expect(huy['reasons']!.split('\n')[0]).toMatch(/^\[III\.2\.1\.1\] /);
  });

  it('--format md prints a GitHub table', () => {
    const r = cli(['evaluate', CITY_JSON, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Khen thưởng hàng năm cấp thành phố — annual-city (III.2.1.2), năm 2026');
    expect(r.stdout).toContain('| # | Mã hồ sơ | Đối tượng | Kết quả · dữ kiện còn thiếu | Điều khoản quyết định |');
    expect(r.stdout).toContain('| 4 | bk-2026-04 | UBND phường Lê Chân<br>tập thể | không đủ tiêu chuẩn | III.2.1.2.a-collective-2 |');
    expect(r.stdout).toContain(
      '| 13 | bk-2026-13 | Hoàng Văn Nam<br>cá nhân · Sở Tài chính | chưa xác định<br>· outstandingAdvisory<br>· selectedByUnit<br>· initiativeRecognized |',
    );
  });

  it('--bom writes a UTF-8 byte order mark before CSV, for Excel', () => {
    const r = cli(['evaluate', CITY_JSON, '--format', 'csv', '--bom']);
    expect(r.stdout.startsWith('\ufeffnominationId,')).toBe(true);
  });
});

describe('deadline', () => {
  it('a dossier at 17:30 UTC on 19 November (00:30 on 20/11 in Vietnam) is late for “before 20/11”', () => {
    const c = json<DeadlineCheck>(['deadline', '--track', 'annual-grassroots', '--year', '2026', '--submitted', '2026-11-19T17:30:00Z', '--format', 'json']);
    expect(c.onTime).toBe(false);
    expect(c.milestones[0]!.lastDay).toBe('2026-11-19');
    expect(c.milestones[0]!.status).toBe('late');
  });

  it('--inclusive reads “before day D” as D still counting', () => {
    const c = json<DeadlineCheck>([
      'deadline',
      '--track',
      'annual-grassroots',
      '--year',
      '2026',
      '--submitted',
      '2026-11-19T17:30:00Z',
      '--inclusive',
      '--format',
      'json',
    ]);
    expect(c.reading).toBe('inclusive');
    expect(c.onTime).toBe(true);
  });

  it('a plain --as-of date is that day in Vietnam time, and the table shows the days left', () => {
    const c = json<DeadlineCheck>(['deadline', '--track', 'annual-city', '--year', '2026', '--as-of', '2027-03-02', '--format', 'json']);
    expect(c.asOf).toMatch(/^2027-03-02T00:00:00(\.000)?\+07:00$/);
    expect(c.milestones.map((m) => [m.dueBefore, m.daysLeft])).toEqual([
      ['2027-03-10', 7],
      ['2027-03-31', 28],
    ]);
    const r = cli(['deadline', '--track', 'annual-city', '--year', '2026', '--as-of', '2027-03-02', '--format', 'table']);
    expect(r.stdout).toContain('Tính đến: 02/3/2027 00:00 (UTC+7).'.replace('02/3', '02/03'));
    expect(r.stdout).toContain('còn hạn');
  });
});

describe('allocate on the bundled examples', () => {
  const grassroots = [
    'allocate',
    GRASSROOTS_CSV,
    '--level',
    'annual-grassroots',
    '--budget',
    '7.000.000',
    '--decision-date',
    '2026-12-15',
    '--history',
    HISTORY,
  ];

  it('selects within the budget by priority tier, and never commends one achievement twice', () => {
    const a = json<Allocation>([...grassroots, '--format', 'json']);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['gk-2026-05', 'gk-2026-02', 'gk-2026-12', 'gk-2026-08']);
    const reasons = Object.fromEntries(a.notSelected.map((e) => [e.nominationId, e.reason]));
    // gk-2026-01 and gk-2026-07 claim the same initiative and are both prioritised: a tie for the council.
    expect(reasons['gk-2026-01']).toBe('tie-at-cutoff');
    expect(reasons['gk-2026-07']).toBe('tie-at-cutoff');
    expect(reasons['gk-2026-09']).toBe('duplicate-achievement'); // commended in 2025 (history.json)
    expect(reasons['gk-2026-04']).toBe('undetermined');
    expect(reasons['gk-2026-03']).toBe('ineligible');
    expect(a.duplicates.map((d) => d.achievementId).sort()).toEqual(['sk-2026-mot-cua-so', 'tt-2025-so-hoa-ho-so']);
    expect(a.ties.map((t) => [t.cutoff, [...t.nominationIds].sort()])).toEqual([['achievement', ['gk-2026-01', 'gk-2026-07']]]);
    expect(a.totals).toEqual({ collectives: 2, individuals: 2, moneyVnd: 4_560_000 });
  });

  it('prints exactly the allocation the library computes', async () => {
    const printed = json<Allocation>([...grassroots, '--format', 'json', '--lang', 'en']);
    const evaluations = await evaluateNominations(readJson(GRASSROOTS_JSON) as never, { lang: 'en' });
    const history = readJson(HISTORY) as { achievementId: string; award: string; decidedOn: string }[];
    expect(printed).toEqual(allocateQuota(evaluations, { level: 'annual-grassroots', budgetVnd: 7_000_000, decisionDate: '2026-12-15', history, lang: 'en' }));
  });

  it('the period summary selects the eligible, with award money at the base salary in force on the decision date', () => {
    const a = json<Allocation>(['allocate', PERIOD_CSV, '--level', 'period-2026-2030', '--decision-date', '2030-03-20', '--format', 'json']);
    expect(a.selected.map((e) => e.nominationId).sort()).toEqual(['gd-01', 'gd-02', 'gd-05', 'gd-07']);
    expect(Object.fromEntries(a.notSelected.map((e) => [e.nominationId, e.reason]))).toEqual({
      'gd-03': 'ineligible',
      'gd-04': 'undetermined',
      'gd-06': 'ineligible',
      'gd-08': 'undetermined',
    });
    expect(a.totals).toEqual({ collectives: 2, individuals: 2, moneyVnd: 4_560_000 });
  });

  it('the table shows selected and not selected with reasons and the totals', () => {
    const r = cli([...grassroots, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Được chọn: 2 tập thể, 2 cá nhân; tiền thưởng 4.560.000 đồng trong kinh phí 7.000.000 đồng (còn 2.440.000 đồng).');
    expect(r.stdout).toContain('Không được chọn (10)');
    expect(r.stdout).toMatch(/gk-2026-07 .*đồng hạng tại điểm cắt/);
    expect(r.stdout).toMatch(/gk-2026-09 .*trùng thành tích/);
  });

  it('at the city level each unit keeps at most one collective and one individual; a tie and an outside-quota proposal are reported', () => {
    const a = json<Allocation>(['allocate', CITY_CSV, '--level', 'annual-city', '--format', 'json']);
    expect(a.selected.map((e) => e.nominationId).sort()).toEqual(['bk-2026-01', 'bk-2026-02', 'bk-2026-05', 'bk-2026-06', 'bk-2026-10']);
    const reasons = Object.fromEntries(a.notSelected.map((e) => [e.nominationId, e.reason]));
    expect(reasons['bk-2026-03']).toBe('quota');
    expect(reasons['bk-2026-07']).toBe('tie-at-cutoff');
    expect(reasons['bk-2026-08']).toBe('tie-at-cutoff');
    expect(a.outsideQuota.map((e) => e.nominationId)).toEqual(['bk-2026-12']);
    expect(a.ties).toHaveLength(1);
  });

  it('--format csv lists every nomination once with its status', () => {
    const r = cli(['allocate', CITY_JSON, '--level', 'annual-city', '--format', 'csv', '--no-bom', '--lang', 'en']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x['nominationId']).sort()).toEqual(
      readJson(CITY_JSON)
        .map((n) => (n as { id: string }).id)
        .sort(),
    );
    expect(rows.find((x) => x['nominationId'] === 'bk-2026-12')!['status']).toBe('outside-quota');
    expect(rows.find((x) => x['nominationId'] === 'bk-2026-03')!['reason']).toBe('quota');
  });
});

describe('rules, help and version', () => {
  it('rules prints the criterion tree with clause IDs, logic, the Vietnamese text and the facts read', () => {
    const r = cli(['rules', 'annual-city', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('III.2.1.2.a-individual-options — ĐẠT MỘT TRONG');
    expect(r.stdout).toContain('Chỉ xét các đơn vị đứng trong top 3 đơn vị dẫn đầu');
    expect(r.stdout).toContain('Dữ kiện: unitBlock, parIndexRank');
    expect(r.stdout).toContain('Cá nhân: Bằng khen của Chủ tịch UBND thành phố');
    expect(r.stdout).not.toContain('III.2.1.1');
  });

  it('rules --lang en adds the English gloss under the Vietnamese text', () => {
    const r = cli(['rules', 'annual-grassroots', '--lang', 'en', '--format', 'table']);
    expect(r.stdout).toContain('Có sáng kiến, mô hình, giải pháp thiết thực');
    expect(r.stdout).toContain('(en) Has a practical initiative, model or solution');
    expect(r.stdout).toContain('ALL OF');
  });

  it('rules --format json prints the three rule sets of the plan', () => {
    const sets = json<{ id: string }[]>(['rules', '--format', 'json']);
    expect(sets.map((s) => s.id)).toEqual(['annual-grassroots', 'annual-city', 'period-2026-2030']);
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help prints the usage in the chosen language', () => {
    expect(cli(['--help']).stdout).toContain('Cách dùng:');
    expect(cli(['allocate', '--help', '--lang', 'en']).stdout).toContain('--decision-date');
  });
});

describe('the built command bounds what it reads (issue 21, item 5)', () => {
  it.runIf(process.platform !== 'win32')('evaluate /dev/zero is refused at once, not read for ever', () => {
    const r = cli(['evaluate', '/dev/zero', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero is not a regular file');
  });

  it('a pipe longer than --max-bytes is read no further than the limit and refused', () => {
    const r = cli(['evaluate', '-', '--max-bytes', '64K', '--lang', 'en'], Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('stdin is larger than the limit of 64 KiB');
  });

  it('allocate - --history - says stdin can be read only once', () => {
    const r = cli(['allocate', '-', '--history', '-', '--level', 'annual-city', '--lang', 'en'], readFileSync(join(ROOT, CITY_JSON)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin (-) can be read only once');
  });
});

describe('the built command runs the scenarios the package ships', () => {
  it('thi-dua-cchc test, from dist/cli.js, finds rules/scenarios/ beside it and every scenario passes', () => {
    const r = cli(['test', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { passed: number; failed: number };
    expect(report).toMatchObject({ failed: 0 });
    expect(report.passed).toBeGreaterThan(100);
  });
});
