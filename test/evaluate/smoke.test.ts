import { describe, expect, it } from 'vitest';
import { evaluateNomination } from '../../src/index';

describe('evaluateNomination', () => {
  it('finds a grassroots individual who only took part eligible', async () => {
    const r = await evaluateNomination({
      id: 'a',
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: 'individual', name: 'A', unit: { id: 'u' } },
      facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
    });
    expect(r.outcome).toBe('eligible');
  });
});
