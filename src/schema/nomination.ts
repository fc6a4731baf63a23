import * as z from 'zod';
import { toNfc } from '../i18n/nfc';
import { FactsSchema, UnitBlockSchema } from './facts';

/** The rule sets of the plan (III.2.1.1, III.2.1.2, III.2.2). */
export const RULE_SET_IDS = ['annual-grassroots', 'annual-city', 'period-2026-2030'] as const;
export const RuleSetIdSchema = z.enum(RULE_SET_IDS);
/** `'annual-grassroots'` (III.2.1.1), `'annual-city'` (III.2.1.2) or `'period-2026-2030'` (III.2.2). */
export type RuleSetId = z.infer<typeof RuleSetIdSchema>;

/** Who can be commended (III.1.1): a collective (tập thể) or an individual (cá nhân). */
export const NomineeKindSchema = z.enum(['collective', 'individual']);
export type NomineeKind = z.infer<typeof NomineeKindSchema>;

/** A non-empty text, trimmed, in Unicode NFC (Vietnamese typed in NFD compares equal). */
export const TextSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .transform(toNfc);

/** An identifier from the host: a non-empty string. */
export const IdSchema = z.string().trim().min(1).max(200).transform(toNfc);

/** A calendar year (integer). Years outside the plan's period are allowed where the plan says they do not count. */
export const YearSchema = z.int().min(1900).max(2200);

/** An instant: an ISO 8601 string with an offset, or a valid `Date`; normalised to an ISO string. */
export const InstantSchema = z
  .union([z.iso.datetime({ offset: true }), z.date()])
  .transform((v) => (typeof v === 'string' ? v : v.toISOString()));

/** The proposing unit (sở, ban, ngành, phường, xã, đặc khu, or a commune department). */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.optional(),
  block: UnitBlockSchema.optional(),
});
export type Unit = z.output<typeof UnitSchema>;

export const NomineeSchema = z.strictObject({
  kind: NomineeKindSchema,
  name: TextSchema,
  unit: UnitSchema,
});

/** An achievement the nomination rests on (III.1.2-b: one achievement, one award). */
export const AchievementSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema.optional(),
  year: YearSchema.optional(),
});
export type Achievement = z.output<typeof AchievementSchema>;

/**
 * A nomination (hồ sơ đề nghị khen thưởng): who, under which rule set and year, and the facts
 * known about them. Unknown keys are refused at every level.
 */
export const NominationSchema = z.strictObject({
  id: IdSchema,
  ruleSet: RuleSetIdSchema,
  year: YearSchema.optional(),
  nominee: NomineeSchema,
  facts: FactsSchema.optional(),
  achievements: z.array(AchievementSchema).max(100).optional(),
  submittedAt: InstantSchema.optional(),
  /**
   * III.2.1.2.b-discretionary: proposed beyond the per-unit quota, for the City Chairman's own
   * decision (units keeping up the city's PAR index, vertical agencies included). Annual city
   * level only. `allocateQuota` lists such proposals apart and does not count them.
   */
  outsideQuota: z.boolean().optional(),
});

/** A nomination as a host writes it. */
export type Nomination = z.input<typeof NominationSchema>;
/** A nomination after validation: texts trimmed and in NFC, instants as ISO strings. */
export type ParsedNomination = z.output<typeof NominationSchema>;
