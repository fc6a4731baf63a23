import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../src/validation/issueMessages';
import type { IssueCode } from '../../src/validation/issue';

// The messages of issue codes, from their parameters, in both languages: every branch of the
// size, type and format wording, and the library's own codes with parameters left out.
// [sentence, code, params, Vietnamese, English]
const rows: [string, IssueCode, object, string, string][] = [
  ['a list too short', 'too_small', { origin: 'array', minimum: 1 }, 'Cần ít nhất 1 phần tử', 'Needs at least 1 item(s)'],
  ['a set too short', 'too_small', { origin: 'set', minimum: 2 }, 'Cần ít nhất 2 phần tử', 'Needs at least 2 item(s)'],
  ['a list too long', 'too_big', { origin: 'array', maximum: 100 }, 'Tối đa 100 phần tử', 'At most 100 item(s)'],
  ['a text too short', 'too_small', { origin: 'string', minimum: 1 }, 'Cần ít nhất 1 ký tự', 'Needs at least 1 character(s)'],
  ['a text too long', 'too_big', { origin: 'string', maximum: 200 }, 'Tối đa 200 ký tự', 'At most 200 character(s)'],
  [
    'nesting too deep',
    'too_big',
    { origin: 'depth', maximum: 100 },
    'Lồng nhau quá sâu (hoặc tự chứa chính nó): tối đa 100 cấp',
    'Nested too deep (or contains itself): at most 100 levels',
  ],
  ['a number below an inclusive minimum', 'too_small', { origin: 'number', minimum: 0, inclusive: true }, 'Giá trị phải ≥ 0', 'Must be ≥ 0'],
  ['a number at an exclusive minimum', 'too_small', { origin: 'number', minimum: 0, inclusive: false }, 'Giá trị phải > 0', 'Must be > 0'],
  ['a number above an inclusive maximum', 'too_big', { origin: 'number', maximum: 2200 }, 'Giá trị phải ≤ 2200', 'Must be ≤ 2200'],
  ['a number at an exclusive maximum', 'too_big', { origin: 'number', maximum: 5, inclusive: false }, 'Giá trị phải < 5', 'Must be < 5'],
  ['a bigint bound', 'too_big', { origin: 'bigint', maximum: 10n }, 'Giá trị phải ≤ 10', 'Must be ≤ 10'],
  ['a field missing', 'invalid_type', { expected: 'string', received: 'undefined' }, 'Thiếu trường bắt buộc', 'Required field is missing'],
  [
    'a type the messages do not name',
    'invalid_type',
    { expected: 'map', received: 'number' },
    'Sai kiểu dữ liệu: cần map, nhận được số',
    'Wrong type: expected map, received a number',
  ],
  [
    'a format the messages name',
    'invalid_format',
    { format: 'date' },
    'Sai định dạng: cần ngày dạng YYYY-MM-DD',
    'Invalid format: expected a date as YYYY-MM-DD',
  ],
  ['a format the messages do not name', 'invalid_format', { format: 'email' }, 'Sai định dạng: cần email', 'Invalid format: expected email'],
  ['a value no check names', 'custom', {}, 'Giá trị không hợp lệ', 'Invalid value'],
  [
    'a day of the year that is not in every year',
    'custom',
    { reason: 'month_day_every_year' },
    'cần ngày dạng MM-DD có ở mọi năm',
    'expected a MM-DD day that exists every year',
  ],
  [
    'an instant outside the years',
    'custom',
    { reason: 'instant_in_range' },
    'thời điểm phải thuộc các năm 1900–2200',
    'the instant must fall within the years 1900–2200',
  ],
  ['a reason the catalogue does not have', 'custom', { reason: 'toString' }, 'Giá trị không hợp lệ', 'Invalid value'],
  ['an evaluation refused without details', 'not_an_evaluation', {}, 'Không phải kết quả của evaluateNomination', 'Not a result of evaluateNomination'],
  [
    'award coefficients missing, for a rule set',
    'award_coefficients_missing',
    { award: 'bang-khen', ruleSet: 'annual-city' },
    'Kế hoạch không hợp lệ: thiếu hệ số tiền thưởng cho “bang-khen” (bộ tiêu chí annual-city)',
    'Invalid plan: no award coefficients for “bang-khen” (rule set annual-city)',
  ],
  [
    'award coefficients missing, at allocation',
    'award_coefficients_missing',
    { award: 'bang-khen' },
    'Kế hoạch không hợp lệ: thiếu hệ số tiền thưởng cho “bang-khen”',
    'Invalid plan: no award coefficients for “bang-khen”',
  ],
  [
    'a value not a plan',
    'not_a_plan',
    { argument: 'options.plan' },
    'Kế hoạch không hợp lệ: options.plan phải là kế hoạch do definePlan hoặc loadPlan trả về (hoặc một bản sao không sửa của nó); hãy gọi definePlan(định nghĩa) hoặc loadPlan(văn bản JSON) một lần rồi dùng lại kết quả',
    'Invalid plan: options.plan must be a plan returned by definePlan or loadPlan (or an unchanged copy of one); call definePlan(definition) or loadPlan(jsonText) once and reuse the result',
  ],
  ['JSON that is not JSON, without details', 'invalid_json', {}, 'Không đọc được JSON:', 'Not valid JSON:'],
  [
    'JSON that is not JSON, with the parser’s words',
    'invalid_json',
    { detail: 'Unexpected end' },
    'Không đọc được JSON: Unexpected end',
    'Not valid JSON: Unexpected end',
  ],
  [
    'a budget at a level the State pays',
    'budget_not_applicable',
    { level: 'x', payer: 'state' },
    'Kinh phí khen thưởng của xã không áp dụng cho cấp “x”: tiền thưởng do Nhà nước chi',
    "The commune's award budget does not apply to level “x”: the state pays its award money",
  ],
  [
    'a comparison value, a boolean expected',
    'invalid_operator_value',
    { operator: 'equal', expected: 'boolean' },
    'Giá trị so sánh không hợp với toán tử “equal”: cần true hoặc false',
    'Comparison value does not fit operator “equal”: expected true or false',
  ],
  [
    'a comparison value, a number expected',
    'invalid_operator_value',
    { operator: 'lessThan', expected: 'number' },
    'Giá trị so sánh không hợp với toán tử “lessThan”: cần một số',
    'Comparison value does not fit operator “lessThan”: expected a number',
  ],
  [
    'a comparison value, a year range expected',
    'invalid_operator_value',
    { operator: 'countDistinctInRange', expected: 'range' },
    'Giá trị so sánh không hợp với toán tử “countDistinctInRange”: cần { from, to, atLeast } với from ≤ to',
    'Comparison value does not fit operator “countDistinctInRange”: expected { from, to, atLeast } with from ≤ to',
  ],
  [
    'a comparison value, a list of roles expected',
    'invalid_operator_value',
    { operator: 'someFact:in', expected: 'list-of-role', roles: ['lead', 'member'] },
    'Giá trị so sánh không hợp với toán tử “someFact:in”: cần danh sách, mỗi phần tử là một vai trò (lead, member)',
    'Comparison value does not fit operator “someFact:in”: expected a non-empty list of a role (lead, member)',
  ],
  [
    'an operator that does not fit the fact',
    'operator_not_for_fact',
    { operator: 'lessThan', fact: 'goodConduct', operators: ['equal', 'notEqual'] },
    'Giá trị so sánh không hợp với toán tử “lessThan”: cần một trong equal, notEqual cho dữ kiện goodConduct',
    'Comparison value does not fit operator “lessThan”: expected one of equal, notEqual for fact goodConduct',
  ],
];

describe('issue messages from their parameters', () => {
  it.each(rows)('%s', (_name, code, params, vi, en) => {
    expect((ISSUE_MESSAGES[code] as (p: object) => unknown)(params)).toEqual({ vi, en });
  });
});
