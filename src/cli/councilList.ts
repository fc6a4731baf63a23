/**
 * The list the Emulation and Commendation Council works from, as an Excel workbook: the
 * proposals grouped by award with their totals, the nominations not selected with their reasons,
 * ties marked for the council's decision, and what the list was computed with.
 */
import { KIND_LABELS, label, REASON_LABELS } from './labels';
import type { Allocation, AllocationEntry } from './lib';
import type { CliLang, Text } from './text';
import type { XlsxModule } from './xlsx';

type Cell = string | number | null;

const H = (lang: CliLang, ...texts: Text[]): string[] => texts.map((x) => x[lang]);

/** The IDs of the nominations in a tie, for the mark in their row. */
function tiedIds(a: Allocation): Set<string> {
  return new Set(a.ties.flatMap((t) => t.nominationIds));
}

function tieMark(ids: Set<string>, e: AllocationEntry, lang: CliLang): string {
  return ids.has(e.nominationId) ? (lang === 'vi' ? 'đồng hạng: Hội đồng quyết định' : 'tie: the council decides') : '';
}

/** The proposals sheet: per award, a heading row, its entries numbered (STT), and a total row; then the grand total. */
function proposalRows(a: Allocation, lang: CliLang): Cell[][] {
  const ties = tiedIds(a);
  const rows: Cell[][] = [
    H(
      lang,
      { vi: 'STT', en: 'No.' },
      { vi: 'Họ tên / Tên tập thể', en: 'Name' },
      { vi: 'Đối tượng', en: 'Kind' },
      { vi: 'Đơn vị', en: 'Unit' },
      { vi: 'Hình thức khen thưởng', en: 'Award' },
      { vi: 'Số tiền (đồng)', en: 'Money (VND)' },
      { vi: 'Điều khoản', en: 'Clause' },
      { vi: 'Mã hồ sơ', en: 'Nomination ID' },
      { vi: 'Ghi chú', en: 'Note' },
    ),
  ];
  const byAward = new Map<string, AllocationEntry[]>();
  for (const e of a.selected) byAward.set(e.award.id, [...(byAward.get(e.award.id) ?? []), e]);
  let total = 0;
  for (const entries of byAward.values()) {
    const award = entries[0]!.award[lang];
    rows.push([null, award]);
    let sum = 0;
    entries.forEach((e, i) => {
      sum += e.moneyVnd ?? 0;
      rows.push([
        i + 1,
        e.nomineeName,
        label(KIND_LABELS, e.nomineeKind, lang),
        e.unit.name ?? e.unit.id,
        award,
        e.moneyVnd ?? null,
        e.clause,
        e.nominationId,
        tieMark(ties, e, lang),
      ]);
    });
    rows.push([null, lang === 'vi' ? `Cộng: ${entries.length}` : `Total: ${entries.length}`, null, null, award, sum]);
    total += sum;
  }
  rows.push([
    null,
    lang === 'vi'
      ? `Tổng cộng: ${a.totals.collectives} tập thể, ${a.totals.individuals} cá nhân`
      : `Grand total: ${a.totals.collectives} collectives, ${a.totals.individuals} individuals`,
    null,
    null,
    null,
    a.totals.moneyVnd ?? total,
  ]);
  return rows;
}

/** The sheet of nominations not selected, each with its reason and explanation. */
function notSelectedRows(a: Allocation, lang: CliLang): Cell[][] {
  const ties = tiedIds(a);
  return [
    H(
      lang,
      { vi: 'STT', en: 'No.' },
      { vi: 'Họ tên / Tên tập thể', en: 'Name' },
      { vi: 'Đối tượng', en: 'Kind' },
      { vi: 'Đơn vị', en: 'Unit' },
      { vi: 'Hình thức khen thưởng', en: 'Award' },
      { vi: 'Lý do', en: 'Reason' },
      { vi: 'Giải thích', en: 'Explanation' },
      { vi: 'Điều khoản', en: 'Clause' },
      { vi: 'Mã hồ sơ', en: 'Nomination ID' },
      { vi: 'Ghi chú', en: 'Note' },
    ),
    ...a.notSelected.map((e, i) => [
      i + 1,
      e.nomineeName,
      label(KIND_LABELS, e.nomineeKind, lang),
      e.unit.name ?? e.unit.id,
      e.award[lang],
      label(REASON_LABELS, e.reason, lang),
      e.explanation,
      e.clause,
      e.nominationId,
      tieMark(ties, e, lang),
    ]),
  ];
}

/** What the list was computed with: plan, version, level, year, decision date, base salary and rounding, ties, notes. */
function aboutRows(a: Allocation, lang: CliLang, version: string): Cell[][] {
  const vi = lang === 'vi';
  const rows: Cell[][] = [
    [vi ? 'Kế hoạch' : 'Plan', a.planId],
    [vi ? 'Phiên bản kế hoạch' : 'Plan version', a.planVersion],
    [vi ? 'Cấp khen thưởng' : 'Level', a.level],
    [vi ? 'Năm' : 'Year', a.year],
  ];
  if (a.money) {
    const m = a.money;
    rows.push(
      [vi ? 'Ngày quyết định' : 'Decision date', m.decisionDate],
      [vi ? 'Mức lương cơ sở (đồng)' : 'Base salary (VND)', m.baseSalary.valueVnd, `${m.baseSalary.reference} (${m.baseSalary.from})`],
      [vi ? 'Làm tròn' : 'Rounding', `${m.rounding.unitVnd} (${m.rounding.mode})`, m.rounding.reference],
      [vi ? 'Kinh phí (đồng)' : 'Budget (VND)', m.budgetVnd],
    );
  }
  for (const t of a.ties) rows.push([vi ? 'Đồng hạng' : 'Tie', t.nominationIds.join(', '), t.explanation]);
  for (const n of a.notes) rows.push([vi ? 'Ghi chú' : 'Note', n]);
  rows.push([vi ? 'Lập bằng' : 'Made with', `thi-dua-cchc ${version}`]);
  return rows;
}

/**
 * The council's workbook for an allocation: sheets of proposals, of the not selected, and of
 * what was used. Money is written only where it is paid.
 *
 * @returns The .xlsx bytes.
 */
export function councilWorkbook(x: XlsxModule, a: Allocation, lang: CliLang, version: string): Uint8Array {
  const wb = x.utils.book_new();
  const sheet = (rows: Cell[][], widths: number[]) => {
    const ws = x.utils.aoa_to_sheet(rows);
    ws['!cols'] = widths.map((wch) => ({ wch }));
    return ws;
  };
  const vi = lang === 'vi';
  x.utils.book_append_sheet(wb, sheet(proposalRows(a, lang), [5, 28, 10, 28, 32, 14, 24, 14, 26]), vi ? 'Đề nghị khen thưởng' : 'Proposals');
  x.utils.book_append_sheet(wb, sheet(notSelectedRows(a, lang), [5, 28, 10, 28, 32, 20, 60, 24, 14, 26]), vi ? 'Không được chọn' : 'Not selected');
  x.utils.book_append_sheet(wb, sheet(aboutRows(a, lang, version), [24, 40, 60]), vi ? 'Căn cứ' : 'Basis');
  return new Uint8Array(x.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
