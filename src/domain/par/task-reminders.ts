import { vietnameseDay } from '../calendar/civil-date';
import type { TaskReminder } from './tasks';

/** What a reminder about a task says (to the lead unit's staff, in Vietnamese as they work). */
export interface TaskReminderFacts {
  readonly title: string;
  readonly leadUnitName: string;
  /** The due date (YYYY-MM-DD). */
  readonly dueDate: string;
  /** Working days left, the due day counted (due soon). */
  readonly workingDaysLeft: number;
  readonly sourceDocument: string | null;
  readonly pageUrl: string;
}

/** SMS texts stay within one long message; a long title is cut with an ellipsis. */
const SMS_TITLE_MAX = 80;

const shortTitle = (title: string) =>
  title.length <= SMS_TITLE_MAX ? title : `${title.slice(0, SMS_TITLE_MAX - 1).trimEnd()}…`;

/** The e-mail (subject, body) and SMS text of a reminder. */
export function taskReminderText(kind: TaskReminder, facts: TaskReminderFacts) {
  const due = vietnameseDay(facts.dueDate);
  const source = facts.sourceDocument ? ` (theo ${facts.sourceDocument})` : '';
  if (kind === 'due_soon') {
    const left =
      facts.workingDaysLeft <= 1 ? 'hôm nay là ngày cuối' : `còn ${facts.workingDaysLeft} ngày làm việc`;
    return {
      subject: `Nhắc việc: nhiệm vụ CCHC sắp đến hạn ${due}`,
      body: [
        `Kính gửi: ${facts.leadUnitName}`,
        '',
        `Nhiệm vụ "${facts.title}"${source} có hạn hoàn thành ngày ${due} (${left}).`,
        'Đề nghị đơn vị cập nhật tiến độ, hoàn thành đúng hạn hoặc đề nghị gia hạn trước hạn.',
        '',
        `Xem nhiệm vụ: ${facts.pageUrl}`,
      ].join('\n'),
      sms: `MotCua: Nhiem vu CCHC "${shortTitle(facts.title)}" den han ${due}. Xem: ${facts.pageUrl}`,
    };
  }
  return {
    subject: `Nhiệm vụ CCHC quá hạn từ ${due}`,
    body: [
      `Kính gửi: ${facts.leadUnitName}`,
      '',
      `Nhiệm vụ "${facts.title}"${source} đã quá hạn hoàn thành (hạn ${due}) mà chưa được báo cáo hoàn thành.`,
      'Đề nghị đơn vị khẩn trương hoàn thành, báo cáo kết quả và nêu rõ nguyên nhân chậm trễ.',
      '',
      `Xem nhiệm vụ: ${facts.pageUrl}`,
    ].join('\n'),
    sms: `MotCua: Nhiem vu CCHC "${shortTitle(facts.title)}" da qua han ${due}. Xem: ${facts.pageUrl}`,
  };
}
