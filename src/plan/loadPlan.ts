import type { PlanOptions } from '../schema/options';
import { makeIssue } from '../validation/issues';
import { ValidationError } from '../validation/ValidationError';
import { definePlan, readPlanOptions } from './definePlan';
import type { Plan } from './Plan';

/**
 * Loads a plan from its plan file: JSON text (a whole plan in one file, as in `examples/plans/`
 * and the package's `thi-dua-cchc/plan.json`) or the parsed value, and validates it as
 * `definePlan` does. A plan's own JSON is its plan file, every version included, so
 * `loadPlan(JSON.stringify(plan))` gives back the same plan. No file or network access: the
 * host reads the file.
 *
 * @param json - The plan as JSON text, or the parsed value.
 * @param options - `lang` for the error messages (Vietnamese by default).
 * @returns The validated `Plan` (its latest version, with every version in `versions`).
 * @throws {ValidationError} `invalid_json` when the text is not JSON; otherwise as `definePlan`, each issue with its path in the file (or under `options`).
 *
 * @example
 * const plan = loadPlan(await readFile('examples/plans/vinh-thuan-example.json', 'utf8'));
 * plan.id; //=> 'vi-du-xa-vinh-thuan-cchc-2026-2030'
 * loadPlan(JSON.stringify(defaultPlan())).version; //=> '1.0.0'
 */
export function loadPlan(json: unknown, options?: PlanOptions): Plan {
  const lang = readPlanOptions(options);
  if (typeof json !== 'string') return definePlan(json as unknown, { lang });
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    throw new ValidationError([makeIssue('invalid_json', [], { detail: (error as Error).message }, lang)], lang);
  }
  return definePlan(value as unknown, { lang });
}
