import type { CriterionResult, FactValue, Outcome } from '../schema/evaluation';
import type { Award } from '../schema/ruleSet';
import type { Lang } from '../ground/lang';

function formatValue(v: FactValue, lang: Lang): string {
  if (v === null) return lang === 'vi' ? 'chưa rõ' : 'unknown';
  if (typeof v === 'boolean') return lang === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.join(', ')}]`;
  return String(v);
}

function formatFacts(facts: Record<string, FactValue> | undefined, lang: Lang): string {
  if (!facts) return '';
  const known = Object.entries(facts).filter(([, v]) => v !== null);
  return known.length === 0 ? '' : ` (${known.map(([k, v]) => `${k} = ${formatValue(v, lang)}`).join('; ')})`;
}

/** The opening sentence of the reasons: the outcome, the award, and the rule set's clause. */
export function outcomeSentence(outcome: Outcome, award: Award, clause: string, missing: readonly string[], lang: Lang): string {
  if (lang === 'vi') {
    switch (outcome) {
      case 'eligible':
        return `[${clause}] Đủ tiêu chuẩn đề nghị ${award.vi}.`;
      case 'ineligible':
        return `[${clause}] Không đủ tiêu chuẩn đề nghị ${award.vi}.`;
      case 'undetermined':
        return `[${clause}] Chưa đủ dữ kiện để kết luận; cần thêm: ${missing.join(', ')}.`;
    }
  }
  switch (outcome) {
    case 'eligible':
      return `[${clause}] Meets the standards for the ${award.en}.`;
    case 'ineligible':
      return `[${clause}] Does not meet the standards for the ${award.en}.`;
    case 'undetermined':
      return `[${clause}] Not enough facts to decide; still needed: ${missing.join(', ')}.`;
  }
}

/** One sentence for a criterion that decided the outcome, citing its clause ID. */
export function criterionSentence(node: CriterionResult, lang: Lang): string {
  const label = node.label[lang];
  if (lang === 'vi') {
    switch (node.result) {
      case 'met':
        return `[${node.id}] Đạt: ${label}${formatFacts(node.facts, lang)}.`;
      case 'not-met':
        return `[${node.id}] Không đạt: ${label}${formatFacts(node.facts, lang)}.`;
      case 'unknown':
        return `[${node.id}] Chưa xác định: ${label}; thiếu dữ kiện ${(node.missingFacts ?? []).join(', ')}.`;
    }
  }
  switch (node.result) {
    case 'met':
      return `[${node.id}] Met: ${label}${formatFacts(node.facts, lang)}.`;
    case 'not-met':
      return `[${node.id}] Not met: ${label}${formatFacts(node.facts, lang)}.`;
    case 'unknown':
      return `[${node.id}] Undetermined: ${label}; missing ${(node.missingFacts ?? []).join(', ')}.`;
  }
}
