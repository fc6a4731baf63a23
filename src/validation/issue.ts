import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';

/**
 * The parameters of each issue code: what its message says, as data, so that a host can word
 * the message its own way (as zod's issues carry `expected`, `minimum`…). The zod codes carry
 * zod's own fields of the issue (and `received`, the type received); the library's codes,
 * their own. The keys of this map are the issue codes.
 */
export interface IssueParams {
  // zod's codes, kept as zod names them.
  invalid_type: { readonly expected: string; readonly received: string };
  too_big: { readonly origin: string; readonly maximum: number | bigint; readonly inclusive?: boolean };
  too_small: { readonly origin: string; readonly minimum: number | bigint; readonly inclusive?: boolean };
  invalid_format: { readonly format: string };
  not_multiple_of: { readonly divisor: number | bigint };
  /** `suggestions`: for unknown facts, the closest known fact of each key (`null` where none is close). */
  unrecognized_keys: { readonly keys: readonly string[]; readonly suggestions?: readonly (string | null)[] };
  invalid_union: Record<never, never>;
  invalid_key: Record<never, never>;
  invalid_element: Record<never, never>;
  invalid_value: { readonly values: readonly unknown[] };
  /** A check of the library's schemas that zod reports as `custom`: `reason` says which. */
  custom: {
    readonly reason?: CustomReason;
  };
  // The library's codes.
  year_required: { readonly ruleSet: string };
  year_out_of_period: { readonly year: number; readonly from: number; readonly to: number };
  rule_set_not_in_plan: { readonly planId: string; readonly ruleSet: string };
  unknown_fact: { readonly fact: string };
  unknown_clause: { readonly clause: string };
  unknown_operator: { readonly operator: string };
  /** A comparison value that does not fit its operator: what was expected, as a kind of value. */
  invalid_operator_value: {
    readonly operator: string;
    readonly expected: ExpectedValue;
    /** The values a `role` may take. */
    readonly roles?: readonly string[];
  };
  operator_not_for_fact: { readonly operator: string; readonly fact: string; readonly operators: readonly string[] };
  duplicate_id: { readonly id: string };
  not_a_plan: { readonly argument: string };
  period_reversed: { readonly from: number; readonly to: number };
  rule_set_not_listed: { readonly ruleSet: string };
  annual_milestone_without_year: { readonly milestone: string; readonly track: string };
  presentation_keys_invalid: Record<never, never>;
  presentation_kinds_invalid: Record<never, never>;
  award_coefficients_missing: { readonly award: string; readonly ruleSet?: string };
  amendment_not_after: { readonly previous: string };
  deadlines_not_in_plan: { readonly planId: string };
  amendment_replaces_nothing: Record<never, never>;
  not_an_evaluation: Record<never, never>;
  evaluation_award_mismatch: { readonly ruleSet: string; readonly award: string };
  evaluation_root_mismatch: { readonly root: string };
  evaluation_outcome_mismatch: { readonly result: string };
  evaluation_priority_mismatch: { readonly criteria: readonly string[] };
  evaluation_score_mismatch: { readonly score: number };
  unknown_plan_version: { readonly planId: string; readonly version: string; readonly versions: readonly string[] };
  invalid_json: { readonly detail: string };
  unknown_preset: { readonly preset: string };
  rule_set_mismatch: { readonly ruleSet: string; readonly level: string };
  plan_mismatch: { readonly field: 'ID' | 'version'; readonly value: string; readonly expected: string };
  year_mismatch: { readonly year: number; readonly expected: number | null };
  outside_quota_not_allowed: { readonly level: string };
  budget_not_applicable: { readonly level: string; readonly payer: string };
  decision_date_required: Record<never, never>;
  parameter_not_in_force: { readonly parameter: string; readonly date: string; readonly from: string };
  quota_rules_not_in_plan: { readonly planId: string; readonly level: string };
  parameters_not_in_plan: { readonly planId: string };
  track_not_in_plan: { readonly planId: string; readonly track: string };
  not_for_track: { readonly field: string; readonly for: string; readonly track: string };
  date_range_reversed: { readonly from: string; readonly to: string };
  date_not_in_year: { readonly date: string; readonly year: number };
  /** `to` is the assessment year when `assessed`, else the end of the plan's period. */
  achievement_year_out_of_range: {
    readonly achievement: string;
    readonly year: number;
    readonly from: number;
    readonly to: number;
    readonly assessed: boolean;
  };
  /** A value that is not plain data (validation/plain.ts): a getter or setter, or an object of a class. */
  not_plain_data: { readonly kind: 'accessor' | 'instance' };
  /** A value whose reading throws (a proxy whose traps throw, a revoked proxy). */
  unreadable: Record<never, never>;
  /** An identifier holding a control or format character (Unicode Cc, Cf), as `U+200B`. */
  invisible_character: { readonly codePoint: string };
  /** A name or text holding a control character (Unicode Cc), as `U+0000`. */
  control_character: { readonly codePoint: string };
  /**
   * The last issue of a list cut at the cap (`max`): how many more were found and left out;
   * without `omitted`, too many to count (the work stopped).
   */
  too_many_issues: { readonly omitted?: number; readonly max: number };
  /** An earlier award decided after the decision date of the allocation. */
  decided_after_decision: { readonly decidedOn: string; readonly decisionDate: string };
}

/** The checks of the library's schemas that zod reports with code `custom`. */
export type CustomReason = 'month_day_every_year' | 'instant_in_range' | 'date_in_range';

/** What a comparison value must be (`invalid_operator_value`): a kind of value, or a list of one. */
export type ExpectedValue =
  | 'boolean'
  | 'integer'
  | 'year'
  | 'role'
  | 'block'
  | 'number'
  | 'range'
  | 'list-of-boolean'
  | 'list-of-integer'
  | 'list-of-year'
  | 'list-of-role'
  | 'list-of-block';

/**
 * Issue codes. The first group are zod's own codes (kept as zod names them, so tools that
 * read zod issues read ours); the second group are the library's checks that need the plan.
 */
export const ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  'year_required',
  'year_out_of_period',
  'rule_set_not_in_plan',
  'unknown_fact',
  'unknown_clause',
  'unknown_operator',
  'invalid_operator_value',
  'operator_not_for_fact',
  'duplicate_id',
  'not_a_plan',
  'period_reversed',
  'rule_set_not_listed',
  'annual_milestone_without_year',
  'presentation_keys_invalid',
  'presentation_kinds_invalid',
  'award_coefficients_missing',
  'amendment_not_after',
  'deadlines_not_in_plan',
  'amendment_replaces_nothing',
  'not_an_evaluation',
  'evaluation_award_mismatch',
  'evaluation_root_mismatch',
  'evaluation_outcome_mismatch',
  'evaluation_priority_mismatch',
  'evaluation_score_mismatch',
  'unknown_plan_version',
  'invalid_json',
  'unknown_preset',
  'rule_set_mismatch',
  'plan_mismatch',
  'year_mismatch',
  'outside_quota_not_allowed',
  'budget_not_applicable',
  'decision_date_required',
  'parameter_not_in_force',
  'quota_rules_not_in_plan',
  'parameters_not_in_plan',
  'track_not_in_plan',
  'not_for_track',
  'date_range_reversed',
  'date_not_in_year',
  'achievement_year_out_of_range',
  'not_plain_data',
  'unreadable',
  'invisible_character',
  'control_character',
  'too_many_issues',
  'decided_after_decision',
] as const satisfies readonly (keyof IssueParams)[];

export const IssueCodeSchema = /* @__PURE__ */ (() => z.enum(ISSUE_CODES))();

/** The code of a validation issue. */
export type IssueCode = z.infer<typeof IssueCodeSchema>;

// Every key of IssueParams is a code, and every code has its parameters.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const codesMatchParams: Same<IssueCode, keyof IssueParams> = true;
void codesMatchParams;

export const IssueSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    code: IssueCodeSchema,
    /** Where in the input the issue is: keys and array indexes, from the top. */
    path: z.array(z.union([z.string(), z.number()])),
    /** The message in the language asked for. */
    message: z.string(),
    /** The message in both languages. */
    messages: BilingualTextSchema,
    /** What the message says, as data (`IssueParams[code]`): for a host's own wording. */
    params: z.record(z.string(), z.unknown()),
  }))();

/** One issue of a given code, its `params` typed by the code. */
export type IssueOf<C extends IssueCode> = Omit<z.infer<typeof IssueSchema>, 'code' | 'params'> & {
  readonly code: C;
  readonly params: IssueParams[C];
};

/**
 * One problem found in an input, zod style: `code`, `path`, a message in vi and en, and the
 * message's parameters (`params`), typed by the code: narrow on `code` to read them.
 */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];
