import { describe, expect, it } from 'vitest';
import { allocateQuota, definePlan, evaluateNominations, ValidationError, type Evaluation, type RuleSetId } from '../../src/index';
import { expand, fullPlanDefinition, planWithQuotas, quotaCases, type ShortNomination } from './helpers';

const file = quotaCases();

function evaluate(level: RuleSetId, nominations: ShortNomination[]): Promise<Evaluation[]> {
  return evaluateNominations(nominations.map((n) => expand(file, level, n)));
}

const lan: ShortNomination = {
  id: 'lan',
  name: 'Nguyễn Thị Lan',
  kind: 'individual',
  unit: 'ttphcc',
  preset: 'grassroots-individual',
  facts: { handlesProcedures: true, drivesDigitalTransformation: true },
};
const minh: ShortNomination = {
  id: 'minh',
  name: 'Trần Văn Minh',
  kind: 'individual',
  unit: 'vhxh',
  preset: 'grassroots-individual',
};

/** Tiers that count the priority items met (1 to 40): another commune's plan, ranking by how many. */
function countingTiers(q: { levels: Record<string, Record<string, unknown>> }): void {
  for (const level of Object.values(q.levels)) {
    level.priorityTiers = Array.from({ length: 40 }, (_, k) => ({
      id: `met-${40 - k}`,
      meetsAtLeast: 40 - k,
      text: { vi: `${40 - k} nội dung`, en: `${40 - k} items` },
    }));
  }
}
/** The bundled plan with counting tiers, to test what happens between several tiers. */
const counting = planWithQuotas(countingTiers);

describe('entries are plain JSON whose keys come in the documented order', () => {
  const keys = [
    'nominationId',
    'nomineeName',
    'nomineeKind',
    'unit',
    'outcome',
    'priorityScore',
    'priorityMet',
    'award',
    'achievementIds',
    'clause',
    'explanation',
  ];

  it('award money after the explanation when it is known, then the reason of a nomination not selected', async () => {
    const evs = await evaluate('annual-grassroots', [lan, minh, { ...minh, id: 'out', facts: { goodConduct: false } }]);
    const withMoney = allocateQuota(evs, { level: 'annual-grassroots', budgetVnd: 1_519_999, decisionDate: '2026-11-25' });
    expect(withMoney.selected.map((e) => [e.nominationId, Object.keys(e)])).toEqual([['lan', [...keys, 'moneyVnd']]]);
    expect(withMoney.notSelected.map((e) => [e.nominationId, e.reason, Object.keys(e)])).toEqual([
      ['minh', 'budget', [...keys, 'moneyVnd', 'reason']],
      ['out', 'ineligible', [...keys, 'reason']],
    ]);
    const noMoney = allocateQuota(evs, { level: 'annual-grassroots' });
    expect(noMoney.selected.map((e) => Object.keys(e))).toEqual([keys, keys]);
    expect(noMoney.notSelected.map((e) => Object.keys(e))).toEqual([[...keys, 'reason']]);
  });

  it('an outside-quota proposal has no award money and no reason', async () => {
    const evs = await evaluate('annual-city', [
      { id: 'd', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual', outsideQuota: true },
    ]);
    const a = allocateQuota(evs, { level: 'annual-city', decisionDate: '2026-11-25' });
    expect(a.outsideQuota.map((e) => Object.keys(e))).toEqual([keys]);
  });
});

describe('each entry explains its place in one sentence citing the clause, Vietnamese by default', () => {
  it('a selected and a budget-stopped nomination, in Vietnamese and in English', async () => {
    const evs = await evaluate('annual-grassroots', [lan, minh]);
    const vi = allocateQuota(evs, { level: 'annual-grassroots', budgetVnd: 1_519_999, decisionDate: '2026-11-25' });
    expect(vi.lang).toBe('vi');
    expect(vi.selected[0]?.explanation).toBe(
      '[III.2.1.1.b-quantity] Được chọn: đủ tiêu chuẩn đề nghị Giấy khen của Chủ tịch UBND xã, trong phạm vi kinh phí khen thưởng. ' +
        'Bậc ưu tiên 1; nội dung ưu tiên đáp ứng: trực tiếp tham gia giải quyết thủ tục hành chính [III.2.1.1.b-priority]; chuyển đổi số [III.2.1.1.b-priority]. Tiền thưởng: 760.000 đồng.',
    );
    expect(vi.notSelected[0]?.explanation).toBe('[III.2.1.1.b-quantity] Không được chọn: tiền thưởng 760.000 đồng vượt kinh phí còn lại 759.999 đồng.');
    const en = allocateQuota(evs, { level: 'annual-grassroots', budgetVnd: 1_519_999, decisionDate: '2026-11-25', lang: 'en' });
    expect(en.selected[0]?.explanation).toBe(
      "[III.2.1.1.b-quantity] Selected: eligible for the Certificate of Commendation (Giấy khen) of the Chairman of the commune People's Committee, within the award budget. " +
        'Priority tier 1; priority items met: directly handles administrative procedures [III.2.1.1.b-priority]; drives digital transformation [III.2.1.1.b-priority]. Award money: 760,000 VND.',
    );
    expect(en.notSelected[0]?.explanation).toBe('[III.2.1.1.b-quantity] Not selected: its award money, 760,000 VND, exceeds the budget left, 759,999 VND.');
  });

  it('in strict mode a nomination below the priority where the budget stopped says so, and the notes count those that would fit what is left', async () => {
    const evs = await evaluate('annual-grassroots', [
      { id: 'tt', kind: 'collective', unit: 'ttphcc', preset: 'grassroots-collective', facts: { handlesProcedures: true } },
      { id: 'cn', kind: 'individual', unit: 'vhxh', preset: 'grassroots-individual' },
    ]);
    const a = allocateQuota(evs, {
      level: 'annual-grassroots',
      budgetVnd: 1_000_000,
      decisionDate: '2026-11-25',
      lang: 'en',
      budgetRule: 'strict',
      plan: counting,
    });
    expect(a.notSelected.map((e) => e.explanation)).toEqual([
      '[III.2.1.1.b-quantity] Not selected: its award money, 1,520,000 VND, exceeds the budget left, 1,000,000 VND.',
      '[III.2.1.1.b-quantity] Not selected: the budget stopped at priority 2, higher than this one; the budget is spent in priority order (III.1.2-c, III.2.1.1.b-priority).',
    ]);
    expect(a.notes).toContain(
      '[III.2.1.1.b-quantity, III.1.2-c, III.2.1.1.b-priority] The budget is spent in priority order and stopped at priority 2: no nomination of lower priority is selected, although 1 of them would fit the money left; the council may consider them.',
    );
    const vi = allocateQuota(evs, { level: 'annual-grassroots', budgetVnd: 1_000_000, decisionDate: '2026-11-25', budgetRule: 'strict', plan: counting });
    expect(vi.notes).toContain(
      '[III.2.1.1.b-quantity, III.1.2-c, III.2.1.1.b-priority] Kinh phí được dùng theo đúng thứ tự ưu tiên và dừng ở mức ưu tiên 2: không đề nghị nào có mức ưu tiên thấp hơn được chọn, dù 1 đề nghị trong số đó có tiền thưởng vừa với số còn lại; Hội đồng có thể xem xét.',
    );
  });

  it('quota, tie and outside-quota sentences at the city level', async () => {
    const evs = await evaluate('annual-city', [
      { id: 'a', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual', facts: { reformRoles: ['advise'] } },
      { id: 'b', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual', facts: { reformRoles: ['direct'] } },
      { id: 'c', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual' },
      { id: 'd', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual', outsideQuota: true },
    ]);
    const a = allocateQuota(evs, { level: 'annual-city' });
    const byId = new Map([...a.notSelected, ...a.outsideQuota].map((e) => [e.nominationId, e.explanation]));
    const tie =
      '[III.2.1.2.b-quota] Đồng hạng tại điểm cắt: 2 đề nghị cùng mức ưu tiên 1 tranh 1 suất cá nhân còn lại của đơn vị “phuong-b” (danh sách trong ties); Hội đồng Thi đua - Khen thưởng quyết định, thư viện không tự chọn.';
    expect(byId.get('a')).toBe(tie);
    expect(a.ties[0]?.explanation).toBe(tie);
    expect(byId.get('c')).toBe(
      '[III.2.1.2.b-quota] Không được chọn: đơn vị “phuong-b” đã đủ chỉ tiêu 1 cá nhân với đề nghị có mức ưu tiên cao hơn (“a”, “b”).',
    );
    expect(byId.get('d')).toBe(
      '[III.2.1.2.b-discretionary] Đề nghị ngoài chỉ tiêu, do Chủ tịch UBND thành phố quyết định: “Ngoài ra căn cứ vào thành tích của các tập thể, cá nhân, Chủ tịch Ủy ban nhân dân thành phố xem xét, tặng Bằng khen cho các tập thể và cá nhân (bao gồm cơ quan ngành dọc đóng trên địa bàn thành phố) có nhiều đóng góp trong việc duy trì và nâng cao Chỉ số cải cách hành chính thành phố.” Đề nghị này không tính vào chỉ tiêu 1 tập thể, 1 cá nhân của đơn vị (III.2.1.2.b-quota); thư viện không xét chọn.',
    );
    const en = allocateQuota(evs, { level: 'annual-city', lang: 'en' });
    expect(en.outsideQuota[0]?.explanation).toBe(
      "[III.2.1.2.b-discretionary] Proposed outside the quota, for the City Chairman to decide: “Beyond that, the City Chairman may award a Bằng khen to collectives and individuals (vertical agencies in the city included) with many contributions to keeping up and raising the city's PAR index.” It does not count against the unit's quota of 1 collective(s) and 1 individual(s) (III.2.1.2.b-quota); the library does not judge it.",
    );
    expect(en.notSelected.find((e) => e.nominationId === 'c')?.explanation).toBe(
      "[III.2.1.2.b-quota] Not selected: the unit “phuong-b”'s quota of 1 individual is taken by nominations of higher priority (“a”, “b”).",
    );
  });

  it('an achievement awarded before is named with the award and its date', async () => {
    const evs = await evaluate('annual-grassroots', [{ ...lan, achievements: ['tk-2025'] }]);
    const history = [{ achievementId: 'tk-2025', award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }];
    expect(allocateQuota(evs, { level: 'annual-grassroots', history }).notSelected[0]?.explanation).toBe(
      '[III.1.2-b] Không được chọn: thành tích “tk-2025” đã được khen thưởng (giay-khen-chu-tich-ubnd-xa, 2025-11-28); không khen thưởng nhiều lần cho một thành tích.',
    );
    expect(allocateQuota(evs, { level: 'annual-grassroots', history, lang: 'en' }).notSelected[0]?.explanation).toBe(
      '[III.1.2-b] Not selected: achievement “tk-2025” was already commended (giay-khen-chu-tich-ubnd-xa, 2025-11-28); one achievement is commended once.',
    );
  });

  it('an undetermined nomination names the facts still needed', async () => {
    const evs = await evaluate('annual-grassroots', [{ id: 'u', kind: 'individual', unit: 'vhxh', preset: 'grassroots-undetermined' }]);
    const e = allocateQuota(evs, { level: 'annual-grassroots', lang: 'en' }).notSelected[0];
    expect(e?.reason).toBe('undetermined');
    expect(e?.explanation).toBe(`[III.2.1.1] Not selected: not enough facts to decide; still needed: ${evs[0]?.missingFacts.join(', ')}.`);
    expect(evs[0]?.missingFacts.length).toBeGreaterThan(0);
  });
});

describe('selected entries that share a sentence share only what they have in common', () => {
  // allocateQuota writes the details of a selected entry (priority criteria met, award money)
  // once per set of criteria met, nominee kind and money, and shares them. A collective and an
  // individual meeting the same criterion get different money; an individual meeting another
  // criterion gets its own criterion, even where a careless key would make them collide.
  it('a collective and two individuals, each with one priority criterion, each get their own criterion and money (III.2.1.1.b-priority, III.1.2-c)', async () => {
    const evs = await evaluate('annual-grassroots', [
      { id: 'tt', kind: 'collective', unit: 'ttphcc', preset: 'grassroots-collective' },
      { id: 'hoa', kind: 'individual', unit: 'kt', preset: 'grassroots-individual', facts: { appliedInitiative: true } },
      { id: 'nam', kind: 'individual', unit: 'vp', preset: 'grassroots-individual', facts: { reformRoles: ['organize'] } },
    ]);
    const a = allocateQuota(evs, { level: 'annual-grassroots', decisionDate: '2026-11-25', lang: 'en' });
    const details = Object.fromEntries(a.selected.map((e) => [e.nominationId, e.explanation.slice(e.explanation.indexOf(' Priority'))]));
    expect(details).toEqual({
      tt: ' Priority tier 1; priority items met: has an initiative or solution with practical effect [III.2.1.1.b-priority]. Award money: 1,520,000 VND.',
      hoa: ' Priority tier 1; priority items met: has an initiative or solution with practical effect [III.2.1.1.b-priority]. Award money: 760,000 VND.',
      nam: ' Priority tier 1; priority items met: directly leads, directs, advises on or organises reform work [III.1.2-c]. Award money: 760,000 VND.',
    });
  });
});

describe('the note on where strict priority stopped the budget, with tiers counting the items met (III.2.1.1.b-quantity)', () => {
  // Budget 1,520,000: Lan (priority 2, 760,000) is selected; the collective (priority 1,
  // 1,520,000) does not fit the 760,000 left, so the budget stops at priority 1; Bình
  // (priority 0, 760,000) is below the stop though the 760,000 left would pay for him exactly.
  const batch = [
    lan,
    { id: 'tt', kind: 'collective', unit: 'ttphcc', preset: 'grassroots-collective' },
    { id: 'binh', kind: 'individual', unit: 'kt', preset: 'grassroots-individual' },
  ] satisfies ShortNomination[];

  it('names the lower-priority nominations whose money is exactly what is left, for the council', async () => {
    const a = allocateQuota(await evaluate('annual-grassroots', batch), {
      level: 'annual-grassroots',
      budgetVnd: 1_520_000,
      decisionDate: '2026-11-25',
      lang: 'en',
      budgetRule: 'strict',
      plan: counting,
    });
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['tt', 'budget'],
      ['binh', 'budget'],
    ]);
    expect(a.money?.remainingVnd).toBe(760_000);
    expect(a.notes).toContain(
      '[III.2.1.1.b-quantity, III.1.2-c, III.2.1.1.b-priority] The budget is spent in priority order and stopped at priority 1: no nomination of lower priority is selected, although 1 of them would fit the money left; the council may consider them.',
    );
  });

  it('with one đồng less, nothing below the stop would fit, and the note says only where it stopped', async () => {
    const a = allocateQuota(await evaluate('annual-grassroots', batch), {
      level: 'annual-grassroots',
      budgetVnd: 1_519_999,
      decisionDate: '2026-11-25',
      lang: 'en',
      budgetRule: 'strict',
      plan: counting,
    });
    expect(a.money?.remainingVnd).toBe(759_999);
    expect(a.notes).toContain(
      '[III.2.1.1.b-quantity, III.1.2-c, III.2.1.1.b-priority] The budget is spent in priority order and stopped at priority 1: no nomination of lower priority is selected.',
    );
  });
});

/** The ValidationError `f` throws (the test fails if it throws nothing else). */
function catchValidation(f: () => unknown): ValidationError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('priority tiers as data (rules/quotas.json priorityTiers; III.1.2-c, III.2.1.1.b-priority)', () => {
  it('tiers must be declared highest first: a plan whose meetsAtLeast does not decrease is refused with the path', () => {
    const tier = (n: number) => ({ id: `t${n}`, meetsAtLeast: n, text: { vi: 'x', en: 'x' } });
    let error: unknown;
    try {
      planWithQuotas((q) => {
        (q.levels['annual-grassroots'] as Record<string, unknown>).priorityTiers = [tier(1), tier(2)];
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(['quotas.levels.annual-grassroots.priorityTiers']);
  });

  it('with no tier declared, every nomination is of one tier: two awards for one đồng less are a tie, whatever the items met', async () => {
    const flat = planWithQuotas((q) => {
      (q.levels['annual-grassroots'] as Record<string, unknown>).priorityTiers = [];
    });
    const a = allocateQuota(await evaluate('annual-grassroots', [lan, minh]), {
      level: 'annual-grassroots',
      budgetVnd: 1_519_999,
      decisionDate: '2026-11-25',
      plan: flat,
    });
    expect(a.ties.map((t) => [t.cutoff, t.priorityScore, t.nominationIds])).toEqual([['budget', 0, ['lan', 'minh']]]);
  });
});

describe('the budget mode: fill by default, strict when the call chooses it (III.2.1.1.b-quantity, rules/quotas.json budgetOrder)', () => {
  // Lan (priority 2, 760,000), a collective (priority 1, 1,520,000), Bình (priority 0, 760,000).
  const batch = [
    lan,
    { id: 'tt', kind: 'collective', unit: 'ttphcc', preset: 'grassroots-collective' },
    { id: 'binh', kind: 'individual', unit: 'kt', preset: 'grassroots-individual' },
  ] satisfies ShortNomination[];
  // With tiers counting the items met (another commune's reading), three tiers.
  const options = { level: 'annual-grassroots', budgetVnd: 1_520_000, decisionDate: '2026-11-25', lang: 'en', plan: counting } as const;

  it.each([
    ['fill (the level’s rule)', undefined, [['lan'], ['binh']], [['tt', 'budget']], 0, "Budget mode: fill, the level's rule."],
    ['fill (chosen)', 'fill', [['lan'], ['binh']], [['tt', 'budget']], 0, 'Budget mode: fill, as chosen by budgetRule.'],
    [
      'strict (chosen)',
      'strict',
      [['lan']],
      [
        ['tt', 'budget'],
        ['binh', 'budget'],
      ],
      760_000,
      'Budget mode: strict, as chosen by budgetRule.',
    ],
  ] as const)(
    'in %s mode, below a collective that does not fit the 760,000 left, Bình’s 760,000 is spent or not as the mode says',
    async (_, budgetRule, selected, notSelected, left, note) => {
      const a = allocateQuota(await evaluate('annual-grassroots', batch), budgetRule === undefined ? options : { ...options, budgetRule });
      expect(a.selected.map((e) => [e.nominationId])).toEqual(selected);
      expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual(notSelected);
      expect(a.money?.remainingVnd).toBe(left);
      expect(a.notes.some((n) => n.includes(note) && n.endsWith(`Money left: ${left.toLocaleString('en-US')} VND.`))).toBe(true);
    },
  );

  it('in fill mode a tie at the budget keeps the most the council could spend on it, and a lower tier takes what is left', async () => {
    // Two priority-1 collectives (1,520,000 each) tie for 2,000,000: the council can pay one,
    // so 1,520,000 is set aside; the priority-0 individual (760,000) does not fit the 480,000 left,
    // and with 280,000 more it does.
    const tied = [
      { id: 'tt-a', kind: 'collective', unit: 'ttphcc', preset: 'grassroots-collective' },
      { id: 'tt-b', kind: 'collective', unit: 'vhxh', preset: 'grassroots-collective' },
      { id: 'binh', kind: 'individual', unit: 'kt', preset: 'grassroots-individual' },
    ] satisfies ShortNomination[];
    const evs = await evaluate('annual-grassroots', tied);
    const at = (budgetVnd: number) => allocateQuota(evs, { ...options, budgetVnd });
    const tight = at(2_000_000);
    expect(tight.ties.map((t) => [t.cutoff, t.nominationIds])).toEqual([['budget', ['tt-a', 'tt-b']]]);
    expect(tight.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['tt-a', 'tie-at-cutoff'],
      ['tt-b', 'tie-at-cutoff'],
      ['binh', 'budget'],
    ]);
    expect(tight.notes.some((n) => n.endsWith('Money left: 480,000 VND.'))).toBe(true);
    const roomy = at(2_280_000);
    expect(roomy.selected.map((e) => e.nominationId)).toEqual(['binh']);
    expect(roomy.money?.remainingVnd).toBe(1_520_000);
    expect(roomy.notes.some((n) => n.endsWith('Money left: 0 VND.'))).toBe(true);
    expect(allocateQuota(evs, { ...options, budgetVnd: 2_280_000, budgetRule: 'strict' }).selected).toEqual([]);
  });

  it('a budget mode is refused at the city level, where the city pays, with its path', async () => {
    const evs = await evaluate('annual-city', [{ id: 'a', kind: 'individual', unit: 'phuong-b', block: 'ward', preset: 'city-individual' }]);
    const err = catchValidation(() => allocateQuota(evs, { level: 'annual-city', budgetRule: 'fill' }));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['budget_not_applicable', ['options', 'budgetRule']]]);
  });

  it('an unknown budget mode is refused with its path', async () => {
    const evs = await evaluate('annual-grassroots', [lan]);
    const err = catchValidation(() => allocateQuota(evs, { level: 'annual-grassroots', budgetRule: 'greedy' as 'fill' }));
    expect(err.issues.map((i) => i.path)).toEqual([['options', 'budgetRule']]);
  });
});

describe('a rule set with more priority criteria than fit in one number of bits (III.2.1.1.b-priority as data)', () => {
  it("with 32 priority criteria, each entry lists those met, in the rule set's order, and counts them", async () => {
    const definition = fullPlanDefinition() as { ruleSets: { id: string; priority: unknown[] }[] };
    const grassroots = definition.ruleSets.find((rs) => rs.id === 'annual-grassroots');
    if (!grassroots) throw new Error('no grassroots rule set');
    grassroots.priority = Array.from({ length: 32 }, (_, k) => ({
      id: `p${k}`,
      clause: 'III.2.1.1.b-priority',
      text: { vi: `tiêu chí ưu tiên ${k}`, en: `priority criterion ${k}` },
      conditions: { all: [{ fact: k % 2 === 0 ? 'handlesProcedures' : 'drivesDigitalTransformation', operator: 'equal', value: true }] },
    }));
    countingTiers((definition as unknown as { quotas: { levels: Record<string, Record<string, unknown>> } }).quotas);
    const plan = definePlan(definition);
    const evs = await evaluateNominations(
      [
        { ...lan, id: 'both', facts: { handlesProcedures: true, drivesDigitalTransformation: true } },
        { ...lan, id: 'even', facts: { handlesProcedures: true, drivesDigitalTransformation: false } },
        { ...lan, id: 'odd', facts: { handlesProcedures: false, drivesDigitalTransformation: true } },
      ].map((n) => expand(file, 'annual-grassroots', n)),
      { plan },
    );
    const a = allocateQuota(evs, { level: 'annual-grassroots', plan, lang: 'en' });
    const ids = (from: number) => Array.from({ length: 16 }, (_, k) => `p${from + 2 * k}`);
    expect(a.selected.map((e) => [e.nominationId, e.priorityScore, e.priorityMet])).toEqual([
      ['both', 32, Array.from({ length: 32 }, (_, k) => `p${k}`)],
      ['even', 16, ids(0)],
      ['odd', 16, ids(1)],
    ]);
    expect(a.selected[2]?.explanation).toContain(
      'Priority tier 16; priority items met: priority criterion 1 [III.2.1.1.b-priority]; priority criterion 3 [III.2.1.1.b-priority];',
    );
  });
});

describe('what ties reserve for the nominations below them', () => {
  it('a tie on one achievement reserves the money of both, so a lower priority does not get it (III.1.2-b, III.2.1.1.b-quantity)', async () => {
    const evs = await evaluate('annual-grassroots', [
      { ...lan, achievements: ['tk-chung'] },
      {
        id: 'hoa',
        kind: 'individual',
        unit: 'kt',
        preset: 'grassroots-individual',
        facts: { handlesProcedures: true, appliedInitiative: true },
        achievements: ['tk-chung'],
      },
      { id: 'binh', kind: 'individual', unit: 'kt', preset: 'grassroots-individual' },
    ]);
    const a = allocateQuota(evs, { level: 'annual-grassroots', budgetVnd: 2_000_000, decisionDate: '2026-11-25', lang: 'en' });
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['hoa', 'tie-at-cutoff'],
      ['lan', 'tie-at-cutoff'],
      ['binh', 'budget'],
    ]);
    expect(a.ties).toEqual([expect.objectContaining({ cutoff: 'achievement', achievementIds: ['tk-chung'], nominationIds: ['hoa', 'lan'] })]);
    expect(a.money?.remainingVnd).toBe(2_000_000);
    expect(a.notes).toContain(
      '[III.2.1.1.b-quantity] Budget 2,000,000 VND; the selected use 0 VND; 2,000,000 VND is left, of which 1,520,000 VND is set aside for the ties.',
    );
  });

  it('nominations linked by a chain of shared achievements form one tie', async () => {
    const evs = await evaluate('annual-grassroots', [
      { id: 'a', kind: 'individual', unit: 'u1', preset: 'grassroots-individual', achievements: ['x'] },
      { id: 'b', kind: 'individual', unit: 'u2', preset: 'grassroots-individual', achievements: ['x', 'y'] },
      { id: 'c', kind: 'individual', unit: 'u3', preset: 'grassroots-individual', achievements: ['y'] },
      { id: 'd', kind: 'individual', unit: 'u4', preset: 'grassroots-individual', achievements: ['z'] },
    ]);
    const a = allocateQuota(evs, { level: 'annual-grassroots' });
    expect(a.ties).toEqual([expect.objectContaining({ cutoff: 'achievement', achievementIds: ['x', 'y'], nominationIds: ['a', 'b', 'c'] })]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['d']);
    expect(a.duplicates.map((d) => d.achievementId)).toEqual(['x', 'y']);
  });

  it('one nomination can be in two ties at once, and its entry cites both', async () => {
    const evs = await evaluate('annual-city', [
      { id: 'a', kind: 'individual', unit: 'p1', block: 'ward', preset: 'city-individual', achievements: ['sk-1'] },
      { id: 'b', kind: 'individual', unit: 'p1', block: 'ward', preset: 'city-individual', achievements: ['sk-2'] },
      { id: 'c', kind: 'individual', unit: 'p2', block: 'ward', preset: 'city-individual', achievements: ['sk-1'] },
    ]);
    const a = allocateQuota(evs, { level: 'annual-city', lang: 'en' });
    expect(a.ties.map((t) => [t.cutoff, t.nominationIds])).toEqual([
      ['quota', ['a', 'b']],
      ['achievement', ['a', 'c']],
    ]);
    const entry = a.notSelected.find((e) => e.nominationId === 'a');
    expect(entry?.clause).toBe('III.2.1.2.b-quota');
    expect(entry?.explanation).toBe(`${a.ties[0]?.explanation} ${a.ties[1]?.explanation}`);
    // The other members are in one tie each, and cite only that one.
    const explanations = new Map(a.notSelected.map((e) => [e.nominationId, [e.clause, e.explanation]]));
    expect(explanations.get('b')).toEqual(['III.2.1.2.b-quota', a.ties[0]?.explanation]);
    expect(explanations.get('c')).toEqual(['III.1.2-b', a.ties[1]?.explanation]);
  });
});

describe('the shape of the result', () => {
  it('an empty batch gives empty lists, no year, and still the notes on the order used', () => {
    const a = allocateQuota([], { level: 'annual-grassroots' });
    expect(a).toMatchObject({ level: 'annual-grassroots', year: null, selected: [], notSelected: [], outsideQuota: [], ties: [], duplicates: [], money: null });
    expect(a.totals).toEqual({ collectives: 0, individuals: 0, moneyVnd: null });
    expect(a.notes[0]).toMatch(/^\[III\.1\.2-c, III\.2\.1\.1\.b-priority\] Thứ tự xét/);
  });

  it('names the plan and the assessment year of an annual batch; the period has none', async () => {
    const a = allocateQuota(await evaluate('annual-grassroots', [lan]), { level: 'annual-grassroots' });
    expect([a.planId, a.planVersion, a.year]).toEqual(['vinh-bao-cchc-2026-2030', '1.0.0', 2026]);
    const p = allocateQuota(await evaluate('period-2026-2030', [{ id: 'p', kind: 'individual', unit: 'vhxh', preset: 'period-individual' }]), {
      level: 'period-2026-2030',
    });
    expect(p.year).toBeNull();
  });

  it('gives money only to judged nominations, and only with a decision date', async () => {
    const evs = await evaluate('annual-grassroots', [lan, { id: 'x', kind: 'individual', unit: 'vhxh', preset: 'grassroots-ineligible' }]);
    const without = allocateQuota(evs, { level: 'annual-grassroots' });
    expect([...without.selected, ...without.notSelected].some((e) => 'moneyVnd' in e)).toBe(false);
    expect(without.notes).toContain('Chưa tính tiền thưởng: không có ngày quyết định (decisionDate).');
    const withDate = allocateQuota(evs, { level: 'annual-grassroots', decisionDate: '2026-11-25' });
    expect(withDate.selected[0]?.moneyVnd).toBe(760_000);
    expect('moneyVnd' in (withDate.notSelected[0] ?? {})).toBe(false);
    expect(withDate.money).toMatchObject({ decisionDate: '2026-11-25', payer: 'commune', budgetVnd: null, remainingVnd: null });
    expect(withDate.totals.moneyVnd).toBe(760_000);
  });

  it('at the city level, Bằng khen money is reported as paid by the city, and the notes say the commune budget does not count it', async () => {
    const evs = await evaluate('annual-city', [{ id: 'a', kind: 'individual', unit: 'p1', block: 'ward', preset: 'city-individual' }]);
    const a = allocateQuota(evs, { level: 'annual-city', decisionDate: '2027-03-31', lang: 'en' });
    expect(a.money?.payer).toBe('city');
    expect(a.selected[0]?.moneyVnd).toBe(3_800_000);
    expect(a.notes).toContain("The city pays the award money at this level; it does not count against the commune's award budget.");
  });

  it('a budget of zero selects nobody and says why', async () => {
    const a = allocateQuota(await evaluate('annual-grassroots', [lan, minh]), { level: 'annual-grassroots', budgetVnd: 0, decisionDate: '2026-11-25' });
    expect(a.selected).toEqual([]);
    expect(a.notSelected.map((e) => e.reason)).toEqual(['budget', 'budget']);
  });

  it('counts eligible nominations whose priority facts are unknown, since their priority may be understated', async () => {
    const evs = await evaluate('annual-grassroots', [{ ...lan, facts: { drivesDigitalTransformation: null } }, minh]);
    const a = allocateQuota(evs, { level: 'annual-grassroots', lang: 'en' });
    expect(a.notes).toContain('1 eligible nomination(s) have priority criteria with unknown facts (not counted); their priority may be understated.');
    expect(a.selected.map((e) => e.priorityScore)).toEqual([0, 0]);
  });

  it('matches an earlier award to a nomination whatever the spaces or Unicode form of the achievement ID', async () => {
    const evs = await evaluate('annual-grassroots', [{ ...lan, achievements: ['sáng-kiến-1'] }]);
    const nfd = JSON.parse(JSON.stringify(evs).normalize('NFD')) as unknown[];
    const history = [{ achievementId: '  sáng-kiến-1 ', award: 'giay-khen-chu-tich-ubnd-xa', decidedOn: '2025-11-28' }];
    const a = allocateQuota(nfd, { level: 'annual-grassroots', history });
    expect(a.notSelected[0]?.reason).toBe('duplicate-achievement');
    expect(a.duplicates[0]?.achievementId).toBe('sáng-kiến-1'.normalize('NFC'));
  });
});

describe('Vietnamese text in the result is NFC, however the evaluations were typed', () => {
  it('evaluations stored in NFD give names, units, awards, explanations and duplicates in NFC', async () => {
    const evs = await evaluate('annual-grassroots', [
      { ...lan, achievements: ['sáng-kiến-1'] },
      {
        id: 'hoa',
        name: 'Lê Thị Hoà',
        kind: 'individual',
        unit: 'phòng-văn-hóa',
        preset: 'grassroots-individual',
        facts: { goodConduct: false },
        achievements: ['sáng-kiến-1'],
      },
    ]);
    const withUnitName = evs.map((e) => ({ ...e, unit: { ...e.unit, name: 'Phòng Văn hóa - Xã hội' } }));
    const nfd = JSON.parse(JSON.stringify(withUnitName).normalize('NFD')) as unknown[];
    const a = allocateQuota(nfd, { level: 'annual-grassroots', lang: 'vi' });
    const text = JSON.stringify(a);
    expect(text).toBe(text.normalize('NFC'));
    expect(a.notSelected.map((e) => [e.nomineeName, e.unit.name, e.award.vi])).toEqual([
      ['Lê Thị Hoà', 'Phòng Văn hóa - Xã hội', 'Giấy khen của Chủ tịch UBND xã'],
    ]);
    expect(a.duplicates[0]?.places.map((p) => (p.source === 'batch' ? p.nomineeName : p.award))).toEqual(['Nguyễn Thị Lan', 'Lê Thị Hoà']);
  });
});

describe('one unit, however its ID is typed (III.2.1.2.b-quota)', () => {
  it('a unit ID typed with combining marks (NFD) is the same unit as in NFC, so its quota of one individual holds', async () => {
    const unit = 'phòng-văn-hóa-xã-hội';
    const evs = await evaluate('annual-city', [
      { id: 'cn-1', kind: 'individual', unit, block: 'commune', preset: 'city-individual', facts: { reformRoles: ['advise'] } },
      { id: 'cn-2', kind: 'individual', unit, block: 'commune', preset: 'city-individual' },
    ]);
    const second = JSON.parse(JSON.stringify(evs[1]).normalize('NFD')) as { unit: { id: string } };
    expect(second.unit.id).not.toBe(unit);
    const a = allocateQuota([evs[0], second], { level: 'annual-city' });
    expect(a.selected.map((e) => e.nominationId)).toEqual(['cn-1']);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason, e.clause])).toEqual([['cn-2', 'quota', 'III.2.1.2.b-quota']]);
  });
});

describe('the documented order, whatever the order of the input (III.1.2-b, III.1.2-c)', () => {
  it('nominations of equal priority, kind and unit are listed by nomination ID, compared by code units (“B” before “a”)', async () => {
    const same = (id: string): ShortNomination => ({
      id,
      kind: 'individual',
      unit: 'vhxh',
      preset: 'grassroots-individual',
      facts: { handlesProcedures: true },
    });
    const evs = await evaluate('annual-grassroots', [same('a'), same('B'), same('c'), same('A')]);
    for (const batch of [evs, [...evs].reverse(), [evs[2]!, evs[0]!, evs[3]!, evs[1]!]]) {
      expect(allocateQuota(batch, { level: 'annual-grassroots' }).selected.map((e) => e.nominationId)).toEqual(['A', 'B', 'a', 'c']);
    }
  });

  it('an achievement awarded twice before lists its earlier awards by date, then award, whatever the order of the history', async () => {
    const evs = await evaluate('annual-grassroots', [{ ...lan, achievements: ['tk-x'] }]);
    const history = [
      { achievementId: 'tk-x', award: 'b-award', decidedOn: '2025-11-28' },
      { achievementId: 'tk-x', award: 'a-award', decidedOn: '2025-11-28' },
      { achievementId: 'tk-x', award: 'c-award', decidedOn: '2024-12-01' },
    ];
    for (const h of [history, [...history].reverse()]) {
      const places = allocateQuota(evs, { level: 'annual-grassroots', history: h }).duplicates[0]?.places;
      expect(places?.map((p) => (p.source === 'history' ? `${p.decidedOn} ${p.award}` : p.nominationId))).toEqual([
        '2024-12-01 c-award',
        '2025-11-28 a-award',
        '2025-11-28 b-award',
        'lan',
      ]);
    }
  });

  it('duplicates are listed by achievement ID, whatever the order of the batch', async () => {
    const evs = await evaluate('annual-grassroots', [
      { ...lan, id: 'n1', achievements: ['tk-z'] },
      { ...lan, id: 'n2', achievements: ['tk-z'] },
      { ...minh, id: 'n3', achievements: ['tk-b'] },
      { ...minh, id: 'n4', achievements: ['tk-b'] },
    ]);
    for (const batch of [evs, [...evs].reverse()]) {
      expect(allocateQuota(batch, { level: 'annual-grassroots' }).duplicates.map((d) => d.achievementId)).toEqual(['tk-b', 'tk-z']);
    }
  });
});

describe('a plan whose per-unit quota is two (another commune, III.2.1.2.b-quota as data)', () => {
  async function withQuotaOfTwo(nominations: ShortNomination[]) {
    const plan = planWithQuotas((q) => {
      q.levels['annual-city']!.quantity.limits['individual'] = 2;
    });
    const evs = await evaluateNominations(
      nominations.map((n) => expand(file, 'annual-city', n)),
      { plan },
    );
    return allocateQuota(evs, { level: 'annual-city', plan });
  }
  const person = (id: string, reformRoles: string[]): ShortNomination => ({
    id,
    kind: 'individual',
    unit: 'xa-a',
    block: 'commune',
    preset: 'city-individual',
    facts: { reformRoles },
  });

  // At the city level one priority criterion counts (III.1.2-c: directing, in charge, advising,
  // organising); proposing reform qualifies as a role but is not a priority.
  it('a unit whose first place went to a higher priority has one place left: two of equal priority tie for it', async () => {
    const a = await withQuotaOfTwo([person('hi', ['advise']), person('lo-1', ['propose']), person('lo-2', ['propose'])]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['hi']);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['lo-1', 'tie-at-cutoff'],
      ['lo-2', 'tie-at-cutoff'],
    ]);
    expect(a.ties).toEqual([expect.objectContaining({ cutoff: 'quota', unitId: 'xa-a', places: 1, nominationIds: ['lo-1', 'lo-2'] })]);
  });

  it('the second place goes to the next priority when one nomination wants it', async () => {
    const a = await withQuotaOfTwo([person('hi', ['advise']), person('lo', ['propose'])]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['hi', 'lo']);
    expect(a.ties).toEqual([]);
  });

  it('two of the higher priority fill the unit, and a third finds it full, held by both', async () => {
    const a = await withQuotaOfTwo([person('a', ['advise']), person('b', ['organize']), person('c', ['propose'])]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['a', 'b']);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([['c', 'quota']]);
    expect(a.notSelected[0]?.explanation).toContain('“a”, “b”');
  });
});

describe('another commune whose grassroots level gives each unit at most two individuals (a per-unit quota as data)', () => {
  const perUnit = (individuals: number) =>
    planWithQuotas((q) => {
      countingTiers(q as unknown as { levels: Record<string, Record<string, unknown>> });
      q.levels['annual-grassroots']!.quantity = {
        kind: 'per-unit',
        clause: 'III.2.1.1.b-quantity',
        text: { vi: 'Mỗi đơn vị không quá 01 tập thể, 02 cá nhân.', en: 'Each unit at most 1 collective and 2 individuals.' },
        limits: { collective: 1, individual: individuals },
      };
    });
  async function allocate(plan: ReturnType<typeof definePlan>, nominations: ShortNomination[]) {
    const evs = await evaluateNominations(
      nominations.map((n) => expand(file, 'annual-grassroots', n)),
      { plan },
    );
    return allocateQuota(evs, { level: 'annual-grassroots', plan, lang: 'en' });
  }
  // Priority criteria met: handling procedures, digital transformation, an applied initiative (one each).
  const PRIORITY_FACTS = ['handlesProcedures', 'drivesDigitalTransformation', 'appliedInitiative'] as const;
  const person = (id: string, priority: number, unit = 'u'): ShortNomination => ({
    id,
    kind: 'individual',
    unit,
    preset: 'grassroots-individual',
    facts: Object.fromEntries(PRIORITY_FACTS.map((f, k) => [f, k < priority])),
  });

  it('places taken and tied for at two priorities both count: a third priority finds the unit full, held by all three', async () => {
    const a = await allocate(perUnit(2), [person('a', 3), person('b', 2), person('c', 2), person('d', 1)]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['a']);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['b', 'tie-at-cutoff'],
      ['c', 'tie-at-cutoff'],
      ['d', 'quota'],
    ]);
    expect(a.ties).toEqual([expect.objectContaining({ cutoff: 'quota', unitId: 'u', places: 1, nominationIds: ['b', 'c'] })]);
    const d = a.notSelected[2];
    expect(d?.clause).toBe('III.2.1.1.b-quantity');
    expect(d?.explanation).toContain('“a”, “b”, “c”');
  });

  it('a unit with one place left after a higher priority gives it to the single nomination of the next priority, and then is full', async () => {
    const a = await allocate(perUnit(2), [person('a', 3), person('b', 2), person('c', 1)]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['a', 'b']);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([['c', 'quota']]);
    expect(a.notSelected[0]?.explanation).toContain('“a”, “b”');
  });

  it('a quota of zero individuals leaves every individual of the unit out, held by nobody', async () => {
    const a = await allocate(perUnit(0), [person('a', 2), person('b', 0)]);
    expect(a.selected).toEqual([]);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['a', 'quota'],
      ['b', 'quota'],
    ]);
    expect(a.notSelected[0]?.explanation).toBe('[III.2.1.1.b-quantity] Not selected: the unit “u” has a quota of 0 individuals.');
  });
});

describe('ties on achievements within one priority (III.1.2-b)', () => {
  it('two separate pairs sharing two different achievements are two ties, not one', async () => {
    const evs = await evaluate('annual-grassroots', [
      { id: 'a', kind: 'individual', unit: 'u1', preset: 'grassroots-individual', achievements: ['x'] },
      { id: 'b', kind: 'individual', unit: 'u2', preset: 'grassroots-individual', achievements: ['x'] },
      { id: 'c', kind: 'individual', unit: 'u3', preset: 'grassroots-individual', achievements: ['y'] },
      { id: 'd', kind: 'individual', unit: 'u4', preset: 'grassroots-individual', achievements: ['y'] },
      { id: 'e', kind: 'individual', unit: 'u5', preset: 'grassroots-individual', achievements: ['w'] },
    ]);
    const a = allocateQuota(evs, { level: 'annual-grassroots' });
    expect(a.ties.map((t) => [t.cutoff, t.nominationIds, t.cutoff === 'achievement' ? t.achievementIds : []])).toEqual([
      ['achievement', ['a', 'b'], ['x']],
      ['achievement', ['c', 'd'], ['y']],
    ]);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['e']);
  });

  it('a tie lists the achievements it shares sorted by ID, whatever order the nominations give them in', async () => {
    const evs = await evaluate('annual-grassroots', [
      { id: 'a', kind: 'individual', unit: 'u1', preset: 'grassroots-individual', achievements: ['z', 'y'] },
      { id: 'b', kind: 'individual', unit: 'u2', preset: 'grassroots-individual', achievements: ['z', 'y'] },
    ]);
    const a = allocateQuota(evs, { level: 'annual-grassroots' });
    expect(a.ties).toEqual([expect.objectContaining({ cutoff: 'achievement', achievementIds: ['y', 'z'], nominationIds: ['a', 'b'] })]);
  });
});

describe('a plan whose presentation order does not use the unit (rules/quotas.json presentationOrder as data)', () => {
  it('within one priority, collectives come first, then nomination IDs, whatever the units', async () => {
    const plan = planWithQuotas((q) => {
      q.presentationOrder.keys = ['nomineeKind', 'nominationId'];
    });
    const nominations: ShortNomination[] = [
      { id: 'b', kind: 'individual', unit: 'u1', preset: 'grassroots-individual' },
      { id: 'a', kind: 'individual', unit: 'u2', preset: 'grassroots-individual' },
      { id: 'c', kind: 'individual', unit: 'u0', preset: 'grassroots-individual' },
    ];
    const evs = await evaluateNominations(
      nominations.map((n) => expand(file, 'annual-grassroots', n)),
      { plan },
    );
    const a = allocateQuota(evs, { level: 'annual-grassroots', plan });
    expect(a.selected.map((e) => e.nominationId)).toEqual(['a', 'b', 'c']);
  });
});

describe('ties are listed highest priority first, then by cutoff, then in the documented order', () => {
  it("with individuals presented before collectives, a unit's tie of individuals is listed before its tie of collectives (III.2.1.2.b-quota)", async () => {
    const plan = planWithQuotas((q) => {
      q.presentationOrder.nomineeKinds = ['individual', 'collective'];
    });
    const nominations: ShortNomination[] = [
      { id: 'tt-1', kind: 'collective', unit: 'p1', block: 'ward', preset: 'city-collective' },
      { id: 'tt-2', kind: 'collective', unit: 'p1', block: 'ward', preset: 'city-collective' },
      { id: 'cn-1', kind: 'individual', unit: 'p1', block: 'ward', preset: 'city-individual' },
      { id: 'cn-2', kind: 'individual', unit: 'p1', block: 'ward', preset: 'city-individual' },
      // A higher priority tie in another unit comes first, though its unit and IDs sort last.
      { id: 'zz-1', kind: 'individual', unit: 'p9', block: 'ward', preset: 'city-individual', facts: { reformRoles: ['advise'] } },
      { id: 'zz-2', kind: 'individual', unit: 'p9', block: 'ward', preset: 'city-individual', facts: { reformRoles: ['advise'] } },
    ];
    const evs = await evaluateNominations(
      nominations.map((n) => expand(file, 'annual-city', n)),
      { plan },
    );
    const a = allocateQuota(evs, { level: 'annual-city', plan });
    expect(a.ties.map((t) => [t.priorityScore, t.cutoff, t.nominationIds])).toEqual([
      [1, 'quota', ['zz-1', 'zz-2']],
      [0, 'quota', ['cn-1', 'cn-2']],
      [0, 'quota', ['tt-1', 'tt-2']],
    ]);
  });
});

// III.2.1.2.b-discretionary: “Ngoài ra … Chủ tịch Ủy ban nhân dân thành phố xem xét, tặng Bằng
// khen …” is the City Chairman's own decision. Only an eligible proposal is handed to it; the
// notes count, per unit, the proposals flagged.
describe('proposals outside the quota are the City Chairman’s, and only eligible ones are listed (III.2.1.2.b-discretionary)', () => {
  const nominations: ShortNomination[] = [
    { id: 'vb-1', kind: 'individual', unit: 'xa-vinh-bao', block: 'commune', preset: 'city-individual' },
    { id: 'vb-ngoai-1', kind: 'individual', unit: 'xa-vinh-bao', block: 'commune', preset: 'city-individual', outsideQuota: true },
    { id: 'vb-ngoai-2', kind: 'collective', unit: 'xa-vinh-bao', block: 'commune', preset: 'city-collective', outsideQuota: true },
    { id: 'vb-ngoai-3', kind: 'individual', unit: 'xa-vinh-bao', block: 'commune', preset: 'city-ineligible', outsideQuota: true },
    { id: 'thue-ngoai-1', kind: 'collective', unit: 'chi-cuc-thue', preset: 'city-collective', facts: { parIndexRank: null }, outsideQuota: true },
  ];

  it('an eligible proposal is listed outside the quota; an ineligible or undetermined one is not selected, with its reason', async () => {
    const a = allocateQuota(await evaluate('annual-city', nominations), { level: 'annual-city' });
    expect(a.selected.map((e) => e.nominationId)).toEqual(['vb-1']);
    expect(a.outsideQuota.map((e) => [e.nominationId, e.clause])).toEqual([
      ['vb-ngoai-2', 'III.2.1.2.b-discretionary'],
      ['vb-ngoai-1', 'III.2.1.2.b-discretionary'],
    ]);
    expect(a.notSelected.map((e) => [e.nominationId, e.reason])).toEqual([
      ['thue-ngoai-1', 'undetermined'],
      ['vb-ngoai-3', 'ineligible'],
    ]);
    // Listed apart, they leave the unit's own places alone: vb-1 is selected within its 1 + 1.
    expect(a.totals).toMatchObject({ collectives: 0, individuals: 1 });
    for (const e of a.outsideQuota) {
      expect(e.explanation).toContain('do Chủ tịch UBND thành phố quyết định');
      expect(e.explanation).toContain('“Ngoài ra căn cứ vào thành tích của các tập thể, cá nhân, Chủ tịch Ủy ban nhân dân thành phố xem xét, tặng Bằng khen');
      expect(e.explanation).toContain('không tính vào chỉ tiêu 1 tập thể, 1 cá nhân của đơn vị (III.2.1.2.b-quota)');
    }
  });

  it('the notes count the proposals flagged, per unit, and say how many were refused', async () => {
    const evs = await evaluate('annual-city', nominations);
    expect(allocateQuota(evs, { level: 'annual-city' }).notes).toContain(
      '[III.2.1.2.b-discretionary] 4 đề nghị được đánh dấu ngoài chỉ tiêu (outsideQuota), theo đơn vị: “chi-cuc-thue” 1, “xa-vinh-bao” 3. 2 đề nghị đủ tiêu chuẩn được liệt kê riêng, không tính vào chỉ tiêu và không được xét chọn ở đây: Chủ tịch UBND thành phố quyết định; 2 đề nghị chưa đủ tiêu chuẩn hoặc chưa đủ dữ kiện nằm trong danh sách không được chọn.',
    );
    expect(allocateQuota(evs, { level: 'annual-city', lang: 'en' }).notes).toContain(
      '[III.2.1.2.b-discretionary] 4 proposal(s) flagged outside the quota (outsideQuota), by unit: “chi-cuc-thue” 1, “xa-vinh-bao” 3. 2 eligible proposal(s) are listed apart, not counted against the quota and not judged here: the City Chairman decides; 2 ineligible or undetermined are among the not selected.',
    );
    // No proposal flagged: no such note.
    const none = allocateQuota(await evaluate('annual-city', nominations.slice(0, 1)), { level: 'annual-city' });
    expect(none.notes.some((n) => n.startsWith('[III.2.1.2.b-discretionary]'))).toBe(false);
  });
});

// III.2.1.1.b-quantity: a tie at the budget is the council's; the notes tell it how many of the
// tied the money left pays for.
describe('a tie at the budget: the notes say how many of the tied the money left covers (III.2.1.1.b-quantity)', () => {
  const six: ShortNomination[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, kind: 'individual', unit: 'vhxh', preset: 'grassroots-individual' }));

  it('six equal eligible individuals and 2,300,000 đồng: the money covers 3 of the 6 (760,000 each)', async () => {
    const evs = await evaluate('annual-grassroots', six);
    const options = { level: 'annual-grassroots', budgetVnd: 2_300_000, decisionDate: '2026-11-25' } as const;
    const vi = allocateQuota(evs, options);
    expect(vi.selected).toEqual([]);
    expect(vi.ties.map((t) => [t.cutoff, t.nominationIds.length])).toEqual([['budget', 6]]);
    expect(vi.notes).toContain(
      '[III.2.1.1.b-quantity] Đồng hạng tại điểm cắt kinh phí ở mức ưu tiên 0: kinh phí còn lại 2.300.000 đồng đủ cho 3 trong 6 hồ sơ đồng hạng; Hội đồng Thi đua - Khen thưởng quyết định.',
    );
    expect(allocateQuota(evs, { ...options, lang: 'en' }).notes).toContain(
      '[III.2.1.1.b-quantity] Tie at the budget cutoff at priority 0: the money left, 2,300,000 VND, covers 3 of the 6 tied nominations; the Emulation and Commendation Council decides.',
    );
  });

  it('one đồng less than three awards covers 2; enough for all six is no tie and no such note', async () => {
    const evs = await evaluate('annual-grassroots', six);
    const at = (budgetVnd: number) => allocateQuota(evs, { level: 'annual-grassroots', budgetVnd, decisionDate: '2026-11-25', lang: 'en' }).notes;
    expect(at(2_279_999).some((n) => n.includes('covers 2 of the 6 tied nominations'))).toBe(true);
    expect(at(6 * 760_000).some((n) => n.includes('tied nominations'))).toBe(false);
  });
});
