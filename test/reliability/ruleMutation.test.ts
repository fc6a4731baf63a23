import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allocateQuota, checkDeadline, definePlan, evaluateNominationsSync, evaluateNominationSync, ValidationError, type Plan } from '../../src/index';
import { evaluationCaseFiles, findNode, nominationOf } from '../helpers/cases';
import { deadlineExercise, evaluationExercise, quotaExercise } from '../helpers/exercises';
import { expand, placesOf, quotaCases } from '../quota/helpers';
import { BOUNDARY_CASES, boundaryNomination, expectBoundary, expectMoneyBoundaries } from './boundaries';
import { bundledDefinition } from '../helpers/plans';

// Mutation testing of the rules as data. Each mutant is the bundled plan with one change to
// one rule file, the kind of slip an editor of rules/*.json could make: a comparison negated
// or moved by one, a value flipped, a list item dropped or added, a group's logic flipped,
// a criterion dropped, a deadline moved by a day, a quota or an amount changed. The legal
// scenarios of rules/scenarios/ are then run under the mutant (through definePlan, the public way
// in), and must notice: some scenario must fail. A mutant definePlan refuses is stillborn
// (validation caught it) and does not count. The score is killed / (killed + survived).

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface Mutant {
  /** Which file and where, and what changed: the mutant's name in reports. */
  readonly name: string;
  /** Which scenarios can notice it. */
  readonly domain: 'criteria' | 'deadlines' | 'quotas';
  /** Applies the change to a fresh copy of the plan definition. */
  apply(def: Obj): void;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path of keys and indexes. */
function get(root: Json, path: readonly (string | number)[]): Json {
  let v: Json = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k] as Json;
  return v;
}

const ROLES = ['direct', 'in-charge', 'advise', 'propose', 'organize', 'participate'];
const BLOCKS = ['department', 'ward', 'commune', 'special-zone'];
const NEGATED: Record<string, string> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
  lessThan: 'greaterThanInclusive',
  greaterThanInclusive: 'lessThan',
  lessThanInclusive: 'greaterThan',
  greaterThan: 'lessThanInclusive',
};
const BOUNDARY: Record<string, string> = {
  lessThan: 'lessThanInclusive',
  lessThanInclusive: 'lessThan',
  greaterThan: 'greaterThanInclusive',
  greaterThanInclusive: 'greaterThan',
};

/** Mutants of one condition tree (criteria leaf or priority criterion) at `path`. */
function conditionMutants(ruleSet: number, file: string, path: (string | number)[], condition: Json, out: Mutant[]): void {
  const at = (p: (string | number)[]) => ['ruleSets', ruleSet, ...p];
  const name = (what: string, p: (string | number)[]) => `${file} ${p.join('.')}: ${what}`;
  const set = (p: (string | number)[], value: Json) => (def: Obj) => {
    const parent = get(def, at(p.slice(0, -1))) as Record<string | number, Json>;
    parent[p[p.length - 1]!] = value;
  };
  const c = condition as Obj;
  for (const logic of ['all', 'any'] as const) {
    const children = c[logic];
    if (!Array.isArray(children)) continue;
    if (children.length > 1) {
      const other = logic === 'all' ? 'any' : 'all';
      out.push({ name: name(`${logic} → ${other}`, path), domain: 'criteria', apply: set(path, { [other]: clone(children) }) });
      children.forEach((_, i) => {
        const rest = children.filter((__, j) => j !== i);
        out.push({ name: name(`drop ${logic}[${i}]`, path), domain: 'criteria', apply: set(path, { [logic]: clone(rest) }) });
      });
    }
    children.forEach((child, i) => conditionMutants(ruleSet, file, [...path, logic, i], child, out));
    return;
  }
  if (isObj(c['not'] as Json)) {
    out.push({ name: name('drop not', path), domain: 'criteria', apply: set(path, clone(c['not'] as Json)) });
    conditionMutants(ruleSet, file, [...path, 'not'], c['not'] as Json, out);
    return;
  }
  // An atom.
  const op = c['operator'] as string;
  const value = c['value'] as Json;
  const atom = (changes: Obj) => set(path, { ...clone(c), ...changes });
  const push = (what: string, apply: (def: Obj) => void) => out.push({ name: name(`${String(c['fact'])} ${what}`, path), domain: 'criteria', apply });
  if (typeof value === 'boolean') push(`${op} ${value} → ${!value}`, atom({ value: !value }));
  else if (NEGATED[op]) push(`${op} → ${NEGATED[op]}`, atom({ operator: NEGATED[op] }));
  else push(`${op} → not ${op}`, set(path, { not: clone(c) }));
  if (BOUNDARY[op]) push(`${op} → ${BOUNDARY[op]}`, atom({ operator: BOUNDARY[op] }));
  if (typeof value === 'number') {
    push(`value ${value} → ${value + 1}`, atom({ value: value + 1 }));
    push(`value ${value} → ${value - 1}`, atom({ value: value - 1 }));
  }
  if (typeof value === 'string') {
    const pool = BLOCKS.includes(value) ? BLOCKS : ROLES;
    for (const other of pool.filter((x) => x !== value)) push(`value ${value} → ${other}`, atom({ value: other }));
  }
  if (Array.isArray(value)) {
    const pool = value.every((x) => BLOCKS.includes(x as string)) ? BLOCKS : ROLES;
    value.forEach((x, i) => {
      if (value.length > 1) push(`drop ${String(x)} from the list`, atom({ value: value.filter((_, j) => j !== i) }));
    });
    for (const extra of pool.filter((x) => !value.includes(x))) push(`add ${extra} to the list`, atom({ value: [...value, extra] }));
  }
  if (isObj(value)) {
    for (const k of ['from', 'to', 'atLeast'] as const) {
      const n = value[k] as number;
      push(`${k} ${n} → ${n + 1}`, atom({ value: { ...value, [k]: n + 1 } }));
      push(`${k} ${n} → ${n - 1}`, atom({ value: { ...value, [k]: n - 1 } }));
    }
  }
}

/** Mutants of a criterion node: logic flipped, a child dropped, and its conditions' mutants. */
function nodeMutants(ruleSet: number, file: string, path: (string | number)[], node: Obj, out: Mutant[]): void {
  if ('conditions' in node) {
    conditionMutants(ruleSet, file, [...path, 'conditions'], node['conditions'] as Json, out);
    return;
  }
  const children = node['children'] as Obj[];
  const logic = node['logic'] as string;
  const other = logic === 'all' ? 'any' : 'all';
  out.push({
    name: `${file} ${String(node['id'])}: ${logic} → ${other}`,
    domain: 'criteria',
    apply: (def) => ((get(def, ['ruleSets', ruleSet, ...path]) as Obj)['logic'] = other),
  });
  children.forEach((child, i) => {
    if (children.length > 1) {
      out.push({
        name: `${file} ${String(node['id'])}: drop ${String(child['id'])}`,
        domain: 'criteria',
        apply: (def) => (get(def, ['ruleSets', ruleSet, ...path, 'children']) as Json[]).splice(i, 1),
      });
    }
    nodeMutants(ruleSet, file, [...path, 'children', i], child, out);
  });
}

/** A plain date moved by some days. */
function shiftDate(date: string, days: number): string {
  const d = new Date(`${date.length === 5 ? `2027-${date}` : date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const iso = d.toISOString().slice(0, 10);
  return date.length === 5 ? iso.slice(5) : iso;
}

function allMutants(base: Obj): Mutant[] {
  const out: Mutant[] = [];
  const files = ['annual-grassroots.json', 'annual-city.json', 'period-2026-2030.json'];
  (base['ruleSets'] as Obj[]).forEach((rs, r) => {
    const file = files[r]!;
    for (const kind of ['collective', 'individual']) nodeMutants(r, file, ['criteria', kind], (rs['criteria'] as Obj)[kind] as Obj, out);
    (rs['priority'] as Obj[]).forEach((p, i) => conditionMutants(r, file, ['priority', i, 'conditions'], p['conditions'] as Json, out));
  });

  // deadlines.json
  const deadlines = base['deadlines'] as Obj;
  out.push({
    name: `deadlines.json reading.default ${String((deadlines['reading'] as Obj)['default'])} → other`,
    domain: 'deadlines',
    apply: (def) => {
      const reading = (def['deadlines'] as Obj)['reading'] as Obj;
      reading['default'] = reading['default'] === 'strict' ? 'inclusive' : 'strict';
    },
  });
  (deadlines['tracks'] as Obj[]).forEach((track, t) => {
    (track['milestones'] as Obj[]).forEach((m, i) => {
      const due = m['due'] as Obj;
      const where = `deadlines.json ${String(track['id'])}/${String(m['id'])}`;
      const dueOf = (def: Obj) => get(def, ['deadlines', 'tracks', t, 'milestones', i, 'due']) as Obj;
      if (typeof due['before'] === 'string') {
        for (const days of [-1, 1]) {
          out.push({
            name: `${where}: before ${due['before']} → ${shiftDate(due['before'], days)}`,
            domain: 'deadlines',
            apply: (def) => (dueOf(def)['before'] = shiftDate(due['before'] as string, days)),
          });
        }
      }
      if (typeof due['yearOffset'] === 'number') {
        for (const d of [-1, 1]) {
          out.push({
            name: `${where}: yearOffset ${due['yearOffset']} → ${due['yearOffset'] + d}`,
            domain: 'deadlines',
            apply: (def) => (dueOf(def)['yearOffset'] = (due['yearOffset'] as number) + d),
          });
        }
      }
    });
  });

  // quotas.json
  const quotas = base['quotas'] as Obj;
  const levels = quotas['levels'] as Obj;
  for (const [level, q] of Object.entries(levels) as [string, Obj][]) {
    const quantity = q['quantity'] as Obj;
    if (isObj(quantity['limits'] as Json)) {
      for (const kind of ['collective', 'individual']) {
        for (const d of [-1, 1]) {
          out.push({
            name: `quotas.json ${level}: limits.${kind} ${String((quantity['limits'] as Obj)[kind])} ${d > 0 ? '+' : ''}${d}`,
            domain: 'quotas',
            apply: (def) => {
              const limits = get(def, ['quotas', 'levels', level, 'quantity', 'limits']) as Obj;
              limits[kind] = (limits[kind] as number) + d;
            },
          });
        }
      }
    }
    if ('discretionary' in q) {
      out.push({
        name: `quotas.json ${level}: no discretionary clause`,
        domain: 'quotas',
        apply: (def) => delete (get(def, ['quotas', 'levels', level]) as Obj)['discretionary'],
      });
    }
  }
  out.push({
    name: 'quotas.json presentationOrder.nomineeKinds reversed',
    domain: 'quotas',
    apply: (def) => (get(def, ['quotas', 'presentationOrder', 'nomineeKinds']) as Json[]).reverse(),
  });

  // parameters
  const params = base['parameters'] as Obj;
  for (const [date, v] of Object.entries((params['baseSalary'] as Obj)['values'] as Obj) as [string, Obj][]) {
    out.push({
      name: `parameters/base-salary.json ${date}: value ${String(v['value'])} + 10000`,
      domain: 'quotas',
      apply: (def) => ((get(def, ['parameters', 'baseSalary', 'values', date]) as Obj)['value'] = (v['value'] as number) + 10_000),
    });
    for (const days of [-1, 1]) {
      out.push({
        name: `parameters/base-salary.json in force from ${date} → ${shiftDate(date, days)}`,
        domain: 'quotas',
        apply: (def) => {
          const values = get(def, ['parameters', 'baseSalary', 'values']) as Obj;
          const entries = Object.entries(values).map(([k, x]) => [k === date ? shiftDate(date, days) : k, x] as const);
          for (const k of Object.keys(values)) delete values[k];
          for (const [k, x] of entries) values[k] = x;
        },
      });
    }
  }
  for (const [award, a] of Object.entries((params['awardCoefficients'] as Obj)['awards'] as Obj) as [string, Obj][]) {
    for (const kind of ['collective', 'individual']) {
      for (const [date, v] of Object.entries(a[kind] as Obj) as [string, Obj][]) {
        out.push({
          name: `parameters/award-coefficients.json ${award} ${kind} ${date}: ${String(v['value'])} + 0.1`,
          domain: 'quotas',
          apply: (def) => {
            const entry = get(def, ['parameters', 'awardCoefficients', 'awards', award, kind, date]) as Obj;
            entry['value'] = Math.round(((entry['value'] as number) + 0.1) * 10) / 10;
          },
        });
      }
    }
  }
  for (const [date, value] of Object.entries((params['rounding'] as Obj)['values'] as Obj)) {
    // Every mode but the file's own.
    for (const mode of ['nearest', 'up', 'down'].filter((m) => m !== (value as Obj)['mode'])) {
      out.push({
        name: `parameters/rounding.json ${date}: mode → ${mode}`,
        domain: 'quotas',
        apply: (def) => ((get(def, ['parameters', 'rounding', 'values', date]) as Obj)['mode'] = mode),
      });
    }
    out.push({
      name: `parameters/rounding.json ${date}: unitVnd × 10`,
      domain: 'quotas',
      apply: (def) => {
        const v = get(def, ['parameters', 'rounding', 'values', date]) as Obj;
        v['unitVnd'] = (v['unitVnd'] as number) * 10;
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------- the scenarios, as predicates

/** Runs checks; false when any expectation fails or the call throws. */
function holds(f: () => void): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

const evaluationFiles = evaluationCaseFiles();

/** Whether every evaluation scenario of rules/scenarios/ holds under the plan. */
function evaluationCasesHold(plan: Plan): boolean {
  for (const { data } of evaluationFiles) {
    for (const [index, c] of data.cases.entries()) {
      const ok = holds(() => {
        const e = evaluateNominationSync(nominationOf(data, c, index), { plan });
        expect(e.outcome).toBe(c.expect.outcome);
        for (const [id, result] of Object.entries(c.expect.criteria)) expect(findNode(e.criteria, id)?.result).toBe(result);
        if (c.expect.missingFacts) expect(e.missingFacts).toEqual(c.expect.missingFacts);
        const ruleSet = plan.ruleSets[data.ruleSet]!;
        for (const [clause, result] of Object.entries(c.exercises ?? {})) expect(evaluationExercise(e, ruleSet, clause)).toBe(result);
      });
      if (!ok) return false;
    }
  }
  return true;
}

const deadlineFile = JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/scenarios/deadlines.json', import.meta.url)), 'utf8')) as {
  cases: {
    input: Record<string, unknown>;
    expect: { milestones: Record<string, Record<string, unknown>> } & Record<string, unknown>;
    exercises?: Record<string, 'met' | 'not-met'>;
  }[];
};

/** Whether every deadline scenario of rules/scenarios/deadlines.json holds under the plan. */
function deadlineCasesHold(plan: Plan): boolean {
  return deadlineFile.cases.every((c) =>
    holds(() => {
      const check = checkDeadline(c.input as never, { plan, lang: 'en' });
      const { milestones, ...top } = c.expect;
      expect(check).toMatchObject(top);
      for (const [id, expected] of Object.entries(milestones)) expect(check.milestones.find((m) => m.id === id)).toMatchObject(expected);
      for (const [clause, result] of Object.entries(c.exercises ?? {})) expect(deadlineExercise(check, clause)).toBe(result);
    }),
  );
}

const quotaFile = quotaCases();

/** Whether every allocation scenario of rules/scenarios/quotas.json holds under the plan. */
function quotaCasesHold(plan: Plan): boolean {
  return quotaFile.cases.every((c) =>
    holds(() => {
      const evs = evaluateNominationsSync(
        c.nominations.map((n) => expand(quotaFile, c.level, n)),
        { plan },
      );
      const a = allocateQuota(evs, { level: c.level, ...c.options, plan, lang: 'en' } as never);
      expect(placesOf(a)).toEqual({ selected: c.expect.selected ?? [], notSelected: c.expect.notSelected ?? [], outsideQuota: c.expect.outsideQuota ?? [] });
      expect(a.ties).toHaveLength(c.expect.ties?.length ?? 0);
      (c.expect.ties ?? []).forEach((t, i) => expect(a.ties[i]).toMatchObject(t));
      expect(a.duplicates).toHaveLength(c.expect.duplicates?.length ?? 0);
      expect(a.totals).toEqual(c.expect.totals);
      const entries = [...a.selected, ...a.notSelected, ...a.outsideQuota];
      for (const [id, clause] of Object.entries(c.expect.clauses ?? {})) expect(entries.find((e) => e.nominationId === id)?.clause).toBe(clause);
      for (const [id, money] of Object.entries(c.expect.money ?? {})) expect(entries.find((e) => e.nominationId === id)?.moneyVnd).toBe(money);
      if (c.expect.remainingVnd !== undefined) expect(a.money?.remainingVnd).toBe(c.expect.remainingVnd);
      for (const [clause, byResult] of Object.entries(c.exercises ?? {})) {
        for (const [result, ids] of Object.entries(byResult)) for (const id of ids) expect(quotaExercise(a, evs, clause, id)).toBe(result);
      }
    }),
  );
}

/** Whether the boundary scenarios of boundaries.ts hold under the plan. */
function boundaryCasesHold(plan: Plan, domain: Mutant['domain']): boolean {
  if (domain === 'deadlines') return true;
  if (domain === 'quotas') return holds(() => expectMoneyBoundaries(plan));
  return BOUNDARY_CASES.every((c, i) => holds(() => expectBoundary(evaluateNominationSync(boundaryNomination(c, i), { plan }), c)));
}

// ---------------------------------------------------------------- the score

/**
 * Mutants that neither rules/scenarios/ nor the boundary scenarios notice, each with why that is
 * acceptable. A mutant that survives and is not listed here fails the test: add a scenario
 * that tells the plan's rule from the mutant, or, if no valid input can tell them apart, list
 * it here with the reason.
 */
const ACCEPTED_SURVIVORS: Readonly<Record<string, string>> = {
  'annual-city.json criteria.collective.children.1.conditions.any.0: drop all[0]':
    'without the block test, the department branch reads “rank ≤ 3”, which every block’s threshold (3 or 5) includes: the two differ only for a unit whose block is unknown, where the rule answers unknown and the mutant met, and met is what the plan implies (reported)',
  'parameters/base-salary.json in force from 2024-07-01 → 2024-06-30':
    'equivalent: no award coefficient is in force before 2025-07-01, so no allocation reads the base salary of June 2024',
  'parameters/base-salary.json in force from 2024-07-01 → 2024-07-02':
    'equivalent: no award coefficient is in force before 2025-07-01, so no allocation reads the base salary of July 2024',
};

/** The floor for the share of the rule files' mutants that rules/scenarios/ alone notices. */
const RULE_MUTATION_FLOOR = 0.88;

describe('mutation testing of the rule files against rules/scenarios/', () => {
  const base = bundledDefinition() as Obj;
  const mutants = allMutants(base);

  it('the unmutated plan passes every scenario (so a failing scenario is the mutant’s doing)', () => {
    const plan = definePlan(clone(base));
    expect(evaluationCasesHold(plan)).toBe(true);
    expect(deadlineCasesHold(plan)).toBe(true);
    expect(quotaCasesHold(plan)).toBe(true);
    for (const domain of ['criteria', 'quotas'] as const) expect(boundaryCasesHold(plan, domain)).toBe(true);
  });

  it('mutants are made for every rule file', () => {
    for (const prefix of ['annual-grassroots.json', 'annual-city.json', 'period-2026-2030.json', 'deadlines.json', 'quotas.json', 'parameters/']) {
      expect(
        mutants.some((m) => m.name.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it(
    `rules/scenarios/ notices at least ${RULE_MUTATION_FLOOR * 100}% of the rule files’ mutants, and with the boundary scenarios every mutant is noticed or accounted for`,
    () => {
      const byCases: string[] = [];
      const byBoundaries: string[] = [];
      const survived: string[] = [];
      const stillborn: string[] = [];
      for (const m of mutants) {
        const def = clone(base);
        m.apply(def);
        let plan: Plan;
        try {
          plan = definePlan(def);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          stillborn.push(m.name);
          continue;
        }
        const casesHold =
          m.domain === 'criteria'
            ? evaluationCasesHold(plan) && quotaCasesHold(plan)
            : m.domain === 'deadlines'
              ? deadlineCasesHold(plan)
              : quotaCasesHold(plan);
        if (!casesHold) byCases.push(m.name);
        else if (!boundaryCasesHold(plan, m.domain)) byBoundaries.push(m.name);
        else survived.push(m.name);
      }
      const counted = byCases.length + byBoundaries.length + survived.length;
      const scoreCases = byCases.length / counted;
      const scoreAll = (byCases.length + byBoundaries.length) / counted;
      const report = [
        `rule mutation score of rules/scenarios/: ${(scoreCases * 100).toFixed(1)}% (${byCases.length} of ${counted} mutants noticed; ${stillborn.length} more refused by definePlan)`,
        `with the boundary scenarios (test/reliability/boundaries.ts): ${(scoreAll * 100).toFixed(1)}% (${byBoundaries.length} more noticed)`,
        ...byBoundaries.map((s) => `  noticed only by a boundary scenario: ${s}`),
        ...survived.map((s) => `  survived: ${s}${ACCEPTED_SURVIVORS[s] ? ` (accepted: ${ACCEPTED_SURVIVORS[s]})` : ''}`),
        ...stillborn.map((s) => `  refused by definePlan: ${s}`),
      ].join('\n');
      console.log(report);
      expect(scoreCases, report).toBeGreaterThanOrEqual(RULE_MUTATION_FLOOR);
      expect(
        survived.filter((s) => !ACCEPTED_SURVIVORS[s]),
        report,
      ).toEqual([]);
      expect(
        Object.keys(ACCEPTED_SURVIVORS).filter((s) => !survived.includes(s)),
        'accepted survivors that no longer survive',
      ).toEqual([]);
    },
    10 * 60_000,
  );
});
