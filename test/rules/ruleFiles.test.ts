import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../src/index';
import { ClauseListSchema, PlanMetaSchema, RuleSetSchema } from '../../src/schemas';
import { evaluationCaseFiles } from '../helpers/cases';
import { planText, readRulesJson, RULE_SET_FILES, ruleSetFiles, section, treeNodes } from '../helpers/rules';

const text = planText();
// Where each rule set's criteria are in the plan: its own section, so a quote from another
// section (the same words occur in several) does not pass.
const SECTIONS = {
  'annual-grassroots': section(text, '2.1.1. Khen thưởng cấp cơ sở', '2.1.2. Khen thưởng cấp thành phố'),
  'annual-city': section(text, '2.1.2. Khen thưởng cấp thành phố', '2.2. Khen thưởng cấp Nhà nước'),
  'period-2026-2030': section(text, '2.2. Khen thưởng cấp Nhà nước', '3. Thời gian đề nghị xét khen thưởng'),
} as const;
const COMMENDATION = section(text, 'III. CÔNG TÁC KHEN THƯỞNG', 'IV. TỔ CHỨC THỰC HIỆN');

describe('the rule files', () => {
  it.each(RULE_SET_FILES)('%s is a valid rule set by the RuleSetFile schema', (file) => {
    const result = RuleSetSchema.safeParse(readRulesJson(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('plan.json and clauses.json are valid, and the bundled plan loads', () => {
    expect(PlanMetaSchema.safeParse(readRulesJson('plan.json')).success).toBe(true);
    expect(ClauseListSchema.safeParse(readRulesJson('clauses.json')).success).toBe(true);
    const plan = defaultPlan();
    expect(plan.id).toBe('vinh-bao-cchc-2026-2030');
    expect(plan.meta.period).toMatchObject({ from: 2026, to: 2030, criteriaDate: { date: '2030-03-31' } });
    expect(Object.keys(plan.ruleSets).sort()).toEqual(['annual-city', 'annual-grassroots', 'period-2026-2030']);
  });

  it("plan.json lists the four legal bases of the plan's preamble, quoted exactly", () => {
    const meta = readRulesJson<{ legalBases: { id: string; vi: string }[] }>('plan.json');
    expect(meta.legalBases.map((b) => b.id)).toEqual(['282/QĐ-TTg', '478/QĐ-UBND', '2162/QĐ-UBND', '142/KH-UBND']);
    for (const basis of meta.legalBases) expect(text).toContain(basis.vi);
  });

  it('a rule set is refused when it breaks the schema', () => {
    const broken = structuredClone(readRulesJson<Record<string, unknown>>('annual-city.json'));
    delete broken['awards'];
    expect(RuleSetSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['awards']);
  });
});

describe('legal fidelity of the rule files', () => {
  for (const rs of ruleSetFiles()) {
    const where = SECTIONS[rs.id as keyof typeof SECTIONS];
    for (const kind of ['collective', 'individual'] as const) {
      for (const node of treeNodes(rs.criteria[kind])) {
        it(`${rs.id} ${node.id} quotes the plan's Vietnamese text exactly, in its own section`, () => {
          expect(node.text.vi.normalize('NFC')).toBe(node.text.vi);
          expect(where).toContain(node.text.vi);
          for (const item of node.items ?? []) expect(where).toContain(item.vi);
          expect(node.text.en.length).toBeGreaterThan(10);
        });
      }
    }
    it(`${rs.id}: each priority criterion quotes the plan's commendation section`, () => {
      for (const p of rs.priority) expect(COMMENDATION).toContain(p.text.vi);
    });
  }

  it('the collective and individual trees have the all/any structure the plan states', () => {
    const [grassroots, city, period] = ruleSetFiles();
    const shape = (n: ReturnType<typeof treeNodes>[number]): unknown => ('children' in n ? { [n.logic]: n.children.map(shape) } : n.id);
    expect(shape(grassroots!.criteria.collective)).toEqual({
      all: ['III.2.1.1.a-collective-1', 'III.2.1.1.a-collective-2', 'III.2.1.1.a-collective-3', 'III.2.1.1.a-collective-4'],
    });
    expect(shape(grassroots!.criteria.individual)).toEqual({
      all: [
        'III.2.1.1.a-individual-base-1',
        'III.2.1.1.a-individual-base-2',
        'III.2.1.1.a-individual-base-3',
        { any: ['III.2.1.1.a-individual-option-1', 'III.2.1.1.a-individual-option-2', 'III.2.1.1.a-individual-option-3'] },
      ],
    });
    expect(shape(city!.criteria.collective)).toEqual({ all: ['III.2.1.2.a-collective-1', 'III.2.1.2.a-collective-2'] });
    expect(shape(city!.criteria.individual)).toEqual({
      all: [
        'III.2.1.2.a-individual-base-1',
        'III.2.1.2.a-individual-base-2',
        'III.2.1.2.a-individual-base-3',
        { any: ['III.2.1.2.a-individual-option-1', 'III.2.1.2.a-individual-option-2'] },
      ],
    });
    expect(shape(period!.criteria.collective)).toEqual({
      any: ['III.2.2.a-collective-1', 'III.2.2.a-collective-2', 'III.2.2.a-collective-3'],
    });
    expect(shape(period!.criteria.individual)).toEqual({
      all: [
        'III.2.2.a-individual-base-1',
        'III.2.2.a-individual-base-2',
        'III.2.2.a-individual-base-3',
        { any: ['III.2.2.a-individual-option-1', 'III.2.2.a-individual-option-2'] },
      ],
    });
  });

  it('each rule set names its award per nominee kind', () => {
    const awards = Object.fromEntries(ruleSetFiles().map((rs) => [rs.id, [rs.awards.collective.vi, rs.awards.individual.vi]]));
    expect(awards).toEqual({
      'annual-grassroots': ['Giấy khen của Chủ tịch UBND xã', 'Giấy khen của Chủ tịch UBND xã'],
      'annual-city': ['Bằng khen của Chủ tịch UBND thành phố', 'Bằng khen của Chủ tịch UBND thành phố'],
      'period-2026-2030': ['Giấy khen của Chủ tịch UBND xã', 'Giấy khen của Chủ tịch UBND xã'],
    });
  });
});

describe('traceability: clauses, rules and test cases', () => {
  const clauses = readRulesJson<{ clauses: { id: string; kind: string }[] }>('clauses.json').clauses;
  const criterionClauses = clauses.filter((c) => c.kind === 'clause' && /^III\.2\.(1\.[12]|2)\.a-/.test(c.id)).map((c) => c.id);
  const leaves = ruleSetFiles().flatMap((rs) =>
    (['collective', 'individual'] as const).flatMap((k) =>
      treeNodes(rs.criteria[k])
        .filter((n) => !('children' in n))
        .map((n) => n.id),
    ),
  );

  it('every criterion clause of the plan is a leaf of exactly one rule tree, and no leaf cites anything else', () => {
    expect([...leaves].sort()).toEqual([...criterionClauses].sort());
  });

  it('every criterion has a test case where it is met and one where it is not', () => {
    const seen = new Map<string, Set<string>>();
    for (const { data } of evaluationCaseFiles()) {
      for (const c of data.cases) {
        for (const [id, result] of Object.entries(c.expect.criteria)) {
          if (!seen.has(id)) seen.set(id, new Set());
          seen.get(id)!.add(result);
        }
      }
    }
    const lacking = leaves.filter((id) => !seen.get(id)?.has('met') || !seen.get(id)?.has('not-met'));
    expect(lacking).toEqual([]);
  });
});
