/**
 * The bundled calendar files of rules/calendar/. A new year's official list is added here; a
 * test checks that every file of rules/calendar/ is listed, and that each passes its schema
 * unchanged, which is what the types below assert (test/deadline/holidays.test.ts).
 */
import official2026 from '../../rules/calendar/2026.json';
import holidayRules from '../../rules/calendar/holiday-rules.json';
import type { HolidayRulesFile, OfficialDaysOffFile } from '../schema/calendar';

export const CALENDAR_DATA: { readonly rules: HolidayRulesFile; readonly official: Readonly<Record<string, OfficialDaysOffFile>> } = {
  rules: holidayRules as HolidayRulesFile,
  official: { '2026.json': official2026 as OfficialDaysOffFile },
};
