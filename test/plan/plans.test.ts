import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allocateQuota,
  checkDeadline,
  conditionFacts,
  defaultPlan,
  definePlan,
  evaluateNomination,
  evaluateNominationSync,
  factsRead,
  jsonSchema,
  loadPlan,
  RULE_SET_FACTS,
  RULE_SET_IDS,
  type ValidationError,
  versionInForce,
  FACT_INFO,
  type Nomination,
} from '../../src/index';
import type { Condition, CriterionNode } from '../../src/schemas';
import { allNodes } from '../helpers/cases';
import { bundledDefinition as bundled } from '../helpers/plans';
import { readRulesJson } from '../helpers/rules';
import { issuesOf } from '../helpers/issues';

const examplePath = fileURLToPath(new URL('../../examples/plans/vinh-thuan-example.json', import.meta.url));
const exampleText = readFileSync(examplePath, 'utf8');

function participant(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 'gk-1',
    ruleSet: 'annual-grassroots',
    year: 2026,
    nominee: { kind: 'individual', name: 'Phạm Văn Toàn', unit: { id: 'phong-kinh-te' } },
    facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
    ...overrides,
  };
}

describe("another commune's plan, loaded from a file", () => {
  const other = loadPlan(exampleText);

  it('loads and states its own id and version', () => {
    expect(other.id).toBe('vi-du-xa-vinh-thuan-cchc-2026-2030');
    expect(other.versions.map((v) => v.version)).toEqual(['1.0.0']);
  });

  it('evaluates differently where it differs: taking part alone is enough in Vĩnh Bảo, not in the other commune', async () => {
    const here = await evaluateNomination(participant());
    const there = await evaluateNomination(participant(), { plan: other });
    expect(here.outcome).toBe('eligible');
    expect(there.outcome).toBe('ineligible');
    expect(there.planId).toBe('vi-du-xa-vinh-thuan-cchc-2026-2030');
    expect(there.reasons.some((r) => r.startsWith('[III.2.1.1.a-individual-base-3]'))).toBe(true);
    expect(evaluateNominationSync(participant(), { plan: other })).toEqual(there);
  });

  it('evaluates the same where it does not differ', async () => {
    // The changed criterion, on a nominee it does not tell apart: the same results, clause by clause.
    const directed = participant({ facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true } });
    const results = (e: Awaited<ReturnType<typeof evaluateNomination>>) => allNodes(e.criteria).map((n) => [n.id, n.result]);
    const [hereDirected, thereDirected] = [await evaluateNomination(directed), await evaluateNomination(directed, { plan: other })];
    expect(thereDirected.outcome).toBe(hereDirected.outcome);
    expect(results(thereDirected)).toEqual(results(hereDirected));
    // Rule sets the plans share: the very same evaluation, but for the plan it names.
    const collective = participant({
      nominee: { kind: 'collective', name: 'Phòng Kinh tế', unit: { id: 'phong-kinh-te' } },
      facts: {
        appliedInitiative: true,
        outstandingReformResults: true,
        reformTargetsMet: true,
        administrativeDiscipline: true,
        noDelaysOrHarassment: true,
        staffViolationCount: 0,
      },
    });
    const city: Nomination = {
      id: 'bk-1',
      ruleSet: 'annual-city',
      year: 2026,
      nominee: { kind: 'collective', name: 'Sở Nội vụ', unit: { id: 'snv', block: 'department' } },
      facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 4 },
    };
    for (const n of [collective, city]) {
      const { planId: a, ...here } = await evaluateNomination(n);
      const { planId: b, ...there } = await evaluateNomination(n, { plan: other });
      expect(a).not.toBe(b);
      expect(there).toEqual(here);
    }
  });

  it('has its own deadlines: grassroots before 15/11, city dossiers before 5/3; the report date is the same', () => {
    const g = (plan?: typeof other) => checkDeadline({ track: 'annual-grassroots', year: 2026 }, plan ? { plan } : {}).milestones[0]!.lastDay;
    expect(g()).toBe('2026-11-19');
    expect(g(other)).toBe('2026-11-14');
    const c = (plan?: typeof other) => checkDeadline({ track: 'annual-city', year: 2026 }, plan ? { plan } : {}).milestones.map((m) => m.lastDay);
    expect(c()).toEqual(['2027-03-09', '2027-03-30']);
    expect(c(other)).toEqual(['2027-03-04', '2027-03-30']);
    expect(checkDeadline({ track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-16T09:00:00+07:00' }, { plan: other }).onTime).toBe(false);
  });

  it('works for allocateQuota too, which says which plan it used', async () => {
    const e = await evaluateNomination(
      participant({ facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], highResponsibility: true } }),
      { plan: other },
    );
    const a = allocateQuota([e], { level: 'annual-grassroots', plan: other });
    expect(a.planId).toBe(other.id);
    expect(a.selected.map((s) => s.nominationId)).toEqual(['gk-1']);
  });
});

describe('amendments: a new version from its effective date, the earlier one kept', () => {
  // A made-up amendment of 1/7/2028: departments' PAR rank threshold from top 3 to top 4,
  // and grassroots dossiers due before 25/11 instead of 20/11.
  function amended(): ReturnType<typeof definePlan> {
    const def = bundled();
    const city = structuredClone(readRulesJson<Record<string, unknown>>('annual-city.json'));
    const c2 = (city['criteria'] as { collective: { children: { id: string; conditions: unknown }[] } }).collective.children.find(
      (c) => c.id === 'III.2.1.2.a-collective-2',
    )!;
    c2.conditions = {
      any: [
        {
          all: [
            { fact: 'unitBlock', operator: 'equal', value: 'department' },
            { fact: 'parIndexRank', operator: 'lessThanInclusive', value: 4 },
          ],
        },
        {
          all: [
            { fact: 'unitBlock', operator: 'in', value: ['ward', 'commune', 'special-zone'] },
            { fact: 'parIndexRank', operator: 'lessThanInclusive', value: 5 },
          ],
        },
      ],
    };
    const deadlines = readRulesJson<{ tracks: { id: string; milestones: { due: { before?: string } }[] }[] }>('deadlines.json');
    const grassroots = structuredClone(deadlines.tracks.find((t) => t.id === 'annual-grassroots')!);
    grassroots.milestones[0]!.due.before = '11-25';
    return definePlan({
      ...def,
      amendments: [
        {
          kind: 'amendment',
          version: '1.1.0',
          effectiveFrom: '2028-07-01',
          title: { vi: 'Điều chỉnh kế hoạch (ví dụ)', en: 'Amendment (example)' },
          replaces: { ruleSets: [city], deadlines: { tracks: [grassroots] } },
        },
      ],
    });
  }

  const department = (year: number): Nomination => ({
    id: `snv-${year}`,
    ruleSet: 'annual-city',
    year,
    nominee: { kind: 'collective', name: 'Sở Nội vụ', unit: { id: 'snv', block: 'department' } },
    facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 4 },
  });

  it('keeps every version, and the latest is the plan returned', () => {
    const plan = amended();
    expect(plan.version).toBe('1.1.0');
    expect(plan.versions.map((v) => [v.version, v.effectiveFrom])).toEqual([
      ['1.0.0', '2026-07-01'],
      ['1.1.0', '2028-07-01'],
    ]);
    expect(plan.versions[1]!.amendment?.replaced).toEqual(['ruleSets/annual-city', 'deadlines/annual-grassroots']);
    expect(versionInForce(plan, '2028-06-30').version).toBe('1.0.0');
    expect(versionInForce(plan, '2028-07-01').version).toBe('1.1.0');
  });

  it('before the plan took effect, the version in force is the first one, not the latest', () => {
    const plan = amended();
    expect(versionInForce(plan, '2026-06-30').version).toBe('1.0.0');
    expect(versionInForce(plan.versions[0]!, '2030-12-31').version).toBe('1.1.0');
  });

  it('a criterion amended from 1/7/2028 applies to assessment year 2028, not to 2027', async () => {
    const plan = amended();
    const y2027 = await evaluateNomination(department(2027), { plan });
    const y2028 = await evaluateNomination(department(2028), { plan });
    expect([y2027.outcome, y2027.planVersion]).toEqual(['ineligible', '1.0.0']);
    expect([y2028.outcome, y2028.planVersion]).toEqual(['eligible', '1.1.0']);
    expect(evaluateNominationSync(department(2028), { plan })).toEqual(y2028);
  });

  it('the caller can name the version to apply', async () => {
    const plan = amended();
    const r = await evaluateNomination(department(2028), { plan, planVersion: '1.0.0' });
    expect([r.outcome, r.planVersion]).toEqual(['ineligible', '1.0.0']);
    expect(issuesOf(() => evaluateNominationSync(department(2028), { plan, planVersion: '2.0.0' }))).toEqual([
      { code: 'unknown_plan_version', path: ['options', 'planVersion'] },
    ]);
    expect(() => evaluateNominationSync(department(2028), { plan, planVersion: '2.0.0', lang: 'en' })).toThrow(
      'Plan “vinh-bao-cchc-2026-2030” has no version “2.0.0”; it has: "1.0.0", "1.1.0"',
    );
  });

  it('a deadline amended from 1/7/2028 applies to dossiers submitted from that date, by the submission date', () => {
    const plan = amended();
    const on = (submittedAt: string, year: number) => checkDeadline({ track: 'annual-grassroots', year, submittedAt }, { plan });
    const late2027 = on('2027-11-22T09:00:00+07:00', 2027);
    expect([late2027.planVersion, late2027.milestones[0]!.lastDay, late2027.onTime]).toEqual(['1.0.0', '2027-11-19', false]);
    const onTime2028 = on('2028-11-22T09:00:00+07:00', 2028);
    expect([onTime2028.planVersion, onTime2028.milestones[0]!.lastDay, onTime2028.onTime]).toEqual(['1.1.0', '2028-11-24', true]);
    // Without a submission, the as-of time picks the version; without either, the assessment year.
    const asOf = (at: string | undefined) => checkDeadline({ track: 'annual-grassroots', year: 2028, ...(at ? { asOf: at } : {}) }, { plan });
    expect([asOf('2028-03-01T09:00:00+07:00').planVersion, asOf('2028-03-01T09:00:00+07:00').milestones[0]!.lastDay]).toEqual(['1.0.0', '2028-11-19']);
    expect([asOf(undefined).planVersion, asOf(undefined).milestones[0]!.lastDay]).toEqual(['1.1.0', '2028-11-24']);
  });

  it('allocateQuota uses the version the evaluations were made under', async () => {
    const plan = amended();
    const e = await evaluateNomination(department(2028), { plan });
    expect(allocateQuota([e], { level: 'annual-city', plan }).planVersion).toBe('1.1.0');
    // Made under the first version (assessment year 2027): allocated under it, not the latest.
    const earlier = await evaluateNomination({ ...department(2027), facts: { ...department(2027).facts, parIndexRank: 2 } }, { plan });
    expect(earlier.planVersion).toBe('1.0.0');
    const a = allocateQuota([earlier], { level: 'annual-city', plan });
    expect([a.planVersion, a.selected.map((s) => s.nominationId)]).toEqual(['1.0.0', ['snv-2027']]);
    // Named by the caller, the version wins over the evaluations' own; they are then refused.
    expect(issuesOf(() => allocateQuota([earlier], { level: 'annual-city', plan, planVersion: '1.1.0' }))).toEqual([
      { code: 'plan_mismatch', path: [0, 'planVersion'] },
    ]);
    // A version the plan does not have is no hint: the latest applies, and the evaluation is refused.
    expect(issuesOf(() => allocateQuota([{ ...earlier, planVersion: '0.9.0' }], { level: 'annual-city', plan }))).toEqual([
      { code: 'plan_mismatch', path: [0, 'planVersion'] },
    ]);
    expect(() => allocateQuota([earlier], { level: 'annual-city', plan, planVersion: '2.0.0', lang: 'en' })).toThrow(
      'Plan “vinh-bao-cchc-2026-2030” has no version “2.0.0”; it has: "1.0.0", "1.1.0"',
    );
  });

  it('an amendment must take effect after the version before it, and replace something that exists', () => {
    const def = bundled();
    const amendment = (effectiveFrom: string, replaces: Record<string, unknown>) => ({
      ...def,
      amendments: [{ kind: 'amendment', version: '1.1.0', effectiveFrom, title: { vi: 'x', en: 'x' }, replaces }],
    });
    const city = readRulesJson('annual-city.json');
    expect(issuesOf(() => definePlan(amendment('2026-01-01', { ruleSets: [city] })))).toContainEqual({
      code: 'amendment_not_after',
      path: ['amendments', 0, 'effectiveFrom'],
    });
    const deadlines = readRulesJson<{ tracks: { id: string }[] }>('deadlines.json');
    const unknownTrack = { ...structuredClone(deadlines.tracks[0]!), id: 'annual-province' };
    expect(issuesOf(() => definePlan(amendment('2028-07-01', { deadlines: { tracks: [unknownTrack] } })))).toContainEqual({
      code: 'track_not_in_plan',
      path: ['amendments', 0, 'replaces', 'deadlines', 'tracks', 0, 'id'],
    });
    expect(issuesOf(() => definePlan(amendment('2028-07-01', {})))).toContainEqual({ code: 'amendment_replaces_nothing', path: ['amendments', 0, 'replaces'] });
  });

  it('an amendment that replaces nothing is reported even when an earlier part has an issue', () => {
    const def = bundled();
    const empty = { kind: 'amendment', version: '1.1.0', effectiveFrom: '2026-01-01', title: { vi: 'x', en: 'x' }, replaces: {} };
    // Its own date comes too early: that issue is found before the amendment is applied.
    expect(issuesOf(() => definePlan({ ...def, amendments: [empty] }))).toEqual([
      { code: 'amendment_not_after', path: ['amendments', 0, 'effectiveFrom'] },
      { code: 'amendment_replaces_nothing', path: ['amendments', 0, 'replaces'] },
    ]);
    // An issue in the plan itself, and a second amendment replacing nothing after a first that is fine.
    const meta = { ...(def['meta'] as Record<string, unknown>), period: { from: 2030, to: 2026 } };
    const quotas = { ...empty, replaces: { quotas: readRulesJson('quotas.json') }, effectiveFrom: '2028-07-01' };
    const nothing = { ...empty, version: '1.2.0', effectiveFrom: '2029-07-01' };
    expect(issuesOf(() => definePlan({ ...def, meta, amendments: [quotas, nothing] }))).toEqual([
      { code: 'period_reversed', path: ['meta', 'period'] },
      { code: 'amendment_replaces_nothing', path: ['amendments', 1, 'replaces'] },
    ]);
  });
});

describe('plans that are refused, with the path of each problem', () => {
  const withRuleSet = (mutate: (city: Record<string, any>) => void) => {
    const def = bundled();
    const city = structuredClone(readRulesJson<Record<string, any>>('annual-city.json'));
    mutate(city);
    (def['ruleSets'] as unknown[])[1] = city;
    return def;
  };
  const leaf = ['ruleSets', 1, 'criteria', 'collective', 'children', 0, 'conditions', 'all', 0];

  it.each([
    [
      'a rule that reads an unknown fact',
      (c: Record<string, any>) => (c.criteria.collective.children[0].conditions.all[0].fact = 'initiativeApproved'),
      { code: 'unknown_fact', path: [...leaf, 'fact'] },
    ],
    [
      'a rule with an operator the engine does not have',
      (c: Record<string, any>) => (c.criteria.collective.children[0].conditions.all[0].operator = 'regex'),
      { code: 'unknown_operator', path: [...leaf, 'operator'] },
    ],
    [
      'a comparison that cannot match its fact',
      (c: Record<string, any>) => (c.criteria.collective.children[0].conditions.all[0].value = 'yes'),
      { code: 'invalid_operator_value', path: [...leaf, 'value'] },
    ],
    [
      'a criterion citing an unknown clause',
      (c: Record<string, any>) => (c.criteria.collective.children[0].id = 'III.9.9-made-up'),
      { code: 'unknown_clause', path: ['ruleSets', 1, 'criteria', 'collective', 'children', 0, 'id'] },
    ],
    [
      'a json-rules-engine `path` (not allowed: rule files are plain comparisons)',
      (c: Record<string, any>) => (c.criteria.collective.children[0].conditions.all[0].path = '$.x'),
      { code: 'unrecognized_keys', path: leaf },
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(issuesOf(() => definePlan(withRuleSet(mutate)))).toContainEqual(expected);
  });

  it('JSON that is not JSON is refused as such', () => {
    expect(issuesOf(() => loadPlan('{ "meta": '))).toEqual([{ code: 'invalid_json', path: [] }]);
  });

  it('messages name the problem in Vietnamese and English', () => {
    try {
      definePlan(
        withRuleSet((c) => (c.criteria.collective.children[0].conditions.all[0].fact = 'initiativeApproved')),
        { lang: 'en' },
      );
    } catch (e) {
      const issue = (e as ValidationError).issues[0]!;
      expect(issue.message).toBe('Unknown fact: “initiativeApproved”');
      expect(issue.messages.vi).toBe('Dữ kiện không có trong danh mục: “initiativeApproved”');
      return;
    }
    throw new Error('expected a ValidationError');
  });
});

describe('schemas and fact lists for host forms', () => {
  it('RULE_SET_FACTS lists exactly the facts each rule set reads, per kind', () => {
    for (const rs of RULE_SET_IDS) {
      for (const kind of ['collective', 'individual'] as const) {
        expect(factsRead(defaultPlan(), rs, kind)).toEqual([...RULE_SET_FACTS[rs][kind]]);
      }
    }
    expect(factsRead(loadPlan(exampleText), 'annual-city', 'collective')).toEqual([...RULE_SET_FACTS['annual-city'].collective]);
  });

  it('conditionFacts reads through all, any and not, each fact once, in order of first use', () => {
    const yes = (fact: string) => ({ fact, operator: 'equal', value: true }) as Condition;
    expect(conditionFacts()).toEqual([]);
    expect(
      conditionFacts(
        { any: [yes('appliedInitiative'), { not: yes('goodConduct') }, { all: [yes('appliedInitiative'), yes('selectedByUnit')] }] },
        yes('goodConduct'),
        yes('leadingInMovement'),
      ),
    ).toEqual(['appliedInitiative', 'goodConduct', 'selectedByUnit', 'leadingInMovement']);
  });

  it('factsRead is conditionFacts over the leaves of a kind, then the priority criteria', () => {
    const leaves = (n: CriterionNode): Condition[] => ('conditions' in n ? [n.conditions] : n.children.flatMap(leaves));
    for (const id of RULE_SET_IDS) {
      const rs = defaultPlan().ruleSets[id]!;
      for (const kind of ['collective', 'individual'] as const) {
        expect(factsRead(defaultPlan(), id, kind)).toEqual(conditionFacts(...leaves(rs.criteria[kind]), ...rs.priority.map((p) => p.conditions)));
      }
    }
  });

  it('the nomination JSON Schema describes every fact in Vietnamese and English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const schema = jsonSchema('nomination', lang) as {
        properties: { facts: { properties: Record<string, { description: string; 'x-i18n': { vi: { description: string }; en: { description: string } } }> } };
        required: string[];
        title: string;
      };
      expect(schema.required).toEqual(['id', 'ruleSet', 'nominee']);
      const facts = schema.properties.facts.properties;
      expect(Object.keys(facts).length).toBe(Object.keys(FACT_INFO).length - 1); // unitBlock is nominee.unit.block
      for (const [name, fact] of Object.entries(facts)) {
        const info = FACT_INFO[name as keyof typeof FACT_INFO];
        expect(fact.description).toBe(info.text[lang]);
        expect(fact['x-i18n']).toEqual({ vi: { description: info.text.vi }, en: { description: info.text.en } });
      }
    }
  });

  it('the plan JSON Schema is made from the same schema definePlan validates with', () => {
    const schema = jsonSchema('plan', 'en') as { required: string[]; properties: Record<string, unknown>; title: string };
    expect(schema.title).toBe('Plan');
    expect(schema.required).toEqual(['meta', 'clauses', 'ruleSets']);
    expect(Object.keys(schema.properties)).toEqual(['meta', 'clauses', 'ruleSets', 'deadlines', 'quotas', 'parameters', 'calendar', 'amendments']);
  });
});
