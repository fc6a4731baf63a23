// The type lives with the schemas (src/schema/planObject.ts), so that the options schemas can name it.
export type { Plan, RuleSetIdOf, TrackIdOf } from '../schema/planObject';
