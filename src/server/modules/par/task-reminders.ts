import { and, eq, isNull } from 'drizzle-orm';
import { emailRecipient, smsRecipient } from '../../../domain/dossier/notices';
import { taskReminderText } from '../../../domain/par/task-reminders';
import { reminderDue, workingDaysLeft } from '../../../domain/par/tasks';
import { parTaskReminders, parTasks } from '../../db/schema-par';
import type { AppDeps } from '../../platform/http';
import { enqueueMessages, type OutgoingMessage } from '../../platform/outbox';
import { unitSummariesOf } from '../organisation/unit-tree';
import { contactsAtUnit } from '../users/repo';
import { viewTasks } from './task-views';

/** Who at the lead unit hears of its tasks' due dates: those who report for it. */
const REMINDED_ROLES = ['agency_admin', 'approver', 'officer'];

/**
 * Reminds lead units of open tasks falling due within `DUE_SOON_WORKING_DAYS` working days and of
 * overdue ones, by e-mail and SMS through the outbox. Each (task, kind, due date) is reminded once:
 * the `par_task_reminders` row and the messages are written in one transaction, and an extension
 * (a new due date) starts afresh. Safe with several processes: the row's key decides who sends.
 * Answers how many reminders were sent.
 */
export async function sendTaskReminders(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const province = deps.config.PROVINCE_CODE;
  const open = await deps.db
    .select()
    .from(parTasks)
    .where(and(eq(parTasks.provinceCode, province), isNull(parTasks.completedAt)));
  if (open.length === 0) return 0;
  const views = await viewTasks(deps.db, province, open, [], now);
  const units = await unitSummariesOf(
    deps.db,
    open.map((t) => t.leadUnitId),
  );
  const baseUrl = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  let sent = 0;
  for (const view of views) {
    const { row } = view;
    const kind = reminderDue(
      view.calendar,
      { deadline: view.deadline, completedAt: null, started: false, dueDate: row.dueDate },
      now.getTime(),
    );
    if (!kind) continue;
    await deps.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(parTaskReminders)
        .values({ taskId: row.id, kind, dueDate: row.dueDate, sentAt: now })
        .onConflictDoNothing()
        .returning({ taskId: parTaskReminders.taskId });
      if (claimed.length === 0) return;
      const text = taskReminderText(kind, {
        title: row.title,
        leadUnitName: units.get(row.leadUnitId)?.name ?? '',
        dueDate: row.dueDate,
        workingDaysLeft: workingDaysLeft(view.calendar, row.dueDate, now.getTime()),
        sourceDocument: row.sourceDocument,
        pageUrl: `${baseUrl}/cchc/tasks/${row.id}`,
      });
      const messages: OutgoingMessage[] = [];
      for (const person of await contactsAtUnit(tx, row.leadUnitId, REMINDED_ROLES)) {
        const email = emailRecipient(person.email);
        const phone = smsRecipient(person.phone);
        const topic = `par_task_${kind}`;
        if (email)
          messages.push({
            channel: 'email',
            topic,
            recipient: email,
            subject: text.subject,
            body: text.body,
            dossierId: null,
          });
        if (phone)
          messages.push({
            channel: 'sms',
            topic,
            recipient: phone,
            subject: null,
            body: text.sms,
            dossierId: null,
          });
      }
      await enqueueMessages(tx, deps, messages);
      sent++;
    });
  }
  return sent;
}
