/**
 * The evaluations this library made in this process, each deep-frozen before it is added
 * (see freezeEvaluation in src/evaluate/core.ts). allocateQuota takes an evaluation found here without
 * validating it again: it fit EvaluationSchema when it was made, and being frozen, it still
 * does. Anything else (a copy, an evaluation read back from storage, one made by another copy
 * of the library) is not here, and is validated by zod.
 */
const made: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/** Records a deep-frozen evaluation as made here. Only freezeEvaluation calls this. */
export function markMade<T extends object>(evaluation: T): T {
  made.add(evaluation);
  return evaluation;
}

/** Whether `value` is an evaluation this library made (and froze) in this process. */
export function isMade(value: unknown): boolean {
  return typeof value === 'object' && value !== null && made.has(value);
}
