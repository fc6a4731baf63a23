import type { CompiledCriteria } from './compile';
import type { KnownFacts } from './resolveTree';
import { compileAtom, type AtomPredicate } from './compileSync';

const compiledPredicates = new WeakMap<CompiledCriteria, readonly AtomPredicate[]>();

/** The compiled predicates of a rule set's atoms, made once per compiled rule set. */
export function predicatesFor(compiled: CompiledCriteria): readonly AtomPredicate[] {
  let predicates = compiledPredicates.get(compiled);
  if (!predicates) {
    predicates = compiled.atoms.map((atom) => compileAtom(atom));
    compiledPredicates.set(compiled, predicates);
  }
  return predicates;
}

/**
 * Evaluates every atom synchronously with the compiled predicates (no json-rules-engine).
 * An atom on an unknown fact is left false: the three-valued step makes it unknown anyway,
 * exactly as it does for the engine's result.
 */
export function runAtomsSync(compiled: CompiledCriteria, facts: KnownFacts): boolean[] {
  const predicates = predicatesFor(compiled);
  const atoms = compiled.atoms;
  const out = new Array<boolean>(atoms.length);
  for (let i = 0; i < atoms.length; i++) {
    const value = facts[atoms[i]!.fact as keyof KnownFacts];
    out[i] = value !== undefined && predicates[i]!(value);
  }
  return out;
}
