import type fc from 'fast-check';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got “${raw}”`);
  return n;
}

/**
 * Runs per property: 10,000 by default (CI); set `FC_RUNS=200` (say) to iterate locally.
 * `FC_SEED` replays a run; by default the seed is fixed, so CI is reproducible.
 */
export const FC_RUNS = positiveInt('FC_RUNS', 10_000);
const FC_SEED = positiveInt('FC_SEED', 20_260_101);

/** fast-check parameters for one property: FC_RUNS runs (never fewer), the fixed seed. */
export function runs<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: FC_RUNS, seed: FC_SEED, ...extra };
}

/** A property of 10,000 runs takes seconds to a minute on a 2-core CI machine. */
export const PROPERTY_TIMEOUT = 20 * 60_000;
