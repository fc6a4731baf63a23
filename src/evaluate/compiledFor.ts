import type { NomineeKind } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import { compileCriteria, type CompiledCriteria } from './compile';

// Keyed by the plan's own (frozen) rule set objects: a new plan compiles anew.
let cache = new WeakMap<RuleSet, { collective?: CompiledCriteria; individual?: CompiledCriteria }>();

/**
 * Forgets every compiled rule set, and with them the evaluations memoised per compiled rule
 * set. Not public (the barrel does not export it): the mutation run calls it before each test
 * (test/stryker.setup.ts), so that each test computes what it checks and is credited with it.
 */
export function forgetCompiled(): void {
  cache = new WeakMap();
}

/**
 * The compiled criteria of one rule set and nominee kind, built on first use and reused for
 * every later nomination (never at import time).
 */
export function compiledFor(ruleSet: RuleSet, kind: NomineeKind): CompiledCriteria {
  let byKind = cache.get(ruleSet);
  if (!byKind) {
    byKind = {};
    cache.set(ruleSet, byKind);
  }
  return (byKind[kind] ??= compileCriteria(ruleSet, kind));
}
