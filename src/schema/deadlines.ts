import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';
import { ClauseIdSchema } from './ruleSet';
import type { IssueParams } from '../validation/issue';
import { PlanIdSchema } from './nomination';

/** The deadline tracks of the bundled plan (III.3): annual grassroots, annual city, ad hoc, and the 2026–2030 period summary. */
export const DEADLINE_TRACKS = ['annual-grassroots', 'annual-city', 'ad-hoc', 'period-2026-2030'] as const;
/** A track's ID, as a plan declares it (any well-formed ID; see `PlanIdSchema`). */
export const DeadlineTrackSchema = PlanIdSchema;
/** A track of the bundled plan: `'annual-grassroots'` (III.3.1-grassroots), `'annual-city'` (III.3.1-city), `'ad-hoc'` (III.3.1-ad-hoc) or `'period-2026-2030'` (III.3.2-period). */
export type DeadlineTrack = (typeof DEADLINE_TRACKS)[number];

/**
 * How "trước ngày D" (before day D) is read: `'strict'` (the default) makes the day before D
 * the last day; `'inclusive'` makes D itself the last day.
 */
export const DEADLINE_READINGS = ['strict', 'inclusive'] as const;
export const DeadlineReadingSchema = /* @__PURE__ */ (() => z.enum(DEADLINE_READINGS))();
export type DeadlineReading = z.infer<typeof DeadlineReadingSchema>;

/** Who sends a dossier or a report, and who receives it. */
export const PARTY_IDS = ['units', 'commune', 'home-affairs'] as const;
export const PartyIdSchema = /* @__PURE__ */ (() => z.enum(PARTY_IDS))();
/**
 * `'units'`: the commune's departments, agencies and units that propose (bộ phận chuyên môn, cơ quan, đơn vị);
 * `'commune'`: the commune People's Committee (through Phòng Văn hoá - Xã hội);
 * `'home-affairs'`: the city Department of Home Affairs (Sở Nội vụ, through its office of CCHC and legal affairs).
 */
export type PartyId = z.infer<typeof PartyIdSchema>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A day of the year as `MM-DD`, valid in every year (29 February is refused). */
export const MonthDaySchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^\d\d-\d\d$/),
    z.refine(
      (s) => {
        const m = Number(s.slice(0, 2));
        const d = Number(s.slice(3));
        return m >= 1 && m <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[m - 1] ?? 0);
      },
      { params: { reason: 'month_day_every_year' } satisfies IssueParams['custom'] },
    ),
  ))();

/** When a milestone is due. */
export const DueSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    /** Before a day of the year; `yearOffset` says which year: 0 = the assessment year, 1 = the year after it. */
    z.strictObject({ kind: z.literal('annual'), before: MonthDaySchema, yearOffset: z.int().check(z.minimum(0), z.maximum(1)) }),
    /** Before a fixed calendar date. */
    z.strictObject({ kind: z.literal('fixed'), before: z.iso.date() }),
    /** Before the date of the commune's own plan, which the caller passes as `periodSummaryDeadline`. */
    z.strictObject({ kind: z.literal('commune-plan'), input: z.literal('periodSummaryDeadline') }),
    /** No calendar deadline (ad-hoc commendation: right after the achievement). */
    z.strictObject({ kind: z.literal('none') }),
  ]))();
export type Due = z.infer<typeof DueSchema>;

/** One milestone of a track: who sends what to whom, and when it is due. */
export const MilestoneDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A short ID, unique within its track (e.g. `dossier`, `report-to-city`). */
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    clause: ClauseIdSchema,
    from: PartyIdSchema,
    to: PartyIdSchema,
    due: DueSchema,
    /** The plan's words for this milestone, quoted exactly (vi), with an English gloss. */
    quote: BilingualTextSchema,
    /** A short name, used in notes and shown to users. */
    label: BilingualTextSchema,
    /** The reading the library takes of this milestone, where the text needs one; added to the notes. */
    note: z.optional(BilingualTextSchema),
  }))();
export type MilestoneDefinition = z.infer<typeof MilestoneDefinitionSchema>;

/** A track: a kind of commendation and its milestones. */
export const DeadlineTrackDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: DeadlineTrackSchema,
    clause: ClauseIdSchema,
    title: BilingualTextSchema,
    /** Whether `year` (the assessment year) is required. */
    requiresYear: z.boolean(),
    milestones: z.array(MilestoneDefinitionSchema).check(z.minLength(1)),
  }))();
export type DeadlineTrackDefinition = z.infer<typeof DeadlineTrackDefinitionSchema>;

/** `rules/deadlines.json`: the plan's deadlines (III.3) as data. */
export const DeadlinesFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('deadlines'),
    clause: ClauseIdSchema,
    /** All dates of the plan are Vietnam dates. */
    timeZone: z.literal('Asia/Ho_Chi_Minh'),
    /** The reading of "trước ngày D" used when a call does not choose one, and why. */
    reading: z.strictObject({ default: DeadlineReadingSchema, note: BilingualTextSchema }),
    /** What the library does when a last day is a day off, and why. */
    dayOffRule: BilingualTextSchema,
    /** The names of the parties. */
    parties: z.strictObject({ units: BilingualTextSchema, commune: BilingualTextSchema, 'home-affairs': BilingualTextSchema }),
    tracks: z.array(DeadlineTrackDefinitionSchema).check(z.minLength(1)),
  }))();
/** `rules/deadlines.json` after validation. */
export type DeadlinesFile = z.infer<typeof DeadlinesFileSchema>;
