import type { Lang } from '../ground/lang';
import { isMade } from '../validation/madeHere';
import { isList, readPlain } from '../validation/plain';

/**
 * The longest list an evaluation read back from storage may hold (its reasons, missing facts,
 * achievements, the children of its criteria root): longer ones are refused by their length,
 * unread, so that zod never gathers more issues than it can hold.
 */
const MAX_EVALUATION_LIST = 10_000;

/**
 * The evaluations of a batch, read once (validation/plain.ts): the list itself, and each
 * evaluation into a plain snapshot, except those this library made in this process (deep-frozen,
 * so already plain: taken as they are) and, below the criteria root, the children, which no
 * check reads (taken as they are, so a stored tree is not copied only to be ignored). A value
 * that is not a list is returned as it is, for readEvaluations to refuse.
 *
 * @throws {ValidationError} When the list or an evaluation cannot be read as plain data.
 */
export function readEvaluationList(evaluations: unknown, lang: Lang): unknown {
  if (!isList(evaluations, [], lang)) return evaluations;
  const list = readPlain(evaluations, [], { lang, maxItems: Number.MAX_SAFE_INTEGER, keep: (path) => path.length === 1 }) as unknown[];
  for (let i = 0; i < list.length; i++) {
    const ev = list[i];
    if (typeof ev !== 'object' || ev === null || isMade(ev)) continue;
    list[i] = readPlain(ev, [i], { lang, maxItems: MAX_EVALUATION_LIST, keep: CHILDREN });
  }
  return list;
}

/** The nodes below an evaluation's criteria root: `criteria.children[k]`. */
const CHILDREN = (path: readonly PropertyKey[]): boolean => path.length === 3 && path[0] === 'criteria' && path[1] === 'children';
