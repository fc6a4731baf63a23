/**
 * The bundled calendar, as `checkDeadline` reads it: the files of rules/calendar/ less their
 * notes, references, sources and confidence (src/plan/answering.ts, served each file through
 * src/plan/answeringView.ts). A new year's official list is added to rules/calendar/ and to
 * src/plan/answering.ts; test/deadline/holidays.test.ts checks that every file of
 * rules/calendar/ is listed, and test/plan/bundledPlan.test.ts that each passes its schema.
 */
import type { CalendarReadersText as ReadersText } from '../plan/answeringView';
import { ANSWERING_CALENDAR } from '../plan/answering';
import type { HolidayRulesFile, OfficialDaysOffFile } from '../schema/calendar';

/** `T` without the properties `K`, at any depth. */
type Without<T, K extends PropertyKey> = T extends readonly (infer U)[]
  ? readonly Without<U, K>[]
  : T extends object
    ? { readonly [P in keyof T as P extends K ? never : P]: Without<T[P], K> }
    : T;

/** `rules/calendar/holiday-rules.json` as the library reads it. */
export type HolidayRules = Without<HolidayRulesFile, ReadersText>;
/** One official list of days off (`rules/calendar/YYYY.json`) as the library reads it. */
export type OfficialDaysOff = Without<OfficialDaysOffFile, ReadersText>;

export const CALENDAR_DATA: { readonly rules: HolidayRules; readonly official: Readonly<Record<string, OfficialDaysOff>> } = {
  rules: ANSWERING_CALENDAR.rules as HolidayRules,
  official: ANSWERING_CALENDAR.official as Readonly<Record<string, OfficialDaysOff>>,
};
