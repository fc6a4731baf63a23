import type fc from 'fast-check';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got “${raw}”`);
  return n;
}

/**
 * How hard the generated-input tests try. `npm test` uses the defaults below (a few minutes on a
 * 2-core machine); `npm run test:deep` (test/deep.mjs) sets the deep figures and a seed derived
 * from the commit. Each can be set on its own (see the README's table of environment variables).
 *
 * Runs per property: 200 by default; 10,000 in the deep run.
 */
export const FC_RUNS = positiveInt('FC_RUNS', 200);
/** The seed of every property and sample: fixed by default; the deep run prints the one it uses. */
export const FC_SEED = positiveInt('FC_SEED', 20_260_101);
/** Generated fact sets per rule set and kind in the engine/compiled differential test: 2,000 (deep 100,000). */
export const DIFFERENTIAL_RUNS = positiveInt('DIFFERENTIAL_RUNS', 2_000);
/** Generated fact sets per rule set and kind in the built-engine test: 500 (deep 5,000). */
export const DIST_DIFFERENTIAL_RUNS = positiveInt('DIST_DIFFERENTIAL_RUNS', 500);

/** fast-check parameters for one property: FC_RUNS runs (never fewer), the run's seed. */
export function runs<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: FC_RUNS, seed: FC_SEED, ...extra };
}

/** A property of 10,000 runs takes seconds to a minute on a 2-core CI machine. */
export const PROPERTY_TIMEOUT = 20 * 60_000;
