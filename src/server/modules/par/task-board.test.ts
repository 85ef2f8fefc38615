import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZBoard, ZTaskDetail, ZTaskList } from '../../../contracts/par';
import { countStatuses } from '../../../domain/par/tasks';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

/**
 * The leaders' board reads each task's facts and its subtasks' in one statement: its counts are
 * the task list's statuses (the one rule), subtasks rolling up into a parent the caller reads even
 * when the caller does not read the subtask.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['par', 'leader', 'officer.dept', 'agencyadmin.a']) s[name] = await t.login(name);
  t.clock.set('2026-11-23T02:00:00Z');
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const assign = (leadUnitId: string, title: string, parentId: string | null = null) =>
  ok<z.infer<typeof ZTaskDetail>>(
    as('par', 'POST', '/api/par/tasks', {
      title,
      sourceDocument: 'Thông báo số 12/TB-UBND',
      assignedBy: 'committee',
      leadUnitId,
      dueDate: '2026-12-15',
      expectedOutput: 'Báo cáo',
      parentId,
    }),
    201,
  );

const boardOf = (name: string, query = '') =>
  ok<z.infer<typeof ZBoard>>(as(name, 'GET', `/api/par/board${query}`));
const listOf = (name: string, query = '') =>
  ok<z.infer<typeof ZTaskList>>(as(name, 'GET', `/api/par/tasks?limit=100${query}`));

describe('the board', () => {
  it('rolls a subtask the caller does not read into the parent they lead, as the task list does', async () => {
    const parent = await assign(t.org.unit.department, 'Rà soát thủ tục hành chính của Sở');
    const sub = await assign(t.org.unit.communeA, 'Rà soát thủ tục cấp xã', parent.id);
    await ok(
      as('agencyadmin.a', 'POST', `/api/par/tasks/${sub.id}/progress`, {
        version: sub.version,
        percent: 40,
        note: 'Đạt 40%',
      }),
    );
    const dept = await boardOf('officer.dept');
    // Without its subtask the parent would not have started.
    expect(dept.counts).toMatchObject({ total: 1, byStatus: { in_progress: 1, not_started: 0 } });
    for (const [name, query] of [
      ['officer.dept', ''],
      ['agencyadmin.a', ''],
      ['leader', ''],
      ['leader', `?unit=${t.org.unit.communeA}`],
    ] as const) {
      const board = await boardOf(name, query);
      const list = await listOf(name, query ? `&${query.slice(1)}` : '');
      expect(board.counts, `${name}${query}`).toEqual(countStatuses(list.tasks.map((x) => x.status)));
    }
    expect((await boardOf('leader')).counts.total).toBe(2);
    expect((await boardOf('leader', `?unit=${t.org.unit.communeA}`)).counts.total).toBe(1);
    expect((await boardOf('agencyadmin.a')).byUnit.map((u) => u.unit.id)).toEqual([t.org.unit.communeA]);
  });
});
