// Types of traceability.mjs, for the TypeScript tests that import it.

export interface Citation {
  clause: string;
  file: string;
  path: (string | number)[];
  role: string;
}

export interface Exercise {
  clause: string;
  result: string;
  file: string;
  index: number;
  name: string;
  via: 'expect.criteria' | 'exercises';
  nominations?: string[];
}

export interface ClauseEntry {
  id: string;
  kind: string;
  section: string;
  summary: { vi?: string; en?: string };
}

export interface TraceabilitySources {
  clauses: ClauseEntry[];
  ruleFiles: { file: string; data: unknown }[];
  caseFiles: { file: string; data: unknown }[];
}

export interface TraceabilityRow {
  id: string;
  section: string;
  summary: { vi?: string; en?: string };
  citations: Citation[];
  met: Exercise[];
  notMet: Exercise[];
  noCalendarDeadline: boolean;
}

export function citationsOf(file: string, data: unknown): Citation[];
export function exercisesOf(file: string, data: unknown): Exercise[];
export function clausesWithoutCalendarDeadline(ruleFiles: { file: string; data: unknown }[]): Set<string>;
export function traceability(sources: TraceabilitySources): { rows: TraceabilityRow[]; problems: string[] };
export function loadTraceabilitySources(root: string): TraceabilitySources;
