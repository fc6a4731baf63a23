import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anything } from './support/odd';
import { checkCall, expectSharedUnchanged } from './support/property';
import { PROPERTY_TIMEOUT, runs } from './support/runs';
import { subjects } from './support/subjects';

const SUBJECTS = subjects();

// (1) Whatever a host passes, every public function answers or throws a ValidationError with
// issues: never a TypeError, a RangeError or a crash. Inputs and options are arbitrary JSON
// values, or values of any kind: objects without prototype, Maps, Sets, Dates, boxed values,
// typed and sparse arrays, bigints, `__proto__`/`constructor`/`prototype` keys.
const arbitrary = fc.oneof(fc.jsonValue(), anything);

for (const subject of SUBJECTS) {
  describe(`${subject.name} with arbitrary values`, () => {
    it(
      'an arbitrary value (JSON or any kind) as input gives an answer or a ValidationError with issues, and changes nothing',
      async () => {
        await fc.assert(
          fc.asyncProperty(subject.arbitraryInput?.(arbitrary) ?? arbitrary, subject.valid, async (input, valid) => {
            await checkCall(subject, input, valid.options);
          }),
          runs(),
        );
        expectSharedUnchanged(subject);
      },
      PROPERTY_TIMEOUT,
    );

    it(
      'an arbitrary value (JSON or any kind) as options gives an answer or a ValidationError with issues, and changes nothing',
      async () => {
        await fc.assert(
          fc.asyncProperty(subject.valid, arbitrary, async (valid, options) => {
            await checkCall(subject, valid.input, options);
          }),
          runs(),
        );
        expectSharedUnchanged(subject);
      },
      PROPERTY_TIMEOUT,
    );
  });
}
