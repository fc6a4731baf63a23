import type { HistoryEntry } from '../schema/allocation';
import type { NomineeKind } from '../schema/nomination';
import type { RoundingMode } from '../schema/parameters';
import type { Award } from '../schema/ruleSet';
import type { Lang } from '../ground/lang';
import { vnd } from './money';

// Sentences of allocateQuota, Vietnamese first. Each cites the clause that decided.

function quoteList(items: readonly string[]): string {
  return items.map((s) => `“${s}”`).join(', ');
}

function kindWord(kind: NomineeKind, lang: Lang, count = 1): string {
  if (lang === 'vi') return kind === 'collective' ? 'tập thể' : 'cá nhân';
  return kind === 'collective' ? (count === 1 ? 'collective' : 'collectives') : count === 1 ? 'individual' : 'individuals';
}

/** A priority criterion met, as a sentence lists it. */
export interface PriorityItem {
  readonly clause: string;
  readonly text: { readonly vi: string; readonly en: string };
}

/** What every explanation of one candidate may mention. */
export interface CandidateFacts {
  readonly award: Award;
  readonly kind: NomineeKind;
  readonly unitId: string;
  readonly score: number;
  readonly priorityMet: readonly PriorityItem[];
  readonly moneyVnd: number | undefined;
  readonly missingFacts: readonly string[];
}

/** How a selected candidate fits the level's quantity rule. */
export type SelectedBasis = { readonly kind: 'per-unit'; readonly limit: number } | { readonly kind: 'budget' } | { readonly kind: 'no-fixed-number' };

/** The first sentence of a selected candidate's explanation: selected, and within what. */
export function selectedHead(clause: string, basis: SelectedBasis, c: Pick<CandidateFacts, 'award' | 'kind' | 'unitId'>, lang: Lang): string {
  if (lang === 'vi') {
    const within =
      basis.kind === 'per-unit'
        ? `trong chỉ tiêu ${basis.limit} ${kindWord(c.kind, lang)} của đơn vị “${c.unitId}”`
        : basis.kind === 'budget'
          ? 'trong phạm vi kinh phí khen thưởng'
          : 'không có số lượng cố định, Chủ tịch UBND xã quyết định';
    return `[${clause}] Được chọn: đủ tiêu chuẩn đề nghị ${c.award.vi}, ${within}.`;
  }
  const within =
    basis.kind === 'per-unit'
      ? `within the unit “${c.unitId}”'s quota of ${basis.limit} ${kindWord(c.kind, lang, basis.limit)}`
      : basis.kind === 'budget'
        ? 'within the award budget'
        : 'no fixed number, the commune Chairman decides';
  return `[${clause}] Selected: eligible for the ${c.award.en}, ${within}.`;
}

/** The rest of a selected candidate's explanation: the priority criteria met, and the award money. */
export function selectedDetails(c: Pick<CandidateFacts, 'priorityMet' | 'score' | 'moneyVnd'>, lang: Lang): string {
  let out: string;
  if (c.priorityMet.length === 0) {
    out = lang === 'vi' ? ' Không đạt tiêu chí ưu tiên nào.' : ' No priority criterion met.';
  } else {
    const items = c.priorityMet.map((p) => `${p.text[lang]} [${p.clause}]`).join('; ');
    // The tier, then every item met, listed for the council and never summed for ranking.
    out = lang === 'vi' ? ` Bậc ưu tiên ${c.score}; nội dung ưu tiên đáp ứng: ${items}.` : ` Priority tier ${c.score}; priority items met: ${items}.`;
  }
  if (c.moneyVnd !== undefined) {
    out += lang === 'vi' ? ` Tiền thưởng: ${vnd(c.moneyVnd, lang)}.` : ` Award money: ${vnd(c.moneyVnd, lang)}.`;
  }
  return out;
}

/** Why an ineligible or undetermined evaluation is not selected. */
export function outcomeSentence(clause: string, outcome: 'ineligible' | 'undetermined', c: CandidateFacts, lang: Lang): string {
  if (outcome === 'ineligible') {
    return lang === 'vi'
      ? `[${clause}] Không được chọn: không đủ tiêu chuẩn đề nghị ${c.award.vi} (lý do trong kết quả đánh giá).`
      : `[${clause}] Not selected: does not meet the standards for the ${c.award.en} (the evaluation gives the reasons).`;
  }
  const missing = c.missingFacts.join(', ');
  return lang === 'vi'
    ? `[${clause}] Không được chọn: chưa đủ dữ kiện để kết luận${missing ? `; cần thêm: ${missing}` : ''}.`
    : `[${clause}] Not selected: not enough facts to decide${missing ? `; still needed: ${missing}` : ''}.`;
}

/** Why a candidate whose achievement was already awarded, or is held by a higher priority, is not selected. */
export function duplicateSentence(
  clause: string,
  achievementId: string,
  by: { readonly history: readonly HistoryEntry[] } | { readonly claimedBy: readonly string[] },
  lang: Lang,
): string {
  if ('history' in by) {
    const earlier = by.history.map((h) => `${h.award}, ${h.decidedOn}`).join('; ');
    return lang === 'vi'
      ? `[${clause}] Không được chọn: thành tích “${achievementId}” đã được khen thưởng (${earlier}); không khen thưởng nhiều lần cho một thành tích.`
      : `[${clause}] Not selected: achievement “${achievementId}” was already commended (${earlier}); one achievement is commended once.`;
  }
  return lang === 'vi'
    ? `[${clause}] Không được chọn: thành tích “${achievementId}” thuộc đề nghị có mức ưu tiên cao hơn (${quoteList(by.claimedBy)}); không khen thưởng nhiều lần cho một thành tích.`
    : `[${clause}] Not selected: achievement “${achievementId}” belongs to a nomination of higher priority (${quoteList(by.claimedBy)}); one achievement is commended once.`;
}

/** Why a candidate is not selected for the per-unit quota. */
export function quotaSentence(clause: string, limit: number, heldBy: readonly string[], c: CandidateFacts, lang: Lang): string {
  if (lang === 'vi') {
    return heldBy.length === 0
      ? `[${clause}] Không được chọn: chỉ tiêu ${kindWord(c.kind, lang)} của đơn vị “${c.unitId}” là ${limit}.`
      : `[${clause}] Không được chọn: đơn vị “${c.unitId}” đã đủ chỉ tiêu ${limit} ${kindWord(c.kind, lang)} với đề nghị có mức ưu tiên cao hơn (${quoteList(heldBy)}).`;
  }
  return heldBy.length === 0
    ? `[${clause}] Not selected: the unit “${c.unitId}” has a quota of ${limit} ${kindWord(c.kind, lang, limit)}.`
    : `[${clause}] Not selected: the unit “${c.unitId}”'s quota of ${limit} ${kindWord(c.kind, lang, limit)} is taken by nominations of higher priority (${quoteList(heldBy)}).`;
}

/** Why a candidate is not selected for the budget. */
export function budgetSentence(
  clause: string,
  priorityClauses: readonly string[],
  d: { readonly remainingVnd?: number; readonly stoppedAt?: number },
  c: CandidateFacts,
  lang: Lang,
): string {
  const prio = priorityClauses.join(', ');
  if (d.remainingVnd !== undefined) {
    const need = vnd(c.moneyVnd ?? 0, lang);
    const left = vnd(d.remainingVnd, lang);
    return lang === 'vi'
      ? `[${clause}] Không được chọn: tiền thưởng ${need} vượt kinh phí còn lại ${left}.`
      : `[${clause}] Not selected: its award money, ${need}, exceeds the budget left, ${left}.`;
  }
  return lang === 'vi'
    ? `[${clause}] Không được chọn: kinh phí đã dừng ở mức ưu tiên ${String(d.stoppedAt)}, cao hơn; kinh phí được dùng theo thứ tự ưu tiên (${prio}).`
    : `[${clause}] Not selected: the budget stopped at priority ${String(d.stoppedAt)}, higher than this one; the budget is spent in priority order (${prio}).`;
}

/** A tie, as its own record and the explanation of its members describe it. */
export type TieFacts = { readonly clause: string; readonly priorityScore: number; readonly nominationIds: readonly string[] } & (
  | { readonly cutoff: 'quota'; readonly unitId: string; readonly nomineeKind: NomineeKind; readonly places: number }
  | { readonly cutoff: 'achievement'; readonly achievementIds: readonly string[] }
  | { readonly cutoff: 'budget'; readonly remainingVnd: number; readonly totalVnd: number }
);

/**
 * One sentence describing a tie at a cutoff: how many tie, at which priority, for what. The
 * nominations are not named: the tie's record lists them once (`ties[].nominationIds`), and each
 * tied entry carries this sentence, so naming them would make the answer grow with the square
 * of the tie.
 */
export function tieSentence(t: TieFacts, lang: Lang): string {
  const n = t.nominationIds.length;
  if (lang === 'vi') {
    const what =
      t.cutoff === 'quota'
        ? `tranh ${t.places} suất ${kindWord(t.nomineeKind, lang)} còn lại của đơn vị “${t.unitId}”`
        : t.cutoff === 'achievement'
          ? `cùng nêu thành tích ${quoteList(t.achievementIds)}, chỉ được khen một lần`
          : `cần ${vnd(t.totalVnd, lang)}, kinh phí còn ${vnd(t.remainingVnd, lang)}`;
    return `[${t.clause}] Đồng hạng tại điểm cắt: ${n} đề nghị cùng mức ưu tiên ${t.priorityScore} ${what} (danh sách trong ties); Hội đồng Thi đua - Khen thưởng quyết định, thư viện không tự chọn.`;
  }
  const what =
    t.cutoff === 'quota'
      ? `compete for the ${t.places} remaining ${kindWord(t.nomineeKind, lang, t.places)} place(s) of the unit “${t.unitId}”`
      : t.cutoff === 'achievement'
        ? `claim the same achievement ${quoteList(t.achievementIds)}, which can be commended once`
        : `need ${vnd(t.totalVnd, lang)} with ${vnd(t.remainingVnd, lang)} of budget left`;
  return `[${t.clause}] Tie at the cutoff: ${n} nominations of equal priority ${t.priorityScore} ${what} (listed in ties); the Emulation and Commendation Council decides, the library does not pick.`;
}

/** What the entry of a proposal outside the quota states (III.2.1.2.b-discretionary). */
export interface OutsideQuotaFacts {
  readonly clause: string;
  /** The clause's words, in the answer's language. */
  readonly quote: string;
  /** The unit's quota it does not count against, where the level has one per unit. */
  readonly quota: { readonly clause: string; readonly collective: number; readonly individual: number } | undefined;
}

/** Why an eligible proposal outside the quota is listed apart: the City Chairman decides it, and it does not use the unit's places. */
export function outsideQuotaSentence(f: OutsideQuotaFacts, lang: Lang): string {
  const q = f.quota;
  if (lang === 'vi') {
    const quota = q
      ? `không tính vào chỉ tiêu ${q.collective} tập thể, ${q.individual} cá nhân của đơn vị (${q.clause})`
      : 'không tính vào chỉ tiêu của đơn vị';
    return `[${f.clause}] Đề nghị ngoài chỉ tiêu, do Chủ tịch UBND thành phố quyết định: “${f.quote}” Đề nghị này ${quota}; thư viện không xét chọn.`;
  }
  const quota = q
    ? `does not count against the unit's quota of ${q.collective} collective(s) and ${q.individual} individual(s) (${q.clause})`
    : "does not count against the unit's quota";
  return `[${f.clause}] Proposed outside the quota, for the City Chairman to decide: “${f.quote}” It ${quota}; the library does not judge it.`;
}

/** The facts the notes of an allocation state. */
export interface NoteFacts {
  readonly rankingClauses: readonly string[];
  readonly presentationKeys: readonly ('nomineeKind' | 'unitId' | 'nominationId')[];
  readonly nomineeKinds: readonly NomineeKind[];
  readonly quantity:
    | { readonly kind: 'per-unit'; readonly clause: string; readonly limits: Readonly<Record<NomineeKind, number>> }
    | { readonly kind: 'no-fixed-number'; readonly clause: string };
  readonly budget:
    | { readonly applies: false; readonly payer: 'city' | 'state' }
    | {
        readonly applies: true;
        readonly clause: string;
        readonly budgetVnd: number | undefined;
        readonly spentVnd: number;
        readonly reservedVnd: number;
        /** The budget mode (rules/quotas.json budgetOrder), and whether the call chose it. */
        readonly mode: 'strict' | 'fill';
        readonly modeFrom: 'rule' | 'option';
        readonly stoppedAt: number | undefined;
        /** Lower-priority candidates not selected for budget whose money alone fits what is left. */
        readonly fitLeftover: number;
        /** Each tie at the budget: how many of its nominations the money left covers. */
        readonly ties: readonly { readonly priorityScore: number; readonly remainingVnd: number; readonly covered: number; readonly tied: number }[];
      };
  readonly money:
    | undefined
    | {
        readonly decisionDate: string;
        readonly baseSalaryVnd: number;
        readonly baseSalaryFrom: string;
        readonly baseSalaryReference: string;
        readonly unitVnd: number;
        readonly mode: RoundingMode;
        readonly modeFrom: 'parameter' | 'option';
        readonly lowConfidence: readonly string[];
      };
  readonly discretionaryClause: string | undefined;
  /**
   * The proposals flagged outside the quota: how many per unit (by unit ID, in code-unit order),
   * how many are listed apart (eligible), and how many were refused (ineligible, undetermined).
   */
  readonly outsideQuota: { readonly byUnit: readonly (readonly [string, number])[]; readonly listed: number; readonly refused: number };
  readonly undetermined: number;
  readonly priorityUnknown: number;
  readonly ties: number;
  readonly duplicates: number;
  readonly duplicateClause: string;
}

const KEY_WORDS: Readonly<Record<'nomineeKind' | 'unitId' | 'nominationId', { vi: string; en: string }>> = {
  nomineeKind: { vi: 'đối tượng', en: 'nominee kind' },
  unitId: { vi: 'mã đơn vị', en: 'unit ID' },
  nominationId: { vi: 'mã hồ sơ', en: 'nomination ID' },
};

const MODE_WORDS: Readonly<Record<RoundingMode, { vi: string; en: string }>> = {
  nearest: { vi: 'làm tròn gần nhất, đúng nửa thì lên', en: 'to the nearest, an exact half up' },
  up: { vi: 'làm tròn lên', en: 'always up' },
  down: { vi: 'làm tròn xuống', en: 'always down' },
};

/** Step 1: the order of consideration, and the presentation order within one priority. */
function orderNote(f: NoteFacts, lang: Lang): string {
  const vi = lang === 'vi';
  const keys = f.presentationKeys
    .map((k) =>
      k === 'nomineeKind' ? `${KEY_WORDS[k][lang]} (${f.nomineeKinds.map((x) => kindWord(x, lang)).join(vi ? ' trước ' : ' before ')})` : KEY_WORDS[k][lang],
    )
    .join(', ');
  const ranking = f.rankingClauses.join(', ');
  const tag = ranking ? `[${ranking}] ` : '';
  return vi
    ? `${tag}Thứ tự xét: bậc ưu tiên (theo priorityTiers; mặc định: đáp ứng ít nhất một nội dung ưu tiên, rồi các đề nghị còn lại) từ cao xuống thấp; các nội dung ưu tiên đáp ứng được liệt kê, không cộng dồn để xếp hạng. Cùng mức ưu tiên thì liệt kê theo ${keys}, chỉ để trình bày: các đề nghị cùng mức ưu tiên tranh suất cuối là đồng hạng, không bị phân định ngầm.`
    : `${tag}Order: priority tier (priorityTiers; by default: at least one priority item met, then the rest), highest first; the items met are listed, never summed for ranking. Within one priority, lists follow ${keys}, for presentation only: nominations of equal priority competing for the last place are a tie, never broken silently.`;
}

/** Step 2: how many the level may select. */
function quantityNote(q: NoteFacts['quantity'], lang: Lang): string {
  const vi = lang === 'vi';
  if (q.kind === 'per-unit') {
    return vi
      ? `[${q.clause}] Mỗi đơn vị đề nghị không quá ${q.limits.collective} tập thể, ${q.limits.individual} cá nhân.`
      : `[${q.clause}] Each unit proposes at most ${q.limits.collective} collective(s) and ${q.limits.individual} individual(s).`;
  }
  return vi ? `[${q.clause}] Không có số lượng cố định: Chủ tịch UBND xã quyết định.` : `[${q.clause}] No fixed number: the commune Chairman decides.`;
}

/** Step 3: who pays, the budget and what it was spent on, and where it stopped. */
function budgetNotes(f: NoteFacts, lang: Lang): string[] {
  const vi = lang === 'vi';
  const b = f.budget;
  if (!b.applies) {
    return [
      vi
        ? `Tiền thưởng ở cấp này do ${b.payer === 'city' ? 'thành phố' : 'Nhà nước'} chi, không tính vào kinh phí khen thưởng của xã.`
        : `The ${b.payer} pays the award money at this level; it does not count against the commune's award budget.`,
    ];
  }
  if (b.budgetVnd === undefined) {
    return [
      vi
        ? `[${b.clause}] Không nêu kinh phí (budgetVnd): mọi đề nghị đủ tiêu chuẩn, không trùng thành tích đều được chọn.`
        : `[${b.clause}] No budget given (budgetVnd): every eligible nomination whose achievements are not commended elsewhere is selected.`,
    ];
  }
  const left = b.budgetVnd - b.spentVnd;
  const notes = [
    vi
      ? `[${b.clause}] Kinh phí ${vnd(b.budgetVnd, lang)}; các đề nghị được chọn dùng ${vnd(b.spentVnd, lang)}; còn ${vnd(left, lang)}${b.reservedVnd > 0 ? `, trong đó ${vnd(b.reservedVnd, lang)} dành cho các trường hợp đồng hạng` : ''}.`
      : `[${b.clause}] Budget ${vnd(b.budgetVnd, lang)}; the selected use ${vnd(b.spentVnd, lang)}; ${vnd(left, lang)} is left${b.reservedVnd > 0 ? `, of which ${vnd(b.reservedVnd, lang)} is set aside for the ties` : ''}.`,
  ];
  const chosen =
    b.modeFrom === 'option' ? (vi ? ', theo tùy chọn budgetRule' : ', as chosen by budgetRule') : vi ? ', theo quy tắc của cấp' : ", the level's rule";
  notes.push(
    b.mode === 'strict'
      ? vi
        ? `[${b.clause}] Cách dùng kinh phí: strict${chosen}. Kinh phí dùng theo đúng thứ tự mức ưu tiên: khi một mức ưu tiên không vừa kinh phí, không đề nghị nào có mức ưu tiên thấp hơn được chọn. Kinh phí còn lại: ${vnd(left - b.reservedVnd, lang)}.`
        : `[${b.clause}] Budget mode: strict${chosen}. The budget is spent in priority order: once a tier does not fit, no nomination of lower priority is selected. Money left: ${vnd(left - b.reservedVnd, lang)}.`
      : vi
        ? `[${b.clause}] Cách dùng kinh phí: fill${chosen}. Các mức ưu tiên được xét lần lượt; khi một mức đã xét xong hoặc đã được dành kinh phí cho trường hợp đồng hạng, các đề nghị có mức ưu tiên thấp hơn vừa với kinh phí còn lại được chọn. Kinh phí còn lại: ${vnd(left - b.reservedVnd, lang)}.`
        : `[${b.clause}] Budget mode: fill${chosen}. Tiers are taken in turn; once a tier is settled or has money set aside for its tie, lower-tier nominations that fit the money left are selected. Money left: ${vnd(left - b.reservedVnd, lang)}.`,
  );
  if (b.stoppedAt !== undefined) {
    notes.push(
      vi
        ? `[${[b.clause, ...f.rankingClauses].join(', ')}] Kinh phí được dùng theo đúng thứ tự ưu tiên và dừng ở mức ưu tiên ${b.stoppedAt}: không đề nghị nào có mức ưu tiên thấp hơn được chọn${b.fitLeftover > 0 ? `, dù ${b.fitLeftover} đề nghị trong số đó có tiền thưởng vừa với số còn lại; Hội đồng có thể xem xét` : ''}.`
        : `[${[b.clause, ...f.rankingClauses].join(', ')}] The budget is spent in priority order and stopped at priority ${b.stoppedAt}: no nomination of lower priority is selected${b.fitLeftover > 0 ? `, although ${b.fitLeftover} of them would fit the money left; the council may consider them` : ''}.`,
    );
  }
  for (const t of b.ties) {
    notes.push(
      vi
        ? `[${b.clause}] Đồng hạng tại điểm cắt kinh phí ở mức ưu tiên ${t.priorityScore}: kinh phí còn lại ${vnd(t.remainingVnd, lang)} đủ cho ${t.covered} trong ${t.tied} hồ sơ đồng hạng; Hội đồng Thi đua - Khen thưởng quyết định.`
        : `[${b.clause}] Tie at the budget cutoff at priority ${t.priorityScore}: the money left, ${vnd(t.remainingVnd, lang)}, covers ${t.covered} of the ${t.tied} tied nominations; the Emulation and Commendation Council decides.`,
    );
  }
  return notes;
}

/** Step 4: how the award money was computed, or why it was not. */
function moneyNotes(m: NoteFacts['money'], lang: Lang): string[] {
  const vi = lang === 'vi';
  if (!m)
    return [vi ? 'Chưa tính tiền thưởng: không có ngày quyết định (decisionDate).' : 'Award money not computed: no decision date (decisionDate) was given.'];
  const mode = `${MODE_WORDS[m.mode][lang]}${m.modeFrom === 'option' ? (vi ? ', theo tùy chọn' : ', as chosen') : ''}`;
  const notes = [
    vi
      ? `Tiền thưởng = hệ số × mức lương cơ sở ${vnd(m.baseSalaryVnd, lang)} (từ ${m.baseSalaryFrom}, ${m.baseSalaryReference}) có hiệu lực ngày quyết định ${m.decisionDate}, làm tròn đến ${vnd(m.unitVnd, lang)} (${mode}).`
      : `Award money = coefficient × the base salary of ${vnd(m.baseSalaryVnd, lang)} (from ${m.baseSalaryFrom}, ${m.baseSalaryReference}) in force on the decision date ${m.decisionDate}, rounded to ${vnd(m.unitVnd, lang)} (${mode}).`,
  ];
  if (m.lowConfidence.length > 0) {
    notes.push(
      vi
        ? `Tham số có độ tin cậy dưới mức cao, có thể thay bằng kế hoạch riêng: ${m.lowConfidence.join('; ')}.`
        : `Parameters below high confidence, which a host may override with its own plan: ${m.lowConfidence.join('; ')}.`,
    );
  }
  return notes;
}

/** The proposals flagged outside the quota, per unit; those listed apart are the City Chairman's to decide. */
function outsideQuotaNote(f: NoteFacts, lang: Lang): string | undefined {
  const { byUnit, listed, refused } = f.outsideQuota;
  if (byUnit.length === 0 || f.discretionaryClause === undefined) return undefined;
  const flagged = listed + refused;
  const units = byUnit.map(([unit, n]) => `“${unit}” ${n}`).join(', ');
  return lang === 'vi'
    ? `[${f.discretionaryClause}] ${flagged} đề nghị được đánh dấu ngoài chỉ tiêu (outsideQuota), theo đơn vị: ${units}. ${listed} đề nghị đủ tiêu chuẩn được liệt kê riêng, không tính vào chỉ tiêu và không được xét chọn ở đây: Chủ tịch UBND thành phố quyết định${refused > 0 ? `; ${refused} đề nghị chưa đủ tiêu chuẩn hoặc chưa đủ dữ kiện nằm trong danh sách không được chọn` : ''}.`
    : `[${f.discretionaryClause}] ${flagged} proposal(s) flagged outside the quota (outsideQuota), by unit: ${units}. ${listed} eligible proposal(s) are listed apart, not counted against the quota and not judged here: the City Chairman decides${refused > 0 ? `; ${refused} ineligible or undetermined are among the not selected` : ''}.`;
}

/** Step 5: what the council should look at: proposals outside the quota, unknown facts, ties, repeated achievements. */
function attentionNotes(f: NoteFacts, lang: Lang): string[] {
  const vi = lang === 'vi';
  const notes: string[] = [];
  const outside = outsideQuotaNote(f, lang);
  if (outside !== undefined) notes.push(outside);
  if (f.undetermined > 0) {
    notes.push(
      vi
        ? `${f.undetermined} hồ sơ chưa đủ dữ kiện để kết luận; khi bổ sung dữ kiện, kết quả phân bổ có thể thay đổi.`
        : `${f.undetermined} nomination(s) are undetermined; once their facts are supplied, the allocation may change.`,
    );
  }
  if (f.priorityUnknown > 0) {
    notes.push(
      vi
        ? `${f.priorityUnknown} đề nghị đủ tiêu chuẩn có tiêu chí ưu tiên chưa rõ dữ kiện (không được tính); mức ưu tiên của các đề nghị này có thể thấp hơn thực tế.`
        : `${f.priorityUnknown} eligible nomination(s) have priority criteria with unknown facts (not counted); their priority may be understated.`,
    );
  }
  if (f.ties > 0) {
    notes.push(
      vi
        ? `${f.ties} trường hợp đồng hạng tại điểm cắt cần Hội đồng Thi đua - Khen thưởng quyết định (ties). Mỗi trường hợp giữ lại các suất, thành tích và tiền thưởng mà các đề nghị trong đó có thể nhận.`
        : `${f.ties} tie(s) at a cutoff for the Emulation and Commendation Council to decide (ties). Each reserves the places, achievements and money its nominations could take.`,
    );
  }
  if (f.duplicates > 0) {
    notes.push(
      vi
        ? `[${f.duplicateClause}] ${f.duplicates} thành tích được nêu ở nhiều nơi (duplicates); mỗi thành tích chỉ được khen thưởng một lần.`
        : `[${f.duplicateClause}] ${f.duplicates} achievement(s) are claimed in more than one place (duplicates); each achievement is commended once.`,
    );
  }
  return notes;
}

/** The notes of an allocation: the order used, the readings taken, and what the council should look at. */
export function allocationNotes(f: NoteFacts, lang: Lang): string[] {
  return [orderNote(f, lang), quantityNote(f.quantity, lang), ...budgetNotes(f, lang), ...moneyNotes(f.money, lang), ...attentionNotes(f, lang)];
}
