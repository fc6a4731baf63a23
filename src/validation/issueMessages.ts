import type { BilingualText } from '../ground/lang';
import type { CustomReason, ExpectedValue, IssueCode, IssueParams } from './issue';

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
  infinity: { vi: 'số vô hạn (Infinity)', en: 'an infinite number (Infinity)' },
  instant: { vi: 'thời điểm (chuỗi ISO 8601 có múi giờ, hoặc Date)', en: 'an instant (an ISO 8601 string with an offset, or a Date)' },
  'invalid-date': { vi: 'một Date không hợp lệ (Invalid Date)', en: 'an invalid Date (Invalid Date)' },
};

const FORMAT_NAMES: Readonly<Record<string, BilingualText>> = {
  date: { vi: 'ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
  datetime: {
    vi: 'thời điểm ISO 8601 có múi giờ (ví dụ 2026-11-19T16:59:00Z hoặc +07:00)',
    en: 'an ISO 8601 instant with an offset (e.g. 2026-11-19T16:59:00Z or +07:00)',
  },
  regex: { vi: 'mẫu quy định', en: 'the required pattern' },
};

function typeName(name: unknown): BilingualText {
  const key = String(name);
  return TYPE_NAMES[key] ?? { vi: key, en: key };
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values);
}

function sizeMessage(origin: string, bound: number | bigint, inclusive: boolean | undefined, small: boolean): BilingualText {
  const n = String(bound); // a bigint bound too: String(10n) is '10'
  switch (origin) {
    case 'array':
    case 'set':
      return small ? { vi: `Cần ít nhất ${n} phần tử`, en: `Needs at least ${n} item(s)` } : { vi: `Tối đa ${n} phần tử`, en: `At most ${n} item(s)` };
    case 'depth':
      return { vi: `Lồng nhau quá sâu (hoặc tự chứa chính nó): tối đa ${n} cấp`, en: `Nested too deep (or contains itself): at most ${n} levels` };
    case 'string':
      return small ? { vi: `Cần ít nhất ${n} ký tự`, en: `Needs at least ${n} character(s)` } : { vi: `Tối đa ${n} ký tự`, en: `At most ${n} character(s)` };
    default: {
      const op = small ? (inclusive !== false ? '≥' : '>') : inclusive !== false ? '≤' : '<';
      return { vi: `Giá trị phải ${op} ${n}`, en: `Must be ${op} ${n}` };
    }
  }
}

/** A list of names, comma-separated (empty when there is none). */
function names(values: readonly unknown[] | undefined): string {
  return Array.isArray(values) ? values.join(', ') : '';
}

const CUSTOM: { readonly [R in CustomReason]: BilingualText } = {
  month_day_every_year: { vi: 'cần ngày dạng MM-DD có ở mọi năm', en: 'expected a MM-DD day that exists every year' },
  instant_in_range: { vi: 'thời điểm phải thuộc các năm 1900–2200', en: 'the instant must fall within the years 1900–2200' },
  date_in_range: { vi: 'ngày phải thuộc các năm 1900–2200', en: 'the date must fall within the years 1900–2200' },
};

type Scalar = 'boolean' | 'integer' | 'year' | 'role' | 'block';

function scalarValue(kind: Scalar, roles: readonly string[] | undefined): BilingualText {
  switch (kind) {
    case 'boolean':
      return { vi: 'true hoặc false', en: 'true or false' };
    case 'integer':
      return { vi: 'số nguyên', en: 'an integer' };
    case 'year':
      return { vi: 'năm (số nguyên)', en: 'a year (integer)' };
    case 'role':
      return { vi: `một vai trò (${names(roles)})`, en: `a role (${names(roles)})` };
    case 'block':
      return { vi: 'một khối (department, ward, commune, special-zone)', en: 'a block (department, ward, commune, special-zone)' };
  }
}

/** What a comparison value must be, in words. */
function expectedValue(expected: ExpectedValue | undefined, roles: readonly string[] | undefined): BilingualText {
  if (expected === 'number') return { vi: 'một số', en: 'a number' };
  if (expected === 'range') return { vi: '{ from, to, atLeast } với from ≤ to', en: '{ from, to, atLeast } with from ≤ to' };
  if (expected?.startsWith('list-of-')) {
    const one = scalarValue(expected.slice(8) as Scalar, roles);
    return { vi: `danh sách, mỗi phần tử là ${one.vi}`, en: `a non-empty list of ${one.en}` };
  }
  return expected === undefined ? { vi: '', en: '' } : scalarValue(expected as Scalar, roles);
}

/** A message of a plan the library refuses: `Kế hoạch không hợp lệ: …`, `Invalid plan: …`. */
function invalidPlan(vi: string, en: string): BilingualText {
  return { vi: `Kế hoạch không hợp lệ: ${vi}`, en: `Invalid plan: ${en}` };
}

/** A message of an evaluation the allocation refuses: not what evaluateNomination would have made. */
function notAnEvaluation(vi: string, en: string): BilingualText {
  return { vi: `Không phải kết quả của evaluateNomination: ${vi}`, en: `Not a result of evaluateNomination: ${en}` };
}

/**
 * Messages for every issue code, Vietnamese first. Each takes the issue's parameters
 * (`IssueParams` of its code) and returns the text in both languages. Every message the library
 * gives comes from here.
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: (params: IssueParams[C]) => BilingualText } = {
  invalid_type(p) {
    if (p.received === 'undefined') {
      return { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' };
    }
    const expected = typeName(p.expected);
    const received = typeName(p.received);
    return {
      vi: `Sai kiểu dữ liệu: cần ${expected.vi}, nhận được ${received.vi}`,
      en: `Wrong type: expected ${expected.en}, received ${received.en}`,
    };
  },
  too_small: (p) => sizeMessage(p.origin, p.minimum, p.inclusive, true),
  too_big: (p) => sizeMessage(p.origin, p.maximum, p.inclusive, false),
  invalid_format(p) {
    const f = FORMAT_NAMES[String(p.format)] ?? { vi: String(p.format), en: String(p.format) };
    return { vi: `Sai định dạng: cần ${f.vi}`, en: `Invalid format: expected ${f.en}` };
  },
  not_multiple_of: (p) => ({
    vi: `Phải là bội số của ${String(p.divisor)}`,
    en: `Must be a multiple of ${String(p.divisor)}`,
  }),
  unrecognized_keys: (p) => {
    const near = (p.suggestions ?? []).flatMap((s, i) => (s ? [`${JSON.stringify(p.keys[i])} → ${JSON.stringify(s)}`] : []));
    return {
      vi: `Trường không được hỗ trợ: ${list(p.keys)}${near.length > 0 ? ` (có phải: ${near.join(', ')}?)` : ''}`,
      en: `Unrecognised field(s): ${list(p.keys)}${near.length > 0 ? ` (did you mean: ${near.join(', ')}?)` : ''}`,
    };
  },
  invalid_union: () => ({
    vi: 'Giá trị không khớp với dạng nào được chấp nhận',
    en: 'The value matches none of the accepted forms',
  }),
  invalid_key: () => ({ vi: 'Khóa không hợp lệ', en: 'Invalid key' }),
  invalid_element: () => ({ vi: 'Phần tử không hợp lệ', en: 'Invalid element' }),
  invalid_value: (p) => ({
    vi: `Giá trị không hợp lệ; chấp nhận: ${list(p.values)}`,
    en: `Invalid value; expected one of: ${list(p.values)}`,
  }),
  custom(p) {
    if (p.reason !== undefined && Object.hasOwn(CUSTOM, p.reason)) return CUSTOM[p.reason];
    return { vi: 'Giá trị không hợp lệ', en: 'Invalid value' };
  },
  year_required: (p) => ({
    vi: `“${p.ruleSet}” xét theo năm: cần năm đánh giá (year)`,
    en: `“${p.ruleSet}” is annual: the assessment year (year) is required`,
  }),
  year_out_of_period: (p) => ({
    vi: `Năm ${p.year} nằm ngoài giai đoạn ${p.from} - ${p.to} của kế hoạch`,
    en: `Year ${p.year} is outside the plan's period ${p.from}–${p.to}`,
  }),
  rule_set_not_in_plan: (p) => ({
    vi: `Kế hoạch “${p.planId}” không có bộ tiêu chí “${p.ruleSet}”`,
    en: `Plan “${p.planId}” has no rule set “${p.ruleSet}”`,
  }),
  unknown_fact: (p) => ({
    vi: `Dữ kiện không có trong danh mục: “${p.fact}”`,
    en: `Unknown fact: “${p.fact}”`,
  }),
  unknown_clause: (p) => ({
    vi: `Mã điều khoản không có trong danh mục điều khoản của kế hoạch: “${p.clause}”`,
    en: `Clause ID not in the plan's clause list: “${p.clause}”`,
  }),
  unknown_operator: (p) => ({
    vi: `Toán tử không được hỗ trợ: “${p.operator}”`,
    en: `Unsupported operator: “${p.operator}”`,
  }),
  invalid_operator_value(p) {
    const expected = expectedValue(p.expected, p.roles);
    return {
      vi: `Giá trị so sánh không hợp với toán tử “${p.operator}”: cần ${expected.vi}`,
      en: `Comparison value does not fit operator “${p.operator}”: expected ${expected.en}`,
    };
  },
  operator_not_for_fact: (p) => ({
    vi: `Giá trị so sánh không hợp với toán tử “${p.operator}”: cần một trong ${names(p.operators)} cho dữ kiện ${p.fact}`,
    en: `Comparison value does not fit operator “${p.operator}”: expected one of ${names(p.operators)} for fact ${p.fact}`,
  }),
  duplicate_id: (p) => ({
    vi: `Mã bị trùng: “${p.id}”`,
    en: `Duplicate ID: “${p.id}”`,
  }),
  not_a_plan: (p) =>
    invalidPlan(
      `${p.argument} phải là kế hoạch do definePlan hoặc loadPlan trả về (hoặc một bản sao không sửa của nó); hãy gọi definePlan(định nghĩa) hoặc loadPlan(văn bản JSON) một lần rồi dùng lại kết quả`,
      `${p.argument} must be a plan returned by definePlan or loadPlan (or an unchanged copy of one); call definePlan(definition) or loadPlan(jsonText) once and reuse the result`,
    ),
  period_reversed: () => invalidPlan('năm bắt đầu sau năm kết thúc', 'the period starts after it ends'),
  rule_set_not_listed: (p) => invalidPlan(`thiếu “${p.ruleSet}” trong danh sách bộ tiêu chí`, `“${p.ruleSet}” is missing from the list of rule sets`),
  annual_milestone_without_year: (p) =>
    invalidPlan(
      `mốc “${p.milestone}” tính theo năm đánh giá nhưng loại “${p.track}” không yêu cầu năm (requiresYear)`,
      `milestone “${p.milestone}” is due on a day of the assessment year but track “${p.track}” does not require a year (requiresYear)`,
    ),
  presentation_keys_invalid: () =>
    invalidPlan(
      'các khóa thứ tự trình bày phải khác nhau và kết thúc bằng nominationId (để thứ tự là toàn phần)',
      'presentation order keys must be distinct and end with nominationId (so that the order is total)',
    ),
  presentation_kinds_invalid: () =>
    invalidPlan('cần đủ hai đối tượng, mỗi đối tượng một lần (collective, individual)', 'both nominee kinds are needed, each once (collective, individual)'),
  award_coefficients_missing: (p) =>
    p.ruleSet === undefined
      ? invalidPlan(`thiếu hệ số tiền thưởng cho “${p.award}”`, `no award coefficients for “${p.award}”`)
      : invalidPlan(`thiếu hệ số tiền thưởng cho “${p.award}” (bộ tiêu chí ${p.ruleSet})`, `no award coefficients for “${p.award}” (rule set ${p.ruleSet})`),
  amendment_not_after: (p) =>
    invalidPlan(`phải sau ngày hiệu lực của phiên bản trước (${p.previous})`, `must come after the previous version's effective date (${p.previous})`),
  deadlines_not_in_plan: () => invalidPlan('kế hoạch chưa có thời hạn để thay', 'the plan has no deadlines to replace'),
  amendment_replaces_nothing: () => invalidPlan('sửa đổi không thay gì', 'the amendment replaces nothing'),
  not_an_evaluation: () => ({ vi: 'Không phải kết quả của evaluateNomination', en: 'Not a result of evaluateNomination' }),
  evaluation_award_mismatch: (p) => notAnEvaluation(`bộ tiêu chí ${p.ruleSet} tặng “${p.award}”`, `rule set ${p.ruleSet} gives “${p.award}”`),
  evaluation_root_mismatch: (p) => notAnEvaluation(`tiêu chí gốc phải là “${p.root}”`, `the criteria root must be “${p.root}”`),
  evaluation_outcome_mismatch: (p) =>
    notAnEvaluation(`kết luận không khớp với kết quả tiêu chí (${p.result})`, `the outcome does not follow from the criteria (${p.result})`),
  evaluation_priority_mismatch: (p) => notAnEvaluation(`cần các tiêu chí ưu tiên ${names(p.criteria)}`, `the priority criteria must be ${names(p.criteria)}`),
  evaluation_score_mismatch: (p) => notAnEvaluation(`điểm ưu tiên phải là ${p.score}`, `the priority score must be ${p.score}`),
  unknown_plan_version: (p) => ({
    vi: `Kế hoạch “${p.planId}” không có phiên bản “${p.version}”; có: ${list(p.versions)}`,
    en: `Plan “${p.planId}” has no version “${p.version}”; it has: ${list(p.versions)}`,
  }),
  invalid_json: (p) => ({
    vi: `Không đọc được JSON: ${p.detail ?? ''}`.trim(),
    en: `Not valid JSON: ${p.detail ?? ''}`.trim(),
  }),
  unknown_preset: (p) => ({
    vi: `Tệp tình huống không có bộ dữ kiện mẫu “${p.preset}” (presets)`,
    en: `The scenario file has no preset “${p.preset}”`,
  }),
  rule_set_mismatch: (p) => ({
    vi: `Kết quả đánh giá theo bộ tiêu chí “${p.ruleSet}”, không phải cấp đang phân bổ “${p.level}”`,
    en: `The evaluation is under rule set “${p.ruleSet}”, not the level being allocated, “${p.level}”`,
  }),
  plan_mismatch: (p) => ({
    vi: `Kết quả đánh giá theo kế hoạch ${p.field} “${p.value}”, khác kế hoạch đang dùng “${p.expected}”: cần đánh giá lại`,
    en: `The evaluation was made under plan ${p.field} “${p.value}”, not the plan in use, “${p.expected}”: evaluate it again`,
  }),
  year_mismatch: (p) => ({
    vi: `Năm đánh giá ${p.year} khác năm ${p.expected} của các hồ sơ khác: mỗi lần phân bổ hằng năm chỉ xét một năm`,
    en: `Assessment year ${p.year} differs from the batch's year ${p.expected}: an annual allocation covers one year`,
  }),
  outside_quota_not_allowed: (p) => ({
    vi: `Cấp “${p.level}” không có đề nghị ngoài chỉ tiêu: quy định chỉ tiêu của kế hoạch không cho phép đề nghị ngoài chỉ tiêu (discretionary) ở cấp này`,
    en: `Level “${p.level}” has no proposals outside the quota: the quota rules of the plan allow none (discretionary) at this level`,
  }),
  budget_not_applicable: (p) => ({
    vi: `Kinh phí khen thưởng của xã không áp dụng cho cấp “${p.level}”: tiền thưởng do ${p.payer === 'state' ? 'Nhà nước' : 'thành phố'} chi`,
    en: `The commune's award budget does not apply to level “${p.level}”: the ${p.payer} pays its award money`,
  }),
  decision_date_required: () => ({
    vi: 'Cần ngày quyết định khen thưởng (decisionDate, YYYY-MM-DD) để tính tiền thưởng theo mức lương cơ sở có hiệu lực; thư viện không tự đọc ngày hiện tại',
    en: 'The award decision date (decisionDate, YYYY-MM-DD) is needed to compute award money at the base salary in force; the library never reads the clock',
  }),
  parameter_not_in_force: (p) => ({
    vi: `Không có giá trị “${p.parameter}” có hiệu lực vào ngày ${p.date} (giá trị đầu tiên từ ${p.from})`,
    en: `No value of “${p.parameter}” is in force on ${p.date} (the first value is from ${p.from})`,
  }),
  quota_rules_not_in_plan: (p) => ({
    vi: `Kế hoạch “${p.planId}” không có quy định số lượng khen thưởng cho cấp “${p.level}”`,
    en: `Plan “${p.planId}” has no quota rules for level “${p.level}”`,
  }),
  parameters_not_in_plan: (p) => ({
    vi: `Kế hoạch “${p.planId}” không có tham số tiền thưởng (mức lương cơ sở, hệ số, làm tròn)`,
    en: `Plan “${p.planId}” has no award money parameters (base salary, coefficients, rounding)`,
  }),
  track_not_in_plan: (p) => ({
    vi: `Kế hoạch “${p.planId}” không có thời hạn cho loại khen thưởng “${p.track}”`,
    en: `Plan “${p.planId}” has no deadlines for track “${p.track}”`,
  }),
  not_for_track: (p) => ({
    vi: `Trường “${p.field}” chỉ dùng cho loại khen thưởng “${p.for}”, không dùng cho “${p.track}”`,
    en: `Field “${p.field}” is only for track “${p.for}”, not for “${p.track}”`,
  }),
  date_range_reversed: (p) => invalidPlan(`ngày bắt đầu ${p.from} sau ngày kết thúc ${p.to}`, `the range starts on ${p.from}, after it ends on ${p.to}`),
  date_not_in_year: (p) => invalidPlan(`ngày ${p.date} không thuộc năm ${p.year} của lịch nghỉ`, `${p.date} is not in the calendar's year ${p.year}`),
  achievement_year_out_of_range: (p) => ({
    vi: `Năm ${p.year} của thành tích “${p.achievement}” nằm ngoài ${p.from} - ${p.to}: thành tích phải thuộc giai đoạn của kế hoạch${p.assessed ? ` và không sau năm đánh giá ${p.to}` : ''}`,
    en: `Year ${p.year} of achievement “${p.achievement}” is outside ${p.from}–${p.to}: an achievement must lie within the plan's period${p.assessed ? ` and not after the assessment year ${p.to}` : ''}`,
  }),
  not_plain_data: (p) =>
    p.kind === 'accessor'
      ? {
          vi: 'Không phải dữ liệu thuần: thuộc tính có hàm đọc/ghi (getter/setter); hãy truyền giá trị dữ liệu',
          en: 'Not plain data: a property with a getter or setter; pass data values',
        }
      : {
          vi: 'Không phải dữ liệu thuần: đối tượng của một lớp (class); hãy truyền đối tượng thường, mảng, chuỗi, số, Date',
          en: 'Not plain data: an instance of a class; pass plain objects, arrays, strings, numbers, Dates',
        },
  unreadable: () => ({
    vi: 'Không đọc được giá trị: việc đọc nó báo lỗi (ví dụ một Proxy)',
    en: 'The value cannot be read: reading it throws (a Proxy, for example)',
  }),
  invisible_character: (p) => ({
    vi: `Mã định danh chứa ký tự điều khiển hoặc ký tự định dạng vô hình (${p.codePoint}): hai mã trông giống nhau phải là một`,
    en: `The identifier contains a control or invisible format character (${p.codePoint}): IDs that look the same must be the same`,
  }),
  control_character: (p) => ({
    vi: `Văn bản chứa ký tự điều khiển (${p.codePoint})`,
    en: `The text contains a control character (${p.codePoint})`,
  }),
  too_many_issues: (p) =>
    p.omitted === undefined
      ? {
          vi: `Quá nhiều lỗi: dừng kiểm tra, không liệt kê hết (tối đa ${p.max})`,
          en: `Too many issues: checking stopped, not all are listed (at most ${p.max})`,
        }
      : {
          vi: `Quá nhiều lỗi: chỉ liệt kê ${p.max} lỗi đầu, bỏ qua ít nhất ${p.omitted} lỗi nữa`,
          en: `Too many issues: only the first ${p.max} are listed, at least ${p.omitted} more left out`,
        },
  decided_after_decision: (p) => ({
    vi: `Khen thưởng trước đó quyết định ngày ${p.decidedOn}, sau ngày quyết định ${p.decisionDate} của lần phân bổ này`,
    en: `The earlier award was decided on ${p.decidedOn}, after this allocation’s decision date, ${p.decisionDate}`,
  }),
};
