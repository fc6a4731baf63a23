import * as z from 'zod/mini';
import { toNfc } from '../ground/nfc';
import { FactsSchema, UnitBlockSchema } from './facts';
import type { IssueParams } from '../validation/issue';
import { noControl, visibleId } from './identifier';

/**
 * An ID a plan gives a rule set or a deadline track: lower-case letters and digits in words
 * joined by `-` (e.g. `annual-city`, `period-2031-2035`). Which IDs exist is the plan's to say:
 * a well-formed ID the plan does not declare is refused against the plan (`rule_set_not_in_plan`,
 * `track_not_in_plan`), not by this schema.
 */
export const PlanIdSchema = /* @__PURE__ */ (() => z.string().check(visibleId, z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100)))();

/** The rule sets of the bundled plan (III.2.1.1, III.2.1.2, III.2.2); another plan declares its own. */
export const RULE_SET_IDS = ['annual-grassroots', 'annual-city', 'period-2026-2030'] as const;
/** A rule set's ID, as a plan declares it (any well-formed ID; see `PlanIdSchema`). */
export const RuleSetIdSchema = PlanIdSchema;
/** A rule set of the bundled plan: `'annual-grassroots'` (III.2.1.1), `'annual-city'` (III.2.1.2) or `'period-2026-2030'` (III.2.2). */
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Who can be commended (III.1.1): a collective (tập thể) or an individual (cá nhân). */
export const NOMINEE_KINDS = ['collective', 'individual'] as const;
export const NomineeKindSchema = /* @__PURE__ */ (() => z.enum(NOMINEE_KINDS))();
export type NomineeKind = z.infer<typeof NomineeKindSchema>;

/**
 * A non-empty text, trimmed, in Unicode NFC (Vietnamese typed in NFD compares equal). A name
 * keeps what a person's name needs (letters, marks, joiners), but no control character
 * (Unicode Cc: NUL, ESC, CR, newline…): `control_character`.
 */
export const TextSchema = /* @__PURE__ */ (() => z.pipe(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000), noControl), z.transform(toNfc)))();

/**
 * An identifier from the host (nomination, unit, achievement): a non-empty string, without
 * control or format characters (Unicode Cc, Cf: `invisible_character`, naming the code point,
 * e.g. `U+200B`). IDs are compared in one canonical form: trimmed, in NFC, case-sensitive
 * (docs/readings.md).
 */
export const IdSchema = /* @__PURE__ */ (() => z.pipe(z.string().check(z.trim(), z.minLength(1), z.maxLength(200), visibleId), z.transform(toNfc)))();

/** A calendar year (integer). Years outside the plan's period are allowed where the plan says they do not count. */
export const YearSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2200)))();

/**
 * Whether an ISO instant (as written, or as `Date#toISOString` gives it) lies in the years
 * 1900–2200, as written: the years `YearSchema` allows. Outside them calendar arithmetic is
 * meaningless for this plan (and a `Date` near the end of time has no Vietnam date at all).
 */
export function instantInRange(iso: string): boolean {
  return /^(?:19\d\d|2[01]\d\d|2200)-/.test(iso);
}

/**
 * An instant: an ISO 8601 string with an offset, or a valid `Date`; normalised to an ISO
 * string. Years 1900–2200 only.
 */
export const InstantSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z.union([z.iso.datetime({ offset: true }), z.date()]),
    z.pipe(
      z.transform((v: string | Date) => (typeof v === 'string' ? v : v.toISOString())),
      z.string().check(z.refine(instantInRange, { params: { reason: 'instant_in_range' } satisfies IssueParams['custom'] })),
    ),
  ))();

/** The proposing unit (sở, ban, ngành, phường, xã, đặc khu, or a commune department). */
export const UnitSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    name: z.optional(TextSchema),
    block: z.optional(UnitBlockSchema),
  }))();
export type Unit = z.output<typeof UnitSchema>;

export const NomineeSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: NomineeKindSchema,
    name: TextSchema,
    unit: UnitSchema,
  }))();

/** An achievement the nomination rests on (III.1.2-b: one achievement, one award). */
export const AchievementSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: z.optional(TextSchema),
    year: z.optional(YearSchema),
  }))();
export type Achievement = z.output<typeof AchievementSchema>;

/**
 * A nomination (hồ sơ đề nghị khen thưởng): who, under which rule set and year, and the facts
 * known about them. Unknown keys are refused at every level.
 */
export const NominationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    ruleSet: RuleSetIdSchema,
    year: z.optional(YearSchema),
    nominee: NomineeSchema,
    facts: z.optional(FactsSchema),
    achievements: z.optional(z.array(AchievementSchema).check(z.maxLength(100))),
    submittedAt: z.optional(InstantSchema),
    /**
     * III.2.1.2.b-discretionary: proposed beyond the per-unit quota, for the City Chairman's own
     * decision (units keeping up the city's PAR index, vertical agencies included). Annual city
     * level only. `allocateQuota` lists such proposals apart and does not count them.
     */
    outsideQuota: z.optional(z.boolean()),
  }))();

/**
 * A nomination as a host writes it. `R` is the rule sets of the plan it is for: the bundled
 * plan's by default (a misspelt rule set is a type error); `Nomination<string>` for a plan
 * loaded at run time, which checks the ID against the plan.
 */
export type Nomination<R extends string = RuleSetId> = Omit<z.input<typeof NominationSchema>, 'ruleSet'> & { ruleSet: R };
/** A nomination after validation: texts trimmed and in NFC, instants as ISO strings. */
export type ParsedNomination = z.output<typeof NominationSchema>;

/**
 * `T` with its arrays and objects readonly at any depth: what the functions take, since they
 * never write to their input (so `as const` data and readonly arrays are accepted).
 */
export type ReadonlyInput<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyInput<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
      : T;
