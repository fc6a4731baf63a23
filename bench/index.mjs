// The benchmark (issue 7): nominations per second for a hand-written predicate of the
// grassroots individual rule, a bare json-rules-engine run of the same conditions,
// evaluateNominations and evaluateNominationsSync; allocateQuota at 1,000 / 10,000 / 100,000
// evaluations; checkDeadline per call; and the ratios between them, all in one run (these
// machines are noisy: compare ratios, not absolute numbers across runs).
//
//   npm run bench              (builds, then runs this; about a minute)
//   node bench/index.mjs --quick   (small sizes: a smoke check, as CI runs it)
import { readdirSync } from 'node:fs';
import { Engine as InstalledEngine } from 'json-rules-engine';
import { checkDeadline, defaultPlan, evaluateNominations, evaluateNominationsSync } from '../dist/index.js';
import { runAllocate } from './allocate.mjs';
import { grassrootsIndividuals, handWrittenGrassrootsIndividual, rate } from './lib.mjs';

// The engine the package runs is the one built into dist/ (its own chunk, with four of its
// dependencies replaced: tsup.config.ts); the wrapper's overhead is measured against a bare run
// of that same engine. The engine as npm installs it is measured too, for comparison.
const chunk = readdirSync(new URL('../dist/', import.meta.url)).find((f) => /^engineModule-.*\.js$/.test(f));
if (!chunk) throw new Error('dist/ has no engine chunk: run `npx tsup` first');
const { Engine: BuiltEngine } = await import(new URL(`../dist/${chunk}`, import.meta.url).href);

const quick = process.argv.includes('--quick');
const N_FAST = quick ? 5_000 : 50_000;
const N_SLOW = quick ? 500 : 5_000;

/** The atoms of the grassroots individual criteria, as the library's engine holds them. */
function bareEngine(Engine) {
  const rs = defaultPlan().ruleSets['annual-grassroots'];
  const atoms = [];
  const walk = (c) => (c.all ? c.all.forEach(walk) : c.any ? c.any.forEach(walk) : c.not ? walk(c.not) : atoms.push(c));
  const tree = (n) => (n.children ? n.children.forEach(tree) : walk(n.conditions));
  tree(rs.criteria.individual);
  rs.priority.forEach((p) => walk(p.conditions));
  const engine = new Engine([], { allowUndefinedFacts: true });
  atoms.forEach((a, i) => engine.addRule({ name: String(i), conditions: { all: [a] }, event: { type: 'atom' } }));
  return engine;
}

const fast = grassrootsIndividuals(N_FAST);
const uniform = grassrootsIndividuals(N_FAST, 2027, { uniform: true });
const slow = fast.slice(0, N_SLOW);
const engine = bareEngine(BuiltEngine);
const installed = bareEngine(InstalledEngine);

/** The hand-written predicate over a batch, in a tight loop (no result array). */
function handLoop(batch) {
  let eligible = 0;
  for (let i = 0; i < batch.length; i++) if (handWrittenGrassrootsIndividual(batch[i])) eligible++;
  return eligible;
}

console.log(`thi-dua-cchc benchmark, Node ${process.version}${quick ? ' (quick)' : ''}\n`);
const hand = await rate(() => handLoop(fast), N_FAST);
const sync = await rate(() => evaluateNominationsSync(fast), N_FAST);
const handUniform = await rate(() => handLoop(uniform), N_FAST);
const syncUniform = await rate(() => evaluateNominationsSync(uniform), N_FAST);
const bareRun = (e) => async () => {
  const out = new Array(slow.length);
  for (let i = 0; i < slow.length; i++) out[i] = await e.run(slow[i].facts);
  return out;
};
const bare = await rate(bareRun(engine), N_SLOW);
const bareInstalled = await rate(bareRun(installed), N_SLOW);
const engineNominations = await rate(() => evaluateNominations(slow), N_SLOW);

const deadlineInputs = Array.from({ length: quick ? 500 : 5_000 }, (_, i) => ({
  track: ['annual-grassroots', 'annual-city'][i % 2],
  year: 2026 + (i % 5),
  submittedAt: `${2026 + (i % 5)}-11-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+07:00`,
}));
const deadline = await rate(() => deadlineInputs.map((x) => checkDeadline(x)), deadlineInputs.length);

const fmt = (x) => Math.round(x).toLocaleString('en').padStart(13);
console.log('nominations per second (grassroots individuals parsed from JSON, 1 in 10 missing a fact; median of 5 runs)');
console.log(`  hand-written predicate          ${fmt(hand)}`);
console.log(`  bare json-rules-engine run      ${fmt(bare)}  (as built into dist/)`);
console.log(`  the same, as npm installs it    ${fmt(bareInstalled)}`);
console.log(`  evaluateNominations (engine)    ${fmt(engineNominations)}`);
console.log(`  evaluateNominationsSync         ${fmt(sync)}`);
console.log('  the same, every fact present (one object shape: the best case for hand-written code)');
console.log(`  hand-written predicate          ${fmt(handUniform)}`);
console.log(`  evaluateNominationsSync         ${fmt(syncUniform)}`);
console.log(`checkDeadline calls per second    ${fmt(deadline)}  (${(1e6 / deadline).toFixed(1)} µs per call)\n`);

const ratios = [
  ['sync path / hand-written predicate', sync / hand, (x) => `${(100 * x).toFixed(2)} %`, 'target ≥ 2 %', sync / hand >= 0.02],
  ['  the same, one object shape', syncUniform / handUniform, (x) => `${(100 * x).toFixed(2)} %`, 'target ≥ 2 %', syncUniform / handUniform >= 0.02],
  ['sync path / engine path', sync / engineNominations, (x) => `${x.toFixed(0)} ×`, 'target ≥ 40 ×', sync / engineNominations >= 40],
  ['engine path overhead over a bare engine run', bare / engineNominations - 1, (x) => `${(100 * x).toFixed(1)} %`, 'target ≤ 25 %', bare / engineNominations - 1 <= 0.25],
];
console.log('ratios (within this run)');
for (const [name, x, show, target, ok] of ratios) console.log(`  ${name.padEnd(46)} ${show(x).padStart(9)}   ${target}   ${ok ? 'met' : 'NOT MET'}`);
console.log('');

await runAllocate(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
