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

function dmy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/**
 * The note for a year counted in a period criterion that is not over when the commune reports
 * on the period (III.2.2.a-collective-3, III.2.2.a-individual-base-3: 2030 and the report
 * before 31/3/2030).
 */
export function yearNotOverSentence(clause: string, year: number, reportDate: string, lang: Lang): string {
  return lang === 'vi'
    ? `[${clause}] Năm ${year} được tính nhưng chưa kết thúc khi Ủy ban nhân dân xã báo cáo (trước ngày ${dmy(reportDate)}): thành tích năm ${year} chỉ là thành tích đến ngày báo cáo.`
    : `[${clause}] ${year} is counted but is not over when the commune People's Committee reports (before ${dmy(reportDate)}): its achievements are only those up to the report.`;
}
