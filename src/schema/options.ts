import * as z from 'zod/mini';
import { LangSchema } from '../ground/lang';
import type { Plan } from './planObject';

/**
 * The options every function shares, extended by each function's own (unknown keys refused).
 * `plan` is any value here: whether it is a plan is checked against the plan itself
 * (src/plan/resolvePlan.ts), not by its shape alone.
 */
export const CallOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Language of the answer's text and of error messages: `'vi'` (default) or `'en'`. */
    lang: z.optional(LangSchema),
    /** The plan to apply (from `definePlan` or `loadPlan`); the bundled Vĩnh Bảo plan when left out. */
    plan: z.optional(z.custom<Plan>()),
    /**
     * A version of the plan to apply (e.g. `'1.0.0'`), instead of the one in force on the date
     * that matters (each function says which date).
     */
    planVersion: z.optional(z.string().check(z.minLength(1))),
  }))();
/** The options every function shares. */
export type CallOptions = z.input<typeof CallOptionsSchema>;

/** The options of `definePlan` and `loadPlan`: the language of the error messages. */
export const PlanOptionsSchema = /* @__PURE__ */ (() => z.pick(CallOptionsSchema, { lang: true }))();
/** The options of `definePlan` and `loadPlan`. */
export type PlanOptions = z.input<typeof PlanOptionsSchema>;
