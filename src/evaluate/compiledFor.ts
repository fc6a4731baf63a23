import type { Plan } from '../plan/Plan';
import type { NomineeKind, RuleSetId } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import { compileCriteria, type CompiledCriteria } from './compile';
import { createAtomEngine, type AtomEngine } from './engine';

export interface Prepared {
  readonly compiled: CompiledCriteria;
  readonly engine: AtomEngine;
}

const cache = new WeakMap<Plan, Map<string, Prepared>>();

/**
 * The compiled criteria and engine for one rule set and nominee kind of a plan, built on
 * first use and reused for every later nomination (never at import time).
 */
export function preparedFor(plan: Plan, ruleSet: RuleSet & { id: RuleSetId }, kind: NomineeKind): Prepared {
  let byKey = cache.get(plan);
  if (!byKey) {
    byKey = new Map();
    cache.set(plan, byKey);
  }
  const key = `${ruleSet.id}/${kind}`;
  let prepared = byKey.get(key);
  if (!prepared) {
    const compiled = compileCriteria(ruleSet, kind);
    prepared = { compiled, engine: createAtomEngine(compiled.atoms) };
    byKey.set(key, prepared);
  }
  return prepared;
}
