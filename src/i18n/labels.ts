import type { BilingualText, Lang } from '../ground/lang';

// People's words for the codes of answers, Vietnamese first: what a sentence of a report says
// where an answer's data has a code.

export const OUTCOME_WORDS: Readonly<Record<string, BilingualText>> = {
  eligible: { vi: 'đủ tiêu chuẩn', en: 'eligible' },
  ineligible: { vi: 'không đủ tiêu chuẩn', en: 'ineligible' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
};

export const CRITERION_WORDS: Readonly<Record<string, BilingualText>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'không đạt', en: 'not met' },
  unknown: { vi: 'chưa rõ', en: 'unknown' },
  absent: { vi: 'không có trong cây tiêu chí', en: 'not in the criteria tree' },
};

export const PLACE_WORDS: Readonly<Record<string, BilingualText>> = {
  selected: { vi: 'được chọn', en: 'selected' },
  outsideQuota: { vi: 'ngoài chỉ tiêu (Chủ tịch UBND thành phố xem xét)', en: 'outside the quota (for the City Chairman)' },
  notAllocated: { vi: 'không thuộc cấp được phân bổ', en: 'not of the level allocated' },
  ineligible: { vi: 'không chọn: không đủ tiêu chuẩn', en: 'not selected: ineligible' },
  undetermined: { vi: 'không chọn: chưa xác định', en: 'not selected: undetermined' },
  quota: { vi: 'không chọn: vượt chỉ tiêu', en: 'not selected: over the quota' },
  budget: { vi: 'không chọn: vượt kinh phí', en: 'not selected: over the budget' },
  'duplicate-achievement': { vi: 'không chọn: trùng thành tích', en: 'not selected: achievement already commended' },
  'tie-at-cutoff': { vi: 'không chọn: đồng hạng tại điểm cắt', en: 'not selected: tie at the cutoff' },
};

/** The word for `code` in `words`, or the code itself when it has none. */
export function wordFor(words: Readonly<Record<string, BilingualText>>, code: string, lang: Lang): string {
  return words[code]?.[lang] ?? code;
}
