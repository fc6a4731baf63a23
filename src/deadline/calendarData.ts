/**
 * The bundled calendar, as `checkDeadline` reads it: the files of rules/calendar/ less their
 * notes, references, sources and confidence (src/plan/answering/, made from rules/ by
 * test/plan/answeringView.test.ts). A new year's official list is added to rules/calendar/,
 * to that test and here; test/deadline/holidays.test.ts checks that every file of
 * rules/calendar/ is listed, and test/plan/bundledPlan.test.ts that each passes its schema.
 */
import { ANSWERING_CALENDAR } from '../plan/answering';
import type { HolidayRulesFile, OfficialDaysOffFile } from '../schema/calendar';

/** The properties written for readers, which the calendar's files keep and the library leaves out. */
type ReadersText = 'note' | 'reference' | 'sources' | 'confidence' | 'method';

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
