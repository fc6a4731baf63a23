import { describe, expect, it } from 'vitest';
import { conditionFacts, defaultPlan, definePlan, factsRead, formatVnd, jsonSchema, loadPlan, versionInForce } from '../../src/index';
import { bundledDefinition } from '../helpers/plans';
import { refusalOf } from '../helpers/issues';

/** The code, path and English message of each issue of the ValidationError `fn` throws. */
function issuesOf(fn: () => unknown): { code: string; path: (string | number)[]; en: string }[] {
  return refusalOf(fn).issues.map((i) => ({ code: i.code, path: [...i.path], en: i.messages.en }));
}

/** `{ not: { not: … } }`, `depth` levels, around a condition. */
function nested(depth: number): Record<string, unknown> {
  let c: Record<string, unknown> = { fact: 'goodConduct', operator: 'equal', value: true };
  for (let i = 0; i < depth; i++) c = { not: c };
  return c;
}

/** The bundled definition with the grassroots individual root's first leaf conditions replaced. */
function withConditions(conditions: unknown): Record<string, unknown> {
  const def = structuredClone(bundledDefinition()) as { ruleSets: { criteria: { individual: Record<string, unknown> } }[] };
  let node = def.ruleSets[0]!.criteria.individual;
  const path: (string | number)[] = ['ruleSets', 0, 'criteria', 'individual'];
  while (!('conditions' in node)) {
    node = (node['children'] as Record<string, unknown>[])[0]!;
    path.push('children', 0);
  }
  node['conditions'] = conditions;
  return def as unknown as Record<string, unknown>;
}

describe('definePlan and loadPlan refuse odd options and nesting with a ValidationError', () => {
  const table: [string, () => unknown][] = [
    ['definePlan with null options', () => definePlan(bundledDefinition(), null as never)],
    ['loadPlan with null options', () => loadPlan(JSON.stringify(bundledDefinition()), null as never)],
    ['definePlan with a language it does not speak', () => definePlan(bundledDefinition(), { lang: 'fr' as never })],
    ['loadPlan with an unknown option', () => loadPlan(bundledDefinition(), { lang: 'en', strict: true } as never)],
  ];
  it.each(table)('%s is refused at options', (_name, fn) => {
    const issues = issuesOf(fn);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i.path[0]).toBe('options');
  });

  it('options left out, or an empty object, are the defaults (Vietnamese messages)', () => {
    expect(definePlan(bundledDefinition(), {}).id).toBe(defaultPlan().id);
    expect(loadPlan(JSON.stringify(bundledDefinition())).id).toBe(defaultPlan().id);
  });

  it('a rule file whose conditions nest a thousand levels deep is refused, not a stack overflow', () => {
    const issues = issuesOf(() => definePlan(withConditions(nested(1_000)), { lang: 'en' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('too_big');
    expect(issues[0]!.path.slice(0, 4)).toEqual(['ruleSets', 0, 'criteria', 'individual']);
    expect(issues[0]!.path.filter((k) => k === 'not').length).toBeGreaterThan(80);
    expect(issues[0]!.en).toBe('Nested too deep (or contains itself): at most 100 levels');
  });

  it('the same nesting as JSON text, through loadPlan, is refused the same way', () => {
    // Written by hand: JSON.stringify itself overflows the stack at this depth.
    const deep = `${'{"not":'.repeat(5_000)}{"fact":"goodConduct","operator":"equal","value":true}${'}'.repeat(5_000)}`;
    const text = JSON.stringify(withConditions('<deep>')).replace('"<deep>"', deep);
    const issues = issuesOf(() => loadPlan(text));
    expect(issues.map((i) => i.code)).toEqual(['too_big']);
  });

  it('conditions nested twenty levels deep are no problem for the depth check (a not of a not is still checked as a condition)', () => {
    const plan = definePlan(withConditions(nested(20)));
    expect(plan.id).toBe(defaultPlan().id);
  });

  it('a definition that contains itself is refused, not a stack overflow', () => {
    const def = bundledDefinition() as Record<string, unknown> & { meta: Record<string, unknown> };
    const meta = { ...def.meta };
    meta['self'] = meta;
    const issues = issuesOf(() => definePlan({ ...def, meta }));
    expect(issues).toEqual([expect.objectContaining({ code: 'too_big', path: ['meta', 'self'] })]);
  });
});

describe('a plan turns into JSON as its plan file', () => {
  it('JSON.stringify of a plan writes the definition loadPlan reads, without the list of versions; a structured clone keeps it', () => {
    const plan = defaultPlan();
    const json = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
    expect((json['meta'] as { id: string }).id).toBe(plan.id);
    expect((json['meta'] as { version: string }).version).toBe(plan.version);
    expect(Object.hasOwn(json, 'kind')).toBe(false);
    expect(Object.hasOwn(json, 'versions')).toBe(false);
    expect(loadPlan(json)).toStrictEqual(plan);
    expect(plan.versions).toContain(plan);
    const clone = structuredClone(plan);
    expect(clone.versions).toContain(clone);
  });
});

describe('the plan helpers check their arguments', () => {
  const plan = defaultPlan();
  const table: [string, () => unknown, (string | number)[][]][] = [
    ['factsRead of a raw definition', () => factsRead(bundledDefinition() as never, 'annual-city', 'individual'), [['plan']]],
    ['factsRead of a rule set that is no string', () => factsRead(plan, 42 as never, 'individual'), [['ruleSet']]],
    ['factsRead of an unknown kind', () => factsRead(plan, 'annual-city', 'team' as never), [['kind']]],
    ['factsRead with every argument wrong', () => factsRead(null as never, null as never, null as never), [['plan'], ['ruleSet'], ['kind']]],
    ['conditionFacts of an empty all', () => conditionFacts({ all: [] }), [['conditions', 0, 'all']]],
    [
      'conditionFacts of something else than a condition',
      () => conditionFacts({ fact: 'goodConduct', operator: 'equal', value: true }, 42 as never),
      [['conditions', 1]],
    ],
    ['formatVnd of a text', () => formatVnd('760000' as never), [['amount']]],
    ['formatVnd of an infinite sum in French', () => formatVnd(Infinity, 'fr' as never), [['amount'], ['lang']]],
    ['versionInForce of something else than a plan', () => versionInForce({ versions: [] } as never, '2027-01-01'), [['plan']]],
    ['versionInForce on a date that is no date', () => versionInForce(plan, '2027-13-01'), [['date']]],
    ['versionInForce on a Date object', () => versionInForce(plan, new Date() as never), [['date']]],
    ['jsonSchema of something unknown', () => jsonSchema('evaluation' as never), [['which']]],
    ['jsonSchema in French', () => jsonSchema('plan', 'fr' as never), [['lang']]],
  ];
  it.each(table)('%s is refused with the argument named', (_name, fn, paths) => {
    expect(issuesOf(fn).map((i) => i.path)).toEqual(paths);
  });

  it('factsRead of a rule-set name that an object inherits (constructor, __proto__) is an empty list', () => {
    expect(factsRead(plan, 'constructor' as never, 'individual')).toEqual([]);
    expect(factsRead(plan, '__proto__' as never, 'collective')).toEqual([]);
  });

  it('valid arguments still answer', () => {
    expect(factsRead(plan, 'annual-city', 'collective')).toContain('parIndexRank');
    expect(versionInForce(plan, '2027-01-01')).toBe(plan);
    expect(jsonSchema('plan', 'en')['title']).toBe('Plan');
  });
});
