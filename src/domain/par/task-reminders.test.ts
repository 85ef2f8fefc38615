import { describe, expect, it } from 'vitest';
import { taskReminderText } from './task-reminders';

const facts = {
  title: 'Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực tư pháp',
  leadUnitName: 'Sở Tư pháp',
  dueDate: '2026-12-31',
  workingDaysLeft: 3,
  sourceDocument: 'Kế hoạch số 31/KH-UBND',
  pageUrl: 'https://motcua.example/cchc/tasks/1',
};

describe('taskReminderText', () => {
  it('tells the lead unit how many working days are left, with the due date written the Vietnamese way', () => {
    const text = taskReminderText('due_soon', facts);
    expect(text.subject).toBe('Nhắc việc: nhiệm vụ CCHC sắp đến hạn 31/12/2026');
    expect(text.body).toContain('Kính gửi: Sở Tư pháp');
    expect(text.body).toContain('(còn 3 ngày làm việc)');
    expect(text.body).toContain('(theo Kế hoạch số 31/KH-UBND)');
    expect(text.body).toContain(facts.pageUrl);
  });

  it('says the due day is today when one working day is left', () => {
    expect(taskReminderText('due_soon', { ...facts, workingDaysLeft: 1 }).body).toContain(
      'hôm nay là ngày cuối',
    );
  });

  it('asks for the reason of the delay once overdue, and leaves out a missing source', () => {
    const text = taskReminderText('overdue', { ...facts, sourceDocument: null });
    expect(text.subject).toBe('Nhiệm vụ CCHC quá hạn từ 31/12/2026');
    expect(text.body).toContain('nguyên nhân chậm trễ');
    expect(text.body).not.toContain('(theo');
  });

  it('keeps the SMS short: a long title is cut with an ellipsis', () => {
    const sms = taskReminderText('overdue', { ...facts, title: 'Nhiệm vụ '.repeat(30) }).sms;
    expect(sms).toContain('…');
    expect(sms.length).toBeLessThan(200);
    expect(taskReminderText('due_soon', { ...facts, title: 'Ngắn' }).sms).toContain('"Ngắn"');
  });
});
