import fc from 'fast-check';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index';
import { RULE_SET_IDS, type Nomination } from '../../src/index';
import { nominationFor, situation } from '../helpers/arbitraries';
import { DIST_DIFFERENTIAL_RUNS, FC_SEED } from '../reliability/support/runs';

// The built package (dist/, made by test/helpers/buildDist.ts) carries json-rules-engine with
// eventemitter2 and jsonpath-plus replaced (tsup.config.ts, src/evaluate/engineShims/), in a
// chunk of its own. The tests elsewhere run the engine as npm installs it, with its real
// dependencies. Here the built engine path must give, for generated fact sets of every rule set
// and kind (unknown facts included), exactly the evaluations of the engine as installed.
const RUNS = DIST_DIFFERENTIAL_RUNS;

const built = (): Promise<typeof source> => import(pathToFileURL(resolve(__dirname, '../../dist/index.js')).href) as Promise<typeof source>;

describe('the built engine path gives the evaluations of json-rules-engine as installed', () => {
  for (const ruleSet of RULE_SET_IDS) {
    for (const kind of ['collective', 'individual'] as const) {
      it(`${ruleSet} ${kind}: ${RUNS.toLocaleString('en')} generated fact sets give the same evaluations, in both languages`, async () => {
        const dist = await built();
        const gen = situation.map((s) => ({ ...s, ruleSet, kind }));
        const batch: Nomination[] = fc
          .sample(gen, { numRuns: RUNS, seed: FC_SEED + ruleSet.length * 7 + kind.length })
          .map((s, i) => nominationFor(s, true, `b${i}`));
        for (const lang of ['vi', 'en'] as const) {
          const byBuilt = await dist.evaluateNominations(batch, { lang });
          const byInstalled = await source.evaluateNominations(batch, { lang });
          expect(byBuilt).toHaveLength(RUNS);
          // Same code in the same key order on both sides: compare as JSON, fast.
          for (let i = 0; i < RUNS; i++) {
            if (JSON.stringify(byBuilt[i]) !== JSON.stringify(byInstalled[i])) expect(byBuilt[i]).toEqual(byInstalled[i]);
          }
          // Not vacuous: the batch has more than one outcome (all three at the default size).
          expect(new Set(byBuilt.map((e) => e.outcome)).size).toBeGreaterThan(RUNS >= 5_000 ? 2 : 1);
        }
      }, 300_000);
    }
  }

  it('the built package keeps the engine out of its main file and loads it on the first evaluation', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = resolve(__dirname, '../../dist');
    const main = readFileSync(resolve(dir, 'index.js'), 'utf8');
    const chunks = readdirSync(dir).filter((f) => /^engineModule-.*\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    expect(main.includes(`import('./${chunks[0]}')`) || main.includes(`import("./${chunks[0]}")`)).toBe(true);
    expect(main).not.toContain('almanac::');
    const chunk = readFileSync(resolve(dir, chunks[0]!), 'utf8');
    expect(chunk).toContain('almanac::');
    // Neither replaced dependency is in it: the shims are.
    expect(chunk).not.toMatch(/node_modules\/(eventemitter2|jsonpath-plus)\//);
    expect(chunk).toContain('conditions with a `path` are not supported');
  });
});
