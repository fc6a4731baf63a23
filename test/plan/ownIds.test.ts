import { describe, expect, it } from 'vitest';
import {
  allocateQuota,
  checkDeadline,
  defaultPlan,
  definePlan,
  evaluateNomination,
  evaluateNominations,
  evaluateNominationSync,
  evaluateNominationsSync,
  factsRead,
  loadPlan,
  ValidationError,
  versionInForce,
  type Nomination,
} from '../../src/index';
import { bundledDefinition } from '../helpers/plans';

// Issue 20, item 2: the IDs of rule sets and tracks are the plan's. A plan for 2031–2035, with a
// period rule set and an ad-hoc track named its own way, is used with every function; nothing
// in the library knows these IDs.

const PERIOD = 'period-2031-2035';
const AD_HOC = 'khen-dot-xuat';

/** The bundled plan, renamed: the next period, and its own name for the ad-hoc track. */
function nextPeriodText(): string {
  const text = JSON.stringify(bundledDefinition())
    .replaceAll('"period-2026-2030"', JSON.stringify(PERIOD))
    .replaceAll('"ad-hoc"', JSON.stringify(AD_HOC))
    .replaceAll('"vinh-bao-cchc-2026-2030"', '"vinh-bao-cchc-2031-2035"');
  const def = JSON.parse(text) as { meta: Record<string, unknown> };
  def.meta['period'] = { from: 2031, to: 2035 };
  def.meta['effectiveFrom'] = '2031-01-01';
  return JSON.stringify(def);
}

const plan = loadPlan(nextPeriodText());

const periodCollective: Nomination<string> = {
  id: 'hs-gd-01',
  ruleSet: PERIOD,
  nominee: { kind: 'collective', name: 'Phòng Văn hóa - Xã hội', unit: { id: 'vhxh' } },
  facts: {
    leadingInMovement: true,
    periodTargetsExcellent: true,
    recognizedInitiativeCount: 2,
    outstandingYears: [2031, 2032, 2033, 2034, 2035],
    ratedExemplaryByCommune: true,
    reformRoles: ['direct'],
    directRoleYears: [2031, 2032, 2033],
  },
};

describe('a plan declares its own rule set and track IDs, and every function takes them', () => {
  it('definePlan and loadPlan accept them, and report them', () => {
    expect(Object.keys(plan.ruleSets)).toEqual(['annual-grassroots', 'annual-city', PERIOD]);
    expect(plan.deadlines?.tracks.map((t) => t.id)).toEqual(['annual-grassroots', 'annual-city', AD_HOC, PERIOD]);
    expect(Object.keys(plan.quotas?.levels ?? {})).toContain(PERIOD);
    expect(definePlan(JSON.parse(nextPeriodText()))).toStrictEqual(plan);
    expect(versionInForce(plan, '2033-06-30')).toBe(plan);
    expect(factsRead(plan, PERIOD, 'collective')).toEqual(factsRead(defaultPlan(), 'period-2026-2030', 'collective'));
  });

  it('the four evaluators assess a nomination of the plan’s own period rule set', async () => {
    const one = await evaluateNomination(periodCollective, { plan });
    expect([one.ruleSet, one.planId, one.outcome]).toEqual([PERIOD, 'vinh-bao-cchc-2031-2035', 'eligible']);
    expect(evaluateNominationSync(periodCollective, { plan })).toStrictEqual(one);
    expect(await evaluateNominations([periodCollective], { plan })).toStrictEqual([one]);
    expect(evaluateNominationsSync([periodCollective], { plan })).toStrictEqual([one]);
  });

  it('checkDeadline takes the plan’s own tracks', () => {
    const adHoc = checkDeadline({ track: AD_HOC }, { plan });
    expect([adHoc.track, adHoc.onTime]).toEqual([AD_HOC, null]);
    const period = checkDeadline({ track: PERIOD, periodSummaryDeadline: '2035-06-30', submittedAt: '2035-06-01T08:00:00+07:00' }, { plan });
    expect([period.track, period.onTime]).toEqual([PERIOD, true]);
    const annual = checkDeadline({ track: 'annual-grassroots', year: 2032 }, { plan });
    expect(annual.year).toBe(2032);
  });

  it('allocateQuota allocates at the plan’s own level', () => {
    const evaluations = evaluateNominationsSync([periodCollective], { plan });
    const a = allocateQuota(evaluations, { level: PERIOD, plan, decisionDate: '2035-11-25' });
    expect(a.level).toBe(PERIOD);
    expect(a.selected.map((e) => e.nominationId)).toEqual(['hs-gd-01']);
  });

  it('an ID the plan does not declare is refused against the plan, whatever the function', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof ValidationError) return e.issues.map((i) => [i.code, i.path]);
        throw e;
      }
      return [];
    };
    // The bundled plan's period is not this plan's, and the other way round.
    expect(issues(() => evaluateNominationSync({ ...periodCollective, ruleSet: 'period-2026-2030' }, { plan }))).toEqual([
      ['rule_set_not_in_plan', ['ruleSet']],
    ]);
    expect(issues(() => evaluateNominationSync(periodCollective as never))).toEqual([['rule_set_not_in_plan', ['ruleSet']]]);
    expect(issues(() => checkDeadline({ track: 'ad-hoc' }, { plan }))).toEqual([['track_not_in_plan', ['track']]]);
    expect(issues(() => checkDeadline({ track: AD_HOC as never }))).toEqual([['track_not_in_plan', ['track']]]);
    expect(issues(() => allocateQuota([], { level: 'period-2026-2030', plan }))).toEqual([['rule_set_not_in_plan', ['options', 'level']]]);
    expect(issues(() => allocateQuota([], { level: PERIOD as 'period-2026-2030' }))).toEqual([['rule_set_not_in_plan', ['options', 'level']]]);
    expect(factsRead(plan, 'period-2026-2030', 'collective')).toEqual([]);
  });

  it('a proposal outside the quota is allowed where the plan’s quota rules declare it, whatever the level’s ID', () => {
    // The discretionary proposals of annual-city moved to this plan's period level.
    const def = JSON.parse(nextPeriodText()) as { quotas: { levels: Record<string, Record<string, unknown>> } };
    const levels = def.quotas.levels;
    levels[PERIOD] = { ...levels[PERIOD], discretionary: levels['annual-city']?.['discretionary'] };
    delete levels['annual-city']?.['discretionary'];
    const moved = loadPlan(JSON.stringify(def));
    const flagged = { ...periodCollective, outsideQuota: true };
    const cityFlagged: Nomination<string> = {
      id: 'hs-tp-01',
      ruleSet: 'annual-city',
      year: 2032,
      nominee: { kind: 'individual', name: 'Nguyễn Văn A', unit: { id: 'vinh-bao' } },
      facts: {},
      outsideQuota: true,
    };
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof ValidationError) return e.issues.map((i) => [i.code, i.path]);
        throw e;
      }
      return [];
    };
    expect(evaluateNominationSync(flagged, { plan: moved }).outsideQuota).toBe(true);
    expect(codes(() => evaluateNominationSync(cityFlagged, { plan: moved }))).toEqual([['outside_quota_not_allowed', ['outsideQuota']]]);
    // The plan as loaded: the period level declares none, the city level does.
    expect(codes(() => evaluateNominationSync(flagged, { plan }))).toEqual([['outside_quota_not_allowed', ['outsideQuota']]]);
    expect(evaluateNominationSync(cityFlagged, { plan }).outsideQuota).toBe(true);
  });

  it('types: the bundled plan’s IDs are literal, a loaded plan’s are strings', () => {
    // @ts-expect-error a misspelt level of the bundled plan does not compile
    expect(() => allocateQuota([], { level: 'anual-city' })).toThrow(ValidationError);
    // @ts-expect-error nor does a misspelt rule set of the bundled plan
    expect(factsRead(defaultPlan(), 'anual-city', 'collective')).toEqual([]);
    // A loaded plan's IDs are strings: checked at run time.
    expect(allocateQuota([], { level: PERIOD, plan }).level).toBe(PERIOD);
    // @ts-expect-error a nomination of the bundled plan names one of its rule sets
    const misspelt: Nomination = { ...periodCollective, ruleSet: 'anual-city' };
    expect(misspelt.ruleSet).toBe('anual-city');
  });
});
