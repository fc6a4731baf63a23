import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlan, evaluateNomination, evaluateNominations, RULE_SET_IDS, type CriterionResult } from '../../src/index';
import { EvaluationSchema, type CriterionNode } from '../../src/schemas';
import { nominationFor, situation } from '../helpers/arbitraries';
import { allNodes } from '../helpers/cases';
import { eligibleGrassrootsIndividual } from '../helpers/nominations';
import { freshPlan } from '../helpers/plans';

function shape(node: CriterionNode | CriterionResult): unknown {
  return 'children' in node && node.children ? { id: node.id, children: node.children.map(shape) } : node.id;
}

describe('the evaluation tree', () => {
  for (const ruleSet of RULE_SET_IDS) {
    for (const kind of ['collective', 'individual'] as const) {
      it(`${ruleSet} ${kind}: every node of the rule tree has a result, even with no facts at all`, async () => {
        const r = await evaluateNomination({
          id: 'x',
          ruleSet,
          ...(ruleSet !== 'period-2026-2030' && { year: 2026 }),
          nominee: { kind, name: 'X', unit: { id: 'u' } },
        });
        expect(shape(r.criteria)).toEqual(shape(defaultPlan().ruleSets[ruleSet]!.criteria[kind]));
        for (const node of allNodes(r.criteria)) expect(node.result).toBe('unknown');
        expect(r.outcome).toBe('undetermined');
      });
    }
  }

  it('each leaf reports the facts it read, null for the unknown ones', async () => {
    const r = await evaluateNomination({
      id: 'c',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'collective', name: 'Phòng Kinh tế', unit: { id: 'pkt' } },
      facts: { administrativeDiscipline: true, staffViolationCount: 0 },
    });
    const c3 = allNodes(r.criteria).find((n) => n.id === 'III.2.1.1.a-collective-3');
    expect(c3?.facts).toEqual({ administrativeDiscipline: true, noDelaysOrHarassment: null, staffViolationCount: 0 });
    expect(c3?.missingFacts).toEqual(['noDelaysOrHarassment']);
  });

  it('a leaf that reads a fact twice names it once among the facts still needed (the PAR rank test of both blocks)', async () => {
    // A plan of its own: evaluations of the same facts are memoised per plan, and this test must
    // compute this one itself (so that the mutation run credits it with the code it checks).
    const r = await evaluateNomination(
      {
        id: 'c',
        ruleSet: 'annual-city',
        year: 2026,
        nominee: { kind: 'collective', name: 'Xã A', unit: { id: 'xa-a' } },
      },
      { plan: freshPlan() },
    );
    const c2 = allNodes(r.criteria).find((n) => n.id === 'III.2.1.2.a-collective-2');
    expect(c2?.result).toBe('unknown');
    expect(c2?.missingFacts).toEqual(['unitBlock', 'parIndexRank']);
  });

  it('a fact given as null is unknown, exactly as a fact left out', async () => {
    const a = await evaluateNomination(eligibleGrassrootsIndividual({ facts: { goodConduct: true } }));
    const b = await evaluateNomination(eligibleGrassrootsIndividual({ facts: { goodConduct: true, excellentCompletion: null } }));
    expect(b).toEqual(a);
  });
});

describe('subjects and award form (III.1.1, III.1.2-a)', () => {
  it.each(RULE_SET_IDS)(
    '%s assesses a collective against the collective standards and an individual against the individual ones, each with its award',
    async (ruleSet) => {
      const plan = defaultPlan().ruleSets[ruleSet]!;
      for (const kind of ['collective', 'individual'] as const) {
        const r = await evaluateNomination({
          id: kind,
          ruleSet,
          ...(ruleSet !== 'period-2026-2030' && { year: 2028 }),
          nominee: { kind, name: 'X', unit: { id: 'u' } },
        });
        expect(r.nomineeKind).toBe(kind);
        expect(r.criteria.id).toBe(plan.criteria[kind].id);
        expect(r.award).toEqual(plan.awards[kind]);
      }
      expect(plan.basis).toEqual(['III.1.1', 'III.1.2-a']);
    },
  );

  it('a nominee that is neither a collective nor an individual is not a subject of the plan (III.1.1)', async () => {
    const error = await evaluateNomination({ ...eligibleGrassrootsIndividual(), nominee: { kind: 'household' as never, name: 'X', unit: { id: 'u' } } }).catch(
      (e: unknown) => e,
    );
    expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['nominee', 'kind']);
  });
});

describe('reasons', () => {
  it('are Vietnamese by default and each cites a clause ID', async () => {
    const r = await evaluateNomination(eligibleGrassrootsIndividual());
    expect(r.lang).toBe('vi');
    expect(r.reasons).toEqual([
      '[III.2.1.1] Đủ tiêu chuẩn đề nghị Giấy khen của Chủ tịch UBND xã.',
      '[III.2.1.1.a-individual-base-1] Đạt: phẩm chất đạo đức tốt, gương mẫu chấp hành (goodConduct = có).',
      '[III.2.1.1.a-individual-base-2] Đạt: hoàn thành xuất sắc nhiệm vụ (excellentCompletion = có).',
      '[III.2.1.1.a-individual-base-3] Đạt: trực tiếp tham mưu, tổ chức hoặc tham gia thực hiện CCHC (reformRoles = [advise]).',
      '[III.2.1.1.a-individual-option-1] Đạt: có sáng kiến, giải pháp, cách làm hay được áp dụng hiệu quả (appliedInitiative = có).',
    ]);
  });

  it('are English on request, and name only the criteria that decided an ineligible outcome', async () => {
    const r = await evaluateNomination(
      {
        id: 'd',
        ruleSet: 'annual-city',
        year: 2026,
        nominee: { kind: 'collective', name: 'Sở Nội vụ', unit: { id: 'snv', block: 'department' } },
        facts: { initiativeRecognized: true, initiativeReplicable: true, parIndexRank: 4 },
      },
      { lang: 'en' },
    );
    expect(r.outcome).toBe('ineligible');
    expect(r.reasons).toEqual([
      "[III.2.1.2] Does not meet the standards for the Certificate of Merit (Bằng khen) of the Chairman of the Hải Phòng City People's Committee.",
      "[III.2.1.2.a-collective-2] Not met: leading in the block's annual PAR index (unitBlock = department; parIndexRank = 4).",
    ]);
  });

  it('name the missing facts of an undetermined outcome', async () => {
    const r = await evaluateNomination(
      eligibleGrassrootsIndividual({ facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'] } }),
      { lang: 'en' },
    );
    expect(r.outcome).toBe('undetermined');
    expect(r.missingFacts).toEqual(['appliedInitiative', 'outstandingAdvisory', 'highResponsibility']);
    expect(r.reasons[0]).toBe('[III.2.1.1] Not enough facts to decide; still needed: appliedInitiative, outstandingAdvisory, highResponsibility.');
    expect(r.reasons.slice(1)).toEqual([
      '[III.2.1.1.a-individual-option-1] Undetermined: an initiative or good practice applied effectively; missing appliedInitiative.',
      '[III.2.1.1.a-individual-option-2] Undetermined: outstanding in advising on and carrying out reform; missing outstandingAdvisory.',
      '[III.2.1.1.a-individual-option-3] Undetermined: high responsibility, many contributions; missing highResponsibility.',
    ]);
  });
});

describe('the evaluation as data', () => {
  it('carries the award, unit, achievements, plan and priority through for allocateQuota', async () => {
    const r = await evaluateNomination(eligibleGrassrootsIndividual({ submittedAt: '2026-11-10T09:00:00+07:00' }));
    expect(r).toMatchObject({
      nominationId: 'hs-2026-001',
      ruleSet: 'annual-grassroots',
      planId: 'vinh-bao-cchc-2026-2030',
      planVersion: '1.0.0',
      year: 2026,
      nomineeKind: 'individual',
      nomineeName: 'Nguyễn Thị Lan',
      unit: { id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội' },
      award: { id: 'giay-khen-chu-tich-ubnd-xa', vi: 'Giấy khen của Chủ tịch UBND xã' },
      achievements: [{ id: 'sk-2026-07', title: 'Số hóa hồ sơ một cửa', year: 2026 }],
      submittedAt: '2026-11-10T09:00:00+07:00',
      outsideQuota: false,
    });
    // handles procedures, advises on reform, initiative (III.2.1.1.b-priority) and advises (III.1.2-c)
    expect(r.priority.score).toBe(4);
    expect(r.priority.criteria.map((p) => [p.id, p.result])).toEqual([
      ['handles-procedures', 'met'],
      ['advises-reform', 'met'],
      ['digital-transformation', 'unknown'],
      ['effective-initiative', 'met'],
      ['direct-leadership', 'met'],
    ]);
  });

  it('is plain JSON: it survives a JSON round trip unchanged and matches the Evaluation schema', async () => {
    const r = await evaluateNomination(eligibleGrassrootsIndividual());
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
    expect(EvaluationSchema.safeParse(r).success).toBe(true);
  });

  it('a name typed in NFD gives the same result, in NFC', async () => {
    const nfd = 'Nguyễn Thị Lan'.normalize('NFD');
    const r = await evaluateNomination(
      eligibleGrassrootsIndividual({ nominee: { kind: 'individual', name: nfd, unit: { id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội'.normalize('NFD') } } }),
    );
    expect(r.nomineeName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(r.unit.name).toBe('Phòng Văn hóa - Xã hội');
    for (const reason of r.reasons) expect(reason.normalize('NFC')).toBe(reason);
  });

  it('evaluateNominations answers in input order', async () => {
    const ids = ['c', 'a', 'b'];
    const rs = await evaluateNominations(ids.map((id) => eligibleGrassrootsIndividual({ id })));
    expect(rs.map((r) => r.nominationId)).toEqual(ids);
  });
});

describe('three-valued logic never gives a wrong answer for a missing fact', () => {
  it('a definite outcome on partial facts stays the same whatever the hidden facts turn out to be', async () => {
    await fc.assert(
      fc.asyncProperty(situation, async (s) => {
        const partial = await evaluateNomination(nominationFor(s, true));
        const full = await evaluateNomination(nominationFor(s, false));
        if (partial.outcome !== 'undetermined') expect(partial.outcome).toBe(full.outcome);
        const fullNodes = new Map(allNodes(full.criteria).map((n) => [n.id, n.result]));
        for (const node of allNodes(partial.criteria)) {
          if (node.result !== 'unknown') expect(node.result).toBe(fullNodes.get(node.id));
        }
        if (partial.outcome === 'undetermined') {
          expect(partial.missingFacts.length).toBeGreaterThan(0);
          // every missing fact named is one that was hidden
          const hidden = new Set<string>([...s.hidden, ...(s.hideBlock || s.block === undefined ? ['unitBlock'] : [])]);
          for (const f of partial.missingFacts) expect(hidden.has(f)).toBe(true);
        } else {
          expect(partial.missingFacts).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
