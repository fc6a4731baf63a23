import type { CompiledCriteria } from './compile';
import { createAtomEngine, type AtomEngine } from './engine';

const engines = new WeakMap<CompiledCriteria, Promise<AtomEngine>>();

/** The json-rules-engine engine of compiled criteria: built once, on first use, then reused. */
export function engineFor(compiled: CompiledCriteria): Promise<AtomEngine> {
  let engine = engines.get(compiled);
  if (!engine) {
    engine = createAtomEngine(compiled.atoms);
    engines.set(compiled, engine);
  }
  return engine;
}
