import type { NomineeKind } from '../schema/nomination';
import type { RuleSet } from '../schema/ruleSet';
import { compileCriteria, type CompiledCriteria } from './compile';

// Keyed by the plan's own (frozen) rule set objects: a new plan compiles anew, and a plan no
// longer referenced takes its compiled criteria (and the evaluations memoised on them) with it.
const cache = new WeakMap<RuleSet, { collective?: CompiledCriteria; individual?: CompiledCriteria }>();

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
