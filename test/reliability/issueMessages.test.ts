import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../src/validation/issueMessages';

// The messages of issue codes, from their parameters, in both languages: every branch of the
// size, type and format wording, and the library's own codes with parameters left out.
// [sentence, code, params, Vietnamese, English]
const rows: [string, keyof typeof ISSUE_MESSAGES, Record<string, unknown>, string, string][] = [
  ['a list too short', 'too_small', { origin: 'array', minimum: 1 }, 'Cần ít nhất 1 phần tử', 'Needs at least 1 item(s)'],
  ['a set too short', 'too_small', { origin: 'set', minimum: 2 }, 'Cần ít nhất 2 phần tử', 'Needs at least 2 item(s)'],
  ['a list too long', 'too_big', { origin: 'array', maximum: 100 }, 'Tối đa 100 phần tử', 'At most 100 item(s)'],
  ['a text too short', 'too_small', { origin: 'string', minimum: 1 }, 'Cần ít nhất 1 ký tự', 'Needs at least 1 character(s)'],
  ['a text too long', 'too_big', { origin: 'string', maximum: 200 }, 'Tối đa 200 ký tự', 'At most 200 character(s)'],
  ['nesting too deep', 'too_big', { origin: 'depth', maximum: 100 }, 'Lồng nhau quá sâu (hoặc tự chứa chính nó): tối đa 100 cấp', 'Nested too deep (or contains itself): at most 100 levels'],
  ['a number below an inclusive minimum', 'too_small', { origin: 'number', minimum: 0, inclusive: true }, 'Giá trị phải ≥ 0', 'Must be ≥ 0'],
  ['a number at an exclusive minimum', 'too_small', { origin: 'number', minimum: 0, inclusive: false }, 'Giá trị phải > 0', 'Must be > 0'],
  ['a number above an inclusive maximum', 'too_big', { origin: 'number', maximum: 2200 }, 'Giá trị phải ≤ 2200', 'Must be ≤ 2200'],
  ['a number at an exclusive maximum', 'too_big', { origin: 'number', maximum: 5, inclusive: false }, 'Giá trị phải < 5', 'Must be < 5'],
  ['a bigint bound', 'too_big', { origin: 'bigint', maximum: 10n }, 'Giá trị phải ≤ 10', 'Must be ≤ 10'],
  ['a field missing', 'invalid_type', { expected: 'string', received: 'undefined' }, 'Thiếu trường bắt buộc', 'Required field is missing'],
  ['a type the messages do not name', 'invalid_type', { expected: 'map', received: 'number' }, 'Sai kiểu dữ liệu: cần map, nhận được số', 'Wrong type: expected map, received a number'],
  ['a format the messages name', 'invalid_format', { format: 'date' }, 'Sai định dạng: cần ngày dạng YYYY-MM-DD', 'Invalid format: expected a date as YYYY-MM-DD'],
  ['a format the messages do not name', 'invalid_format', { format: 'email' }, 'Sai định dạng: cần email', 'Invalid format: expected email'],
  ['an invalid plan without details', 'invalid_plan', {}, 'Kế hoạch không hợp lệ:', 'Invalid plan:'],
  ['JSON that is not JSON, without details', 'invalid_json', {}, 'Không đọc được JSON:', 'Not valid JSON:'],
  ['JSON that is not JSON, with the parser’s words', 'invalid_json', { detail: 'Unexpected end' }, 'Không đọc được JSON: Unexpected end', 'Not valid JSON: Unexpected end'],
  [
    'a budget at a level the State pays',
    'budget_not_applicable',
    { level: 'x', payer: 'state' },
    'Kinh phí khen thưởng của xã không áp dụng cho cấp “x”: tiền thưởng do Nhà nước chi',
    'The commune\'s award budget does not apply to level “x”: the state pays its award money',
  ],
  [
    'a comparison value that does not fit, with the expected type in Vietnamese',
    'invalid_operator_value',
    { operator: 'in', expected: 'a list', expectedVi: 'một danh sách' },
    'Giá trị so sánh không hợp với toán tử “in”: cần một danh sách',
    'Comparison value does not fit operator “in”: expected a list',
  ],
  [
    'a comparison value that does not fit, with the expected type in English only',
    'invalid_operator_value',
    { operator: 'equal', expected: 'a boolean' },
    'Giá trị so sánh không hợp với toán tử “equal”: cần a boolean',
    'Comparison value does not fit operator “equal”: expected a boolean',
  ],
];

describe('issue messages from their parameters', () => {
  it.each(rows)('%s', (_name, code, params, vi, en) => {
    expect(ISSUE_MESSAGES[code](params)).toEqual({ vi, en });
  });
});
