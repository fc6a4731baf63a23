import { describe, expect, it } from 'vitest';
import { checkDeadline, type DeadlineCheck } from '../../src/index';
import { DeadlineCheckSchema } from '../../src/schemas';
import { deepFreeze } from '../helpers/deepFreeze';

function noteWith(check: DeadlineCheck, fragment: string): string | undefined {
  return check.notes.find((n) => n.includes(fragment));
}

describe('checkDeadline: the notes say what was decided, citing the clause, in the language asked for', () => {
  it('a late grassroots dossier is explained in Vietnamese by default, with the Vietnam time of arrival', () => {
    const check = checkDeadline({ track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z' });
    expect(check.lang).toBe('vi');
    expect(check.notes[0]).toBe(
      '[III.3] Cách hiểu “trước ngày D”: nghiêm ngặt (reading: "strict"), ngày cuối cùng là ngày liền trước ngày D, đến hết 23:59:59 giờ Việt Nam (UTC+7). Đây là cách hiểu mặc định; chưa có nguồn nào xác định cách hiểu này.',
    );
    expect(check.notes[1]).toBe(
      '[III.3.1-grassroots] Hồ sơ đề nghị khen thưởng hàng năm cấp cơ sở gửi Ủy ban nhân dân xã: trước ngày 20/11/2026; ngày cuối cùng là thứ Năm 19/11/2026, đến hết 23:59:59 giờ Việt Nam. Hồ sơ đến lúc 00:30:00 ngày 20/11/2026 (giờ Việt Nam): trễ hạn (sau ngày cuối cùng 1 ngày).',
    );
  });

  it('the same check in English', () => {
    const check = checkDeadline({ track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z' }, { lang: 'en' });
    expect(check.title).toBe('Annual commendation, grassroots level');
    expect(check.notes[1]).toBe(
      "[III.3.1-grassroots] Annual grassroots commendation dossiers to the commune People's Committee: before 20 November 2026; the last day is Thursday 19 November 2026, until 23:59:59 Vietnam time. The dossier arrived at 00:30:00 on 20 November 2026 (Vietnam time): late (1 day after the last day).",
    );
  });

  it('the inclusive reading is stated as the caller’s choice, not the default', () => {
    const vi = checkDeadline({ track: 'annual-grassroots', year: 2026, reading: 'inclusive' });
    const en = checkDeadline({ track: 'annual-grassroots', year: 2026, reading: 'inclusive' }, { lang: 'en' });
    expect(vi.notes[0]).toContain('bao gồm (reading: "inclusive"), ngày cuối cùng là chính ngày D');
    expect(vi.notes[0]).toContain('do bên gọi chọn');
    expect(en.notes[0]).toContain('inclusive (reading: "inclusive"), the last day is D itself');
    expect(en.notes[0]).toContain('The caller chose this reading');
  });

  it('the strict reading named by the caller is still stated as the default one', () => {
    const en = checkDeadline({ track: 'annual-grassroots', year: 2026, reading: 'strict' }, { lang: 'en' });
    expect(en.notes[0]).toContain('This is the default reading');
    expect(en.notes[0]).not.toContain('The caller chose this reading');
    expect(en.notes).toEqual(checkDeadline({ track: 'annual-grassroots', year: 2026 }, { lang: 'en' }).notes);
  });

  it('a last day on a weekend is flagged with the last working day, and the date is not moved (Civil Code Art. 148 not applied)', () => {
    const check = checkDeadline({ track: 'annual-city', year: 2029 }, { lang: 'en' });
    const dossier = noteWith(check, 'The last day, Saturday 9 March 2030');
    expect(dossier).toBe(
      '[III.3.1-city] The last day, Saturday 9 March 2030, is not a working day: a weekly day off. The last working day is Friday 8 March 2030. The plan states fixed dates, not periods, so the library does not move a last day that is a day off to the next working day as Civil Code 2015 Art. 148 does for periods; it only reports the last working day.',
    );
    expect(check.milestones[0]?.lastDay).toBe('2030-03-09');
    const vi = checkDeadline({ track: 'annual-city', year: 2029 });
    expect(noteWith(vi, 'Ngày cuối cùng, thứ Bảy 09/03/2030, không phải ngày làm việc: ngày nghỉ hằng tuần.')).toContain(
      'Ngày làm việc cuối cùng là thứ Sáu 08/03/2030. Kế hoạch ghi ngày cố định',
    );
  });

  it('a last day in Tết names Tết and says the holiday is an estimate, and the year’s holidays are flagged as estimates', () => {
    const check = checkDeadline({ track: 'period-2026-2030', periodSummaryDeadline: '2030-02-06' });
    expect(noteWith(check, 'Ngày cuối cùng, thứ Ba 05/02/2030, không phải ngày làm việc: Tết Nguyên đán (Tết Âm lịch), ước tính.')).toBeDefined();
    expect(check.notes).toContain(
      '[III.3] Năm 2030: các ngày nghỉ lễ được tính theo quy tắc của Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112) và là ước tính, vì chưa có lịch nghỉ chính thức của Chính phủ.',
    );
    const en = checkDeadline({ track: 'period-2026-2030', periodSummaryDeadline: '2030-02-06' }, { lang: 'en' });
    expect(noteWith(en, 'Year 2030: public holidays are computed from the rules of the Labour Code 2019')).toBeDefined();
  });

  it('a year with official lists (2026) carries no estimate note', () => {
    const check = checkDeadline({ track: 'annual-grassroots', year: 2026 }, { lang: 'en' });
    expect(check.milestones[0]?.holidayData).toBe('official');
    expect(noteWith(check, 'estimates')).toBeUndefined();
  });

  it('the city report milestone says it binds the commune, not the unit, and that submittedAt does not decide it', () => {
    const check = checkDeadline({ track: 'annual-city', year: 2026, submittedAt: '2027-03-01T09:00:00+07:00' }, { lang: 'en' });
    expect(check.milestones.map((m) => [m.id, m.bindsCommune, m.from.id, m.to.id])).toEqual([
      ['dossier', false, 'units', 'commune'],
      ['report-to-city', true, 'commune', 'home-affairs'],
    ]);
    expect(check.notes).toContain(
      "[III.3.1-city] “The commune People's Committee reports to the Department of Home Affairs” is the commune People's Committee's own deadline: it binds the commune, not the unit submitting a dossier. The dossier's arrival (submittedAt) is not judged against it; pass asOf to see whether it is open or closed.",
    );
    expect(check.onTime).toBe(true);
  });

  it('the city track explains which year its dates fall in, and that 31/3 may bind the Department rather than the commune', () => {
    const check = checkDeadline({ track: 'annual-city', year: 2026 }, { lang: 'en' });
    expect(noteWith(check, 'published early in Y+1: dossiers are due before 10 March of Y+1')).toMatch(/^\[III\.3\.1-city\] /);
    expect(noteWith(check, 'The library takes 31 March of Y+1 as the latest date for the commune')).toMatch(/^\[III\.3\.1-city\] /);
  });

  it('with no time given the result says so and does not read the clock', () => {
    const vi = checkDeadline({ track: 'annual-grassroots', year: 2026 });
    expect(vi.notes.at(-1)).toBe(
      '[III.3] Không có thời điểm hồ sơ đến (submittedAt) hay thời điểm xét (asOf): trạng thái các mốc chưa xác định (unknown). Thư viện không tự đọc đồng hồ.',
    );
    expect(vi.milestones[0]?.status).toBe('unknown');
    expect(vi.milestones[0]).not.toHaveProperty('daysLeft');
    const en = checkDeadline({ track: 'annual-grassroots', year: 2026 }, { lang: 'en' });
    expect(en.notes.at(-1)).toBe("[III.3] No submittedAt and no asOf were given: the milestones' status is unknown. The library does not read the clock.");
  });

  it('the same input gives the same answer whatever the real date is: nothing depends on a clock', () => {
    const input = { track: 'annual-grassroots', year: 2026, asOf: '2026-11-10T08:00:00+07:00' } as const;
    expect(checkDeadline(input)).toEqual(checkDeadline(input));
    expect(checkDeadline(input).milestones[0]?.daysLeft).toBe(9);
  });

  it('open and closed count days in Vietnam: 0 on the last day, negative after it', () => {
    const at = (asOf: string) => checkDeadline({ track: 'annual-grassroots', year: 2026, asOf }).milestones[0];
    expect(at('2026-11-19T00:00:00+07:00')).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(at('2026-11-19T16:59:59.999Z')).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(at('2026-11-19T17:00:00Z')).toMatchObject({ status: 'closed', daysLeft: -1 });
    expect(at('2026-11-18T23:59:59+07:00')).toMatchObject({ status: 'open', daysLeft: 1 });
    const open = checkDeadline({ track: 'annual-grassroots', year: 2026, asOf: '2026-11-19T08:00:00+07:00' }, { lang: 'en' });
    expect(noteWith(open, 'As of 08:00:00 on 19 November 2026 (Vietnam time): open, today is the last day.')).toBeDefined();
    const closed = checkDeadline({ track: 'annual-grassroots', year: 2026, asOf: '2026-11-22T08:00:00+07:00' });
    expect(noteWith(closed, 'Tính đến 08:00:00 ngày 22/11/2026 (giờ Việt Nam): đã hết hạn, ngày cuối cùng đã qua 3 ngày.')).toBeDefined();
  });

  it('ad-hoc commendation: no calendar deadline, proposals right after the achievement, in both languages', () => {
    const vi = checkDeadline({ track: 'ad-hoc' });
    expect(vi.notes).toEqual([
      '[III.3.1-ad-hoc] Đề nghị khen thưởng đột xuất: không có hạn theo lịch; tập thể, cá nhân được xem xét, đề nghị khen thưởng ngay sau khi lập được thành tích. Trạng thái: không áp dụng (not-applicable).',
    ]);
    const en = checkDeadline({ track: 'ad-hoc', asOf: '2027-01-01T00:00:00Z' }, { lang: 'en' });
    expect(en.milestones[0]).toMatchObject({ status: 'not-applicable', lastDay: null });
    expect(en.milestones[0]).not.toHaveProperty('daysLeft');
    expect(en.onTime).toBeNull();
    expect(en.notes[0]).toContain('proposals go right after the achievement');
  });

  it('the period dossier milestone without the commune’s own date is unknown, and says so', () => {
    const check = checkDeadline({ track: 'period-2026-2030', asOf: '2029-12-01T08:00:00+07:00' }, { lang: 'en' });
    expect(check.milestones[0]).toMatchObject({ id: 'dossier', status: 'unknown', dueBefore: null });
    expect(check.milestones[1]).toMatchObject({ id: 'report-to-city', status: 'open', daysLeft: 119 });
    expect(check.notes).toContain(
      "[III.3.2-period] Period summary commendation dossiers (2026–2030) to the commune People's Committee: dossiers are received on the dates of the commune's own summing-up plan, which were not given (periodSummaryDeadline); this milestone is unknown.",
    );
  });

  it('a commune period-summary date after the commune’s own report date is flagged', () => {
    const check = checkDeadline({ track: 'period-2026-2030', periodSummaryDeadline: '2030-04-15' }, { lang: 'en' });
    expect(noteWith(check, 'The last day for dossiers (14 April 2030) is after the last day of')).toMatch(/^\[III\.3\.2-period\] /);
  });

  it('a year given to a track that does not use it is noted, not used', () => {
    const check = checkDeadline({ track: 'ad-hoc', year: 2027 }, { lang: 'en' });
    expect(check.year).toBe(2027);
    expect(check.notes).toContain("[III.3.1-ad-hoc] Year 2027 is not used for this track's milestones.");
  });

  it('every note of every track starts with a clause ID of III.3, and Vietnamese notes are in NFC', () => {
    const inputs = [
      { track: 'annual-grassroots', year: 2027, submittedAt: '2027-11-25T09:00:00+07:00' },
      { track: 'annual-city', year: 2029, asOf: '2030-03-20T09:00:00+07:00' },
      { track: 'ad-hoc', year: 2026 },
      { track: 'period-2026-2030', periodSummaryDeadline: '2030-02-06', submittedAt: '2030-02-06T09:00:00+07:00' },
    ];
    for (const input of inputs) {
      for (const lang of ['vi', 'en'] as const) {
        for (const note of checkDeadline(input as never, { lang }).notes) {
          expect(note).toMatch(/^\[III\.3(\.1-grassroots|\.1-city|\.1-ad-hoc|\.2-period)?\] \S/);
          expect(note.normalize('NFC')).toBe(note);
        }
      }
    }
  });
});

describe('checkDeadline: inputs and outputs', () => {
  it('Date objects are accepted as instants and normalised to Vietnam time', () => {
    const check = checkDeadline({
      track: 'annual-grassroots',
      year: 2026,
      submittedAt: new Date(Date.UTC(2026, 10, 19, 16, 59, 0)),
      asOf: new Date(Date.UTC(2026, 10, 20, 1, 0, 0)),
    });
    expect(check.submittedAt).toBe('2026-11-19T23:59:00.000+07:00');
    expect(check.asOf).toBe('2026-11-20T08:00:00.000+07:00');
    expect(check.milestones[0]).toMatchObject({ status: 'on-time', daysLeft: -1 });
  });

  it('a frozen input is checked and left exactly as it was, Date included', () => {
    const submittedAt = new Date('2026-11-19T10:00:00Z');
    const input = deepFreeze({ track: 'annual-grassroots', year: 2026, submittedAt, reading: 'strict' });
    const before = JSON.stringify(input);
    const time = submittedAt.getTime();
    expect(checkDeadline(input as never).onTime).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    expect(submittedAt.getTime()).toBe(time);
  });

  it('the result is plain JSON: it survives a JSON round trip unchanged and fits DeadlineCheckSchema', () => {
    for (const input of [
      { track: 'annual-city', year: 2029, submittedAt: '2030-03-09T09:00:00+07:00', asOf: '2030-03-12T09:00:00+07:00' },
      { track: 'ad-hoc' },
      { track: 'period-2026-2030' },
    ]) {
      const check = checkDeadline(input as never);
      expect(JSON.parse(JSON.stringify(check))).toStrictEqual(check);
      expect(DeadlineCheckSchema.parse(check)).toEqual(check);
      expect(Object.getPrototypeOf(check)).toBe(Object.prototype);
    }
  });

  it('the plan’s identity is in the result', () => {
    const check = checkDeadline({ track: 'annual-grassroots', year: 2026 });
    expect(check).toMatchObject({ planId: 'vinh-bao-cchc-2026-2030', planVersion: '1.0.0', timeZone: 'Asia/Ho_Chi_Minh', reading: 'strict' });
  });

  it('onTime follows the milestones that bind the unit: true, false, or null when they cannot tell', () => {
    const onTime = (input: Record<string, unknown>) => checkDeadline(input as never).onTime;
    expect(onTime({ track: 'annual-city', year: 2026, submittedAt: '2027-03-09T09:00:00+07:00' })).toBe(true);
    expect(onTime({ track: 'annual-city', year: 2026, submittedAt: '2027-03-10T09:00:00+07:00' })).toBe(false);
    expect(onTime({ track: 'annual-city', year: 2026, asOf: '2027-03-09T09:00:00+07:00' })).toBeNull();
    expect(onTime({ track: 'period-2026-2030', submittedAt: '2030-01-09T09:00:00+07:00' })).toBeNull();
    expect(onTime({ track: 'ad-hoc', submittedAt: '2030-01-09T09:00:00+07:00' })).toBeNull();
  });
});
