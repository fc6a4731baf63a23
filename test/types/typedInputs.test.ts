import { describe, expect, it } from 'vitest';
import {
  checkDeadline,
  definePlan,
  evaluateNomination,
  evaluateNominationSync,
  evaluateNominationsSync,
  loadPlan,
  type FactName,
  type Nomination,
} from '../../src/index';
import { refusalOf } from '../helpers/issues';
import { ruleSetsDefinition } from '../helpers/plans';

// The public functions take the schemas' input types: a misspelt fact, role, rule set, kind,
// block or track is a compile error (`npm test` runs tsc over test/, so each @ts-expect-error
// below fails the run if the types stop catching it), while run-time validation stays for
// JavaScript and JSON callers.

const lan = {
  id: 'hs-01',
  ruleSet: 'annual-grassroots',
  year: 2026,
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unit: { id: 'vhxh' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], highResponsibility: true },
} as const satisfies Nomination;

function compileOnly(): void {
  // @ts-expect-error: a misspelt fact
  evaluateNominationSync({ ...lan, facts: { excelentCompletion: true } });
  // @ts-expect-error: a misspelt role
  evaluateNominationSync({ ...lan, facts: { reformRoles: ['advice'] } });
  // @ts-expect-error: a rule set the bundled plan does not have
  evaluateNominationSync({ ...lan, ruleSet: 'annual-province' });
  // @ts-expect-error: a nominee kind that does not exist
  evaluateNominationSync({ ...lan, nominee: { ...lan.nominee, kind: 'household' } });
  // @ts-expect-error: a unit block that does not exist
  evaluateNominationSync({ ...lan, nominee: { ...lan.nominee, unit: { id: 'x', block: 'province' } } });
  // @ts-expect-error: a fact of the wrong type
  void evaluateNomination({ ...lan, facts: { parIndexRank: 'first' } });
  // @ts-expect-error: a deadline track the bundled plan does not have
  checkDeadline({ track: 'annual-province', year: 2026 });
  // A plan loaded at run time declares no literal IDs: any rule set compiles (the plan checks it).
  evaluateNominationSync({ ...lan, ruleSet: 'whatever' }, { plan: loadPlan('{}') });
  // A plan made by definePlan from literal data declares its own rule sets.
  const own = definePlan(ruleSetsDefinition() as { ruleSets: [{ id: 'annual-grassroots' }] });
  evaluateNominationSync({ ...lan, ruleSet: 'annual-grassroots' }, { plan: own });
  // @ts-expect-error: not a rule set of that plan
  evaluateNominationSync({ ...lan, ruleSet: 'annual-city' }, { plan: own });
  // Readonly data (`as const`) is accepted: the functions never write to their input.
  evaluateNominationsSync([lan, lan]);
}
void compileOnly;

describe('typed inputs', () => {
  it('missingFacts lists fact names (FactName), the names FACT_INFO describes', () => {
    const e = evaluateNominationSync({ ...lan, facts: { goodConduct: true } });
    const missing: FactName[] = e.missingFacts;
    expect(missing).toContain('excellentCompletion');
  });

  it('a misspelt fact at run time names the closest known fact, in Vietnamese and English', () => {
    const e = refusalOf(() => evaluateNominationSync({ ...lan, facts: { excelentCompletion: true } } as never, { lang: 'en' }));
    expect(e.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        path: ['facts'],
        params: { keys: ['excelentCompletion'], suggestions: ['excellentCompletion'] },
      }),
    ]);
    expect(e.issues[0]?.messages.en).toBe('Unrecognised field(s): "excelentCompletion" (did you mean: "excelentCompletion" → "excellentCompletion"?)');
    expect(e.issues[0]?.messages.vi).toContain('(có phải: "excelentCompletion" → "excellentCompletion"?)');
  });

  it('a key that is close to no fact gets no suggestion', () => {
    const e = refusalOf(() => evaluateNominationSync({ ...lan, facts: { somethingElseEntirely: 1 } } as never));
    expect(e.issues[0]?.params).toEqual({ keys: ['somethingElseEntirely'] });
  });
});
