import type { Lang } from '../ground/lang';
import { CRITERION_WORDS, OUTCOME_WORDS } from '../i18n/labels';

/** One way a scenario's result differs from what it expects. */
export type ScenarioDifference =
  | { readonly what: 'outcome'; readonly expected: string; readonly actual: string }
  | { readonly what: 'criterion' | 'exercise'; readonly clause: string; readonly expected: string; readonly actual: string }
  | { readonly what: 'missingFacts'; readonly expected: string; readonly actual: string }
  /** A field of a deadline check or an allocation, as a dotted path (`milestones.dossier.lastWorkingDay`, `ties[0].places`). */
  | { readonly what: 'field'; readonly field: string; readonly expected: string; readonly actual: string };

/** A scenario's result. */
export interface ScenarioResult {
  /** The file's place in the list given, and the case's place in its file. */
  readonly file: number;
  readonly index: number;
  /** What the scenario is about: a nomination's evaluation, a deadline check, or an allocation. */
  readonly subject: 'evaluation' | 'deadline' | 'allocation';
  /** The rule set (evaluation), deadline track (deadline) or level allocated (allocation). */
  readonly about: string;
  /** The scenario's sentence. */
  readonly name: string;
  /** The clauses the scenario names: its criteria, then the clauses it exercises. */
  readonly clauses: readonly string[];
  /** The plan version the case was judged under. */
  readonly planVersion: string;
  readonly passed: boolean;
  /** Empty when passed. */
  readonly differences: readonly ScenarioDifference[];
  /** One line for a person: passed or failed, the sentence, and what differs (in the language asked for). */
  readonly summary: string;
}

/** What `runScenarios` returns. */
export interface ScenarioReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly ScenarioResult[];
}

const WORDS: Record<Lang, Record<string, string>> = {
  vi: { passed: 'ĐẠT', failed: 'KHÔNG ĐẠT', outcome: 'kết quả', missingFacts: 'dữ kiện còn thiếu', expected: 'cần', actual: 'được' },
  en: { passed: 'PASSED', failed: 'FAILED', outcome: 'outcome', missingFacts: 'missing facts', expected: 'expected', actual: 'got' },
};

function word(lang: Lang, value: string): string {
  return WORDS[lang][value] ?? OUTCOME_WORDS[value]?.[lang] ?? CRITERION_WORDS[value]?.[lang] ?? value;
}

/** The one-line summary of a scenario's result. */
export function scenarioSummary(r: Omit<ScenarioResult, 'summary'>, lang: Lang): string {
  const head = `${word(lang, r.passed ? 'passed' : 'failed')} [${r.about}] ${r.name}`;
  if (r.passed) return head;
  const parts = r.differences.map((d) => {
    const what = 'clause' in d ? d.clause : 'field' in d ? d.field : word(lang, d.what);
    return `${what}: ${word(lang, 'expected')} ${word(lang, d.expected)}, ${word(lang, 'actual')} ${word(lang, d.actual)}`;
  });
  return `${head} — ${parts.join('; ')}`;
}
