import type { FactName } from '../schema/facts';
import { criterionSentence, outcomeSentence } from '../i18n/reasons';
import type { Lang } from '../ground/lang';
import type { CriterionResult, Outcome, Priority } from '../schema/evaluation';
import type { ParsedNomination } from '../schema/nomination';
import type { CompiledCriteria, ListNode } from './compile';
import { markMade } from '../validation/madeHere';
import { decidingLeaves, resolveCondition, resolveTree, type KnownFacts } from './resolveTree';
import { predicatesFor } from './predicatesFor';
import { deepFreeze } from '../ground/deepFreeze';

/** The part of an evaluation that follows from the facts alone: shared, frozen, memoised. */
export interface EvaluationCore {
  readonly outcome: Outcome;
  readonly criteria: CriterionResult;
  readonly missingFacts: readonly FactName[];
  readonly reasons: readonly string[];
  readonly priority: Priority;
}

const OUTCOME = { met: 'eligible', 'not-met': 'ineligible', unknown: 'undetermined' } as const satisfies Record<string, Outcome>;
const MAX_ENTRIES = 8192;

/**
 * Deep-freezes an evaluation and records it as made here (madeHere.ts), so that allocateQuota
 * may take it without validating it again. Its own parts (the evaluation, its unit and
 * achievements) are fresh objects made for it; the core and the award were frozen already.
 */
export function freezeEvaluation<T extends object>(evaluation: T): T {
  return markMade(deepFreeze(evaluation));
}

/** Builds the core from the atoms' results: tree, outcome, missing facts, reasons, priority. */
export function buildCore(compiled: CompiledCriteria, facts: KnownFacts, atoms: readonly boolean[], lang: Lang): EvaluationCore {
  const award = compiled.ruleSet.awards[compiled.kind];
  // The predicates give an atom's result for a value an unknown finite fact might have: both
  // paths use them there, so they agree (the engine's own results cover the known facts).
  const resolution = { atoms, facts, predicates: predicatesFor(compiled) };
  const criteria = resolveTree(compiled.root, resolution);
  const outcome = OUTCOME[criteria.result];
  const deciding = decidingLeaves(criteria);
  const missingFacts: FactName[] = [];
  if (outcome === 'undetermined') {
    for (const leaf of deciding) {
      for (const f of leaf.missingFacts ?? []) if (!missingFacts.includes(f)) missingFacts.push(f);
    }
  }
  const reasons = [outcomeSentence(outcome, award, compiled.ruleSet.clause, missingFacts, lang), ...deciding.map((leaf) => criterionSentence(leaf, lang))];
  const priorityCriteria = compiled.priority.map((p) => ({
    id: p.def.id,
    clause: p.def.clause,
    result: resolveCondition(p.condition, resolution),
  }));
  return deepFreeze({
    outcome,
    criteria,
    missingFacts,
    reasons,
    priority: { score: priorityCriteria.filter((p) => p.result === 'met').length, criteria: priorityCriteria },
  });
}

function nextCode(compiled: CompiledCriteria): number {
  return SMALL + 3 + compiled.memo.interned.size++;
}

/**
 * A small integer standing for one fact value, so that the memo is a trie of Maps keyed by
 * small integers (much cheaper than building and hashing a string key). Unknown is 0,
 * false 1, true 2, small non-negative integers 3…; other values (lists, enum strings, larger
 * numbers) get interned codes per compiled rule set. Lists are interned by their exact
 * elements and order, since the reasons print them as given; each element is a Map key as
 * it is (a string or a number), so no string is built.
 */
function code(compiled: CompiledCriteria, v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (v === false) return 1;
  if (v === true) return 2;
  if (typeof v === 'number' && v >= 0 && v < SMALL && Number.isInteger(v)) return v + 3;
  const interned = compiled.memo.interned;
  let node: ListNode;
  if (Array.isArray(v)) {
    node = interned.lists;
    for (const x of v) {
      let next = node.next.get(x);
      if (next === undefined) {
        next = { next: new Map() };
        node.next.set(x, next);
      }
      node = next;
    }
  } else {
    let leaf = interned.scalars.get(v);
    if (leaf === undefined) {
      leaf = { next: new Map() };
      interned.scalars.set(v, leaf);
    }
    node = leaf;
  }
  return (node.code ??= nextCode(compiled));
}
const SMALL = 1 << 20;

type Trie = Map<number, Trie | EvaluationCore>;

function descend(node: Trie, key: number): Trie {
  let next = node.get(key) as Trie | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(key, next);
  }
  return next;
}

/**
 * The memoised core for this nomination's facts, if the same values of every fact the rule
 * set reads were seen before (for this language); else builds it with `build` and remembers
 * it. The core is frozen, so sharing it between evaluations is safe. Facts are read straight
 * from the nomination (`unitBlock` from its unit), so a memo hit allocates nothing. The memo
 * holds a few thousand cores per rule set and kind, then starts afresh.
 *
 * The trie's keys: runs of small codes (unknown, false, true) are packed four to a level in
 * base 4 behind a leading 1 (so runs of different lengths differ); any other code is a level
 * of its own, negated (so it never equals a packed run). The facts' order is fixed, so the
 * sequence of keys decodes to exactly one sequence of values.
 */
export function coreFor(
  compiled: CompiledCriteria,
  nomination: ParsedNomination,
  lang: Lang,
  build: (compiled: CompiledCriteria, nomination: ParsedNomination, lang: Lang) => EvaluationCore,
): EvaluationCore {
  const memo = compiled.memo;
  const facts = nomination.facts as Readonly<Record<string, unknown>> | undefined;
  const names = compiled.facts;
  let node = memo[lang] as Trie;
  let run = 1;
  for (let i = 0; i < names.length; i++) {
    const f = names[i]!;
    const c = code(compiled, f === 'unitBlock' ? nomination.nominee.unit.block : facts?.[f]);
    if (c < 3) {
      run = run * 4 + c;
      if (run >= 1 << 24) {
        node = descend(node, run);
        run = 1;
      }
    } else {
      if (run !== 1) {
        node = descend(node, run);
        run = 1;
      }
      node = descend(node, -c);
    }
  }
  let core = node.get(run) as EvaluationCore | undefined;
  if (core === undefined) {
    core = build(compiled, nomination, lang);
    if (++memo.size > MAX_ENTRIES) {
      memo.vi.clear();
      memo.en.clear();
      memo.interned.lists.next.clear();
      memo.interned.scalars.clear();
      memo.interned.size = 0;
      memo.size = 0;
    } else {
      node.set(run, core);
    }
  }
  return core;
}
