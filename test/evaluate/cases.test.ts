import { describe, expect, it } from 'vitest';
import { evaluateNomination } from '../../src/index';
import { evaluationCaseFiles, findNode, nominationOf } from '../helpers/cases';
import { evaluationExercise } from '../helpers/exercises';
import { ruleSetFiles } from '../helpers/rules';

// The legal scenarios of rules/scenarios/: each case is a sentence of the plan, checked through
// the public API: the outcome, each named criterion's result in the tree, and the missing facts.
for (const { file, data } of evaluationCaseFiles()) {
  describe(`${data.clause} ${data.ruleSet} (${file})`, () => {
    data.cases.forEach((c, index) => {
      it(c.name, async () => {
        const evaluation = await evaluateNomination(nominationOf(data, c, index));
        expect(evaluation.outcome).toBe(c.expect.outcome);
        for (const [id, result] of Object.entries(c.expect.criteria)) {
          const node = findNode(evaluation.criteria, id);
          expect(node, `criterion ${id} is in the tree`).toBeDefined();
          expect(node?.result, `criterion ${id}`).toBe(result);
        }
        if (c.expect.missingFacts) expect(evaluation.missingFacts).toEqual(c.expect.missingFacts);
        if (c.expect.outcome !== 'undetermined') expect(evaluation.missingFacts).toEqual([]);
        else expect(evaluation.missingFacts.length).toBeGreaterThan(0);
        const ruleSet = ruleSetFiles().find((rs) => rs.id === data.ruleSet)!;
        for (const [clause, result] of Object.entries(c.exercises ?? {})) {
          expect(evaluationExercise(evaluation, ruleSet, clause), `exercises ${clause}`).toBe(result);
        }
      });
    });
  });
}
