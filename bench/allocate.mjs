// Benchmark of allocateQuota at 1,000, 10,000 and 100,000 evaluations (issue 4: "well under a
// second" at 100,000; cost grows as n log n). Run by hand, not a test:
//
//   npx tsup && node bench/allocate.mjs        (npm run bench runs it with the other benchmarks)
//
// It imports the built package (dist/). The evaluations are realistic: a few hundred are made
// by evaluateNominations from varied facts (eligible, ineligible, undetermined; priorities 0–5),
// then copied as a host would hold stored results, each parsed from JSON on its own, with new
// nomination IDs, units and achievements (about 1% of achievements shared, some already
// awarded in `history`) up to the size measured. The grassroots run has a budget
// of about half the money asked, so the budget cutoff and the strict-priority rule are
// exercised; the city run has about five proposals per unit, so the per-unit quota is.
// For each size it prints the median time of one call, the rate, and how the time grew against
// n log n.
import { allocateQuota, evaluateNominations } from '../dist/index.js';
import { median, random } from './lib.mjs';

const SIZES = [1_000, 10_000, 100_000];
const REPS = 7;

async function templates(level, count) {
  const r = random(level.length * 7919);
  const yes = (p) => r() < p;
  const nominations = [];
  for (let i = 0; i < count; i++) {
    const kind = yes(0.3) ? 'collective' : 'individual';
    const roles = [yes(0.4) && 'advise', yes(0.2) && 'direct', yes(0.3) && 'organize', 'propose', 'participate'].filter(Boolean);
    const good = yes(0.85);
    const facts = {
      goodConduct: good, excellentCompletion: true, reformRoles: roles, highResponsibility: true, outstandingAdvisory: true,
      selectedByUnit: true, initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 1 + Math.floor(r() * 4),
      outstandingReformResults: good, reformTargetsMet: true, administrativeDiscipline: true, noDelaysOrHarassment: true,
      staffViolationCount: 0, outstandingServiceResults: true, appliedInitiative: yes(0.5), handlesProcedures: yes(0.5),
      drivesDigitalTransformation: yes(0.4), directRoleYears: [2026, 2027, 2028], recognizedInitiativeCount: 2,
    };
    if (yes(0.08)) delete facts.excellentCompletion; // undetermined now and then
    nominations.push({
      id: `t-${i}`,
      ruleSet: level,
      ...(level === 'period-2026-2030' ? {} : { year: 2026 }),
      nominee: { kind, name: `Mẫu ${i}`, unit: { id: 'u', block: 'commune' } },
      facts,
    });
  }
  return evaluateNominations(nominations);
}

/**
 * n evaluations as a host holds them after reading stored results: each its own object,
 * parsed from JSON (flat strings, no shared subtrees), from a random template, with its own
 * nomination ID, name, unit and achievement.
 */
function batch(pool, n, unitsPerCandidate, seed) {
  const r = random(seed);
  const units = Math.max(1, Math.floor(n * unitsPerCandidate));
  const rest = pool.map(({ nominationId, nomineeName, unit, achievements, ...other }) => JSON.stringify(other).slice(1));
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const shared = r() < 0.01;
    const own = {
      nominationId: `hs-${n}-${i}`,
      nomineeName: `Người đề nghị ${i}`,
      unit: { id: `dv-${Math.floor(r() * units)}`, block: 'commune' },
      achievements: [{ id: shared ? `tk-chung-${Math.floor(r() * 50)}` : `tk-${i}` }],
    };
    out[i] = JSON.parse(`${JSON.stringify(own).slice(0, -1)},${rest[Math.floor(r() * rest.length)]}`);
  }
  return out;
}


function measure(evaluations, options) {
  allocateQuota(evaluations, options); // warm-up
  allocateQuota(evaluations, options);
  const times = [];
  let result;
  for (let k = 0; k < REPS; k++) {
    const t = process.hrtime.bigint();
    result = allocateQuota(evaluations, options);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: median(times), result };
}

const runs = [
  { level: 'annual-grassroots', unitsPerCandidate: 0.05, budgetShare: 0.5 },
  { level: 'annual-city', unitsPerCandidate: 0.2 },
];

/** Runs the allocateQuota benchmark at the given sizes. */
export async function runAllocate(sizes = SIZES) {
  console.log(`allocateQuota, median of ${REPS} calls after warm-up; Node ${process.version}`);
  for (const run of runs) {
    const pool = await templates(run.level, 400);
    console.log(`\n${run.level}`);
    console.log('        n   median ms   evaluations/s   ×time vs previous   ×(n log n)   selected   ties');
    let previous;
    for (const n of sizes) {
      const evaluations = batch(pool, n, run.unitsPerCandidate, n);
      const history = Array.from({ length: Math.ceil(n / 100) }, (_, i) => ({ achievementId: `tk-${i * 97}`, award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }));
      const options = { level: run.level, decisionDate: '2026-11-25', history };
      if (run.budgetShare) {
        const asked = allocateQuota(evaluations, options).selected.reduce((s, e) => s + (e.moneyVnd ?? 0), 0);
        options.budgetVnd = Math.round(asked * run.budgetShare);
      }
      const { ms, result } = measure(evaluations, options);
      const growth = previous ? (ms / previous.ms).toFixed(1) : '—';
      const nlogn = previous ? ((n * Math.log2(n)) / (previous.n * Math.log2(previous.n))).toFixed(1) : '—';
      console.log(
        `${String(n).padStart(9)}   ${ms.toFixed(1).padStart(9)}   ${String(Math.round(n / (ms / 1000))).padStart(13)}   ${growth.padStart(17)}   ${nlogn.padStart(10)}   ${String(result.selected.length).padStart(8)}   ${String(result.ties.length).padStart(4)}`,
      );
      previous = { n, ms };
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAllocate();
