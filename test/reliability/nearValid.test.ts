import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../helpers/deepFreeze';
import { deepClone } from './support/invariants';
import { mutate, mutationArb, places, type Path } from './support/mutate';
import { checkCall, expectSharedUnchanged } from './support/property';
import { PROPERTY_TIMEOUT, runs } from './support/runs';
import { subjects, type Subject } from './support/subjects';

const SUBJECTS = subjects();

// (2)–(6) Inputs one step away from valid: built from valid ones (test/helpers/arbitraries.ts
// and the bundled plan) with one mutation of the input or of the options. Each call answers
// or refuses with a ValidationError, changes nothing it was given, leaves Object.prototype
// alone, answers in plain JSON, and answers the same when asked again.

/** The places of an input pair, without the pair itself (places of shared parts are cached). */
function pairPlaces(pair: { input: unknown; options: unknown }): Path[] {
  return places(pair).filter((p) => p.length > 0);
}

function nearValid(subject: Subject) {
  return fc.tuple(subject.valid, mutationArb(subject.maxSize)).map(([pair, m]) => {
    const { value, where } = mutate(pair, m, pairPlaces(pair));
    const mutated = value as { input?: unknown; options?: unknown };
    return { input: mutated.input, options: mutated.options, where };
  });
}

for (const subject of SUBJECTS) {
  describe(`${subject.name} with near-valid inputs`, () => {
    it(
      'valid inputs get a valid answer, in plain JSON, the same every time',
      async () => {
        await fc.assert(
          fc.asyncProperty(subject.valid, async ({ input, options }) => {
            const first = await checkCall(subject, input, options);
            expect(first.ok ? 'answer' : first.error.issues).toBe('answer');
            if (first.ok) {
              const json = subject.json ? subject.json(first.value) : first.value;
              expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
            }
          }),
          runs(),
        );
        expectSharedUnchanged(subject);
      },
      PROPERTY_TIMEOUT,
    );

    it(
      'one mutation (a field dropped, a type changed, odd Unicode, a huge array, deep nesting, a __proto__ key, …) gives an answer or a ValidationError, changes nothing and answers the same twice',
      async () => {
        await fc.assert(
          fc.asyncProperty(nearValid(subject), async ({ input, options }) => {
            await checkCall(subject, input, options);
          }),
          runs(),
        );
        expectSharedUnchanged(subject);
      },
      PROPERTY_TIMEOUT,
    );

    // Last for each subject: freezing reaches the parts a mutated input shares with the fixed
    // input (the bundled plan definition), which no later property of this subject uses.
    it(
      'deep-frozen near-valid inputs are read, never written: an answer or a ValidationError, nothing else',
      async () => {
        await fc.assert(
          fc.asyncProperty(nearValid(subject), async ({ input, options }) => {
            const frozenInput = deepFreeze(deepClone(input, subject.shared?.objects));
            const frozenOptions = deepFreeze(deepClone(options));
            await checkCall(subject, frozenInput, frozenOptions, false);
          }),
          runs(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
}
