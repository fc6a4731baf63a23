// Traceability: each clause of the plan → the rule nodes that cite it → the scenarios that
// exercise it met and not met. One module for the docs build (docs/build/build.mjs renders
// the matrix and fails on a gap) and for `npm test` (test/rules/traceability.test.ts).
// `traceability()` is pure; `loadTraceabilitySources()` reads rules/ (the legal scenarios in rules/scenarios/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RESULTS = ['met', 'not-met'];

/**
 * Every place a rule file cites a clause ID: a `clause` field (rule sets, awards, priority
 * criteria, deadline tracks and milestones, quota entries, parameters), a `basis` list, or
 * the `id` of a criterion node (a leaf with `conditions` or a group with `children`).
 *
 * @param {string} file - The file's path under rules/, e.g. `annual-city.json`.
 * @param {unknown} data - The file's JSON.
 * @returns {{ clause: string, file: string, path: (string|number)[], role: string }[]}
 */
export function citationsOf(file, data) {
  const out = [];
  const walk = (value, path, inCriteria) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i], inCriteria));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const isNode = inCriteria && typeof value.id === 'string' && ('conditions' in value || 'children' in value);
    if (isNode) out.push({ clause: value.id, file, path: [...path, 'id'], role: 'criterion' });
    for (const [key, v] of Object.entries(value)) {
      if (key === 'clause' && typeof v === 'string') {
        out.push({ clause: v, file, path: [...path, key], role: roleOf(path) });
      } else if (key === 'basis' && Array.isArray(v)) {
        v.forEach((id, i) => typeof id === 'string' && out.push({ clause: id, file, path: [...path, key, i], role: 'basis' }));
      } else if (key !== 'conditions') {
        walk(v, [...path, key], inCriteria || key === 'criteria');
      }
    }
  };
  walk(data, [], false);
  return out;
}

/** What a `clause` field at `path` belongs to, in words the matrix shows. */
function roleOf(path) {
  const keys = path.filter((p) => typeof p === 'string');
  if (keys.length === 0) return 'file';
  if (keys[0] === 'awards') return 'award';
  if (keys[0] === 'priority') return 'priority';
  if (keys.includes('milestones')) return 'milestone';
  if (keys[0] === 'tracks') return 'track';
  if (keys[0] === 'levels') return `quota: ${keys.slice(2).join('.') || keys[1]}`;
  return keys.join('.');
}

/**
 * The clauses whose only deadline is "none" (rules/deadlines.json: a milestone with
 * `due.kind: 'none'`, such as III.3.1-ad-hoc, proposed "ngay sau khi lập được thành tích"):
 * a proposal under them is never late, so no scenario can show them not met.
 *
 * @param {{ file: string, data: any }[]} ruleFiles
 * @returns {Set<string>}
 */
export function clausesWithoutCalendarDeadline(ruleFiles) {
  const none = new Set();
  const dated = new Set();
  for (const { data } of ruleFiles) {
    if (data?.kind !== 'deadlines') continue;
    for (const track of data.tracks ?? []) {
      for (const m of track.milestones ?? []) (m.due?.kind === 'none' ? none : dated).add(m.clause);
    }
  }
  return new Set([...none].filter((id) => !dated.has(id)));
}

/**
 * What each scenario of a scenario file says about clauses: `met` or `not-met`.
 * - Evaluation files (with `ruleSet`): each entry of `expect.criteria`, and each entry of the
 *   case's `exercises` (`{ [clauseId]: 'met' | 'not-met' }`).
 * - deadlines.json: the case's `exercises` (same form).
 * - quotas.json: the case's `exercises`, `{ [clauseId]: { met?: nominationIds, 'not-met'?: nominationIds } }`.
 * Results other than met / not-met (`unknown`) are not exercises of either.
 *
 * @param {string} file - The file’s name in rules/scenarios/.
 * @param {any} data - The file's JSON.
 * @returns {{ clause: string, result: 'met'|'not-met', file: string, index: number, name: string, via: string, nominations?: string[] }[]}
 */
export function exercisesOf(file, data) {
  const out = [];
  (data?.cases ?? []).forEach((c, index) => {
    const base = { file, index, name: String(c.name) };
    for (const [clause, result] of Object.entries(c.expect?.criteria ?? {})) {
      if (RESULTS.includes(result)) out.push({ ...base, clause, result, via: 'expect.criteria' });
    }
    for (const [clause, value] of Object.entries(c.exercises ?? {})) {
      if (typeof value === 'string') {
        out.push({ ...base, clause, result: value, via: 'exercises' });
      } else if (value && typeof value === 'object') {
        for (const [result, ids] of Object.entries(value)) {
          out.push({ ...base, clause, result, via: 'exercises', nominations: Array.isArray(ids) ? ids.map(String) : [] });
        }
      }
    }
  });
  return out;
}

/**
 * The traceability matrix and its gaps. Every clause of kind `clause` in rules/clauses.json
 * (the plan's clauses, as rules/clauses.json lists them) needs at least one rule node citing it, one
 * scenario where it is met and one where it is not met; a clause whose only deadline is
 * "none" needs no not-met scenario (see clausesWithoutCalendarDeadline). Citations and
 * exercises of IDs that clauses.json does not have, and results other than met / not-met in
 * `exercises`, are problems too.
 *
 * @param {{ clauses: { id: string, kind: string, section: string, summary: { vi?: string, en?: string } }[],
 *           ruleFiles: { file: string, data: unknown }[], caseFiles: { file: string, data: unknown }[] }} sources
 * @returns {{ rows: object[], problems: string[] }}
 */
export function traceability({ clauses, ruleFiles, caseFiles }) {
  const known = new Set(clauses.map((c) => c.id));
  const problems = [];
  const citations = ruleFiles.flatMap(({ file, data }) => citationsOf(file, data));
  const exercises = caseFiles.flatMap(({ file, data }) => exercisesOf(file, data));
  const noDeadline = clausesWithoutCalendarDeadline(ruleFiles);

  for (const c of citations) {
    if (!known.has(c.clause)) problems.push(`rules/${c.file} ${c.path.join('.')} cites ${c.clause}, which rules/clauses.json does not list`);
  }
  for (const e of exercises) {
    if (!known.has(e.clause)) problems.push(`${e.file} case "${e.name}" names ${e.clause}, which rules/clauses.json does not list`);
    if (!RESULTS.includes(e.result)) problems.push(`${e.file} case "${e.name}" marks ${e.clause} "${e.result}": an exercise is met or not-met`);
  }

  const rows = clauses
    .filter((c) => c.kind === 'clause')
    .map((c) => {
      const row = {
        id: c.id,
        section: c.section,
        summary: c.summary,
        citations: citations.filter((x) => x.clause === c.id),
        met: exercises.filter((x) => x.clause === c.id && x.result === 'met'),
        notMet: exercises.filter((x) => x.clause === c.id && x.result === 'not-met'),
        noCalendarDeadline: noDeadline.has(c.id),
      };
      if (row.citations.length === 0) problems.push(`${c.id}: no rule node cites it`);
      if (row.met.length === 0) problems.push(`${c.id}: no scenario exercises it met`);
      if (row.notMet.length === 0 && !row.noCalendarDeadline) problems.push(`${c.id}: no scenario exercises it not met`);
      return row;
    });
  return { rows, problems };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The JSON files under `dir`, recursively, as paths relative to `dir`, sorted. */
function jsonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/**
 * Reads what `traceability()` needs from a checkout: rules/clauses.json, every other JSON
 * file of rules/ (rule sets, deadlines, quotas, parameters/, calendar/), and the legal
 * scenarios of rules/scenarios/.
 *
 * @param {string} root - The repository's root folder.
 */
export function loadTraceabilitySources(root) {
  const rulesDir = join(root, 'rules');
  const clauses = readJson(join(rulesDir, 'clauses.json')).clauses;
  const ruleFiles = jsonFiles(rulesDir)
    .filter((f) => f !== 'clauses.json' && !f.startsWith('scenarios/'))
    .map((file) => ({ file, data: readJson(join(rulesDir, file)) }));
  const scenarioDir = join(rulesDir, 'scenarios');
  const caseFiles = jsonFiles(scenarioDir).map((file) => ({ file, data: readJson(join(scenarioDir, file)) }));
  return { clauses, ruleFiles, caseFiles };
}
