import type { BilingualText } from '../ground/lang';
import type { IssueCode } from './issue';

/** Parameters an issue message may use. */
export type IssueParams = Readonly<Record<string, unknown>>;

const TYPE_NAMES: Readonly<Record<string, BilingualText>> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị đúng/sai (true/false)', en: 'a boolean (true/false)' },
  array: { vi: 'danh sách (mảng)', en: 'an array' },
  object: { vi: 'đối tượng', en: 'an object' },
  date: { vi: 'ngày giờ', en: 'a date' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
  bigint: { vi: 'số nguyên lớn (bigint)', en: 'a bigint' },
  symbol: { vi: 'symbol', en: 'a symbol' },
  function: { vi: 'hàm', en: 'a function' },
  nan: { vi: 'NaN', en: 'NaN' },
  instant: { vi: 'thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date)', en: 'an instant (an ISO 8601 string with an offset, or a Date)' },
  'invalid-date': { vi: 'một Date không hợp lệ (Invalid Date)', en: 'an invalid Date (Invalid Date)' },
};

const FORMAT_NAMES: Readonly<Record<string, BilingualText>> = {
  date: { vi: 'ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
  datetime: { vi: 'thời điểm ISO 8601 có múi giờ (ví dụ 2026-11-19T16:59:00Z hoặc +07:00)', en: 'an ISO 8601 instant with an offset (e.g. 2026-11-19T16:59:00Z or +07:00)' },
  regex: { vi: 'mẫu quy định', en: 'the required pattern' },
};

function typeName(name: unknown): BilingualText {
  const key = String(name);
  return TYPE_NAMES[key] ?? { vi: key, en: key };
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values);
}

function sizeMessage(params: IssueParams, small: boolean): BilingualText {
  const key = small ? 'minimum' : 'maximum';
  const n = String(params[key]); // a bigint bound too: String(10n) is '10'
  const inclusive = params['inclusive'] !== false;
  switch (params['origin']) {
    case 'array':
    case 'set':
      return small
        ? { vi: `Cần ít nhất ${n} phần tử`, en: `Needs at least ${n} item(s)` }
        : { vi: `Tối đa ${n} phần tử`, en: `At most ${n} item(s)` };
    case 'depth':
      return { vi: `Lồng nhau quá sâu (hoặc tự chứa chính nó): tối đa ${n} cấp`, en: `Nested too deep (or contains itself): at most ${n} levels` };
    case 'string':
      return small
        ? { vi: `Cần ít nhất ${n} ký tự`, en: `Needs at least ${n} character(s)` }
        : { vi: `Tối đa ${n} ký tự`, en: `At most ${n} character(s)` };
    default: {
      const op = small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
      return { vi: `Giá trị phải ${op} ${n}`, en: `Must be ${op} ${n}` };
    }
  }
}

/**
 * Messages for every issue code, Vietnamese first. Each takes the issue's parameters (zod's
 * own fields for zod codes, the library's for its own) and returns the text in both languages.
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: (params: IssueParams) => BilingualText } = {
  invalid_type(p) {
    if (p['received'] === 'undefined') {
      return { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' };
    }
    const expected = typeName(p['expected']);
    const received = typeName(p['received']);
    return {
      vi: `Sai kiểu dữ liệu: cần ${expected.vi}, nhận được ${received.vi}`,
      en: `Wrong type: expected ${expected.en}, received ${received.en}`,
    };
  },
  too_small: (p) => sizeMessage(p, true),
  too_big: (p) => sizeMessage(p, false),
  invalid_format(p) {
    const f = FORMAT_NAMES[String(p['format'])] ?? { vi: String(p['format']), en: String(p['format']) };
    return { vi: `Sai định dạng: cần ${f.vi}`, en: `Invalid format: expected ${f.en}` };
  },
  not_multiple_of: (p) => ({
    vi: `Phải là bội số của ${String(p['divisor'])}`,
    en: `Must be a multiple of ${String(p['divisor'])}`,
  }),
  unrecognized_keys: (p) => ({
    vi: `Trường không được hỗ trợ: ${list(p['keys'])}`,
    en: `Unrecognised field(s): ${list(p['keys'])}`,
  }),
  invalid_union: () => ({
    vi: 'Giá trị không khớp với dạng nào được chấp nhận',
    en: 'The value matches none of the accepted forms',
  }),
  invalid_key: () => ({ vi: 'Khóa không hợp lệ', en: 'Invalid key' }),
  invalid_element: () => ({ vi: 'Phần tử không hợp lệ', en: 'Invalid element' }),
  invalid_value: (p) => ({
    vi: `Giá trị không hợp lệ; chấp nhận: ${list(p['values'])}`,
    en: `Invalid value; expected one of: ${list(p['values'])}`,
  }),
  custom: (p) => ({
    vi: typeof p['vi'] === 'string' ? p['vi'] : 'Giá trị không hợp lệ',
    en: typeof p['en'] === 'string' ? p['en'] : 'Invalid value',
  }),
  year_required: (p) => ({
    vi: `“${String(p['ruleSet'])}” xét theo năm: cần năm đánh giá (year)`,
    en: `“${String(p['ruleSet'])}” is annual: the assessment year (year) is required`,
  }),
  year_out_of_period: (p) => ({
    vi: `Năm ${String(p['year'])} nằm ngoài giai đoạn ${String(p['from'])} - ${String(p['to'])} của kế hoạch`,
    en: `Year ${String(p['year'])} is outside the plan's period ${String(p['from'])}–${String(p['to'])}`,
  }),
  rule_set_not_in_plan: (p) => ({
    vi: `Kế hoạch “${String(p['planId'])}” không có bộ tiêu chí “${String(p['ruleSet'])}”`,
    en: `Plan “${String(p['planId'])}” has no rule set “${String(p['ruleSet'])}”`,
  }),
  unknown_fact: (p) => ({
    vi: `Dữ kiện không có trong danh mục: “${String(p['fact'])}”`,
    en: `Unknown fact: “${String(p['fact'])}”`,
  }),
  unknown_clause: (p) => ({
    vi: `Mã điều khoản không có trong danh mục điều khoản của kế hoạch: “${String(p['clause'])}”`,
    en: `Clause ID not in the plan's clause list: “${String(p['clause'])}”`,
  }),
  unknown_operator: (p) => ({
    vi: `Toán tử không được hỗ trợ: “${String(p['operator'])}”`,
    en: `Unsupported operator: “${String(p['operator'])}”`,
  }),
  invalid_operator_value: (p) => ({
    vi: `Giá trị so sánh không hợp với toán tử “${String(p['operator'])}”: cần ${String(p['expectedVi'] ?? p['expected'])}`,
    en: `Comparison value does not fit operator “${String(p['operator'])}”: expected ${String(p['expected'])}`,
  }),
  duplicate_id: (p) => ({
    vi: `Mã bị trùng: “${String(p['id'])}”`,
    en: `Duplicate ID: “${String(p['id'])}”`,
  }),
  invalid_plan: (p) => ({
    vi: `Kế hoạch không hợp lệ: ${String(p['vi'] ?? '')}`.trim(),
    en: `Invalid plan: ${String(p['en'] ?? '')}`.trim(),
  }),
  unknown_plan_version: (p) => ({
    vi: `Kế hoạch “${String(p['planId'])}” không có phiên bản “${String(p['version'])}”; có: ${list(p['versions'])}`,
    en: `Plan “${String(p['planId'])}” has no version “${String(p['version'])}”; it has: ${list(p['versions'])}`,
  }),
  invalid_json: (p) => ({
    vi: `Không đọc được JSON: ${String(p['detail'] ?? '')}`.trim(),
    en: `Not valid JSON: ${String(p['detail'] ?? '')}`.trim(),
  }),
  not_an_evaluation: (p) => ({
    vi: `Không phải kết quả của evaluateNomination${typeof p['vi'] === 'string' ? `: ${p['vi']}` : ''}`,
    en: `Not a result of evaluateNomination${typeof p['en'] === 'string' ? `: ${p['en']}` : ''}`,
  }),
  rule_set_mismatch: (p) => ({
    vi: `Kết quả đánh giá theo bộ tiêu chí “${String(p['ruleSet'])}”, không phải cấp đang phân bổ “${String(p['level'])}”`,
    en: `The evaluation is under rule set “${String(p['ruleSet'])}”, not the level being allocated, “${String(p['level'])}”`,
  }),
  plan_mismatch: (p) => ({
    vi: `Kết quả đánh giá theo kế hoạch ${String(p['field'])} “${String(p['value'])}”, khác kế hoạch đang dùng “${String(p['expected'])}”: cần đánh giá lại`,
    en: `The evaluation was made under plan ${String(p['field'])} “${String(p['value'])}”, not the plan in use, “${String(p['expected'])}”: evaluate it again`,
  }),
  year_mismatch: (p) => ({
    vi: `Năm đánh giá ${String(p['year'])} khác năm ${String(p['expected'])} của các hồ sơ khác: mỗi lần phân bổ hằng năm chỉ xét một năm`,
    en: `Assessment year ${String(p['year'])} differs from the batch's year ${String(p['expected'])}: an annual allocation covers one year`,
  }),
  outside_quota_not_allowed: (p) => ({
    vi: `Cấp “${String(p['level'])}” không có đề nghị ngoài chỉ tiêu (III.2.1.2.b-discretionary chỉ áp dụng cấp thành phố)`,
    en: `Level “${String(p['level'])}” has no proposals outside the quota (III.2.1.2.b-discretionary is for the city level)`,
  }),
  budget_not_applicable: (p) => ({
    vi: `Kinh phí khen thưởng của xã không áp dụng cho cấp “${String(p['level'])}”: tiền thưởng do ${p['payer'] === 'state' ? 'Nhà nước' : 'thành phố'} chi`,
    en: `The commune's award budget does not apply to level “${String(p['level'])}”: the ${String(p['payer'])} pays its award money`,
  }),
  decision_date_required: () => ({
    vi: 'Cần ngày quyết định khen thưởng (decisionDate, YYYY-MM-DD) để tính tiền thưởng theo mức lương cơ sở có hiệu lực; thư viện không tự đọc ngày hiện tại',
    en: 'The award decision date (decisionDate, YYYY-MM-DD) is needed to compute award money at the base salary in force; the library never reads the clock',
  }),
  parameter_not_in_force: (p) => ({
    vi: `Không có giá trị “${String(p['parameter'])}” có hiệu lực vào ngày ${String(p['date'])} (giá trị đầu tiên từ ${String(p['from'])})`,
    en: `No value of “${String(p['parameter'])}” is in force on ${String(p['date'])} (the first value is from ${String(p['from'])})`,
  }),
  quota_rules_not_in_plan: (p) => ({
    vi: `Kế hoạch “${String(p['planId'])}” không có quy định số lượng khen thưởng cho cấp “${String(p['level'])}”`,
    en: `Plan “${String(p['planId'])}” has no quota rules for level “${String(p['level'])}”`,
  }),
  parameters_not_in_plan: (p) => ({
    vi: `Kế hoạch “${String(p['planId'])}” không có tham số tiền thưởng (mức lương cơ sở, hệ số, làm tròn)`,
    en: `Plan “${String(p['planId'])}” has no award money parameters (base salary, coefficients, rounding)`,
  }),
  track_not_in_plan: (p) => ({
    vi: `Kế hoạch “${String(p['planId'])}” không có thời hạn cho loại khen thưởng “${String(p['track'])}”`,
    en: `Plan “${String(p['planId'])}” has no deadlines for track “${String(p['track'])}”`,
  }),
  not_for_track: (p) => ({
    vi: `Trường “${String(p['field'])}” chỉ dùng cho loại khen thưởng “${String(p['for'])}”, không dùng cho “${String(p['track'])}”`,
    en: `Field “${String(p['field'])}” is only for track “${String(p['for'])}”, not for “${String(p['track'])}”`,
  }),
};
