import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';
import { MonthDaySchema } from './deadlines';

/** How sure a legal fact is (`LEGAL-FACTS.md`): anything below `high` is a default, not a certainty. */
export const ConfidenceSchema = /* @__PURE__ */ (() => z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low']))();
export type Confidence = z.infer<typeof ConfidenceSchema>;

const PlainDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/** A lunar day as `MM-DD` (month 1–12, day 1–30, not a leap month). */
const LunarMonthDaySchema = /* @__PURE__ */ (() => z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/)))();

/** One day of a holiday, by the solar or the lunar calendar, optionally shifted by whole days. */
export const HolidayDaySchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ solar: MonthDaySchema }),
    /** `offsetDays: -1` from lunar `01-01` is the last day of the old lunar year, whatever its length. */
    z.strictObject({ lunar: LunarMonthDaySchema, offsetDays: z.optional(z.int().check(z.minimum(-1), z.maximum(0))) }),
  ]))();
export type HolidayDay = z.infer<typeof HolidayDaySchema>;

/** A public holiday of the Labour Code, with the days it gives by the rules. */
export const HolidayRuleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable ID, used by the yearly files of official days off. */
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    name: BilingualTextSchema,
    days: z.array(HolidayDaySchema).check(z.minLength(1)),
    /**
     * Whether the law fixes the days (`true`), or the Prime Minister picks them each year
     * (Labour Code Art. 112(3): Tết and the day next to 2/9), so that `days` is only the library's
     * default for a year without an official list.
     */
    fixedByLaw: z.boolean(),
    /** The first date on which the holiday exists (24/11 from 1/7/2026). */
    validFrom: z.optional(PlainDateSchema),
    /** What the days are and, for a default, why this one. */
    note: z.optional(BilingualTextSchema),
    reference: z.string().check(z.minLength(1)),
    confidence: ConfidenceSchema,
  }))();
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/** `rules/calendar/holiday-rules.json`: Vietnam's days off by the rules (Labour Code 2019 Art. 111–112). */
export const HolidayRulesFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('holiday-rules'),
    timeZone: z.literal('Asia/Ho_Chi_Minh'),
    /** The weekly days off of state agencies: 0 = Sunday … 6 = Saturday. */
    weeklyDaysOff: z.strictObject({
      days: z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.minLength(1), z.maxLength(6)),
      reference: z.string().check(z.minLength(1)),
      confidence: ConfidenceSchema,
    }),
    /** A holiday that falls on a weekly day off is made up on the next working day. */
    substituteDays: z.strictObject({ note: BilingualTextSchema, reference: z.string().check(z.minLength(1)), confidence: ConfidenceSchema }),
    /** How lunar dates are computed. */
    lunarCalendar: z.strictObject({
      utcOffsetHours: z.literal(7),
      method: z.string().check(z.minLength(1)),
      reference: z.string().check(z.minLength(1)),
      confidence: ConfidenceSchema,
    }),
    holidays: z.array(HolidayRuleSchema).check(z.minLength(1)),
  }))();
export type HolidayRulesFile = z.infer<typeof HolidayRulesFileSchema>;

/** A run of days, `from` to `to` inclusive (a single day has `from` = `to`). */
export const DateRangeSchema = /* @__PURE__ */ (() => z.strictObject({ from: PlainDateSchema, to: PlainDateSchema }))();

/** The official days off of one holiday in one year, as the Government announced them. */
export const OfficialOccasionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The ID of the holiday rule the announcement replaces for this year. */
    holiday: z.string().check(z.minLength(1)),
    /** Every day off of the occasion (weekends inside the run may be listed, as announcements do). */
    daysOff: z.array(DateRangeSchema).check(z.minLength(1)),
    /** Saturdays or Sundays made working days in exchange (hoán đổi ngày làm việc). */
    workingDays: z.optional(z.array(PlainDateSchema)),
    note: z.optional(BilingualTextSchema),
    /** The act that fixes the days, and where it was read. */
    reference: z.string().check(z.minLength(1)),
    sources: z.optional(z.array(z.url())),
    confidence: ConfidenceSchema,
  }))();
export type OfficialOccasion = z.infer<typeof OfficialOccasionSchema>;

/** `rules/calendar/YYYY.json`: the official days off of one year. Holidays it lists win over the rules. */
export const OfficialDaysOffFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('official-days-off'),
    year: z.int().check(z.minimum(1990), z.maximum(2200)),
    occasions: z.array(OfficialOccasionSchema).check(z.minLength(1)),
  }))();
export type OfficialDaysOffFile = z.infer<typeof OfficialDaysOffFileSchema>;

/**
 * The official days off a plan carries (`PlanDefinition.calendar`): one file per year, in the
 * format of `rules/calendar/YYYY.json`. For each year it lists, a file wins over the library's
 * bundled list of that year (the whole year, not holiday by holiday); the holidays it leaves
 * out are estimated from the rules, as for a bundled year.
 */
export const PlanCalendarSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** One file per year; two files of the same year are refused. */
    official: z.array(OfficialDaysOffFileSchema).check(z.minLength(1)),
  }))();
export type PlanCalendar = z.infer<typeof PlanCalendarSchema>;
