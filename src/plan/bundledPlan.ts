import type { PlanCore } from '../schema/plan';
import { baseFields, finalize, type PlanFields } from './finalize';
import type { Plan } from './Plan';

/** The bundled plan's files, as imported: the shapes `definePlan` would check. */
export type BundledParts = { meta: unknown; clauses: unknown; ruleSets: unknown[] } & {
  [K in 'deadlines' | 'quotas' | 'parameters']?: unknown;
};

/**
 * A `Plan` made from the bundled files of `rules/` without checking them again at run time.
 * They are the library's own data, fixed at build time, and `test/plan/bundledPlan.test.ts`
 * checks that `definePlan` accepts them and returns exactly this plan. Checking them in every
 * host would put the plan's zod schemas and cross-checks into every browser bundle (about
 * 6 KB gzip) to prove, again, what the test has proved. Plans from anyone else go through
 * `definePlan`.
 */
export function bundledPlan(parts: BundledParts): Plan {
  return finalize([baseFields(parts as PlanCore & Pick<PlanFields, 'deadlines' | 'quotas' | 'parameters'>)]);
}
