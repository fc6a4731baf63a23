import { beforeAll, beforeEach } from 'vitest';
import { forgetCalendars } from '../src/deadline/holidays';
import { forgetDateMemos } from '../src/deadline/vietnamTime';
import { forgetCompiled } from '../src/evaluate/compiledFor';
import { forgetDefaultPlan } from '../src/plan/defaultPlan';
import { forgetAnsweringPlans } from '../src/plan/answeringPlan';

// The mutation run's setup (test/vitest.stryker.config.ts). StrykerJS credits a mutant to the
// tests that ran its code during the first run, and then runs only those. Answers the library
// remembers (compiled rule sets with their memoised evaluations, holiday calendars, date
// arithmetic) are computed by whichever test asks first: a later test that checks them would
// not run the code, so a mutant there would be tried against the wrong test and survive. Each
// test therefore starts with nothing remembered.
beforeEach(() => {
  forgetCompiled();
  forgetCalendars();
  forgetDateMemos();
});

// The test files share one module graph (no isolation between files, for speed): what a
// module remembers for its whole life is forgotten before each file, as a fresh module
// would be. The bundled plan is not forgotten before each test: nearly every test uses it,
// and each mutant of plan validation would then run the whole suite.
beforeAll(() => {
  forgetDefaultPlan();
  forgetAnsweringPlans();
});
