// What a scenario's `exercises` annotation claims, computed from what the library returned,
// so that the case runners check every annotation the traceability matrix relies on
// (docs/build/traceability.mjs). Each function answers 'met', 'not-met', 'unknown', or
// explains why the clause cannot be read from that result (which fails the runner).
// The readings are the library's own (src/scenario/exercise.ts): runScenarios uses them too.
export { deadlineExercise, evaluationExercise, quotaExercise, type ExerciseResult } from '../../src/scenario/exercise';
