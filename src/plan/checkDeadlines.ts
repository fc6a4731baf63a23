import type { Lang } from '../ground/lang';
import type { DeadlinesFile } from '../schema/deadlines';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';

/**
 * Checks a plan's deadlines (III.3) against its clause list and for consistency: every clause
 * ID is known, track and milestone IDs are unique, and a milestone due on a day of the
 * assessment year belongs to a track that requires a year.
 */
export function checkDeadlines(deadlines: DeadlinesFile, at: readonly PropertyKey[], known: ReadonlySet<string>, lang: Lang, issues: Issue[]): void {
  const clause = (id: string, path: PropertyKey[]) => {
    if (!known.has(id)) issues.push(makeIssue('unknown_clause', path, { clause: id }, lang));
  };
  clause(deadlines.clause, [...at, 'clause']);
  const tracks = new Set<string>();
  deadlines.tracks.forEach((track, t) => {
    const tp = [...at, 'tracks', t];
    if (tracks.has(track.id)) issues.push(makeIssue('duplicate_id', [...tp, 'id'], { id: track.id }, lang));
    tracks.add(track.id);
    clause(track.clause, [...tp, 'clause']);
    const milestones = new Set<string>();
    track.milestones.forEach((m, i) => {
      const mp = [...tp, 'milestones', i];
      if (milestones.has(m.id)) issues.push(makeIssue('duplicate_id', [...mp, 'id'], { id: m.id }, lang));
      milestones.add(m.id);
      clause(m.clause, [...mp, 'clause']);
      if (m.due.kind === 'annual' && !track.requiresYear) {
        issues.push(makeIssue('annual_milestone_without_year', [...mp, 'due'], { milestone: m.id, track: track.id }, lang));
      }
    });
  });
}
