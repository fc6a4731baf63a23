import { afterEach, describe, expect, it, vi } from 'vitest';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';

// Counts how many json-rules-engine Engines the library builds, and when.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('json-rules-engine', async (importOriginal) => {
  const real = await importOriginal<typeof import('json-rules-engine')>();
  class CountingEngine extends real.Engine {
    constructor(...args: ConstructorParameters<typeof real.Engine>) {
      super(...args);
      built.count += 1;
    }
  }
  return { ...real, Engine: CountingEngine };
});

afterEach(() => {
  vi.resetModules();
  built.count = 0;
});

describe('engines', () => {
  it('are not built when the package is imported', async () => {
    await import('../../src/index');
    expect(built.count).toBe(0);
  });

  it('are built once per rule set and nominee kind, then reused', async () => {
    const { evaluateNominations } = await import('../../src/index');
    const batch = Array.from({ length: 20 }, (_, i) => eligibleGrassrootsIndividual({ id: `n${i}` }));
    await evaluateNominations(batch);
    expect(built.count).toBe(1);
    await evaluateNominations([
      ...batch,
      { ...eligibleGrassrootsIndividual({ id: 'col' }), nominee: { kind: 'collective', name: 'Phòng Kinh tế', unit: { id: 'pkt' } }, facts: {} },
    ]);
    expect(built.count).toBe(2);
  });
});
