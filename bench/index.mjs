// The benchmark (issue 7): nominations per second for a hand-written predicate of the
// grassroots individual rule, a bare json-rules-engine run of the same conditions (and of the
// rule alone, as a host would write it for json-rules-engine), evaluateNominations,
// evaluateNominationSync and evaluateNominationsSync; allocateQuota at 1,000 / 10,000 / 100,000
// evaluations; checkDeadline per call; and the ratios between them, all in one run (these
// machines are noisy: compare ratios, not absolute numbers across runs).
//
//   npm run bench              (builds, then runs this; about a minute)
//   node bench/index.mjs --quick   (small sizes: a smoke check, as CI runs it)
//
// Exits non-zero when a budget is missed: every nomination is validated by zod (no
// hand-written twin of the schema), and the public functions must still beat, or stay near,
// a bare engine run of the rule that explains nothing.
import { readdirSync } from 'node:fs';
import { Engine as InstalledEngine } from 'json-rules-engine';
import { checkDeadline, defaultPlan, evaluateNominations, evaluateNominationSync, evaluateNominationsSync } from '../dist/index.js';
import { runAllocate } from './allocate.mjs';
import { grassrootsIndividuals, handWrittenGrassrootsIndividual, median, rate } from './lib.mjs';

// The engine the package runs is the one built into dist/ (its own chunk, with four of its
// dependencies replaced: tsup.config.ts); the wrapper's overhead is measured against a bare run
// of that same engine. The engine as npm installs it is measured too, for comparison.
const chunk = readdirSync(new URL('../dist/', import.meta.url)).find((f) => /^engineModule-.*\.js$/.test(f));
if (!chunk) throw new Error('dist/ has no engine chunk: run `npx tsup` first');
const { Engine: BuiltEngine } = await import(new URL(`../dist/${chunk}`, import.meta.url).href);

const quick = process.argv.includes('--quick');
const N_FAST = quick ? 5_000 : 50_000;
const N_SLOW = quick ? 500 : 5_000;

/**
 * The grassroots individual criteria and priority criteria as one json-rules-engine rule: the
 * rule set's own condition trees side by side under `any`, all of one priority, so that the
 * engine evaluates every atom (as the library's engine does) and explains nothing.
 */
function bareEngine(Engine) {
  const rs = defaultPlan().ruleSets['annual-grassroots'];
  const leaves = (node) => (node.children ? node.children.flatMap(leaves) : [node.conditions]);
  const conditions = { any: [...leaves(rs.criteria.individual), ...rs.priority.map((p) => p.conditions)] };
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ name: 'criteria', conditions, event: { type: 'criteria' } });
  return engine;
}

/**
 * The grassroots individual rule (III.2.1.1.a, individual) as one json-rules-engine rule, as a
 * host would write it without the library: four conditions (the three base standards and one
 * of the options), an event when met, no explanation, no validation of the input.
 */
function minimalEngine(Engine) {
  const yes = (fact) => ({ fact, operator: 'equal', value: true });
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    conditions: {
      all: [
        yes('goodConduct'),
        yes('excellentCompletion'),
        { fact: 'reformRoles', operator: 'someFact:in', value: ['direct', 'in-charge', 'advise', 'propose', 'organize', 'participate'] },
        { any: [yes('appliedInitiative'), yes('outstandingAdvisory'), yes('highResponsibility')] },
      ],
    },
    event: { type: 'eligible' },
  });
  return engine;
}

const fast = grassrootsIndividuals(N_FAST);
const uniform = grassrootsIndividuals(N_FAST, 2027, { uniform: true });
const slow = fast.slice(0, N_SLOW);
const engine = bareEngine(BuiltEngine);
const installed = bareEngine(InstalledEngine);
const minimal = minimalEngine(BuiltEngine);

/**
 * Median items per second of each `[fn, n]`, timed in turn for `reps` rounds after one
 * warm-up, and for each but the first the median over the rounds of its rate / the first's.
 */
async function interleaved(subjects, reps = 7) {
  for (const [fn] of subjects) await fn();
  const rates = subjects.map(() => []);
  for (let k = 0; k < reps; k++) {
    for (const [j, [fn, n]] of subjects.entries()) {
      const t = process.hrtime.bigint();
      await fn();
      rates[j].push(n / (Number(process.hrtime.bigint() - t) / 1e9));
    }
  }
  const ratios = rates.slice(1).map((r) => median(r.map((x, k) => x / rates[0][k])));
  return [...rates.map(median), ratios];
}

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
/** evaluateNominationSync called once per nomination, as a form's render calls it. */
const singleLoop = () => {
  const out = new Array(fast.length);
  for (let i = 0; i < fast.length; i++) out[i] = evaluateNominationSync(fast[i]);
  return out;
};
// The budgets compare with the bare run of the rule alone: the three are timed in turn, round
// after round, and each ratio is the median of the rounds' ratios, so that a change of the
// machine's load between two measurements does not show as a ratio.
const [bareMinimal, single, engineAgain, [singleRatio, engineRatio]] = await interleaved([
  [bareRun(minimal), N_SLOW],
  [singleLoop, N_FAST],
  [() => evaluateNominations(slow), N_SLOW],
]);

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
console.log(`  bare run of the rule alone      ${fmt(bareMinimal)}  (four conditions, no explanation)`);
console.log(`  evaluateNominations (engine)    ${fmt(engineNominations)}  (timed beside it: ${Math.round(engineAgain).toLocaleString('en')})`);
console.log(`  evaluateNominationSync, 1 a call${fmt(single)}`);
console.log(`  evaluateNominationsSync         ${fmt(sync)}`);
console.log('  the same, every fact present (one object shape: the best case for hand-written code)');
console.log(`  hand-written predicate          ${fmt(handUniform)}`);
console.log(`  evaluateNominationsSync         ${fmt(syncUniform)}`);
console.log(`checkDeadline calls per second    ${fmt(deadline)}  (${(1e6 / deadline).toFixed(1)} µs per call)\n`);

const ratios = [
  ['sync path / hand-written predicate', sync / hand, (x) => `${(100 * x).toFixed(2)} %`, 'target ≥ 2 %', sync / hand >= 0.02],
  ['  the same, one object shape', syncUniform / handUniform, (x) => `${(100 * x).toFixed(2)} %`, 'target ≥ 2 %', syncUniform / handUniform >= 0.02],
  ['sync path / engine path', sync / engineNominations, (x) => `${x.toFixed(0)} ×`, 'target ≥ 40 ×', sync / engineNominations >= 40],
  [
    'engine path overhead over a bare engine run',
    bare / engineNominations - 1,
    (x) => `${(100 * x).toFixed(1)} %`,
    'target ≤ 25 %',
    bare / engineNominations - 1 <= 0.25,
  ],
];
console.log('ratios (within this run)');
for (const [name, x, show, target, ok] of ratios) console.log(`  ${name.padEnd(46)} ${show(x).padStart(9)}   ${target}   ${ok ? 'met' : 'NOT MET'}`);
console.log('');

// The budgets: what the public functions must keep against a bare engine run of the rule
// alone (every input validated by zod, every criterion explained), each the median of the
// rounds' ratios. A miss fails the run.
const budgets = [
  ['evaluateNominationSync / bare run of the rule alone', singleRatio, 1.5],
  ['evaluateNominations / bare run of the rule alone', engineRatio, 0.5],
];
console.log('budgets (within this run)');
for (const [name, x, min] of budgets)
  console.log(`  ${name.padEnd(52)} ${`${x.toFixed(2)} ×`.padStart(9)}   budget ≥ ${min} ×   ${x >= min ? 'met' : 'MISSED'}`);
console.log('');
const missed = budgets.filter(([, x, min]) => !(x >= min));

await runAllocate(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);

if (missed.length > 0) {
  console.error(`budget missed: ${missed.map(([name]) => name).join('; ')}`);
  process.exitCode = 1;
}
