/**
 * The Vietnamese lunisolar calendar (âm lịch), computed, not tabulated.
 *
 * This is Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam", the reference used for the
 * Vietnamese calendar): new moons and the sun's longitude after Jean Meeus, "Astronomical
 * Algorithms" (1998), and the calendar rules (the 11th month holds the winter solstice; in a
 * 13-month year the first month without a principal term is the leap month), with the time
 * zone as a parameter. Vietnam's calendar is computed for UTC+7; China's for UTC+8. The two
 * differ when a new moon falls between 16:00 and 17:00 UTC: in the plan period, Tết 2030 is
 * 2 February in Vietnam and 3 February in China. A table made for China is wrong here.
 *
 * Everything works on Julian day numbers (integers), so nothing depends on the host's time
 * zone. Valid for the Gregorian years 1900–2199 (the precision of the series used).
 */

/** Vietnam's time zone for the lunar calendar: UTC+7. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

const PI = Math.PI;
const INT = Math.floor;

/** The Julian day number of a Gregorian date (day, month 1–12, year). */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = INT((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number: `[year, month 1–12, day]`. */
export function jdToDate(jd: number): [number, number, number] {
  const a = jd + 32044;
  const b = INT((4 * a + 3) / 146097);
  const c = a - INT((b * 146097) / 4);
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return [year, month, day];
}

/** The time (Julian date, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened series). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's apparent longitude, in radians in [0, 2π), at Julian date `jdn` (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = L0 + DL;
  L = L * dr;
  L = L - PI * 2 * INT(L / (PI * 2));
  return L;
}

/** The day (Julian day number, local) on which the k-th new moon falls in the given time zone. */
function newMoonDay(k: number, timeZone: number): number {
  return INT(newMoon(k) + 0.5 + timeZone / 24);
}

/** Which twelfth of the ecliptic (0–11) the sun is in at the start of a local day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** The first day of the lunar 11th month (the month holding the winter solstice) of Gregorian year `year`. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = INT(off / 29.530588853);
  let nm = newMoonDay(k, timeZone);
  if (sunSector(nm, timeZone) >= 9) nm = newMoonDay(k - 1, timeZone);
  return nm;
}

/** In a 13-month year starting at month 11 `a11`, the offset of the leap month. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** A date of the lunar calendar. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Whether the month is the leap (nhuận) month of its year. */
  readonly leap: boolean;
}

/**
 * The lunar date of a Gregorian date, for the given time zone (Vietnam: 7).
 *
 * @param date - `[year, month 1–12, day]` of the Gregorian calendar.
 * @param timeZone - Hours east of UTC: 7 for Vietnam (default), 8 for China.
 */
export function solarToLunar([year, month, day]: readonly [number, number, number], timeZone = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  const k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: lunarDay, leap };
}

/**
 * The Julian day number of a lunar date, for the given time zone (Vietnam: 7), or `null` when
 * the date does not exist (a leap month the year does not have).
 */
export function lunarToJd(lunar: LunarDate, timeZone = VIETNAM_UTC_OFFSET_HOURS): number | null {
  const { year, month, day, leap } = lunar;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZone);
    b11 = lunarMonth11(year, timeZone);
  } else {
    a11 = lunarMonth11(year, timeZone);
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(k + off, timeZone) + day - 1;
}

/**
 * The Gregorian date of a lunar date (not leap), as `YYYY-MM-DD`.
 *
 * @param year - The lunar year (the Gregorian year in which its first month begins).
 * @param month - The lunar month, 1–12.
 * @param day - The day of the lunar month, 1–30.
 * @param timeZone - Hours east of UTC: 7 for Vietnam (default), 8 for China.
 */
export function lunarToSolar(year: number, month: number, day: number, timeZone = VIETNAM_UTC_OFFSET_HOURS): string {
  const jd = lunarToJd({ year, month, day, leap: false }, timeZone);
  // A non-leap month always exists.
  return formatJd(jd as number);
}

/** A Julian day number as `YYYY-MM-DD`. */
export function formatJd(jd: number): string {
  const [y, m, d] = jdToDate(jd);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Tết Nguyên Đán (1st day of the 1st lunar month) of `year`, as `YYYY-MM-DD`. */
export function lunarNewYear(year: number, timeZone = VIETNAM_UTC_OFFSET_HOURS): string {
  return lunarToSolar(year, 1, 1, timeZone);
}
