import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';
import { ConfidenceSchema } from './calendar';

/** A plain calendar date, `YYYY-MM-DD` (a real date: 2026-02-30 is refused). */
export const PlainDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/** How award money is rounded to the rounding unit: to the nearest unit (halves up), always up, or always down. */
export const ROUNDING_MODES = ['nearest', 'up', 'down'] as const;
export const RoundingModeSchema = /* @__PURE__ */ (() => z.enum(ROUNDING_MODES))();
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/** Where a dated value comes from and how sure we are of it. */
const Provenance = /* @__PURE__ */ (() => ({
  /** The legal text that sets the value (document number, article). */
  reference: z.string().check(z.minLength(1)),
  /** How sure the project is of it (`LEGAL-FACTS.md`); below `high` it is a default a host can override with its own plan. */
  confidence: ConfidenceSchema,
  /** The reading taken, or what is not confirmed. */
  note: z.optional(BilingualTextSchema),
}))();

/**
 * OpenFisca-style dated values: each key is the date from which a value is in force, until the
 * next key. A change adds a dated value; earlier values stay, so history is kept.
 */
function datedValues<T extends z.core.$ZodShape>(shape: T) {
  return z
    .record(PlainDateSchema, z.strictObject({ ...shape, ...Provenance }))
    .check(z.refine((values) => Object.keys(values).length > 0, { message: 'at least one dated value is needed' }));
}

/** A coefficient with at most three decimals (0.3, 1.5), so money is computed exactly in integers. */
export const CoefficientSchema = /* @__PURE__ */ (() =>
  z.number().check(
    z.positive(),
    z.maximum(1000),
    z.refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, { message: 'at most three decimals' }),
  ))();

/** `rules/parameters/base-salary.json`: the base salary (mức lương cơ sở), in đồng per month. */
export const BaseSalaryFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('parameter'),
    id: z.literal('base-salary'),
    description: BilingualTextSchema,
    unit: z.literal('VND'),
    values: datedValues({ value: z.int().check(z.positive(), z.maximum(1_000_000_000)) }),
  }))();
export type BaseSalaryFile = z.infer<typeof BaseSalaryFileSchema>;

/** The dated coefficients of one award for one kind of nominee. */
export const DatedCoefficientsSchema = /* @__PURE__ */ (() => datedValues({ value: CoefficientSchema }))();

/**
 * `rules/parameters/award-coefficients.json`: award money = coefficient × base salary, per
 * award id (as the rule sets name awards) and nominee kind.
 */
export const AwardCoefficientsFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('award-coefficients'),
    description: BilingualTextSchema,
    awards: z.record(
      z.string().check(z.minLength(1)),
      z.strictObject({
        name: BilingualTextSchema,
        collective: DatedCoefficientsSchema,
        individual: DatedCoefficientsSchema,
      }),
    ),
  }))();
export type AwardCoefficientsFile = z.infer<typeof AwardCoefficientsFileSchema>;

/** `rules/parameters/rounding.json`: the unit award money is rounded to, and the default mode. */
export const RoundingFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('rounding'),
    description: BilingualTextSchema,
    values: datedValues({ unitVnd: z.int().check(z.positive(), z.maximum(1_000_000_000)), mode: RoundingModeSchema }),
  }))();
export type RoundingFile = z.infer<typeof RoundingFileSchema>;

/** The plan's dated parameters: base salary, award coefficients, rounding. */
export const ParametersSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    baseSalary: BaseSalaryFileSchema,
    awardCoefficients: AwardCoefficientsFileSchema,
    rounding: RoundingFileSchema,
  }))();
export type Parameters = z.infer<typeof ParametersSchema>;
