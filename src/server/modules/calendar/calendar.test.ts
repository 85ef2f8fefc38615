import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnnouncementRequest,
  CalendarYear,
  DueTimeResponse,
  OfficeHoursDto,
} from '../../../contracts/calendar';
import { auditLog, deadlineClocks } from '../../db/schema';
import { uuidv7 } from '../../platform/ids';
import { saturdayMorningHours } from '../../testing/calendar-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { startDeadlineClock } from './deadline-clocks';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['login']>>;
let admin: Session;
let clerkA: Session;
let clerkB: Session;
let agencyAdminA: Session;
let agencyAdminB: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  clerkA = await t.login('clerk.a');
  clerkB = await t.login('clerk.b');
  agencyAdminA = await t.login('agencyadmin.a');
  agencyAdminB = await t.login('agencyadmin.b');
});
afterAll(() => t.close());

const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

const dueTime = (body: object, headers: Record<string, string> = {}) =>
  t.as(null, 'POST', '/api/calendar/due-time', body, headers);

describe('the year view (public)', () => {
  it('shows 2026 with its holidays, swaps and lunar dates to a visitor', async () => {
    const res = await t.as(null, 'GET', '/api/calendar/years/2026');
    expect(res.statusCode).toBe(200);
    const year = res.json<CalendarYear>();
    expect(year.days).toHaveLength(365);
    const day = (date: string) => year.days.find((d) => d.date === date);
    expect(day('2026-02-17')).toMatchObject({
      kind: 'holiday',
      holiday: 'tet',
      lunar: { year: 2026, month: 1, day: 1, leap: false },
    });
    expect(day('2026-02-14')).toMatchObject({ kind: 'holiday', holiday: 'tet' });
    expect(day('2026-01-10')).toMatchObject({
      kind: 'working_weekend',
      note: 'Làm bù cho thứ Sáu 02/01',
    });
    expect(day('2026-01-02')).toMatchObject({ kind: 'announced_off' });
    expect(day('2026-04-27')).toMatchObject({ kind: 'compensatory', holiday: 'hung_kings' });
    expect(day('2026-11-24')).toMatchObject({ kind: 'holiday', holiday: 'culture_day' });
    expect(day('2026-11-23')).toMatchObject({ kind: 'working', weekday: 1 });
    expect(day('2026-11-22')).toMatchObject({ kind: 'weekend', weekday: 0 });
    expect(year.workingDays).toBe(
      year.days.filter((d) => d.kind === 'working' || d.kind === 'working_weekend').length,
    );
    expect(year.announcementJurisdiction).toBe('VN');
    expect(year.announcement?.version).toBe(1);
  });

  it('uses the default rules for a year nobody announced', async () => {
    const year = (await t.as(null, 'GET', '/api/calendar/years/2030')).json<CalendarYear>();
    expect(year.announcement).toBeNull();
    expect(year.days.filter((d) => d.holiday === 'tet' && d.kind === 'holiday')).toHaveLength(5);
  });

  it.each([
    ['/api/calendar/years/2019', 400],
    ['/api/calendar/years/2036', 400],
    ['/api/calendar/years/abc', 400],
    ['/api/calendar/years/2026?jurisdiction=Hanoi', 400],
    ['/api/calendar/years/2026?extra=1', 400],
  ])('refuses %s with problem+json', async (url, status) => {
    const res = await t.as(null, 'GET', url, undefined, { 'accept-language': 'vi' });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ detail: string }>().detail).toBe('Dữ liệu gửi lên không hợp lệ.');
  });
});

describe('due times (public)', () => {
  it('explains an online receipt after the cut-off before Tết 2026', async () => {
    const res = await dueTime({
      receivedAt: '2026-02-12T16:00:00+07:00',
      channel: 'online',
      duration: { unit: 'working_days', amount: 5 },
    });
    expect(res.statusCode).toBe(200);
    const due = res.json<DueTimeResponse>();
    expect(due.clockStartReason).toBe('after_cutoff');
    expect(due.clockStart).toBe(vn('2026-02-13T07:00'));
    // Friday 13/2 is day 1; 14–22/2 are Tết; 23, 24, 25, 26/2 are days 2–5.
    expect(due.dueAt).toBe(vn('2026-02-26T17:00'));
    expect(due.workingMinutes).toBe(5 * 480);
    expect(due.skippedDays.map((d) => d.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(due.skippedDays.every((d) => d.holiday === 'tet')).toBe(true);
    expect(due.officeHours).toEqual([
      { from: '07:00', to: '11:30' },
      { from: '13:30', to: '17:00' },
    ]);
  });

  it('counts a counter receipt from the receipt time, and a working Saturday', async () => {
    const due = (
      await dueTime({
        receivedAt: '2026-01-09T10:00:00+07:00',
        channel: 'counter',
        duration: { unit: 'working_days', amount: 1 },
      })
    ).json<DueTimeResponse>();
    expect(due.clockStartReason).toBe('counter');
    expect(due.dueAt).toBe(vn('2026-01-10T10:00'));
    expect(due.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-10']);
  });

  it('starts an online receipt on a Sunday at the next working period, with or without a cut-off', async () => {
    for (const cutoff of ['15:00', null]) {
      const due = (
        await dueTime({
          receivedAt: '2026-11-22T20:00:00+07:00',
          channel: 'online',
          cutoff,
          duration: { unit: 'working_hours', amount: 4 },
        })
      ).json<DueTimeResponse>();
      expect(due.clockStartReason).toBe('outside_working_time');
      expect(due.clockStart).toBe(vn('2026-11-23T07:00'));
      // 07:00–11:00 on Monday.
      expect(due.dueAt).toBe(vn('2026-11-23T11:00'));
    }
  });

  it('rolls calendar days that end on a day off to the next working day', async () => {
    const due = (
      await dueTime({
        receivedAt: '2026-11-13T09:00:00+07:00',
        channel: 'counter',
        duration: { unit: 'calendar_days', amount: 10 },
      })
    ).json<DueTimeResponse>();
    // 13/11 + 10 days = Monday 23/11 (a working day).
    expect(due.dueAt).toBe(vn('2026-11-23T17:00'));
    const overHoliday = (
      await dueTime({
        receivedAt: '2026-11-14T09:00:00+07:00',
        channel: 'counter',
        duration: { unit: 'calendar_days', amount: 10 },
      })
    ).json<DueTimeResponse>();
    // 14/11 + 10 days = Tuesday 24/11, Vietnamese Culture Day → Wednesday 25/11.
    expect(overHoliday.dueAt).toBe(vn('2026-11-25T17:00'));
  });

  it.each([
    ['a negative duration', { duration: { unit: 'working_days', amount: -1 } }, 400],
    ['a zero duration', { duration: { unit: 'working_days', amount: 0 } }, 400],
    ['an unknown unit', { duration: { unit: 'fortnights', amount: 1 } }, 400],
    ['fractional calendar days', { duration: { unit: 'calendar_days', amount: 1.5 } }, 422],
    ['a time without offset', { receivedAt: '2026-02-12 16:00' }, 400],
    ['an unknown channel', { channel: 'fax' }, 400],
    ['a malformed cut-off', { cutoff: '25:00' }, 400],
    ['an unknown field', { priority: 'high' }, 400],
    ['a year outside the calendar', { receivedAt: '2040-01-02T09:00:00+07:00' }, 422],
  ])('refuses %s', async (_, override, status) => {
    const res = await dueTime(
      {
        receivedAt: '2026-02-12T16:00:00+07:00',
        channel: 'online',
        duration: { unit: 'working_days', amount: 5 },
        ...override,
      },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.detail.length).toBeGreaterThan(5);
    if (status === 422) expect(problem.code).toMatch(/^calendar_/);
  });

  it('says in Vietnamese when a time is outside the calendar', async () => {
    const res = await dueTime(
      {
        receivedAt: '2019-06-03T09:00:00+07:00',
        channel: 'counter',
        duration: { unit: 'working_days', amount: 1 },
      },
      { 'accept-language': 'vi' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json<{ detail: string }>().detail).toBe(
      'Thời điểm nằm ngoài phạm vi lịch làm việc (2020–2035).',
    );
  });
});

describe('working time between two instants (public)', () => {
  it('counts across Tết, and negative backwards', async () => {
    const body = { from: vn('2026-02-13T07:00'), to: vn('2026-02-23T09:00') };
    const res = await t.as(null, 'POST', '/api/calendar/working-time', body);
    expect(res.json()).toEqual({ workingMinutes: 480 + 120, workingDays: 1.25 });
    const back = await t.as(null, 'POST', '/api/calendar/working-time', { from: body.to, to: body.from });
    expect(back.json<{ workingMinutes: number }>().workingMinutes).toBe(-600);
  });
});

function announcement2027(overrides: Partial<AnnouncementRequest> = {}): AnnouncementRequest {
  return {
    jurisdiction: 'VN',
    legalBasis: 'Thông báo thử nghiệm về lịch nghỉ năm 2027',
    holidaySpans: [{ kind: 'tet', from: '2027-02-05', to: '2027-02-11' }],
    extraDaysOff: [{ date: '2027-04-30', note: 'thử nghiệm' }],
    extraWorkingDays: [],
    reason: 'thử nghiệm',
    version: 0,
    ...overrides,
  };
}

describe('the yearly announcement (system admin)', () => {
  it('is refused to anyone but the system admin, and to bad input, leaving nothing behind', async () => {
    const url = '/api/calendar/years/2028/announcement';
    expect((await t.as(null, 'PUT', url, announcement2027())).statusCode).toBe(401);
    expect((await t.as(agencyAdminA, 'PUT', url, announcement2027())).statusCode).toBe(403);
    expect((await t.as(clerkA, 'PUT', url, announcement2027())).statusCode).toBe(403);
    // The 2027 days are outside 2028.
    const outside = await t.as(admin, 'PUT', url, announcement2027(), { 'accept-language': 'en' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json<{ code: string; detail: string }>()).toMatchObject({ code: 'calendar_invalid' });
    expect(outside.json<{ detail: string }>().detail).toContain('2027-02-05–2027-02-11 is outside 2028');
    const overlapping = await t.as(
      admin,
      'PUT',
      '/api/calendar/years/2027/announcement',
      announcement2027({
        holidaySpans: [
          { kind: 'tet', from: '2027-02-05', to: '2027-02-11' },
          { kind: 'hung_kings', from: '2027-02-10', to: '2027-02-12' },
        ],
      }),
    );
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.json<{ detail: string }>().detail).toBe(
      'Lịch không hợp lệ: khoảng 2027-02-05–2027-02-11 và 2027-02-10–2027-02-12 chồng lên nhau.',
    );
    for (const bad of [
      { version: -1 },
      { legalBasis: '' },
      { holidaySpans: [{ kind: 'christmas', from: '2027-12-25', to: '2027-12-25' }] },
      { extraDaysOff: [{ date: '2027-02-30', note: '' }] },
      { jurisdiction: 'Hanoi' },
    ]) {
      const res = await t.as(admin, 'PUT', '/api/calendar/years/2027/announcement', {
        ...announcement2027(),
        ...bad,
      });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const year = (await t.as(null, 'GET', '/api/calendar/years/2027')).json<CalendarYear>();
    expect(year.announcement).toBeNull();
    const history = await t.as(admin, 'GET', '/api/calendar/years/2027/history');
    expect(history.json<{ entries: unknown[] }>().entries).toEqual([]);
  });

  it('saves a new version, recomputes the running clocks it crosses and keeps the history', async () => {
    // Three running clocks: one across Tết 2027, one long before it, one already ended.
    const clocks = await t.database.db.transaction(async (tx) => {
      const start = (local: string, subjectType = 'dossier') =>
        startDeadlineClock(tx, t.clock, {
          provinceCode: t.config.PROVINCE_CODE,
          subjectType,
          subjectId: uuidv7(t.clock),
          unitId: t.org.unit.communeA,
          startedAt: Date.parse(`${local}:00+07:00`),
          duration: { unit: 'working_days', amount: 10 },
        });
      return {
        acrossTet: await start('2027-02-01T08:00'),
        before: await start('2026-11-02T08:00', 'task'),
      };
    });
    // Default Tết 2027 (lunar New Year on Saturday 6/2): 5/2–9/2 plus Wednesday 10 and Thursday 11
    // for the weekend; days 1–4 are 1–4/2, days 5–10 are 12/2 and 15–19/2, due Monday 22/2.
    expect(clocks.acrossTet.toISOString()).toBe(vn('2027-02-22T08:00'));

    const res = await t.as(admin, 'PUT', '/api/calendar/years/2027/announcement', announcement2027());
    expect(res.statusCode).toBe(200);
    const saved = res.json<{
      announcement: { version: number };
      recomputed: { checked: number; changed: number };
    }>();
    expect(saved.announcement.version).toBe(1);
    expect(saved.recomputed).toEqual({ checked: 1, changed: 0 });

    // Now add a bridge day: the clock across Tết moves one working day later.
    const second = await t.as(
      admin,
      'PUT',
      '/api/calendar/years/2027/announcement',
      announcement2027({
        extraDaysOff: [
          { date: '2027-02-12', note: 'nghỉ thêm sau Tết' },
          { date: '2027-04-30', note: 'thử nghiệm' },
        ],
        reason: 'bổ sung ngày nghỉ 12/2',
        version: 1,
      }),
    );
    expect(second.statusCode).toBe(200);
    expect(second.json<{ recomputed: unknown }>().recomputed).toEqual({ checked: 1, changed: 1 });
    const rows = await t.database.db
      .select()
      .from(deadlineClocks)
      .where(eq(deadlineClocks.subjectType, 'dossier'));
    expect(rows.map((r) => r.dueAt.toISOString())).toEqual([vn('2027-02-23T08:00')]);

    const year = (await t.as(null, 'GET', '/api/calendar/years/2027')).json<CalendarYear>();
    expect(year.days.find((d) => d.date === '2027-02-12')).toMatchObject({
      kind: 'announced_off',
      note: 'nghỉ thêm sau Tết',
    });
    expect(year.announcement).toMatchObject({ version: 2, updatedBy: expect.any(String) });

    const history = (await t.as(admin, 'GET', '/api/calendar/years/2027/history')).json<{
      entries: { version: number; reason: string; recomputedChanged: number }[];
    }>();
    expect(history.entries.map((e) => [e.version, e.reason, e.recomputedChanged])).toEqual([
      [2, 'bổ sung ngày nghỉ 12/2', 1],
      [1, 'thử nghiệm', 0],
    ]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'calendar.announcement_saved'));
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.details)).toContainEqual(
      expect.objectContaining({ year: 2027, version: 2, checked: 1, changed: 1 }),
    );
  });

  it('answers 409 to a stale version and to the loser of a double submit', async () => {
    const stale = await t.as(
      admin,
      'PUT',
      '/api/calendar/years/2027/announcement',
      announcement2027({ version: 1 }),
    );
    expect(stale.statusCode).toBe(409);
    const url = '/api/calendar/years/2029/announcement';
    const body = announcement2027({ holidaySpans: [], extraDaysOff: [{ date: '2029-01-02', note: 'x' }] });
    const results = await Promise.all([t.as(admin, 'PUT', url, body), t.as(admin, 'PUT', url, body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const history = (await t.as(admin, 'GET', '/api/calendar/years/2029/history')).json<{
      entries: unknown[];
    }>();
    expect(history.entries).toHaveLength(1);
  });

  it('keeps a province’s own announcement apart from the national one', async () => {
    const province = t.config.PROVINCE_CODE;
    const res = await t.as(
      admin,
      'PUT',
      '/api/calendar/years/2031/announcement',
      announcement2027({
        jurisdiction: province,
        holidaySpans: [],
        extraDaysOff: [{ date: '2031-03-17', note: 'ngày của tỉnh' }],
      }),
    );
    expect(res.statusCode).toBe(200);
    const local = (await t.as(null, 'GET', '/api/calendar/years/2031')).json<CalendarYear>();
    expect(local.announcementJurisdiction).toBe(province);
    expect(local.days.find((d) => d.date === '2031-03-17')?.kind).toBe('announced_off');
    const national = (
      await t.as(null, 'GET', '/api/calendar/years/2031?jurisdiction=VN')
    ).json<CalendarYear>();
    expect(national.days.find((d) => d.date === '2031-03-17')?.kind).toBe('working');
  });
});

describe('office hours per unit', () => {
  const saturdayMornings = saturdayMorningHours();

  it('are the national default until a unit sets its own, which its desks inherit', async () => {
    const before = (
      await t.as(clerkA, 'GET', `/api/calendar/office-hours/${t.org.unit.communeA}`)
    ).json<OfficeHoursDto>();
    expect(before).toMatchObject({ definedBy: null, onlineCutoff: '15:00', version: 0 });
    expect(before.weekly[1]).toEqual([
      { from: '07:00', to: '11:30' },
      { from: '13:30', to: '17:00' },
    ]);
    const put = await t.as(
      agencyAdminA,
      'PUT',
      `/api/calendar/office-hours/${t.org.unit.communeA}`,
      saturdayMornings,
    );
    expect(put.statusCode).toBe(200);
    expect(put.json<OfficeHoursDto>()).toMatchObject({
      definedBy: t.org.unit.communeA,
      version: 1,
      onlineCutoff: '16:00',
    });
    const desk = (
      await t.as(clerkA, 'GET', `/api/calendar/office-hours/${t.org.unit.deskA}`)
    ).json<OfficeHoursDto>();
    expect(desk).toMatchObject({ definedBy: t.org.unit.communeA, version: 0 });
    expect(desk.weekly[6]).toEqual([{ from: '07:30', to: '11:30' }]);

    // The unit's hours drive its due times: Friday 16:00 + 2 working hours → Saturday 09:00.
    const due = (
      await dueTime({
        receivedAt: '2026-11-20T16:00:00+07:00',
        channel: 'counter',
        duration: { unit: 'working_hours', amount: 2 },
        unitId: t.org.unit.deskA,
      })
    ).json<DueTimeResponse>();
    expect(due.dueAt).toBe(vn('2026-11-21T08:30'));
  });

  it('cannot be read or changed from another unit, nor changed by a clerk', async () => {
    const url = `/api/calendar/office-hours/${t.org.unit.communeA}`;
    expect((await t.as(clerkB, 'GET', url)).statusCode).toBe(404);
    expect((await t.as(agencyAdminB, 'PUT', url, { ...saturdayMornings, version: 1 })).statusCode).toBe(404);
    expect((await t.as(clerkA, 'PUT', url, { ...saturdayMornings, version: 1 })).statusCode).toBe(403);
    expect((await t.as(null, 'GET', url)).statusCode).toBe(401);
  });

  it('answers 404 for a unit that does not exist, even to the system admin, who reads any other', async () => {
    const missing = `/api/calendar/office-hours/${uuidv7(t.clock)}`;
    expect((await t.as(admin, 'GET', missing)).statusCode).toBe(404);
    expect((await t.as(admin, 'PUT', missing, saturdayMornings)).statusCode).toBe(404);
    const other = await t.as(admin, 'GET', `/api/calendar/office-hours/${t.org.unit.communeB}`);
    expect(other.statusCode).toBe(200);
  });

  it('refuses overlapping periods, six weekdays, and a stale version', async () => {
    const url = `/api/calendar/office-hours/${t.org.unit.communeB}`;
    const overlapping = {
      ...saturdayMornings,
      weekly: saturdayMornings.weekly.map((d, i) =>
        i === 2
          ? [
              { from: '07:00', to: '12:00' },
              { from: '11:00', to: '17:00' },
            ]
          : d,
      ),
    };
    const res = await t.as(agencyAdminB, 'PUT', url, overlapping);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('calendar_invalid');
    expect(
      (
        await t.as(agencyAdminB, 'PUT', url, {
          ...saturdayMornings,
          weekly: saturdayMornings.weekly.slice(1),
        })
      ).statusCode,
    ).toBe(400);
    expect((await t.as(agencyAdminB, 'PUT', url, { ...saturdayMornings, version: 3 })).statusCode).toBe(409);
    const unchanged = (await t.as(clerkB, 'GET', url)).json<OfficeHoursDto>();
    expect(unchanged.definedBy).toBeNull();
  });
});
