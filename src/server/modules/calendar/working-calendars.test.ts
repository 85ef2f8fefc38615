import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnouncementRequest } from '../../../contracts/calendar';
import { addWorkingTime, type Duration } from '../../../domain/calendar/deadlines';
import { saturdayMorningHours } from '../../testing/calendar-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { workingCalendarsOf } from './calendar-source';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const vn = (local: string) => Date.parse(`${local}:00+07:00`);
const iso = (local: string) => new Date(vn(local)).toISOString();

/** The due time of `duration` from `start` in each unit's calendar, read in one query. */
async function dueIn(unitIds: readonly string[], start: string, duration: Duration) {
  const calendars = await workingCalendarsOf(t.database.db, t.config.PROVINCE_CODE, unitIds);
  return unitIds.map((id) => {
    const calendar = calendars.get(id);
    if (!calendar) throw new Error(`no calendar for ${id}`);
    return new Date(addWorkingTime(calendar, vn(start), duration)).toISOString();
  });
}

const announcement2027 = (extraDaysOff: AnnouncementRequest['extraDaysOff'], version: number) => ({
  jurisdiction: 'VN',
  legalBasis: 'Thông báo thử nghiệm về lịch nghỉ năm 2027',
  holidaySpans: [{ kind: 'tet', from: '2027-02-05', to: '2027-02-11' }],
  extraDaysOff,
  extraWorkingDays: [],
  reason: 'thử nghiệm',
  version,
});

describe('the working calendars of several units at once', () => {
  it('give each unit the office hours that apply to it: its own, its parent’s, or the default', async () => {
    const agencyAdminA = await t.login('agencyadmin.a');
    const put = await t.as(
      agencyAdminA,
      'PUT',
      `/api/calendar/office-hours/${t.org.unit.communeA}`,
      saturdayMorningHours(),
    );
    expect(put.statusCode).toBe(200);
    // Friday 16:00 + 2 working hours: commune A and its desk work Saturday morning; B does not.
    expect(
      await dueIn([t.org.unit.communeA, t.org.unit.deskA, t.org.unit.communeB], '2026-11-20T16:00', {
        unit: 'working_hours',
        amount: 2,
      }),
    ).toEqual([iso('2026-11-21T08:30'), iso('2026-11-21T08:30'), iso('2026-11-23T08:00')]);
  });

  it('follow a change of the yearly announcement at once', async () => {
    const admin = await t.login('admin');
    const url = '/api/calendar/years/2027/announcement';
    const oneDay = { unit: 'working_days', amount: 1 } as const;
    expect((await t.as(admin, 'PUT', url, announcement2027([], 0))).statusCode).toBe(200);
    expect(await dueIn([t.org.unit.communeB], '2027-03-01T08:00', oneDay)).toEqual([iso('2027-03-02T08:00')]);
    const dayOff = [{ date: '2027-03-02', note: 'nghỉ thử nghiệm' }];
    expect((await t.as(admin, 'PUT', url, announcement2027(dayOff, 1))).statusCode).toBe(200);
    expect(await dueIn([t.org.unit.communeB], '2027-03-01T08:00', oneDay)).toEqual([iso('2027-03-03T08:00')]);
  });
});
