import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amendedDefinition, bundledDefinition } from '../helpers/plans';

// Issue 20, item 3: a plan is recognised by what it is, not by which copy of the library made
// it. The built package's two builds (dist/index.cjs and dist/index.js, each with its own
// module state) take each other's plans, and a plan sent to a worker (a structured clone)
// is still a plan there. dist/ is built by the `dist` test project (test/helpers/buildDist.ts).

type Lib = typeof import('../../src/index');

const dist = resolve(__dirname, '../../dist');
const cjs = createRequire(import.meta.url)(resolve(dist, 'index.cjs')) as Lib;
let esm: Lib;

beforeAll(async () => {
  esm = (await import(pathToFileURL(resolve(dist, 'index.js')).href)) as Lib;
});

const nomination = {
  id: 'hs-01',
  ruleSet: 'annual-grassroots',
  year: 2026,
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'vhxh' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
} as const;

describe('a plan made by one build is a plan to the other', () => {
  it('a plan from the CommonJS build is taken by the ES build’s functions', async () => {
    const plan = cjs.loadPlan(JSON.stringify(amendedDefinition()));
    const evaluation = await esm.evaluateNomination(nomination, { plan });
    expect([evaluation.planId, evaluation.planVersion, evaluation.outcome]).toEqual([plan.id, '1.0.0', 'eligible']);
    expect(esm.checkDeadline({ track: 'annual-grassroots', year: 2029 }, { plan }).planVersion).toBe('1.1.0');
    expect(esm.allocateQuota([evaluation], { level: 'annual-grassroots', plan }).selected).toHaveLength(1);
    expect(esm.versionInForce(plan, '2028-07-01').version).toBe('1.1.0');
    expect(esm.factsRead(plan, 'annual-city', 'collective')).toEqual(cjs.factsRead(plan, 'annual-city', 'collective'));
  });

  it('a plan from the ES build is taken by the CommonJS build’s functions', () => {
    const plan = esm.definePlan(amendedDefinition());
    const evaluation = cjs.evaluateNominationSync(nomination, { plan });
    expect([evaluation.planId, evaluation.outcome]).toEqual([plan.id, 'eligible']);
    expect(cjs.checkDeadline({ track: 'annual-city', year: 2026 }, { plan }).planId).toBe(plan.id);
    expect(cjs.allocateQuota([evaluation], { level: 'annual-grassroots', plan }).selected).toHaveLength(1);
    expect(cjs.definePlan(esm.defaultPlan())).toStrictEqual(esm.defaultPlan());
  });

  it('a structured clone of a plan is a plan, with every version', () => {
    const plan = esm.definePlan(amendedDefinition());
    const clone = structuredClone(plan);
    expect(esm.evaluateNominationSync(nomination, { plan: clone })).toStrictEqual(esm.evaluateNominationSync(nomination, { plan }));
    expect(esm.versionInForce(clone, '2028-06-30').version).toBe('1.0.0');
    expect(cjs.versionInForce(structuredClone(plan), '2028-07-01').version).toBe('1.1.0');
  });

  it('what is not a plan is refused, and the error says how to make one', () => {
    const edited = { ...esm.defaultPlan(), meta: { ...esm.defaultPlan().meta, period: { from: 2026, to: 2040 } } };
    for (const lib of [esm, cjs]) {
      for (const notAPlan of [bundledDefinition(), edited]) {
        expect(() => lib.evaluateNominationSync(nomination, { plan: notAPlan as never, lang: 'en' })).toThrow(/definePlan.*loadPlan/s);
      }
    }
  });
});

describe('a plan sent to a worker_threads Worker', () => {
  let worker: Worker;
  beforeAll(() => {
    worker = new Worker(new URL('./fixtures/evaluateInWorker.mjs', import.meta.url));
  });
  afterAll(async () => {
    await worker.terminate();
  });

  const ask = (message: unknown) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage(message);
    });

  it('is a plan there: the worker evaluates with it, and picks its versions', async () => {
    const plan = cjs.definePlan(amendedDefinition());
    const answer = await ask({ plan, nomination, date: '2028-07-01' });
    expect(answer['error']).toBeUndefined();
    expect(answer['evaluation']).toStrictEqual(esm.evaluateNominationSync(nomination, { plan, lang: 'en' }));
    expect(answer['version']).toBe('1.1.0');
  });

  it('a plan changed on the way is refused there', async () => {
    const plan = esm.definePlan(bundledDefinition());
    const answer = await ask({ plan: { ...plan, id: 'changed' }, nomination, date: '2026-01-01' });
    expect(answer['error']).toMatch(/definePlan/);
  });
});
