import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { sendTaskReminders } from './task-reminders';

/**
 * Reminders of reform tasks: the lead unit's staff (the Department of Justice's `officer.dept`,
 * with an e-mail) hear once before the due date and once when overdue, through the outbox.
 */
let t: TestApp;
const s: Record<string, Session> = {};
const deps = () => ({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of ['leader', 'officer.dept']) s[name] = await t.login(name);
  t.clock.set('2026-03-02T02:00:00Z'); // Monday 2 March, 9:00
});
afterAll(() => t.close());

const reminders = () =>
  t.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, 'officer.dept@kiemthu.example'));

async function assign(title: string, dueDate: string): Promise<string> {
  const res = await t.as(s.leader ?? null, 'POST', '/api/par/tasks', {
    title,
    sourceDocument: 'Kế hoạch số 31/KH-UBND',
    assignedBy: 'committee',
    leadUnitId: t.org.unit.department,
    dueDate,
    expectedOutput: 'Báo cáo kết quả',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('task reminders', () => {
  it('reminds nobody of a task due later than three working days', async () => {
    await assign('Rà soát thủ tục hành chính lĩnh vực hộ tịch', '2026-03-20');
    expect(await sendTaskReminders(deps())).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });

  it('reminds the lead unit once within three working days of the due date, counting the calendar', async () => {
    // Due Thursday 5 March: Monday to Thursday is four working days, Tuesday to Thursday three.
    const id = await assign('Báo cáo công tác cải cách hành chính quý I', '2026-03-05');
    expect(await sendTaskReminders(deps())).toBe(0);
    t.clock.set('2026-03-03T02:00:00Z');
    expect(await sendTaskReminders(deps())).toBe(1);
    expect(await sendTaskReminders(deps())).toBe(0);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      channel: 'email',
      topic: 'par_task_due_soon',
      subject: 'Nhắc việc: nhiệm vụ CCHC sắp đến hạn 05/03/2026',
    });
    expect(sent[0]?.body).toContain(`/cchc/tasks/${id}`);
    expect(sent[0]?.body).toContain('còn 3 ngày làm việc');
  });

  it('tells it once more when the task is overdue, and never of a task done', async () => {
    const done = await assign('Cập nhật cơ sở dữ liệu quốc gia về TTHC', '2026-03-05');
    const task = await t.as(s['officer.dept'] ?? null, 'GET', `/api/par/tasks/${done}`);
    const complete = await t.as(s['officer.dept'] ?? null, 'POST', `/api/par/tasks/${done}/complete`, {
      version: task.json().version,
      output: 'Đã cập nhật',
    });
    expect(complete.statusCode, complete.body).toBe(200);
    t.clock.set('2026-03-06T02:00:00Z'); // Friday: Thursday's end has passed
    // The quarterly report is overdue (once); the March 20 task is not due yet; the done one never.
    expect(await sendTaskReminders(deps())).toBe(1);
    expect(await sendTaskReminders(deps())).toBe(0);
    const topics = (await reminders()).map((m) => m.topic).sort();
    expect(topics).toEqual(['par_task_due_soon', 'par_task_overdue']);
  });
});
