import type { Atom } from '../schema/condition';
import { countDistinctInRange } from './operators';

/** Runs every atom of a rule set through json-rules-engine and reports each one's result. */
export interface AtomEngine {
  /** `true` for each atom whose comparison holds on `facts`. Unknown facts are decided by the caller. */
  run(facts: Readonly<Record<string, unknown>>): Promise<boolean[]>;
}

let loading: Promise<typeof import('./engineModule')> | undefined;

/**
 * json-rules-engine, loaded on the first evaluation that needs it: importing this package
 * stays cheap, and a bundle of the sync evaluator alone does not carry the engine.
 */
function loadEngineModule(): Promise<typeof import('./engineModule')> {
  loading ??= import('./engineModule');
  return loading;
}

/**
 * Builds one json-rules-engine `Engine` holding one rule per atom. Keeping each atom its own
 * rule means the engine never short-circuits past a criterion: every clause gets a result.
 * The three-valued combination happens in our code, where an unknown fact stays unknown.
 */
export async function createAtomEngine(atoms: readonly Atom[]): Promise<AtomEngine> {
  const { Engine } = await loadEngineModule();
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('countDistinctInRange', countDistinctInRange);
  atoms.forEach((atom, index) => {
    engine.addRule({
      name: String(index),
      conditions: { all: [{ fact: atom.fact, operator: atom.operator, value: atom.value }] },
      event: { type: 'atom' },
    });
  });
  return {
    async run(facts) {
      const { results } = await engine.run(facts);
      const out = new Array<boolean>(atoms.length).fill(false);
      for (const r of results) out[Number(r.name)] = true;
      return out;
    },
  };
}
