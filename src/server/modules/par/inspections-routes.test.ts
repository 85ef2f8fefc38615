import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type {
  ZFinding,
  ZFindingList,
  ZInspectionBoard,
  ZInspectionPlanDetail,
  ZInspectionPlanList,
} from '../../../contracts/par-inspections';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

type Plan = z.infer<typeof ZInspectionPlanDetail>;
type Finding = z.infer<typeof ZFinding>;
type Board = z.infer<typeof ZInspectionBoard>;

/**
 * PAR inspections over HTTP on the fixture province: the PAR officer (`par`, province-wide, desk
 * at the department P.S01) runs the plan; commune A (`agencyadmin.a`, `officer.a`), commune B
 * (`agencyadmin.b`) and the department (`officer.dept`) remedy what they own; the leader reads.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of [
    'par',
    'leader',
    'agencyadmin.a',
    'officer.a',
    'agencyadmin.b',
    'officer.dept',
    'clerk.a',
  ])
    s[name] = await t.login(name);
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 23/11/2026, 9:00 in the province
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const en = { 'accept-language': 'en' };
const BASE = '/api/par/inspections';
const PLAN_2026 = {
  year: 2026,
  title: 'Kế hoạch kiểm tra công tác CCHC năm 2026',
  documentNumber: '45/KH-UBND',
  issuedOn: '2026-01-20',
};

let plan: Plan;
const planUrl = () => `${BASE}/plans/${plan.id}`;
const inspectionOf = (p: Plan, unitId: string) => {
  const found = p.inspections.find((i) => i.unit.id === unitId);
  if (!found) throw new Error(`no inspection of ${unitId}`);
  return found;
};
const levels = (p: { coverage: Plan['coverage'] }) =>
  Object.fromEntries(p.coverage.levels.map((l) => [l.level, l]));

describe('the inspection plan', () => {
  it('a PAR officer records the year’s plan; a second plan for the year is refused in Vietnamese and English', async () => {
    plan = await ok<Plan>(as('par', 'POST', `${BASE}/plans`, PLAN_2026), 201);
    expect(plan).toMatchObject({
      year: 2026,
      documentNumber: '45/KH-UBND',
      inspectionCount: 0,
      mayManage: true,
    });
    const vi = await as('par', 'POST', `${BASE}/plans`, { ...PLAN_2026, documentNumber: '46/KH-UBND' });
    expect(vi.statusCode).toBe(409);
    expect(vi.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(vi.json()).toMatchObject({
      code: 'par_inspection_plan_exists',
      detail: 'Năm 2026 đã có kế hoạch kiểm tra công tác CCHC.',
    });
    const english = await as('par', 'POST', `${BASE}/plans`, PLAN_2026, en);
    expect(english.json().detail).toBe('Year 2026 already has a PAR inspection plan.');
  });

  it('lets only PAR officers record plans, refuses unknown fields, and shows the plans to the programme', async () => {
    const plan2027 = { ...PLAN_2026, year: 2027 };
    expect((await as('leader', 'POST', `${BASE}/plans`, plan2027)).statusCode).toBe(403);
    expect((await as('officer.dept', 'POST', `${BASE}/plans`, plan2027)).statusCode).toBe(403);
    expect((await as('clerk.a', 'GET', `${BASE}/plans`)).statusCode).toBe(403);
    const bad = await as('par', 'POST', `${BASE}/plans`, { ...plan2027, extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    const list = await ok<z.infer<typeof ZInspectionPlanList>>(as('agencyadmin.a', 'GET', `${BASE}/plans`));
    expect(list).toMatchObject({ mayManage: false, plans: [{ id: plan.id, year: 2026 }] });
  });

  it('shows the coverage per level before any unit is scheduled, without levels that have no open unit', async () => {
    const detail = await ok<Plan>(as('leader', 'GET', planUrl()));
    expect(detail.coverage.targetPercent).toBe(30);
    expect(detail.coverage.levels.map((l) => [l.level, l.openUnits, l.plannedUnits])).toEqual([
      ['department', 1, 0],
      ['commune', 2, 0],
    ]);
  });
});

describe('scheduling units', () => {
  it('schedules commune A: one of the two open communes is 50 %, the target met; the department 0 of 1', async () => {
    plan = await ok<Plan>(
      as('par', 'POST', `${planUrl()}/inspections`, {
        unitId: t.org.unit.communeA,
        scheduledOn: '2026-11-25',
        inspectors: 'Đoàn kiểm tra số 1, Sở Nội vụ',
      }),
      201,
    );
    const { commune, department } = levels(plan);
    expect(commune).toMatchObject({
      openUnits: 2,
      plannedUnits: 1,
      inspectedUnits: 0,
      plannedBasisPoints: 5000,
      plannedMeetsTarget: true,
      inspectedMeetsTarget: false,
    });
    expect(department).toMatchObject({
      openUnits: 1,
      plannedUnits: 0,
      plannedBasisPoints: 0,
      plannedMeetsTarget: false,
    });
    expect(inspectionOf(plan, t.org.unit.communeA)).toMatchObject({
      state: 'planned',
      unit: { code: 'P.XA', level: 'commune' },
      findings: { total: 0 },
    });
  });

  it('refuses a unit twice, a closed unit, a unit that is not inspected and a day outside the year', async () => {
    const schedule = (unitId: string, scheduledOn = '2026-12-01', headers?: Record<string, string>) =>
      as('par', 'POST', `${planUrl()}/inspections`, { unitId, scheduledOn, inspectors: 'Đoàn 2' }, headers);
    const twice = await schedule(t.org.unit.communeA);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'par_inspection_unit_scheduled',
      detail: 'UBND xã Tân An đã có trong kế hoạch kiểm tra này.',
    });
    const closed = await schedule(t.org.unit.oldCommune, '2026-12-01', en);
    expect(closed.statusCode).toBe(422);
    expect(closed.json()).toMatchObject({
      code: 'par_inspection_unit_closed',
      detail: 'UBND xã Hòa Cũ has closed; it cannot be inspected.',
    });
    for (const unit of [t.org.unit.province, t.org.unit.deskA])
      expect((await schedule(unit)).json().code).toBe('par_inspection_unit_not_inspected');
    const nextYear = await schedule(t.org.unit.communeB, '2027-01-05');
    expect(nextYear.statusCode).toBe(422);
    expect(nextYear.json()).toMatchObject({
      code: 'par_inspection_date_invalid',
      detail: 'Ngày không hợp lệ: Ngày kiểm tra 05/01/2027 không thuộc năm 2026 của kế hoạch.',
      errors: [{ path: 'body.scheduledOn', code: 'scheduled_outside_year' }],
    });
    expect(
      (
        await as('leader', 'POST', `${planUrl()}/inspections`, {
          unitId: t.org.unit.communeB,
          scheduledOn: '2026-12-01',
          inspectors: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('reschedules and removes an inspection under its version; a stale version is refused', async () => {
    plan = await ok<Plan>(
      as('par', 'POST', `${planUrl()}/inspections`, {
        unitId: t.org.unit.department,
        scheduledOn: '2026-12-10',
        inspectors: 'Đoàn 3',
      }),
      201,
    );
    expect(levels(plan).department).toMatchObject({ plannedUnits: 1, plannedBasisPoints: 10_000 });
    const dept = inspectionOf(plan, t.org.unit.department);
    const url = `${planUrl()}/inspections/${dept.id}`;
    plan = await ok<Plan>(
      as('par', 'PATCH', url, {
        version: dept.version,
        scheduledOn: '2026-12-11',
        inspectors: 'Đoàn 3 (bổ sung)',
      }),
    );
    expect(inspectionOf(plan, t.org.unit.department)).toMatchObject({
      scheduledOn: '2026-12-11',
      version: 2,
    });
    const stale = await as('par', 'DELETE', `${url}?version=${dept.version}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    plan = await ok<Plan>(as('par', 'DELETE', `${url}?version=2`));
    expect(plan.inspections.map((i) => i.unit.code)).toEqual(['P.XA']);
    expect((await as('par', 'DELETE', `${url}?version=2`)).statusCode).toBe(404);
  });

  it('schedules commune B for tomorrow (it will not be carried out)', async () => {
    plan = await ok<Plan>(
      as('par', 'POST', `${planUrl()}/inspections`, {
        unitId: t.org.unit.communeB,
        scheduledOn: '2026-11-24',
        inspectors: 'Đoàn kiểm tra số 2',
      }),
      201,
    );
    expect(levels(plan).commune).toMatchObject({ plannedUnits: 2, plannedBasisPoints: 10_000 });
  });
});

let findings: Finding[];
const finding = (seq: number) => {
  const f = findings.find((x) => x.seq === seq);
  if (!f) throw new Error(`no finding ${seq}`);
  return f;
};
const findingUrl = (seq: number, what: string) => `${BASE}/findings/${finding(seq).id}/${what}`;

describe('recording an inspection', () => {
  const recordUrl = () => `${planUrl()}/inspections/${inspectionOf(plan, t.org.unit.communeA).id}/record`;
  const record = (body: Record<string, unknown>) => ({
    version: inspectionOf(plan, t.org.unit.communeA).version,
    conductedOn: '2026-11-23',
    recordNumber: '12/BB-ĐKT',
    conclusion: 'Cơ bản thực hiện tốt; còn một số tồn tại cần khắc phục.',
    ...body,
  });

  it('refuses remedies due in the past or after the year, and a day not yet come, naming each in both languages', async () => {
    const body = record({
      conductedOn: '2026-11-24',
      findings: [
        { finding: 'Chưa niêm yết TTHC', remedy: 'Niêm yết đầy đủ', dueDate: '2026-11-01' },
        { finding: 'Hồ sơ trễ hạn', remedy: 'Xin lỗi công dân', dueDate: '2027-01-15' },
      ],
    });
    const vi = await as('par', 'POST', recordUrl(), body);
    expect(vi.statusCode).toBe(422);
    const problem = vi.json<{ code: string; detail: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('par_inspection_date_invalid');
    expect(problem.detail).toContain('Hạn khắc phục 01/11/2026 đã qua');
    expect(problem.detail).toContain('Ngày kiểm tra 24/11/2026 chưa đến');
    expect(problem.errors.map((e) => e.path)).toEqual([
      'body.conductedOn',
      'body.findings.0.dueDate',
      'body.findings.1.dueDate',
    ]);
    const english = await as('par', 'POST', recordUrl(), body, en);
    expect(english.json().detail).toContain('The remedy due date 2026-11-01 is in the past');
    expect(english.json().detail).toContain(
      'The remedy due date 2027-01-15 is after 31 December 2026: every finding is remedied within the year',
    );
    expect(english.json().errors[2].message).toContain('after 31 December 2026');
    const detail = await ok<Plan>(as('par', 'GET', planUrl()));
    expect(inspectionOf(detail, t.org.unit.communeA)).toMatchObject({
      state: 'planned',
      findings: { total: 0 },
    });
  });

  it('records it as carried out with findings owned by the commune (due by 31/12 by default) and by the department', async () => {
    plan = await ok<Plan>(
      as(
        'par',
        'POST',
        recordUrl(),
        record({
          findings: [
            {
              finding: 'Chưa công khai đầy đủ TTHC tại Bộ phận Một cửa',
              remedy: 'Niêm yết đầy đủ, đúng quy định',
            },
            {
              finding: 'Hướng dẫn nghiệp vụ chứng thực chưa kịp thời',
              remedy: 'Sở ban hành văn bản hướng dẫn',
              ownerUnitId: t.org.unit.department,
              dueDate: '2026-11-30',
            },
            {
              finding: 'Chưa xin lỗi công dân khi trễ hạn',
              remedy: 'Gửi thư xin lỗi',
              dueDate: '2026-11-26',
            },
          ],
        }),
      ),
    );
    expect(inspectionOf(plan, t.org.unit.communeA)).toMatchObject({
      state: 'conducted',
      conductedOn: '2026-11-23',
      recordNumber: '12/BB-ĐKT',
      findings: { total: 3, open: 3, overdue: 0, closed: 0 },
    });
    expect(levels(plan).commune).toMatchObject({
      inspectedUnits: 1,
      inspectedBasisPoints: 5000,
      inspectedMeetsTarget: true,
    });
    findings = plan.findings;
    expect(findings.map((f) => [f.seq, f.ownerUnit.code, f.dueDate, f.status])).toEqual([
      [1, 'P.XA', '2026-12-31', 'open'],
      [2, 'P.S01', '2026-11-30', 'due_soon'],
      [3, 'P.XA', '2026-11-26', 'due_soon'],
    ]);
  });

  it('keeps the record: it cannot be recorded again, rescheduled or removed', async () => {
    const inspection = inspectionOf(plan, t.org.unit.communeA);
    const again = await as('par', 'POST', recordUrl(), record({ version: inspection.version }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('par_inspection_conducted');
    const remove = await as(
      'par',
      'DELETE',
      `${planUrl()}/inspections/${inspection.id}?version=${inspection.version}`,
    );
    expect(remove.statusCode).toBe(409);
    expect(remove.json().code).toBe('par_inspection_conducted');
  });
});

describe('following the findings', () => {
  it('each unit sees the findings it owes, and reads the plan only as far as its own units go', async () => {
    const own = (name: string) => ok<z.infer<typeof ZFindingList>>(as(name, 'GET', `${BASE}/findings`));
    expect((await own('agencyadmin.a')).findings.map((f) => f.seq)).toEqual([1, 3]);
    expect((await own('officer.dept')).findings.map((f) => f.seq)).toEqual([2]);
    expect((await own('agencyadmin.b')).findings).toEqual([]);
    const b = await ok<Plan>(as('agencyadmin.b', 'GET', planUrl()));
    expect(b.inspections.map((i) => i.unit.code)).toEqual(['P.XB']);
    expect(b.findings).toEqual([]);
    expect(b.coverage.levels).toHaveLength(2);
    const dept = await ok<Plan>(as('officer.dept', 'GET', planUrl()));
    expect(dept.inspections).toEqual([]);
    expect(dept.findings.map((f) => f.seq)).toEqual([2]);
    const leader = await ok<Plan>(as('leader', 'GET', planUrl()));
    expect(leader.findings).toHaveLength(3);
    expect(leader.findings.every((f) => !f.mayProgress && !f.mayClose && !f.mayReopen)).toBe(true);
  });

  it('the owner unit posts progress; another unit gets 404; a reader who is not the owner gets 403', async () => {
    expect(finding(1)).toMatchObject({ mayProgress: false, mayClose: false, mayReopen: false });
    const mine = await ok<z.infer<typeof ZFindingList>>(as('agencyadmin.a', 'GET', `${BASE}/findings`));
    const first = mine.findings.find((f) => f.seq === 1);
    expect(first).toMatchObject({ mayProgress: true, mayClose: true, mayReopen: false });
    if (!first) return;
    const written = await ok<Finding>(
      as('agencyadmin.a', 'POST', findingUrl(1, 'progress'), {
        version: first.version,
        note: 'Đã niêm yết 80% thủ tục',
      }),
    );
    expect(written).toMatchObject({ progressNote: 'Đã niêm yết 80% thủ tục', version: 2, status: 'open' });
    findings = findings.map((f) => (f.id === written.id ? written : f));
    expect(
      (await as('agencyadmin.b', 'POST', findingUrl(1, 'progress'), { version: 2, note: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (await as('officer.dept', 'POST', findingUrl(1, 'close'), { version: 2, note: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (await as('leader', 'POST', findingUrl(1, 'progress'), { version: 2, note: 'x' })).statusCode,
    ).toBe(403);
    const dept = await ok<Finding>(
      as('officer.dept', 'POST', findingUrl(2, 'progress'), { version: 1, note: 'Đang dự thảo văn bản' }),
    );
    expect(dept.ownerUnit.code).toBe('P.S01');
  });

  it('the owner unit closes a finding by reporting it remedied; officers do not close for a unit', async () => {
    const officer = await as('par', 'POST', findingUrl(3, 'close'), { version: 1, note: 'Đã khắc phục' });
    expect(officer.statusCode).toBe(403);
    const stale = await as('agencyadmin.a', 'POST', findingUrl(1, 'close'), {
      version: 1,
      note: 'Đã niêm yết',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const closed = await ok<Finding>(
      as('agencyadmin.a', 'POST', findingUrl(1, 'close'), {
        version: 2,
        note: 'Đã niêm yết đầy đủ 100% TTHC',
      }),
    );
    expect(closed).toMatchObject({
      status: 'closed_on_time',
      closedNote: 'Đã niêm yết đầy đủ 100% TTHC',
      closedBy: 'Người dùng agencyadmin.a',
      mayClose: false,
      mayProgress: false,
    });
    const late = await as('agencyadmin.a', 'POST', findingUrl(1, 'progress'), { version: 3, note: 'x' }, en);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'par_inspection_finding_closed',
      detail: 'This finding has been reported remedied (Người dùng agencyadmin.a); it cannot be updated.',
    });
  });

  it('a PAR officer reopens a closed finding with the reason; a unit cannot, an open one cannot be', async () => {
    expect(
      (await as('agencyadmin.a', 'POST', findingUrl(1, 'reopen'), { version: 3, note: 'x' })).statusCode,
    ).toBe(403);
    const past = await as('par', 'POST', findingUrl(1, 'reopen'), {
      version: 3,
      note: 'x',
      dueDate: '2026-11-20',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().detail).toContain('Hạn khắc phục 20/11/2026 đã qua');
    const reopened = await ok<Finding>(
      as('par', 'POST', findingUrl(1, 'reopen'), {
        version: 3,
        note: 'Còn 2 thủ tục chưa niêm yết',
        dueDate: '2026-12-15',
      }),
    );
    expect(reopened).toMatchObject({
      status: 'open',
      closedAt: null,
      progressNote: 'Còn 2 thủ tục chưa niêm yết',
      dueDate: '2026-12-15',
      version: 4,
    });
    const open = await as('par', 'POST', findingUrl(1, 'reopen'), { version: 4, note: 'x' });
    expect(open.statusCode).toBe(409);
    expect(open.json().code).toBe('par_inspection_finding_open');
  });

  it('of two closings from the same version one wins, the other is told', async () => {
    const body = { version: 1, note: 'Đã gửi thư xin lỗi' };
    const [x, y] = await Promise.all([
      as('agencyadmin.a', 'POST', findingUrl(3, 'close'), body),
      as('officer.a', 'POST', findingUrl(3, 'close'), body),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const lost = x.statusCode === 409 ? x : y;
    expect(['version_conflict', 'par_inspection_finding_closed']).toContain(lost.json().code);
    const own = await ok<z.infer<typeof ZFindingList>>(as('agencyadmin.a', 'GET', `${BASE}/findings`));
    expect(own.findings.find((f) => f.seq === 3)).toMatchObject({ status: 'closed_on_time', version: 2 });
  });
});

describe('the leader’s board', () => {
  it('shows the coverage and no overdue remedy while every remedy is in time', async () => {
    const board = await ok<Board>(as('leader', 'GET', `${BASE}/board`));
    expect(board).toMatchObject({ year: 2026, plan: { id: plan.id }, findingCount: 3, openFindingCount: 2 });
    expect(board.overdueRemedies).toEqual([]);
    expect(board.coverage?.levels.find((l) => l.level === 'commune')).toMatchObject({
      inspectedMeetsTarget: true,
    });
  });

  it('after the due day an open remedy is overdue on the board and the plan; an inspection not carried out too', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const board = await ok<Board>(as('leader', 'GET', `${BASE}/board`));
    expect(board.overdueRemedies.map((f) => [f.seq, f.ownerUnit.code, f.dueDate, f.status])).toEqual([
      [2, 'P.S01', '2026-11-30', 'overdue'],
    ]);
    expect((await ok<Board>(as('agencyadmin.b', 'GET', `${BASE}/board`))).overdueRemedies).toEqual([]);
    expect((await ok<Board>(as('officer.dept', 'GET', `${BASE}/board`))).overdueRemedies).toHaveLength(1);
    const detail = await ok<Plan>(as('par', 'GET', planUrl()));
    expect(detail.overdueFindingCount).toBe(1);
    expect(detail.overdueRemedies.map((f) => f.seq)).toEqual([2]);
    expect(inspectionOf(detail, t.org.unit.communeB).state).toBe('overdue');
    const lastYear = await ok<Board>(as('leader', 'GET', `${BASE}/board?year=2025`));
    expect(lastYear).toMatchObject({ year: 2025, plan: null, coverage: null });
    expect(lastYear.overdueRemedies).toHaveLength(1);
  });

  it('a remedy closed after its due day is closed late', async () => {
    const closed = await ok<Finding>(
      as('officer.dept', 'POST', findingUrl(2, 'close'), {
        version: 2,
        note: 'Đã ban hành Công văn 123/STP',
      }),
    );
    expect(closed.status).toBe('closed_late');
    expect((await ok<Board>(as('leader', 'GET', `${BASE}/board`))).overdueRemedies).toEqual([]);
  });
});
