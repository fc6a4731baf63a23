/**
 * The bundled calendar files of rules/calendar/, as plain data (validated where they are used,
 * in holidays.ts). A new year's official list is added here; a test checks that every file of
 * rules/calendar/ is listed.
 */
import official2026 from '../../rules/calendar/2026.json';
import holidayRules from '../../rules/calendar/holiday-rules.json';

export const CALENDAR_DATA: { readonly rules: unknown; readonly official: Readonly<Record<string, unknown>> } = {
  rules: holidayRules,
  official: { '2026.json': official2026 },
};
