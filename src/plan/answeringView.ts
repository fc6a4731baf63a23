/**
 * The bundled plan as the three functions read it: the files of `rules/` less the text written
 * for readers that no answer reads. src/plan/answering.ts imports its files of `rules/` as they
 * are; the build (an esbuild plugin in tsup.config.ts) and the tests (a vite plugin in the vitest
 * configs) serve that one module each file through `answeringView`, so nothing derived is
 * committed and the tests run what ships. Every other importer of `rules/` (`defaultPlan()`, the
 * docs, the command line) gets the file whole. This module is never bundled: only those plugins
 * import it.
 *
 * Kept: everything a function reads, including the deadlines' notes (checkDeadline quotes
 * them), the parameters' references and confidence (allocateQuota's notes cite them), every
 * criterion's quote, gloss and label, and the holidays' names. Left out: the readers' notes on
 * criteria and their lists of items, the notes of the quota rules and parameters. test/plan/answeringPlan.test.ts and
 * test/quota/properties.test.ts check that the functions answer exactly as with the whole plan.
 */

/** The one module served the views (the build's and the tests' copies of src/). */
export const ANSWERING_MODULE = /[\\/]src[\\/]plan[\\/]answering\.ts$/;

/** `value` without the properties named `keys`, at any depth. */
export function without(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !keys.includes(k))
      .map(([k, v]) => [k, without(v, keys)]),
  );
}

type Json = Record<string, unknown>;

/** What the calendar's files keep for readers (src/deadline/calendarData.ts types the files without it). */
const CALENDAR_READERS_TEXT = ['note', 'reference', 'sources', 'confidence', 'method'] as const;
export type CalendarReadersText = (typeof CALENDAR_READERS_TEXT)[number];

/**
 * What the functions read of each file, by its path under `rules/`; what is left out is named.
 * A file not listed here is refused, so that a new import of src/plan/answering.ts says what
 * it leaves out.
 */
const VIEWS: readonly (readonly [RegExp, ((json: Json) => unknown) | 'whole'])[] = [
  // The legal bases, the note on the date of issue and the one on the period's criteria date.
  [/^plan\.json$/, (j) => ({ ...j, issuedAt: without(j['issuedAt'], ['note']), period: without(j['period'], ['note']), legalBases: [] })],
  // The rule sets less the readers' notes on criteria and their lists of items (no answer quotes
  // them: an evaluation carries each criterion's quote, gloss and label).
  [/^(annual-grassroots|annual-city|period-2026-2030)\.json$/, (j) => without(j, ['note', 'items'])],
  // The notes explaining each quota rule; the parameters' descriptions and notes.
  [/^(quotas|parameters\/[a-z-]+)\.json$/, (j) => without(j, ['note', 'description'])],
  // The notes, references, sources and confidence of each day off.
  [/^calendar\/[a-z0-9-]+\.json$/, (j) => without(j, CALENDAR_READERS_TEXT)],
  // Read whole, as the same module `defaultPlan()` imports: the deadlines (checkDeadline quotes their notes).
  [/^deadlines\.json$/, 'whole'],
];

/** The view of the file at `path`, named by the part after its last `rules/`; throws when it has none. */
export function viewOf(path: string): ((json: Json) => unknown) | 'whole' {
  const name = /(?:^|[\\/])rules[\\/](.+\.json)$/.exec(path)?.[1]?.replaceAll('\\', '/');
  const view = name === undefined ? undefined : VIEWS.find(([pattern]) => pattern.test(name))?.[1];
  if (!view) throw new Error(`answeringView: no view of ${path} (src/plan/answeringView.ts lists what the functions read of each file of rules/)`);
  return view;
}

/**
 * A file of `rules/` as the functions read it.
 *
 * @param path - The file's path; the part after its last `rules/` names it.
 * @param json - The file's contents, parsed.
 * @throws When the file has no view here.
 */
export function answeringView(path: string, json: unknown): unknown {
  const view = viewOf(path);
  return view === 'whole' ? json : view(json as Json);
}
