// Shared helpers of the benchmarks: a deterministic generator, timing, and realistic batches.

/** A small deterministic generator (LCG), so every run measures the same batches. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median items per second of `fn` over `reps` runs after one warm-up; `fn` handles `n` items. */
export async function rate(fn, n, reps = 5) {
  await fn();
  const rates = [];
  for (let k = 0; k < reps; k++) {
    const t = process.hrtime.bigint();
    await fn();
    rates.push(n / (Number(process.hrtime.bigint() - t) / 1e9));
  }
  return median(rates);
}

/**
 * n grassroots individual nominations with varied facts, about one in ten missing a fact,
 * as a commune's batch would be (names with Vietnamese diacritics, several units), and as a
 * host receives them: parsed from JSON, a missing fact simply absent. With `uniform`, every
 * fact is present, so all the objects share one shape (the best case for hand-written code).
 */
export function grassrootsIndividuals(n, seed = 2026, { uniform = false } = {}) {
  const r = random(seed);
  const yes = (p) => r() < p;
  const units = ['phong-vhxh', 'van-phong-hdnd-ubnd', 'tt-dvsnc', 'tt-phvhc', 'phong-kinh-te', 'phong-xd-nn-mt'];
  const roles = ['advise', 'organize', 'participate', 'direct'];
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const facts = {
      goodConduct: yes(0.9),
      excellentCompletion: yes(0.85),
      reformRoles: [roles[Math.floor(r() * roles.length)]],
      appliedInitiative: yes(0.4),
      outstandingAdvisory: yes(0.3),
      highResponsibility: yes(0.5),
      handlesProcedures: yes(0.5),
      drivesDigitalTransformation: yes(0.3),
    };
    const missing = !uniform && yes(0.1) ? Object.keys(facts)[Math.floor(r() * 8)] : undefined;
    out[i] = {
      id: `hs-2026-${i}`,
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name: `Nguyễn Thị Hồng ${i}`, unit: { id: units[i % units.length] } },
      facts,
    };
    if (missing) out[i].facts = Object.fromEntries(Object.entries(facts).filter(([k]) => k !== missing));
  }
  return JSON.parse(JSON.stringify(out));
}

/**
 * The grassroots individual rule (III.2.1.1.a, individual) written by hand, as a developer
 * would without the library: base standards and one option, missing facts read as "no".
 */
export function handWrittenGrassrootsIndividual(n) {
  const f = n.facts;
  return (
    f.goodConduct === true &&
    f.excellentCompletion === true &&
    Array.isArray(f.reformRoles) &&
    f.reformRoles.length > 0 &&
    (f.appliedInitiative === true || f.outstandingAdvisory === true || f.highResponsibility === true)
  );
}
