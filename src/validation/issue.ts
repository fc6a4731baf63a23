import * as z from 'zod/mini';
import { BilingualTextSchema } from '../ground/lang';

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
  'duplicate_id',
  'invalid_plan',
  'not_an_evaluation',
  'unknown_plan_version',
  'invalid_json',
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
] as const;

export const IssueCodeSchema = /* @__PURE__ */ (() => z.enum(ISSUE_CODES))();

/** The code of a validation issue. */
export type IssueCode = z.infer<typeof IssueCodeSchema>;

export const IssueSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    code: IssueCodeSchema,
    /** Where in the input the issue is: keys and array indexes, from the top. */
    path: z.array(z.union([z.string(), z.number()])),
    /** The message in the language asked for. */
    message: z.string(),
    /** The message in both languages. */
    messages: BilingualTextSchema,
  }))();

/** One problem found in an input, zod style: `code`, `path`, and a message in vi and en. */
export type Issue = z.infer<typeof IssueSchema>;
