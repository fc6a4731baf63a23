import { describe, expect, it } from 'vitest';
import { DEADLINE_TRACKS, defaultPlan } from '../../src/index';
import { DeadlinesFileSchema, type DeadlinesFile } from '../../src/schemas';
import { planText, readRulesJson, section } from '../helpers/rules';

// Section III.3 of the plan, with the text file's bold markers removed.
const III_3 = section(planText(), '3. Thời gian đề nghị xét khen thưởng', 'IV. TỔ CHỨC THỰC HIỆN').replaceAll('**', '');
const file = readRulesJson<DeadlinesFile>('deadlines.json');

/** `MM-DD` or `YYYY-MM-DD` as the plan writes it: `20/11`, `31/3/2030`. */
function asWritten(date: string): string {
  const parts = date.split('-').map(Number);
  return parts.length === 2 ? `${parts[1]}/${parts[0]}` : `${parts[2]}/${parts[1]}/${parts[0]}`;
}

describe('rules/deadlines.json (III.3)', () => {
  it('is valid by DeadlinesFileSchema and is the default plan’s deadlines', () => {
    const parsed = DeadlinesFileSchema.safeParse(file);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(defaultPlan().deadlines?.tracks.map((t) => t.id)).toEqual([...DEADLINE_TRACKS]);
  });

  it('each milestone quotes section III.3 of the plan exactly, in NFC', () => {
    for (const track of file.tracks) {
      for (const m of track.milestones) {
        expect(m.quote.vi.normalize('NFC')).toBe(m.quote.vi);
        expect(III_3, `${track.id}/${m.id}`).toContain(m.quote.vi);
        expect(m.quote.en.length).toBeGreaterThan(20);
      }
    }
  });

  it('each dated milestone’s date is the one its quote gives (“trước ngày D”)', () => {
    const dated = file.tracks.flatMap((t) => t.milestones).filter((m) => m.due.kind === 'annual' || m.due.kind === 'fixed');
    expect(dated.length).toBe(4);
    for (const m of dated) {
      const before = m.due.kind === 'annual' || m.due.kind === 'fixed' ? m.due.before : '';
      expect(m.quote.vi).toContain(`trước ngày ${asWritten(before)}`);
    }
  });

  it('the years follow the readings of CLAUSES.md: grassroots Y → 20/11/Y; city Y → 10/3 and 31/3 of Y+1; the period report 31/3/2030', () => {
    const dues = Object.fromEntries(file.tracks.map((t) => [t.id, t.milestones.map((m) => [m.id, m.due])]));
    expect(dues).toEqual({
      'annual-grassroots': [['dossier', { kind: 'annual', before: '11-20', yearOffset: 0 }]],
      'annual-city': [
        ['dossier', { kind: 'annual', before: '03-10', yearOffset: 1 }],
        ['report-to-city', { kind: 'annual', before: '03-31', yearOffset: 1 }],
      ],
      'ad-hoc': [['proposal', { kind: 'none' }]],
      'period-2026-2030': [
        ['dossier', { kind: 'commune-plan', input: 'periodSummaryDeadline' }],
        ['report-to-city', { kind: 'fixed', before: '2030-03-31' }],
      ],
    });
  });

  it('each track and milestone cites its own III.3 clause, and only the commune’s reports bind the commune', () => {
    const clauses = Object.fromEntries(file.tracks.map((t) => [t.id, [t.clause, ...t.milestones.map((m) => m.clause)]]));
    expect(clauses).toEqual({
      'annual-grassroots': ['III.3.1-grassroots', 'III.3.1-grassroots'],
      'annual-city': ['III.3.1-city', 'III.3.1-city', 'III.3.1-city'],
      'ad-hoc': ['III.3.1-ad-hoc', 'III.3.1-ad-hoc'],
      'period-2026-2030': ['III.3.2-period', 'III.3.2-period', 'III.3.2-period'],
    });
    const fromCommune = file.tracks.flatMap((t) => t.milestones.filter((m) => m.from === 'commune').map((m) => `${t.id}/${m.id}`));
    expect(fromCommune).toEqual(['annual-city/report-to-city', 'period-2026-2030/report-to-city']);
  });

  it('the default reading is strict, as CLAUSES.md says', () => {
    expect(file.reading.default).toBe('strict');
  });
});
