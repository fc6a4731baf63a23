import type { Text } from './text';

/** People's words for the library's codes, Vietnamese first. */
export const OUTCOME_LABELS: Readonly<Record<string, Text>> = {
  eligible: { vi: 'đủ tiêu chuẩn', en: 'eligible' },
  ineligible: { vi: 'không đủ tiêu chuẩn', en: 'ineligible' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
};

export const KIND_LABELS: Readonly<Record<string, Text>> = {
  collective: { vi: 'tập thể', en: 'collective' },
  individual: { vi: 'cá nhân', en: 'individual' },
};

export const REASON_LABELS: Readonly<Record<string, Text>> = {
  ineligible: { vi: 'không đủ tiêu chuẩn', en: 'ineligible' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
  quota: { vi: 'vượt chỉ tiêu', en: 'over the quota' },
  budget: { vi: 'vượt kinh phí', en: 'over the budget' },
  'duplicate-achievement': { vi: 'trùng thành tích', en: 'achievement already commended' },
  'tie-at-cutoff': { vi: 'đồng hạng tại điểm cắt', en: 'tie at the cutoff' },
};

export const STATUS_LABELS: Readonly<Record<string, Text>> = {
  'on-time': { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  open: { vi: 'còn hạn', en: 'open' },
  closed: { vi: 'hết hạn', en: 'closed' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
  unknown: { vi: 'chưa rõ', en: 'unknown' },
};

export const LOGIC_LABELS: Readonly<Record<string, Text>> = {
  all: { vi: 'đạt tất cả', en: 'all of' },
  any: { vi: 'đạt một trong', en: 'any one of' },
};

/** The label of a code, or the code itself when it has none. */
export function label(labels: Readonly<Record<string, Text>>, code: string, lang: 'vi' | 'en'): string {
  return labels[code]?.[lang] ?? code;
}
