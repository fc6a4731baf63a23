import type { Nomination } from '../../src/index';

/** A grassroots individual who meets every standard: the starting point of many tests. */
export function eligibleGrassrootsIndividual(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 'hs-2026-001',
    ruleSet: 'annual-grassroots',
    year: 2026,
    nominee: {
      kind: 'individual',
      name: 'Nguyễn Thị Lan',
      unit: { id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội' },
    },
    facts: {
      goodConduct: true,
      excellentCompletion: true,
      reformRoles: ['advise'],
      appliedInitiative: true,
      handlesProcedures: true,
    },
    achievements: [{ id: 'sk-2026-07', title: 'Số hóa hồ sơ một cửa', year: 2026 }],
    ...overrides,
  };
}
