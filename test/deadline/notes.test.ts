import { describe, expect, it } from 'vitest';
import { checkDeadline } from '../../src/index';

// checkDeadline's answers in full for eight situations: the milestones' status, onTime, and every
// note in order (in English), so that a changed date, status, count of days or note is noticed.
// [sentence, input, onTime, milestones (id, status, days left), notes]
type Row = [string, unknown, boolean | null, { id: string; status: string; daysLeft?: number }[], string[]];

const rows: Row[] = [
  [
    'a grassroots dossier four days late is told how late, and that the date is 20 November of the year itself',
    { track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-23T09:00:00+07:00' },
    false,
    [{ id: 'dossier', status: 'late' }],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.1-grassroots] Annual grassroots commendation dossiers to the commune People's Committee: before 20 November 2026; the last day is Thursday 19 November 2026, until 23:59:59 Vietnam time. The dossier arrived at 09:00:00 on 23 November 2026 (Vietnam time): late (4 days after the last day).",
      '[III.3.1-grassroots] Dossiers for assessment year Y are due before 20 November of year Y itself.',
    ],
  ],
  [
    'city dossiers checked as of a date are told the days left for each milestone, and that 2028’s holidays are estimates',
    { track: 'annual-city', year: 2027, asOf: '2028-02-20T09:00:00+07:00' },
    null,
    [
      { id: 'dossier', status: 'open', daysLeft: 18 },
      { id: 'report-to-city', status: 'open', daysLeft: 39 },
    ],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.1-city] Annual city-level commendation dossiers to the commune People's Committee: before 10 March 2028; the last day is Thursday 9 March 2028, until 23:59:59 Vietnam time. As of 09:00:00 on 20 February 2028 (Vietnam time): open, 18 days left to the last day.",
      '[III.3.1-city] City-level awards for assessment year Y rest on the PAR index of year Y, published early in Y+1: dossiers are due before 10 March of Y+1.',
      "[III.3.1-city] The commune People's Committee reports to the Department of Home Affairs: before 31 March 2028; the last day is Thursday 30 March 2028, until 23:59:59 Vietnam time. As of 09:00:00 on 20 February 2028 (Vietnam time): open, 39 days left to the last day.",
      "[III.3.1-city] The plan's sentence can also be read as making 31 March the date by which the Department proposes to the City People's Committee; the commune's report would then have to arrive earlier. The library takes 31 March of Y+1 as the latest date for the commune's report.",
      "[III.3.1-city] “The commune People's Committee reports to the Department of Home Affairs” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier.",
      "[III.3] Year 2028: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
    ],
  ],
  [
    'without a submission or an as-of time, the status is unknown and the notes say the clock is not read',
    { track: 'annual-grassroots', year: 2029 },
    null,
    [{ id: 'dossier', status: 'unknown' }],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.1-grassroots] Annual grassroots commendation dossiers to the commune People's Committee: before 20 November 2029; the last day is Monday 19 November 2029, until 23:59:59 Vietnam time.",
      '[III.3.1-grassroots] Dossiers for assessment year Y are due before 20 November of year Y itself.',
      "[III.3] Year 2029: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
      "[III.3] No submittedAt and no asOf were given: the milestones' status is unknown. The library does not read the clock.",
    ],
  ],
  [
    'a last day on a Saturday is reported with the last working day before it, the day off named',
    { track: 'annual-city', year: 2029, submittedAt: '2030-03-01T09:00:00+07:00' },
    true,
    [
      { id: 'dossier', status: 'on-time' },
      { id: 'report-to-city', status: 'unknown' },
    ],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.1-city] Annual city-level commendation dossiers to the commune People's Committee: before 10 March 2030; the last day is Saturday 9 March 2030, until 23:59:59 Vietnam time. The dossier arrived at 09:00:00 on 1 March 2030 (Vietnam time): on time.",
      '[III.3.1-city] City-level awards for assessment year Y rest on the PAR index of year Y, published early in Y+1: dossiers are due before 10 March of Y+1.',
      '[III.3.1-city] The last day, Saturday 9 March 2030, is not a working day: a weekly day off. The last working day is Friday 8 March 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3.1-city] The commune People's Committee reports to the Department of Home Affairs: before 31 March 2030; the last day is Saturday 30 March 2030, until 23:59:59 Vietnam time.",
      "[III.3.1-city] The plan's sentence can also be read as making 31 March the date by which the Department proposes to the City People's Committee; the commune's report would then have to arrive earlier. The library takes 31 March of Y+1 as the latest date for the commune's report.",
      "[III.3.1-city] “The commune People's Committee reports to the Department of Home Affairs” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier. The dossier's arrival (submittedAt) is not judged against it; pass asOf to see whether it is open or closed.",
      '[III.3.1-city] The last day, Saturday 30 March 2030, is not a working day: a weekly day off. The last working day is Friday 29 March 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3] Year 2030: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
    ],
  ],
  [
    'a summing-up date after the commune’s own report date is flagged as one to check',
    { track: 'period-2026-2030', periodSummaryDeadline: '2030-06-15', asOf: '2030-05-01T00:00:00+07:00' },
    null,
    [
      { id: 'dossier', status: 'open', daysLeft: 44 },
      { id: 'report-to-city', status: 'closed', daysLeft: -32 },
    ],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.2-period] Period summary commendation dossiers (2026–2030) to the commune People's Committee: before 15 June 2030; the last day is Friday 14 June 2030, until 23:59:59 Vietnam time. As of 00:00:00 on 1 May 2030 (Vietnam time): open, 44 days left to the last day.",
      "[III.3.2-period] The date set by the commune's summing-up plan (periodSummaryDeadline) is read like the plan's other dates: “before day D”, in the reading chosen.",
      "[III.3.2-period] The commune People's Committee reports to the city Department of Home Affairs: before 31 March 2030; the last day is Saturday 30 March 2030, until 23:59:59 Vietnam time. As of 00:00:00 on 1 May 2030 (Vietnam time): closed, the last day passed 32 days ago.",
      "[III.3.2-period] 31 March 2030 as the plan writes it. The sentence can also be read as the date by which the Department proposes to the City People's Committee; the commune's report would then have to arrive earlier.",
      "[III.3.2-period] “The commune People's Committee reports to the city Department of Home Affairs” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier.",
      '[III.3.2-period] The last day, Saturday 30 March 2030, is not a working day: a weekly day off. The last working day is Friday 29 March 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3.2-period] The last day for dossiers (14 June 2030) is after the last day of “The commune People's Committee reports to the city Department of Home Affairs” (30 March 2030): the commune could not compile them before its report; check that date.",
      "[III.3] Year 2030: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
    ],
  ],
  [
    'a year given to the ad-hoc track is noted as unused, and its milestone has no deadline',
    { track: 'ad-hoc', year: 2027 },
    null,
    [{ id: 'proposal', status: 'not-applicable' }],
    [
      "[III.3.1-ad-hoc] Year 2027 is not used for this track's milestones.",
      '[III.3.1-ad-hoc] Ad-hoc commendation proposal: no calendar deadline; proposals go right after the achievement. Status: not applicable.',
    ],
  ],
  [
    'a last day on a Sunday names the weekly day off once for the two days before the last working day',
    { track: 'annual-grassroots', year: 2028, submittedAt: '2028-11-17T16:00:00+07:00' },
    true,
    [{ id: 'dossier', status: 'on-time' }],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.1-grassroots] Annual grassroots commendation dossiers to the commune People's Committee: before 20 November 2028; the last day is Sunday 19 November 2028, until 23:59:59 Vietnam time. The dossier arrived at 16:00:00 on 17 November 2028 (Vietnam time): on time.",
      '[III.3.1-grassroots] Dossiers for assessment year Y are due before 20 November of year Y itself.',
      '[III.3.1-grassroots] The last day, Sunday 19 November 2028, is not a working day: a weekly day off. The last working day is Friday 17 November 2028. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3] Year 2028: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
    ],
  ],
  [
    'a summing-up date right after the 30 April and 1 May holidays names each holiday, as estimates',
    { track: 'period-2026-2030', periodSummaryDeadline: '2030-05-02', submittedAt: '2030-04-26T10:00:00+07:00' },
    true,
    [
      { id: 'dossier', status: 'on-time' },
      { id: 'report-to-city', status: 'unknown' },
    ],
    [
      '[III.3] Reading of “trước ngày D” (before day D): strict (reading: "strict"), the last day is the day before D, until 23:59:59 Vietnam time (UTC+7). This is the default reading; no source settles it.',
      "[III.3.2-period] Period summary commendation dossiers (2026–2030) to the commune People's Committee: before 2 May 2030; the last day is Wednesday 1 May 2030, until 23:59:59 Vietnam time. The dossier arrived at 10:00:00 on 26 April 2030 (Vietnam time): on time.",
      "[III.3.2-period] The date set by the commune's summing-up plan (periodSummaryDeadline) is read like the plan's other dates: “before day D”, in the reading chosen.",
      '[III.3.2-period] The last day, Wednesday 1 May 2030, is not a working day: Reunification Day (30 April), estimated; International Labour Day (1 May), estimated. The last working day is Monday 29 April 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3.2-period] The commune People's Committee reports to the city Department of Home Affairs: before 31 March 2030; the last day is Saturday 30 March 2030, until 23:59:59 Vietnam time.",
      "[III.3.2-period] 31 March 2030 as the plan writes it. The sentence can also be read as the date by which the Department proposes to the City People's Committee; the commune's report would then have to arrive earlier.",
      "[III.3.2-period] “The commune People's Committee reports to the city Department of Home Affairs” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier. The dossier's arrival (submittedAt) is not judged against it; pass asOf to see whether it is open or closed.",
      '[III.3.2-period] The last day, Saturday 30 March 2030, is not a working day: a weekly day off. The last working day is Friday 29 March 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
      "[III.3.2-period] The last day for dossiers (1 May 2030) is after the last day of “The commune People's Committee reports to the city Department of Home Affairs” (30 March 2030): the commune could not compile them before its report; check that date.",
      "[III.3] Year 2030: public holidays are computed from the rules of the Labour Code 2019 (Art. 111(3), Art. 112) and are estimates: no official list of the Government's days off is known for that year.",
    ],
  ],
];

describe('checkDeadline answers in full, with every note', () => {
  it.each(rows)('%s', (_name, input, onTime, milestones, notes) => {
    const r = checkDeadline(input as never, { lang: 'en' });
    expect(r.onTime).toBe(onTime);
    expect(r.milestones.map((m) => ({ id: m.id, status: m.status, ...(m.daysLeft === undefined ? {} : { daysLeft: m.daysLeft }) }))).toEqual(milestones);
    expect(r.notes).toEqual(notes);
    // Plain JSON: no key holds undefined, so a JSON round trip gives the same object, key for key.
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});
