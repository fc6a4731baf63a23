// The mutation score of the last `npm run mutation`, as StrykerJS's `ignoreStatic` defines it.
//
// test/stryker.config.mjs sets `ignoreStatic: true`: mutants that only run while a module loads
// (schemas, tables, message lists built at import) are to be Ignored, not counted, since
// re-loading the modules for each of them is what makes them slow, and mutation switching
// cannot turn them on after the module has loaded. StrykerJS 9's vitest runner reports them
// as Survived all the same (stryker-js#6209: static mutants never activated and reported as
// survivors; #3774: static mutants not ignored). This script reads the JSON report and leaves
// out exactly those: static, and covered by no test. Every other mutant counts as reported.
// It prints the score by folder and overall, and fails below the break threshold of 85%.
//
//   npm run mutation            (runs StrykerJS, then this script)
//   node test/mutation/score.mjs [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';

const BREAK = 85;
const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = new Map();
const add = (key, field) => {
  const r = rows.get(key) ?? { detected: 0, undetected: 0, staticOnly: 0 };
  r[field]++;
  rows.set(key, r);
};
for (const [path, f] of Object.entries(report.files)) {
  const folder = path.split('/').slice(0, -1).join('/');
  for (const m of f.mutants) {
    const staticOnly = m.static === true && (m.coveredBy ?? []).length === 0;
    const field =
      staticOnly && m.status === 'Survived' ? 'staticOnly' : DETECTED.has(m.status) ? 'detected' : UNDETECTED.has(m.status) ? 'undetected' : undefined;
    if (field === undefined) continue;
    add(folder, field);
    add('all', field);
  }
}
const pct = (r) => (r.detected + r.undetected === 0 ? 100 : (100 * r.detected) / (r.detected + r.undetected));
const raw = (r) => (100 * r.detected) / (r.detected + r.undetected + r.staticOnly);
console.log('folder                 score   detected  undetected  static only (left out)');
for (const [key, r] of [...rows].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
  console.log(
    `${key.padEnd(22)} ${pct(r).toFixed(2).padStart(6)}%  ${String(r.detected).padStart(8)}  ${String(r.undetected).padStart(10)}  ${String(r.staticOnly).padStart(8)}`,
  );
}
const all = rows.get('all');
if (!all) {
  console.error(`No mutants in ${file}.`);
  process.exit(1);
}
console.log(
  `\nMutation score: ${pct(all).toFixed(2)}% (StrykerJS's own count, with the static-only survivors: ${raw(all).toFixed(2)}%). Break threshold: ${BREAK}%.`,
);
if (pct(all) < BREAK) process.exitCode = 1;
