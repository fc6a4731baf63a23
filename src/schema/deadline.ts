import * as z from 'zod/mini';
import { LangSchema } from '../ground/lang';
import { DeadlineReadingSchema, DeadlineTrackSchema, PartyIdSchema, type DeadlineTrack } from './deadlines';
import { InstantSchema, YearSchema } from './nomination';

const PlainDateSchema = /* @__PURE__ */ (() => z.iso.date())();

/**
 * What `checkDeadline` takes. Unknown keys are refused. Instants are ISO 8601 strings with an
 * offset (`Z` or `+07:00`) or `Date` objects; they are never read in the host's time zone.
 */
export const DeadlineInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Which commendation: `annual-grassroots`, `annual-city`, `ad-hoc` or `period-2026-2030`. */
    track: DeadlineTrackSchema,
    /** The assessment year; required for the annual tracks, within the plan's period. */
    year: z.optional(YearSchema),
    /** When the dossier reached the commune; decides `on-time` or `late`. */
    submittedAt: z.optional(InstantSchema),
    /** "Now" for `open` / `closed` and `daysLeft`; the library never reads the clock itself. */
    asOf: z.optional(InstantSchema),
    /** How "trước ngày D" is read: `strict` (default, the last day is D-1) or `inclusive` (D). */
    reading: z.optional(DeadlineReadingSchema),
    /** The date set by the commune's own period-summary plan (III.3.2-period), `YYYY-MM-DD`, read as "before that date". */
    periodSummaryDeadline: z.optional(PlainDateSchema),
  }))();
/**
 * The input of `checkDeadline`, as a host writes it. `T` is the deadline tracks of the plan it
 * is for: the bundled plan's by default (a misspelt track is a type error).
 */
export type DeadlineInput<T extends string = DeadlineTrack> = Omit<z.input<typeof DeadlineInputSchema>, 'track'> & { track: T };
/** The input of `checkDeadline` after validation (instants as ISO strings). */
export type ParsedDeadlineInput = z.output<typeof DeadlineInputSchema>;

/**
 * A milestone's status: `on-time` / `late` (judged on `submittedAt`), `open` / `closed`
 * (judged on `asOf`), `not-applicable` (no calendar deadline: ad-hoc), `unknown` (the date or
 * the time to judge it is not known).
 */
export const MILESTONE_STATUSES = ['on-time', 'late', 'open', 'closed', 'not-applicable', 'unknown'] as const;
export const MilestoneStatusSchema = /* @__PURE__ */ (() => z.enum(MILESTONE_STATUSES))();
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

/** A party to a milestone: its ID and its name in the language asked for. */
export const PartySchema = /* @__PURE__ */ (() => z.strictObject({ id: PartyIdSchema, name: z.string().check(z.minLength(1)) }))();
export type Party = z.infer<typeof PartySchema>;

/** A day that is not a working day, between the last working day and the last day. */
export const NonWorkingDaySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    date: PlainDateSchema,
    /** `weekend`: an ordinary Saturday or Sunday; `holiday`: a public holiday, a make-up day or a day of an announced break. */
    kind: z.enum(['weekend', 'holiday']),
    /** The holiday's ID (`tet`, `national-day`, …), for `holiday`. */
    holiday: z.optional(z.string()),
    name: z.string().check(z.minLength(1)),
    /** For `holiday`: from the Government's official list, or estimated from the Labour Code's rules. */
    source: z.optional(z.enum(['official', 'estimate'])),
  }))();
export type NonWorkingDayInfo = z.infer<typeof NonWorkingDaySchema>;

/** One milestone of a track, checked. Dates are Vietnam dates. */
export const MilestoneCheckSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The milestone's ID within its track (`dossier`, `report-to-city`, `proposal`). */
    id: z.string().check(z.minLength(1)),
    /** The clause ID of the plan it rests on. */
    clause: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    /** Who must send (the party the milestone binds) … */
    from: PartySchema,
    /** … and who receives. */
    to: PartySchema,
    /** True when the milestone binds the commune People's Committee (its own report to the city), not the unit submitting a dossier. */
    bindsCommune: z.boolean(),
    /** D in "trước ngày D"; `null` when there is no date (ad-hoc) or it is not known. */
    dueBefore: z.nullable(PlainDateSchema),
    /** The last day to submit under the reading used. */
    lastDay: z.nullable(PlainDateSchema),
    /** 23:59:59.999 of `lastDay` in Vietnam time, with `+07:00`. */
    lastInstant: z.nullable(z.string()),
    /** The last working day (Monday–Friday, not a day off) on or before `lastDay`. */
    lastWorkingDay: z.nullable(PlainDateSchema),
    /** The days off after `lastWorkingDay` up to `lastDay` (empty when the last day is a working day). */
    daysOffAtEnd: z.array(NonWorkingDaySchema),
    /** Whether the holidays used for `lastWorkingDay` come from official lists or are estimates from the rules. */
    holidayData: z.nullable(z.enum(['official', 'estimate'])),
    status: MilestoneStatusSchema,
    /** Calendar days from the `asOf` date to `lastDay`: 0 on the last day, negative once it has passed. Only with `asOf`. */
    daysLeft: z.optional(z.int()),
  }))();
export type MilestoneCheck = z.infer<typeof MilestoneCheckSchema>;

/** The answer of `checkDeadline`: plain JSON, safe to store or send as it is. */
export const DeadlineCheckSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    track: DeadlineTrackSchema,
    /** The track's clause ID (III.3.1-grassroots, III.3.1-city, III.3.1-ad-hoc, III.3.2-period). */
    clause: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    planId: z.string().check(z.minLength(1)),
    planVersion: z.string().check(z.minLength(1)),
    year: z.nullable(z.int()),
    reading: DeadlineReadingSchema,
    timeZone: z.literal('Asia/Ho_Chi_Minh'),
    /** `submittedAt` as given, normalised to Vietnam time (`+07:00`). */
    submittedAt: z.nullable(z.string()),
    /** `asOf` as given, normalised to Vietnam time (`+07:00`). */
    asOf: z.nullable(z.string()),
    milestones: z.array(MilestoneCheckSchema).check(z.minLength(1)),
    /**
     * Whether the dossier arrived on time for the milestones that bind the submitting unit:
     * `true` / `false` with `submittedAt`, `null` when it cannot be told (no `submittedAt`, no
     * calendar deadline, or a date not known).
     */
    onTime: z.nullable(z.boolean()),
    /** Sentences in `lang`, each starting with the clause ID it rests on. */
    notes: z.array(z.string().check(z.minLength(1))),
    lang: LangSchema,
  }))();
/** The answer of `checkDeadline`. */
export type DeadlineCheck = z.infer<typeof DeadlineCheckSchema>;
