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
 * Builds one json-rules-engine `Engine` holding one rule: every atom of the rule set, side by
 * side under `any`, all of one priority. json-rules-engine evaluates the conditions of one
 * priority together (none is skipped, whatever the others give) and writes each one's `result`
 * on the rule's result, so every clause gets a result in one rule's run (cheaper than a rule per
 * atom, which would give the same answers). The three-valued combination happens in our code,
 * where an unknown fact stays unknown.
 */
export async function createAtomEngine(atoms: readonly Atom[]): Promise<AtomEngine> {
  const { Engine } = await loadEngineModule();
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('countDistinctInRange', countDistinctInRange);
  engine.addRule({
    name: 'atoms',
    conditions: { any: atoms.map((atom) => ({ fact: atom.fact, operator: atom.operator, value: atom.value })) },
    event: { type: 'atoms' },
  });
  return {
    async run(facts) {
      const { results, failureResults } = await engine.run(facts);
      const conditions = ((results[0] ?? failureResults[0])!.conditions as { any: { result?: boolean }[] }).any;
      const out = new Array<boolean>(atoms.length);
      for (let i = 0; i < atoms.length; i++) out[i] = conditions[i]!.result === true;
      return out;
    },
  };
}
