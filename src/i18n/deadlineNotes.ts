/**
 * The sentences of `checkDeadline`'s `notes`, Vietnamese first. Each starts with the clause ID
 * it rests on, in brackets, like the reasons of `evaluateNomination`.
 */
import type { DeadlineReading, DeadlinesFile, MilestoneDefinition } from '../schema/deadlines';
import type { BilingualText, Lang } from '../ground/lang';

/** A date formatted for a sentence: `19/11/2026` in Vietnamese, `19 November 2026` in English. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day with its weekday: `thứ Năm 19/11/2026`, `Thursday 19 November 2026`. */
export function formatDay(date: string, weekday: BilingualText, lang: Lang): string {
  return `${weekday[lang]} ${formatDate(date, lang)}`;
}

/** An instant in Vietnam time: `23:59:00 ngày 19/11/2026 (giờ Việt Nam)`. */
export function formatClock(clock: { date: string; time: string }, lang: Lang): string {
  return lang === 'vi'
    ? `${clock.time} ngày ${formatDate(clock.date, lang)} (giờ Việt Nam)`
    : `${clock.time} on ${formatDate(clock.date, lang)} (Vietnam time)`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The reading of "trước ngày D" used, and whether it is the plan file's default. */
export function readingNote(clause: string, reading: DeadlineReading, isDefault: boolean, lang: Lang): string {
  if (lang === 'vi') {
    const how =
      reading === 'strict'
        ? 'nghiêm ngặt (reading: "strict"), ngày cuối cùng là ngày liền trước ngày D'
        : 'bao gồm (reading: "inclusive"), ngày cuối cùng là chính ngày D';
    const tail = isDefault ? ' Đây là cách hiểu mặc định; chưa có nguồn nào xác định cách hiểu này.' : ' Cách hiểu này do bên gọi chọn, không phải mặc định.';
    return `[${clause}] Cách hiểu “trước ngày D”: ${how}, đến hết 23:59:59 giờ Việt Nam (UTC+7).${tail}`;
  }
  const how =
    reading === 'strict' ? 'strict (reading: "strict"), the last day is the day before D' : 'inclusive (reading: "inclusive"), the last day is D itself';
  const tail = isDefault ? ' This is the default reading; no source settles it.' : ' The caller chose this reading; it is not the default.';
  return `[${clause}] Reading of “trước ngày D” (before day D): ${how}, until 23:59:59 Vietnam time (UTC+7).${tail}`;
}

/** What a dated milestone's status sentence needs. */
export interface MilestoneSentence {
  readonly def: MilestoneDefinition;
  readonly dueBefore: string;
  readonly lastDay: string;
  readonly lastDayWeekday: BilingualText;
  readonly status: 'on-time' | 'late' | 'open' | 'closed' | 'unknown';
  /** The instant that decided the status (`submittedAt` or `asOf`), in Vietnam time. */
  readonly at?: { date: string; time: string };
  /** For `late`: calendar days from the last day to the day the dossier arrived. */
  readonly daysLate?: number;
  readonly daysLeft?: number;
}

/** The sentence of a dated milestone: its due date, last day and status. */
export function milestoneNote(m: MilestoneSentence, lang: Lang): string {
  const { def } = m;
  const head =
    lang === 'vi'
      ? `[${def.clause}] ${def.label.vi}: trước ngày ${formatDate(m.dueBefore, lang)}; ngày cuối cùng là ${formatDay(m.lastDay, m.lastDayWeekday, lang)}, đến hết 23:59:59 giờ Việt Nam.`
      : `[${def.clause}] ${def.label.en}: before ${formatDate(m.dueBefore, lang)}; the last day is ${formatDay(m.lastDay, m.lastDayWeekday, lang)}, until 23:59:59 Vietnam time.`;
  const at = m.at ? formatClock(m.at, lang) : '';
  const left = m.daysLeft ?? 0;
  switch (m.status) {
    case 'on-time':
      return lang === 'vi' ? `${head} Hồ sơ đến lúc ${at}: đúng hạn.` : `${head} The dossier arrived at ${at}: on time.`;
    case 'late': {
      const n = m.daysLate ?? 1;
      return lang === 'vi'
        ? `${head} Hồ sơ đến lúc ${at}: trễ hạn (sau ngày cuối cùng ${n} ngày).`
        : `${head} The dossier arrived at ${at}: late (${plural(n, 'day', 'days')} after the last day).`;
    }
    case 'open':
      if (left === 0) {
        return lang === 'vi' ? `${head} Tính đến ${at}: còn hạn, hôm nay là ngày cuối cùng.` : `${head} As of ${at}: open, today is the last day.`;
      }
      return lang === 'vi'
        ? `${head} Tính đến ${at}: còn hạn, còn ${left} ngày đến ngày cuối cùng.`
        : `${head} As of ${at}: open, ${plural(left, 'day', 'days')} left to the last day.`;
    case 'closed':
      return lang === 'vi'
        ? `${head} Tính đến ${at}: đã hết hạn, ngày cuối cùng đã qua ${-left} ngày.`
        : `${head} As of ${at}: closed, the last day passed ${plural(-left, 'day', 'days')} ago.`;
    case 'unknown':
      return head;
  }
}

/** The reading note a milestone carries in the plan's data (e.g. which year a deadline falls in). */
export function dataNote(def: MilestoneDefinition, lang: Lang): string | undefined {
  return def.note ? `[${def.clause}] ${def.note[lang]}` : undefined;
}

/** A milestone that binds the commune itself (its report to the city), not the unit submitting. */
export function communeNote(def: MilestoneDefinition, submitted: boolean, asOf: boolean, lang: Lang): string {
  if (lang === 'vi') {
    let s = `[${def.clause}] Mốc “${def.label.vi}” là hạn của chính Ủy ban nhân dân xã: mốc này ràng buộc xã, không ràng buộc đơn vị nộp hồ sơ.`;
    if (submitted) s += ` Thời điểm hồ sơ đến (submittedAt) không dùng để xét mốc này${asOf ? '' : '; cần asOf để biết mốc này còn hạn hay đã hết hạn'}.`;
    return s;
  }
  let s = `[${def.clause}] “${def.label.en}” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier.`;
  if (submitted) s += ` The dossier's arrival (submittedAt) is not judged against it${asOf ? '' : '; pass asOf to see whether it is open or closed'}.`;
  return s;
}

/** The reason given for an ordinary Saturday or Sunday. */
export const WEEKLY_DAY_OFF: BilingualText = { vi: 'ngày nghỉ hằng tuần', en: 'a weekly day off' };

/** One reason a day is off, for the day-off warning. */
export interface DayOffReason {
  readonly name: BilingualText;
  readonly estimate: boolean;
}

/** The last day is not a working day: say so, give the last working day, and why the library does not roll forward. */
export function dayOffNote(
  def: MilestoneDefinition,
  lastDay: { date: string; weekday: BilingualText },
  lastWorkingDay: { date: string; weekday: BilingualText },
  reasons: readonly DayOffReason[],
  deadlines: DeadlinesFile,
  lang: Lang,
): string {
  const why = reasons.map((r) => (r.estimate ? `${r.name[lang]}, ${lang === 'vi' ? 'ước tính' : 'estimated'}` : r.name[lang])).join('; ');
  return lang === 'vi'
    ? `[${def.clause}] Ngày cuối cùng, ${formatDay(lastDay.date, lastDay.weekday, lang)}, không phải ngày làm việc: ${why}. Ngày làm việc cuối cùng là ${formatDay(lastWorkingDay.date, lastWorkingDay.weekday, lang)}. ${deadlines.dayOffRule.vi}`
    : `[${def.clause}] The last day, ${formatDay(lastDay.date, lastDay.weekday, lang)}, is not a working day: ${why}. The last working day is ${formatDay(lastWorkingDay.date, lastWorkingDay.weekday, lang)}. ${deadlines.dayOffRule.en}`;
}

/** A milestone without a calendar deadline (ad-hoc commendation). */
export function noDeadlineNote(def: MilestoneDefinition, lang: Lang): string {
  return lang === 'vi'
    ? `[${def.clause}] ${def.label.vi}: không có hạn theo lịch; tập thể, cá nhân được xem xét, đề nghị khen thưởng ngay sau khi lập được thành tích. Trạng thái: không áp dụng (not-applicable).`
    : `[${def.clause}] ${def.label.en}: no calendar deadline; proposals go right after the achievement. Status: not applicable.`;
}

/** A milestone whose date the commune's own plan sets, not given by the caller. */
export function unknownDateNote(def: MilestoneDefinition, lang: Lang): string {
  return lang === 'vi'
    ? `[${def.clause}] ${def.label.vi}: thời gian tiếp nhận hồ sơ theo kế hoạch tổng kết của Ủy ban nhân dân xã, chưa được cung cấp (periodSummaryDeadline); mốc này chưa xác định (unknown).`
    : `[${def.clause}] ${def.label.en}: dossiers are received on the dates of the commune's own summing-up plan, which were not given (periodSummaryDeadline); this milestone is unknown.`;
}

/** A unit's deadline falls after the commune's own report deadline on the same track. */
export function afterReportNote(unit: MilestoneDefinition, unitLastDay: string, report: MilestoneDefinition, reportLastDay: string, lang: Lang): string {
  return lang === 'vi'
    ? `[${unit.clause}] Ngày cuối cùng nộp hồ sơ (${formatDate(unitLastDay, lang)}) muộn hơn ngày cuối cùng của mốc “${report.label.vi}” (${formatDate(reportLastDay, lang)}): xã không kịp tổng hợp hồ sơ trước khi báo cáo; cần kiểm tra lại ngày này.`
    : `[${unit.clause}] The last day for dossiers (${formatDate(unitLastDay, lang)}) is after the last day of “${report.label.en}” (${formatDate(reportLastDay, lang)}): the commune could not compile them before its report; check that date.`;
}

/** Holidays of a year computed from the Labour Code's rules, not from an official list. */
export function estimateNote(clause: string, year: number, holidays: readonly BilingualText[], all: boolean, lang: Lang): string {
  if (lang === 'vi') {
    const which = all ? 'các ngày nghỉ lễ' : `các ngày nghỉ ${holidays.map((h) => h.vi).join(', ')}`;
    return `[${clause}] Năm ${year}: ${which} được tính theo quy tắc của Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112) và là ước tính, vì chưa có lịch nghỉ chính thức của Chính phủ.`;
  }
  const which = all ? 'public holidays are' : `the days off for ${holidays.map((h) => h.en).join(', ')} are`;
  return `[${clause}] Year ${year}: ${which} computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.`;
}

/**
 * The days off of a year come from the plan's own calendar (`calendar` of the plan): the
 * references of its file, each once, so that the answer cites what the host gave.
 */
export function planCalendarNote(clause: string, year: number, references: readonly string[], lang: Lang): string {
  return lang === 'vi'
    ? `[${clause}] Năm ${year}: ngày nghỉ lễ theo lịch nghỉ chính thức do kế hoạch cung cấp: ${references.join('; ')}.`
    : `[${clause}] Year ${year}: the days off are the official ones the plan gives: ${references.join('; ')}.`;
}

/** Neither `submittedAt` nor `asOf` was given. */
export function noTimeNote(clause: string, lang: Lang): string {
  return lang === 'vi'
    ? `[${clause}] Không có thời điểm hồ sơ đến (submittedAt) hay thời điểm xét (asOf): trạng thái các mốc chưa xác định (unknown). Thư viện không tự đọc đồng hồ.`
    : `[${clause}] No submittedAt and no asOf were given: the milestones' status is unknown. The library does not read the clock.`;
}

/** A year was given to a track that does not use it. */
export function yearUnusedNote(clause: string, year: number, lang: Lang): string {
  return lang === 'vi'
    ? `[${clause}] Năm ${year} không dùng để tính các mốc của loại khen thưởng này.`
    : `[${clause}] Year ${year} is not used for this track's milestones.`;
}
