import type { Lang } from '../ground/lang';
import type { NomineeKind } from '../schema/nomination';
import type { Confidence } from '../schema/calendar';
import type { Parameters, RoundingMode } from '../schema/parameters';
import type { RuleSet } from '../schema/ruleSet';
import type { BudgetRule } from '../schema/quotas';
import type { AllocationMoney } from '../schema/allocation';
import type { Issue } from '../validation/issue';
import { makeIssue } from '../validation/issues';

/**
 * The value in force on `date` among OpenFisca-style dated values: the one with the latest
 * start date on or before `date`. Plain dates compare as strings (YYYY-MM-DD), so no time zone
 * is involved. `undefined` when `date` is before the first value.
 */
export function valueInForce<V>(values: Readonly<Record<string, V>>, date: string): { from: string; entry: V } | undefined {
  let best: string | undefined;
  for (const from of Object.keys(values)) {
    if (from <= date && (best === undefined || from > best)) best = from;
  }
  return best === undefined ? undefined : { from: best, entry: values[best] as V };
}

function firstDate(values: Readonly<Record<string, unknown>>): string {
  return Object.keys(values).reduce((a, b) => (b < a ? b : a));
}

/**
 * Award money: `coefficient × baseSalaryVnd`, rounded to a multiple of `unitVnd`. Computed in
 * integers (the coefficient has at most three decimals, so the product is counted in
 * thousandths of a đồng), never in floating point: 0.3 × 2,530,000 is exactly 759,000.
 * `nearest` rounds an exact half up (759,000 → 760,000 and 3,795,000 → 3,800,000 at a unit
 * of 10,000); `up` and `down` always round up or down.
 */
export function awardMoneyVnd(baseSalaryVnd: number, coefficient: number, unitVnd: number, mode: RoundingMode): number {
  const raw = baseSalaryVnd * Math.round(coefficient * 1000);
  const unit = unitVnd * 1000;
  const quotient = Math.floor(raw / unit);
  const rest = raw - quotient * unit;
  switch (mode) {
    case 'down':
      return quotient * unitVnd;
    case 'up':
      return (rest > 0 ? quotient + 1 : quotient) * unitVnd;
    case 'nearest':
      return (2 * rest >= unit ? quotient + 1 : quotient) * unitVnd;
  }
}

/** Award money of one level on one decision date: the parameters used, with their sources. */
export interface MoneyContext {
  readonly report: Omit<AllocationMoney, 'budgetVnd' | 'remainingVnd'>;
  /** Award money per nominee kind, for the award the level gives that kind. */
  readonly perKind: Readonly<Record<NomineeKind, number>>;
}

interface Dated {
  readonly reference: string;
  readonly confidence: Confidence;
}

/**
 * Looks up the base salary, the award coefficients of the level's awards and the rounding in
 * force on `decisionDate`. A date before the first value of any of them is an error (issue
 * `parameter_not_in_force` on `options.decisionDate`): the library never guesses a value.
 */
export function moneyContext(
  parameters: Parameters,
  ruleSet: RuleSet,
  budget: BudgetRule,
  decisionDate: string,
  roundingOption: RoundingMode | undefined,
  lang: Lang,
): MoneyContext | { issues: Issue[] } {
  const issues: Issue[] = [];
  const path = ['options', 'decisionDate'];
  const lookup = <V extends Dated>(values: Readonly<Record<string, V>>, parameter: string) => {
    const found = valueInForce(values, decisionDate);
    if (!found) issues.push(makeIssue('parameter_not_in_force', path, { parameter, date: decisionDate, from: firstDate(values) }, lang));
    return found;
  };
  const base = lookup(parameters.baseSalary.values, 'base-salary');
  const rounding = lookup(parameters.rounding.values, 'rounding');
  const coefficients = (['collective', 'individual'] as const).map((kind) => {
    const award = ruleSet.awards[kind].id;
    const values = parameters.awardCoefficients.awards[award]?.[kind];
    if (!values) {
      // definePlan refuses a plan like this; kept as an issue rather than a crash.
      issues.push(makeIssue('award_coefficients_missing', ['options', 'plan', 'parameters', 'awardCoefficients', 'awards'], { award }, lang));
      return { kind, award, found: undefined };
    }
    return { kind, award, found: lookup(values, `award-coefficients/${award}/${kind}`) };
  });
  if (!base || !rounding || issues.length > 0) return { issues };
  const mode = roundingOption ?? rounding.entry.mode;
  const perKind = { collective: 0, individual: 0 };
  const awards = coefficients.map(({ kind, award, found }) => {
    const { from, entry } = found as NonNullable<typeof found>;
    const moneyVnd = awardMoneyVnd(base.entry.value, entry.value, rounding.entry.unitVnd, mode);
    perKind[kind] = moneyVnd;
    return { award, nomineeKind: kind, coefficient: entry.value, moneyVnd, from, reference: entry.reference, confidence: entry.confidence };
  });
  return {
    perKind,
    report: {
      decisionDate,
      payer: budget.payer,
      baseSalary: { valueVnd: base.entry.value, from: base.from, reference: base.entry.reference, confidence: base.entry.confidence },
      rounding: {
        unitVnd: rounding.entry.unitVnd,
        mode,
        modeFrom: roundingOption === undefined ? 'parameter' : 'option',
        from: rounding.from,
        reference: rounding.entry.reference,
        confidence: rounding.entry.confidence,
      },
      awards,
    },
  };
}
