import { describe, expect, it } from 'vitest';
import { allocateQuota, evaluateNomination, evaluateNominationSync } from '../../src/index';
import { BOUNDARY_CASES, boundaryNomination, expectBoundary, MONEY_BOUNDARIES, MONEY_NOMINATION } from './boundaries';

describe('the rule files at their edges (scenarios the rule mutation test asked for)', () => {
  BOUNDARY_CASES.forEach((c, index) => {
    it(c.name, async () => {
      const n = boundaryNomination(c, index);
      const e = await evaluateNomination(n);
      expectBoundary(e, c);
      expect(evaluateNominationSync(n)).toStrictEqual(e);
    });
  });

  for (const b of MONEY_BOUNDARIES) {
    it(b.name, () => {
      const e = evaluateNominationSync(MONEY_NOMINATION);
      const a = allocateQuota([e], { level: 'annual-grassroots', decisionDate: b.decisionDate });
      expect(a.selected.map((s) => s.moneyVnd)).toEqual([b.moneyVnd]);
    });
  }
});
