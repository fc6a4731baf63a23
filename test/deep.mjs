#!/usr/bin/env node
// `npm run test:deep`: the whole suite with the deep figures (10,000 runs per property, 100,000
// fact sets per rule set and kind in the differential test, 5,000 in the built-engine test) and a
// seed derived from the commit, so each commit explores other inputs and any failure replays:
//   FC_SEED=<printed seed> npm run test:deep
// Figures already set in the environment win. Extra arguments go to vitest (a folder, a file).
import { execFileSync, spawnSync } from 'node:child_process';

function commitSeed() {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // The first 7 hex digits: a positive integer below 2^28, and the commit's short name.
    return { seed: Number.parseInt(head.slice(0, 7), 16) || 1, from: `commit ${head.slice(0, 7)}` };
  } catch {
    return { seed: 20_260_101, from: 'no git commit found: the fixed seed' };
  }
}

const env = { ...process.env };
env.FC_RUNS ||= '10000';
env.DIFFERENTIAL_RUNS ||= '100000';
env.DIST_DIFFERENTIAL_RUNS ||= '5000';
let from = 'FC_SEED given';
if (!env.FC_SEED) ({ seed: env.FC_SEED, from } = commitSeed());
env.FC_SEED = String(env.FC_SEED);

console.log(
  `test:deep: FC_RUNS=${env.FC_RUNS} DIFFERENTIAL_RUNS=${env.DIFFERENTIAL_RUNS} DIST_DIFFERENTIAL_RUNS=${env.DIST_DIFFERENTIAL_RUNS} FC_SEED=${env.FC_SEED} (${from})`,
);
console.log(`test:deep: replay a failure with FC_SEED=${env.FC_SEED} npm run test:deep`);
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
