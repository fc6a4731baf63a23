import * as z from 'zod/mini';

/** Languages the library answers in: Vietnamese first, English second. */
export const LANGS = ['vi', 'en'] as const;
export const LangSchema = /* @__PURE__ */ (() => z.enum(LANGS))();

/** `'vi'` (Vietnamese, the default) or `'en'` (English). */
export type Lang = z.infer<typeof LangSchema>;

/** A text in both languages, Vietnamese first. */
export const BilingualTextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }))();

/** A text in both languages, Vietnamese first. */
export type BilingualText = z.infer<typeof BilingualTextSchema>;
