import { describe, expect, it } from 'vitest';
import { definePlan, evaluateNomination, evaluateNominationSync, ValidationError, type CriterionResult, type Issue } from '../../src/index';
import { findNode } from '../helpers/cases';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';
import { ruleSetsDefinition } from '../helpers/plans';

// Tests for what mutation testing (npm run mutation) found unchecked in src/evaluate and
// src/validation: each kills mutants that changed an answer without any test noticing.

function leaves(node: CriterionResult): CriterionResult[] {
  return node.children ? node.children.flatMap(leaves) : [node];
}

describe('what a criterion result carries', () => {
  it('a leaf reads exactly the facts of its conditions, and only an unknown leaf lists missing facts', () => {
    const e = evaluateNominationSync(eligibleGrassrootsIndividual({ facts: { goodConduct: true, reformRoles: ['advise'] } }));
    expect(findNode(e.criteria, 'III.2.1.1.a-individual-base-1')).toMatchObject({ result: 'met', facts: { goodConduct: true } });
    expect(Object.keys(findNode(e.criteria, 'III.2.1.1.a-individual-base-1')!.facts!)).toEqual(['goodConduct']);
    expect(Object.keys(findNode(e.criteria, 'III.2.1.1.a-individual-base-3')!.facts!)).toEqual(['reformRoles']);
    for (const leaf of leaves(e.criteria)) {
      if (leaf.result === 'unknown') expect(leaf.missingFacts?.length, leaf.id).toBeGreaterThan(0);
      else expect(leaf, leaf.id).not.toHaveProperty('missingFacts');
    }
    expect(findNode(e.criteria, 'III.2.1.1.a-individual-base-2')).toMatchObject({ result: 'unknown', missingFacts: ['excellentCompletion'] });
  });

  it('a nomination that goes through the schema (an instant given as a Date) keeps its unit’s name and block and its achievements’ titles and years', () => {
    const n = eligibleGrassrootsIndividual({
      nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội', block: 'commune' } },
      achievements: [{ id: 'sk-1', title: 'Số hóa hồ sơ', year: 2026 }, { id: 'sk-2' }],
      submittedAt: new Date(Date.UTC(2026, 10, 19, 3)),
    });
    const e = evaluateNominationSync(n);
    expect(e.unit).toStrictEqual({ id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội', block: 'commune' });
    expect(e.achievements).toStrictEqual([{ id: 'sk-1', title: 'Số hóa hồ sơ', year: 2026 }, { id: 'sk-2' }]);
    expect(e.submittedAt).toBe('2026-11-19T03:00:00.000Z');
    const plain = evaluateNominationSync({ ...n, submittedAt: '2026-11-19T03:00:00.000Z' });
    expect(e).toStrictEqual(plain);
  });
});

describe('a rule with `not` (no bundled rule uses it; another plan may)', () => {
  const def = ruleSetsDefinition() as { ruleSets: { criteria: { individual: { children: { conditions: unknown }[] } } }[] };
  def.ruleSets[0]!.criteria.individual.children[0]!.conditions = { not: { fact: 'goodConduct', operator: 'equal', value: false } };
  const plan = definePlan(def);
  const cases: [boolean | undefined, string][] = [
    [true, 'met'],
    [false, 'not-met'],
    [undefined, 'unknown'],
  ];
  for (const [goodConduct, result] of cases) {
    it(`not (goodConduct = false) is ${result} when goodConduct is ${String(goodConduct)}, on both paths`, async () => {
      const facts = { ...eligibleGrassrootsIndividual().facts, goodConduct };
      if (goodConduct === undefined) delete facts.goodConduct;
      const n = eligibleGrassrootsIndividual({ facts });
      const e = evaluateNominationSync(n, { plan });
      expect(findNode(e.criteria, 'III.2.1.1.a-individual-base-1')?.result).toBe(result);
      if (result === 'unknown') expect(e.missingFacts).toEqual(['goodConduct']);
      expect(await evaluateNomination(n, { plan })).toStrictEqual(e);
    });
  }
});

describe('ValidationError', () => {
  const issue = (i: number): Issue => ({ code: 'custom', path: ['x', i], message: `lỗi ${i}`, messages: { vi: `lỗi ${i}`, en: `issue ${i}` }, params: {} });

  it('lists up to ten issues in its message, and says how many more there are', () => {
    const ten = new ValidationError(Array.from({ length: 10 }, (_, i) => issue(i)));
    expect(ten.message.split('\n')).toHaveLength(11);
    expect(ten.message).not.toContain('(+');
    const eleven = new ValidationError(
      Array.from({ length: 11 }, (_, i) => issue(i)),
      'en',
    );
    expect(eleven.message.split('\n')).toHaveLength(12);
    expect(eleven.message).toContain('… (+1)');
    expect(eleven.message.startsWith('Invalid input (11 issues):')).toBe(true);
    expect(new ValidationError([issue(0)], 'en').message.startsWith('Invalid input (1 issue):')).toBe(true);
    expect(new ValidationError([issue(0)]).message).toBe('Dữ liệu không hợp lệ (1 lỗi):\n  - x.0: lỗi 0 [custom]');
  });

  it('keeps its own frozen copy of the issues, and gives out copies', () => {
    const list = [issue(0)];
    const e = new ValidationError(list);
    list.push(issue(1));
    expect(e.issues).toHaveLength(1);
    expect(Object.isFrozen(e.issues)).toBe(true);
    const json = e.toJSON();
    expect(json.issues).not.toBe(e.issues);
    json.issues.push(issue(2));
    expect(e.issues).toHaveLength(1);
  });
});
