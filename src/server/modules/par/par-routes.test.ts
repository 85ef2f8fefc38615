import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZBoard, ZPlan, ZPlanDetail, ZTaskDetail, ZTaskList } from '../../../contracts/par';
import { publishDossierProcedure } from '../../testing/dossier-fixtures';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

type PlanDto = z.infer<typeof ZPlan>;
type PlanDetail = z.infer<typeof ZPlanDetail>;
type TaskDetail = z.infer<typeof ZTaskDetail>;

/**
 * Reform plans, targets and tasks over HTTP: the fixture province's PAR officer (`par`, province-
 * wide), its leader, the Department of Justice (`officer.dept`, a lead unit), commune A (a
 * cooperating unit) and commune B (not involved).
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of ['par', 'leader', 'officer.dept', 'agencyadmin.a', 'agencyadmin.b', 'clerk.a'])
    s[name] = await t.login(name);
  t.clock.set('2026-03-02T02:00:00Z'); // Monday 9:00
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const PLAN = {
  kind: 'five_year',
  title: 'Kế hoạch cải cách hành chính giai đoạn 2026 - 2030',
  documentNumber: '100/KH-UBND',
  issuedOn: '2026-01-15',
  signer: 'Chủ tịch UBND tỉnh',
  fromYear: 2026,
  toYear: 2030,
};

const CSV_EVERY_WAY = [
  'stt,lead_agency,target,2026,2027,area,cooperating_agencies',
  '1,Sở Tư pháp,"100% văn bản QPPL ban hành đúng quy định",100%,100 %,institutions,UBND xã Tân An',
  '2,Sở Tư pháp,Tỷ lệ hồ sơ trực tuyến,≥ 30%,0.4,procedures,',
  '3,UBND xã Tân An,Hoàn thành số hóa sổ hộ tịch,Tháng 12,,digital_government,',
  '4,Sở Tư pháp,Thủ tục cung cấp trực tuyến,"80,5%",tối thiểu 85%,,',
].join('\n');

async function createPlan(body = PLAN): Promise<PlanDto> {
  return ok<PlanDto>(as('par', 'POST', '/api/par/plans', body), 201);
}

describe('plans and their targets', () => {
  let plan: PlanDto;

  it('a PAR officer records a plan; a second plan with the same number is refused in both languages', async () => {
    plan = await createPlan();
    expect(plan).toMatchObject({
      documentNumber: '100/KH-UBND',
      fromYear: 2026,
      toYear: 2030,
      targetCount: 0,
    });
    const again = await as('par', 'POST', '/api/par/plans', PLAN, { 'accept-language': 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'par_plan_number_taken',
      detail: 'A plan numbered 100/KH-UBND already exists.',
    });
    const vi = await as('par', 'POST', '/api/par/plans', PLAN);
    expect(vi.json().detail).toBe('Đã có kế hoạch số 100/KH-UBND.');
  });

  it('refuses reversed years, absurd years and unknown fields; only PAR officers record plans', async () => {
    for (const bad of [
      { ...PLAN, documentNumber: 'x1', fromYear: 2030, toYear: 2026 },
      { ...PLAN, documentNumber: 'x2', fromYear: 1800, toYear: 1804 },
      { ...PLAN, documentNumber: 'x3', kind: 'yearly' },
      { ...PLAN, documentNumber: 'x4', extra: 1 },
      { ...PLAN, documentNumber: '   ' },
    ]) {
      const res = await as('par', 'POST', '/api/par/plans', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await as('leader', 'POST', '/api/par/plans', { ...PLAN, documentNumber: 'x5' })).statusCode).toBe(
      403,
    );
    expect(
      (await as('officer.dept', 'POST', '/api/par/plans', { ...PLAN, documentNumber: 'x6' })).statusCode,
    ).toBe(403);
    expect((await as('clerk.a', 'GET', '/api/par/plans')).statusCode).toBe(403);
  });

  it('an import with a bad row reports every row and writes nothing', async () => {
    const bad = [
      'stt,lead_agency,target,2026,2027',
      '1,Sở Tư pháp,Đúng,80%,90%',
      '2,Sở Không Có,Cơ quan lạ,80%,',
      '3,Sở Tư pháp,Khoảng,80-90%,',
      '4,Sở Tư pháp,Số trần,80,',
    ].join('\n');
    const res = await as('par', 'POST', `/api/par/plans/${plan.id}/targets/import`, bad, {
      'content-type': 'text/csv',
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('import_invalid');
    expect(problem.errors.map((e) => e.path.split(':')[0])).toEqual(['row 3', 'row 4', 'row 5']);
    expect(problem.errors[0]?.message).toContain('Sở Không Có');
    const detail = await ok<PlanDetail>(as('par', 'GET', `/api/par/plans/${plan.id}`));
    expect(detail.targets).toHaveLength(0);
  });

  it('imports percentages written every way, months, areas and cooperating agencies', async () => {
    const res = await ok<{ imported: number }>(
      as('par', 'POST', `/api/par/plans/${plan.id}/targets/import`, CSV_EVERY_WAY, {
        'content-type': 'text/csv',
      }),
    );
    expect(res.imported).toBe(4);
    const detail = await ok<PlanDetail>(as('par', 'GET', `/api/par/plans/${plan.id}?year=2026`));
    expect(detail.targets.map((x) => [x.number, x.milestone])).toEqual([
      ['1', { kind: 'percent', percent: 100 }],
      ['2', { kind: 'percent', percent: 30 }],
      ['3', { kind: 'by_month', month: 12 }],
      ['4', { kind: 'percent', percent: 80.5 }],
    ]);
    expect(detail.targets[1]?.milestones).toContainEqual({
      year: 2027,
      milestone: { kind: 'percent', percent: 40 },
    });
    expect(detail.targets[0]?.cooperatingUnits.map((u) => u.name)).toEqual(['UBND xã Tân An']);
    expect(detail.targets[2]?.leadUnit.name).toBe('UBND xã Tân An');
    expect(detail.targets.every((x) => x.status === 'no_data' || x.status === 'on_track')).toBe(true);
    const again = await as('par', 'POST', `/api/par/plans/${plan.id}/targets/import`, CSV_EVERY_WAY, {
      'content-type': 'text/csv',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toHaveLength(4);
  });

  it('a target linked to a metric shows the measured value; a pending capability shows no data', async () => {
    await publishDossierProcedure(t, '1.000001', { name: 'Chứng thực bản sao' });
    const metrics = await ok<{ metrics: { code: string; available: boolean }[] }>(
      as('par', 'GET', '/api/par/metrics'),
    );
    expect(metrics.metrics.find((m) => m.code === 'procedures_online_share')?.available).toBe(true);
    expect(metrics.metrics.find((m) => m.code === 'satisfaction_rate')?.available).toBe(false);
    let detail = await ok<PlanDetail>(as('par', 'GET', `/api/par/plans/${plan.id}?year=2026`));
    const [first, second] = detail.targets;
    if (!first || !second) throw new Error('two targets');
    await ok(
      as('par', 'PATCH', `/api/par/targets/${second.id}`, {
        version: second.version,
        metricCode: 'procedures_online_share',
      }),
    );
    await ok(
      as('par', 'PATCH', `/api/par/targets/${first.id}`, {
        version: first.version,
        metricCode: 'satisfaction_rate',
      }),
    );
    const stale = await as('par', 'PATCH', `/api/par/targets/${second.id}`, {
      version: second.version,
      metricCode: null,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await as('par', 'PATCH', `/api/par/targets/${second.id}`, {
      version: second.version + 1,
      metricCode: 'nope',
    });
    expect(unknown.statusCode).toBe(422);
    detail = await ok<PlanDetail>(as('leader', 'GET', `/api/par/plans/${plan.id}?year=2026`));
    const measured = detail.targets[1];
    expect(measured?.actual).toMatchObject({ source: 'metric', denominator: 1, asOf: '2026-03-02' });
    expect(measured?.actual?.percent).toBe(measured?.actual?.numerator === 1 ? 100 : 0);
    expect(measured?.status).toBe(measured?.actual?.percent === 100 ? 'on_track' : 'at_risk');
    expect(detail.targets[0]).toMatchObject({
      actual: null,
      status: 'no_data',
      metric: { available: false },
    });
  });

  it('the lead agency reports its target; another unit gets 404; a measured target takes no report', async () => {
    const detail = await ok<PlanDetail>(as('officer.dept', 'GET', `/api/par/plans/${plan.id}?year=2026`));
    const reported = detail.targets[3];
    const lateCommune = detail.targets[2];
    if (!reported || !lateCommune) throw new Error('targets');
    expect(reported.canReport).toBe(true);
    expect(lateCommune.canReport).toBe(false);
    await ok(
      as('officer.dept', 'POST', `/api/par/targets/${reported.id}/reports`, {
        year: 2026,
        percent: 81,
        note: 'Quý I',
      }),
      204,
    );
    expect(
      (
        await as('agencyadmin.b', 'POST', `/api/par/targets/${reported.id}/reports`, {
          year: 2026,
          percent: 90,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as('officer.dept', 'POST', `/api/par/targets/${lateCommune.id}/reports`, {
          year: 2026,
          percent: 90,
        })
      ).statusCode,
    ).toBe(404);
    const measured = detail.targets[1];
    const refused = await as(
      'officer.dept',
      'POST',
      `/api/par/targets/${measured?.id}/reports`,
      { year: 2026, percent: 50 },
      { 'accept-language': 'en' },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('the system measures this target itself');
    for (const [bad, status] of [
      [{ year: 2026 }, 400],
      [{ year: 2026, percent: 101 }, 400],
      [{ year: 2026, percent: 50, doneOn: '2026-01-01' }, 400],
      [{ year: 2031, percent: 5 }, 422],
      [{ year: 2026, doneOn: '2026-12-31' }, 422],
    ] as const) {
      const res = await as('officer.dept', 'POST', `/api/par/targets/${reported.id}/reports`, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(status);
    }
    await ok(
      as('agencyadmin.a', 'POST', `/api/par/targets/${lateCommune.id}/reports`, {
        year: 2026,
        doneOn: '2026-02-27',
      }),
      204,
    );
    const after = await ok<PlanDetail>(as('par', 'GET', `/api/par/plans/${plan.id}?year=2026`));
    expect(after.targets[3]).toMatchObject({
      status: 'on_track',
      actual: { source: 'report', percent: 81, note: 'Quý I' },
    });
    expect(after.targets[2]).toMatchObject({ status: 'met', actual: { doneOn: '2026-02-27' } });
    expect(after.statusCounts.met).toBe(1);
  });
});

describe('tasks', () => {
  const TASK = {
    title: 'Rà soát thủ tục hành chính lĩnh vực tư pháp',
    sourceDocument: 'Công văn số 12/UBND-NC ngày 02/3/2026',
    assignedBy: 'chairman',
    dueDate: '2026-03-13',
    expectedOutput: 'Báo cáo rà soát',
  };
  let task: TaskDetail;
  const withUnits = () => ({
    ...TASK,
    leadUnitId: t.org.unit.department,
    cooperatingUnitIds: [t.org.unit.communeA],
  });

  it('the leader assigns a task once, however often the same request is retried', async () => {
    const key = { 'idempotency-key': 'task-assign-0001' };
    const [a, b] = await Promise.all([
      as('leader', 'POST', '/api/par/tasks', withUnits(), key),
      as('leader', 'POST', '/api/par/tasks', withUnits(), key),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    task = a.json<TaskDetail>();
    expect(task).toMatchObject({
      status: 'not_started',
      progressPercent: 0,
      can: { decide: true, update: false },
    });
    const list = await ok<z.infer<typeof ZTaskList>>(as('leader', 'GET', '/api/par/tasks'));
    expect(list.total).toBe(1);
  });

  it('refuses bad assignments with a clear problem, and unit staff cannot assign', async () => {
    for (const [bad, status, code] of [
      [{ ...withUnits(), dueDate: '2026-02-01' }, 422, 'validation_failed'],
      [{ ...withUnits(), dueDate: '2026-02-30' }, 400, 'validation_failed'],
      [{ ...withUnits(), dueDate: '2199-01-01' }, 422, 'par_due_date_invalid'],
      [{ ...withUnits(), leadUnitId: '01900000-0000-7000-8000-000000000000' }, 422, 'par_unit_invalid'],
      [{ ...withUnits(), title: '' }, 400, 'validation_failed'],
      [{ ...withUnits(), parentId: '01900000-0000-7000-8000-000000000000' }, 422, 'par_parent_invalid'],
    ] as const) {
      const res = await as('leader', 'POST', '/api/par/tasks', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect((await as('officer.dept', 'POST', '/api/par/tasks', withUnits())).statusCode).toBe(403);
  });

  it('each unit sees its part: the lead updates, the cooperating unit contributes, others see nothing', async () => {
    const mine = await ok<TaskDetail>(as('officer.dept', 'GET', `/api/par/tasks/${task.id}`));
    expect(mine.can).toEqual({ update: true, contribute: false, decide: false });
    const coop = await ok<TaskDetail>(as('agencyadmin.a', 'GET', `/api/par/tasks/${task.id}`));
    expect(coop.can).toEqual({ update: false, contribute: true, decide: false });
    expect((await as('agencyadmin.b', 'GET', `/api/par/tasks/${task.id}`)).statusCode).toBe(404);
    expect(
      (
        await as('agencyadmin.b', 'POST', `/api/par/tasks/${task.id}/progress`, {
          version: task.version,
          percent: 10,
          note: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await as('agencyadmin.a', 'POST', `/api/par/tasks/${task.id}/progress`, {
          version: task.version,
          percent: 10,
          note: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const contributed = await ok<TaskDetail>(
      as('agencyadmin.a', 'POST', `/api/par/tasks/${task.id}/contributions`, { note: 'Xã đã gửi số liệu.' }),
    );
    expect(contributed.updates.at(-1)).toMatchObject({
      kind: 'contribution',
      unit: { name: 'UBND xã Tân An' },
    });
    expect((await ok<z.infer<typeof ZTaskList>>(as('agencyadmin.b', 'GET', '/api/par/tasks'))).total).toBe(0);
    task = contributed;
  });

  it('two progress reports sent at once from the same version: one lands, the other is a 409', async () => {
    const send = (percent: number) =>
      as('officer.dept', 'POST', `/api/par/tasks/${task.id}/progress`, {
        version: task.version,
        percent,
        note: `Đạt ${percent}%`,
      });
    const results = await Promise.all([send(30), send(40)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    task = await ok<TaskDetail>(as('officer.dept', 'GET', `/api/par/tasks/${task.id}`));
    expect(task.status).toBe('in_progress');
    expect(task.updates.filter((u) => u.kind === 'progress')).toHaveLength(1);
    for (const bad of [
      { version: task.version, percent: 100, note: 'x' },
      { version: task.version, percent: -1, note: 'x' },
      { version: task.version, percent: 10 },
    ]) {
      expect((await as('officer.dept', 'POST', `/api/par/tasks/${task.id}/progress`, bad)).statusCode).toBe(
        400,
      );
    }
  });

  it('an extension is asked by the lead unit and decided by the assigning side, with its history', async () => {
    const early = await as(
      'officer.dept',
      'POST',
      `/api/par/tasks/${task.id}/extension`,
      { version: task.version, dueDate: '2026-03-12', reason: 'x' },
      { 'accept-language': 'en' },
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('2026-03-13');
    task = await ok<TaskDetail>(
      as('officer.dept', 'POST', `/api/par/tasks/${task.id}/extension`, {
        version: task.version,
        dueDate: '2026-03-27',
        reason: 'Chờ số liệu các xã',
      }),
    );
    expect(task.pendingExtension).toMatchObject({ dueDate: '2026-03-27' });
    expect(
      (
        await as('officer.dept', 'POST', `/api/par/tasks/${task.id}/extension`, {
          version: task.version,
          dueDate: '2026-03-30',
          reason: 'again',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await as('officer.dept', 'POST', `/api/par/tasks/${task.id}/extension/decision`, {
          version: task.version,
          grant: true,
        })
      ).statusCode,
    ).toBe(403);
    task = await ok<TaskDetail>(
      as('leader', 'POST', `/api/par/tasks/${task.id}/extension/decision`, {
        version: task.version,
        grant: true,
        note: 'Đồng ý',
      }),
    );
    expect(task).toMatchObject({
      dueDate: '2026-03-27',
      originalDueDate: '2026-03-13',
      pendingExtension: null,
    });
    expect(task.updates.map((u) => u.kind)).toEqual([
      'assigned',
      'contribution',
      'progress',
      'extension_requested',
      'extension_granted',
    ]);
    expect(
      (
        await as('leader', 'POST', `/api/par/tasks/${task.id}/extension/decision`, {
          version: task.version,
          grant: false,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('a parent waits for its subtasks; past its deadline a task is overdue and, once done, done late', async () => {
    const sub = await ok<TaskDetail>(
      as('par', 'POST', '/api/par/tasks', {
        ...withUnits(),
        title: 'Tổng hợp số liệu xã',
        parentId: task.id,
        cooperatingUnitIds: [],
      }),
      201,
    );
    task = await ok<TaskDetail>(as('officer.dept', 'GET', `/api/par/tasks/${task.id}`));
    expect(task.subtasks.map((x) => x.id)).toEqual([sub.id]);
    expect(task.progressPercent).toBe(0);
    const blocked = await as('officer.dept', 'POST', `/api/par/tasks/${task.id}/complete`, {
      version: task.version,
      output: 'Báo cáo',
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('par_task_has_open_subtasks');
    await ok(
      as('officer.dept', 'POST', `/api/par/tasks/${sub.id}/complete`, {
        version: sub.version,
        output: 'Số liệu',
      }),
    );
    task = await ok<TaskDetail>(as('officer.dept', 'GET', `/api/par/tasks/${task.id}`));
    expect(task.progressPercent).toBe(100);
    // Friday 27 March 2026, 17:01: past the end of the due day's working hours.
    t.clock.set('2026-03-27T10:01:00Z');
    task = await ok<TaskDetail>(as('officer.dept', 'GET', `/api/par/tasks/${task.id}`));
    expect(task.status).toBe('overdue');
    const board = await ok<z.infer<typeof ZBoard>>(as('leader', 'GET', '/api/par/board'));
    expect(board.counts.byStatus.overdue).toBe(1);
    expect(board.overdue.map((x) => x.id)).toEqual([task.id]);
    task = await ok<TaskDetail>(
      as('officer.dept', 'POST', `/api/par/tasks/${task.id}/complete`, {
        version: task.version,
        output: 'Báo cáo rà soát',
      }),
    );
    expect(task.status).toBe('done_late');
    expect(
      (
        await as('officer.dept', 'POST', `/api/par/tasks/${task.id}/progress`, {
          version: task.version,
          percent: 5,
          note: 'x',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('the board counts by status and lead unit within the caller’s view', async () => {
    const board = await ok<z.infer<typeof ZBoard>>(as('leader', 'GET', '/api/par/board'));
    expect(board.counts).toMatchObject({
      total: 2,
      byStatus: { done_late: 1, done_on_time: 1 },
      completionRate: 10_000,
      onTimeRate: 5_000,
    });
    expect(board.byUnit.map((u) => [u.unit.name, u.counts.total])).toEqual([['Sở Tư pháp', 2]]);
    const commune = await ok<z.infer<typeof ZBoard>>(as('agencyadmin.b', 'GET', '/api/par/board'));
    expect(commune.counts.total).toBe(0);
    expect((await as('leader', 'GET', '/api/par/board?unit=not-a-uuid')).statusCode).toBe(400);
  });

  it('the live board hears of a task’s change without a reload', async () => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/par/board/live`, {
      headers: { cookie: s.leader?.cookie ?? '' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const count = () => text.split('event: revision').length - 1;
    const readUntil = async (done: () => boolean, ms: number) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event in ${ms} ms; got: ${text}`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((r) => setTimeout(() => r(null), left)),
        ]);
        if (chunk && !chunk.done) text += decoder.decode(chunk.value, { stream: true });
      }
    };
    try {
      await readUntil(() => count() > 0, 5_000);
      t.clock.set('2026-03-27T10:05:00Z');
      await ok(as('leader', 'POST', '/api/par/tasks', { ...withUnits(), dueDate: '2026-04-30' }), 201);
      await readUntil(() => count() > 1, 2_000);
    } finally {
      controller.abort();
    }
  });
});
