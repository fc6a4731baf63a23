// `npm run demo`: runs the built command (dist/cli.js) on the example batches, step by step,
// as tables a newcomer can read. Extra arguments go to every step: `npm run demo -- --lang en`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(2);
const en = extra.includes('en') && extra.some((a) => a === '--lang' || a === '--lang=en');

const steps = [
  {
    vi: 'Đánh giá 14 hồ sơ cấp cơ sở năm 2026 của xã Vĩnh Bảo (tệp CSV như xuất từ Excel)',
    en: "Evaluate Vĩnh Bảo commune's 14 grassroots nominations for 2026 (a CSV file as Excel saves it)",
    args: ['evaluate', 'examples/vinh-bao-2026-grassroots.csv'],
  },
  {
    vi: 'Đánh giá các đề nghị Bằng khen cấp thành phố của nhiều đơn vị (JSON)',
    en: 'Evaluate city-level proposals from several units (JSON)',
    args: ['evaluate', 'examples/city-2026.json'],
  },
  {
    vi: 'Đánh giá các đề nghị khen thưởng tổng kết giai đoạn 2026 - 2030: chỉ các năm trong giai đoạn được tính',
    en: 'Evaluate the 2026–2030 period-summary nominations: only the years of the period count',
    args: ['evaluate', 'examples/period-2026-2030.csv'],
  },
  {
    vi: 'Hồ sơ cấp cơ sở đến lúc 00:30 ngày 20/11/2026 giờ Việt Nam: có kịp hạn “trước ngày 20/11” không?',
    en: 'A grassroots dossier arriving at 00:30 on 20/11/2026 Vietnam time: is it in time for “before 20/11”?',
    args: ['deadline', '--track', 'annual-grassroots', '--year', '2026', '--submitted', '2026-11-19T17:30:00Z'],
  },
  {
    vi: 'Hạn hồ sơ cấp thành phố cho năm đánh giá 2026, tính đến ngày 02/3/2027',
    en: 'City-level deadlines for assessment year 2026, as of 2 March 2027',
    args: ['deadline', '--track', 'annual-city', '--year', '2026', '--as-of', '2027-03-02'],
  },
  {
    vi: 'Xét chọn cấp cơ sở: kinh phí 5.500.000 đồng, quyết định ngày 15/12/2026, các khen thưởng đã có',
    en: 'Grassroots selection: a budget of 5,500,000 đồng, decision on 15/12/2026, earlier awards',
    args: [
      'allocate',
      'examples/vinh-bao-2026-grassroots.csv',
      '--level',
      'annual-grassroots',
      '--budget',
      '5500000',
      '--decision-date',
      '2026-12-15',
      '--history',
      'examples/history.json',
    ],
  },
  {
    vi: 'Xét chọn cấp thành phố: mỗi đơn vị tối đa 1 tập thể, 1 cá nhân',
    en: 'City-level selection: at most 1 collective and 1 individual per unit',
    args: ['allocate', 'examples/city-2026.csv', '--level', 'annual-city'],
  },
  {
    vi: 'Xét chọn tổng kết giai đoạn: tiền thưởng theo mức lương cơ sở tại ngày quyết định 20/3/2030',
    en: 'Period-summary selection: award money at the base salary in force on the decision date, 20/3/2030',
    args: ['allocate', 'examples/period-2026-2030.csv', '--level', 'period-2026-2030', '--decision-date', '2030-03-20'],
  },
];

let failed = 0;
steps.forEach((step, i) => {
  const title = `${i + 1}/${steps.length}. ${en ? step.en : step.vi}`;
  process.stdout.write(`\n${'━'.repeat(Math.min(100, title.length))}\n${title}\n$ thi-dua-cchc ${step.args.join(' ')}\n\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...step.args, '--format', 'table', ...extra], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
});
process.exitCode = failed === 0 ? 0 : 1;
