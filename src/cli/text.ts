/** A text in both languages, Vietnamese first. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** The command line's language: Vietnamese (default) or English. */
export type CliLang = 'vi' | 'en';

/** Both languages of a text with the same words (IDs, file names). */
export function same(s: string): Text {
  return { vi: s, en: s };
}

/** Joins texts language by language. */
export function joinTexts(parts: readonly Text[], sep: string | Text = ''): Text {
  const s = typeof sep === 'string' ? { vi: sep, en: sep } : sep;
  return { vi: parts.map((p) => p.vi).join(s.vi), en: parts.map((p) => p.en).join(s.en) };
}

/** A whole number with thousands separators: 7.000.000 in Vietnamese, 7,000,000 in English. */
export function formatInt(n: number, lang: CliLang): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return sign + groups.join(lang === 'vi' ? '.' : ',');
}

/** A plain date for people: 19/11/2026 in Vietnamese, 2026-11-19 in English. */
export function formatDate(iso: string | null | undefined, lang: CliLang): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}
