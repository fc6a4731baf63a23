import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../ground/lang';
import { checkArguments } from '../validation/checkArguments';

const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ amount: z.number(), lang: LangSchema }))();

/** `formatVnd` without the check of its arguments: for the library's own sentences. */
export function vnd(amount: number, lang: Lang): string {
  const digits = String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return lang === 'vi' ? `${digits} đồng` : `${digits} VND`;
}

/**
 * A sum of money as the library's sentences write it: `760.000 đồng` in Vietnamese,
 * `760,000 VND` in English (whole đồng, no locale data needed).
 *
 * @param amount - The sum in đồng (the fraction, if any, is dropped).
 * @param lang - `'vi'` (default) or `'en'`.
 * @returns The sum with thousands separators and its unit.
 * @throws {ValidationError} When `amount` is not a finite number or `lang` is neither language.
 * @example
 * formatVnd(7_000_000); //=> '7.000.000 đồng'
 * formatVnd(760_000, 'en'); //=> '760,000 VND'
 */
export function formatVnd(amount: number, lang: Lang = 'vi'): string {
  checkArguments(ArgumentsSchema, { amount, lang });
  return vnd(amount, lang);
}
