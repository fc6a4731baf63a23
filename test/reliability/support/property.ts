import { expectPlainJson, expectPrototypesUnchanged, expectSameOutcome, fingerprint, settle, settleSync, snapshotPrototypes, type Settled } from './invariants';
import type { Subject } from './subjects';

/** Fails if the fixed input a subject's valid inputs share has changed since it was read. */
export function expectSharedUnchanged(subject: Subject): void {
  const shared = subject.shared;
  if (shared && fingerprint(shared.root) !== shared.fingerprint) throw new Error(`${subject.name} changed the input all runs share`);
}

/** What one call showed: the outcome, for the caller's own checks. */
export type Observed = Settled<unknown>;

function call(subject: Subject, input: unknown, options: unknown): Settled<unknown> | Promise<Settled<unknown>> {
  return subject.async ? settle(() => subject.call(input, options)) : settleSync(() => subject.call(input, options));
}

/**
 * Calls a public function the way every property does and checks every promise it makes:
 * (1) it answers or throws a ValidationError with well-formed issues, nothing else; a valid
 * answer fits the function's schema; (3) neither input nor options changed in any observable
 * way (not even frozen); (4) Object.prototype and its neighbours, and the global names, are
 * as they were; (5) the answer is plain JSON and round-trips through it unchanged; (6) a
 * second call with the same arguments gives the same answer (or the same issues).
 */
export async function checkCall(subject: Subject, input: unknown, options: unknown, twice = true): Promise<Observed> {
  const protos = snapshotPrototypes();
  const before = fingerprint([input, options], subject.shared?.objects);
  const first = await call(subject, input, options);
  expectPrototypesUnchanged(protos);
  if (fingerprint([input, options], subject.shared?.objects) !== before) throw new Error(`${subject.name} changed its input or options`);
  if (first.ok) {
    subject.check(first.value);
    expectPlainJson(subject.json ? subject.json(first.value) : first.value, `${subject.name}(…)`);
  }
  if (twice) {
    const second = await call(subject, input, options);
    expectSameOutcome(first, second);
  }
  return first;
}
