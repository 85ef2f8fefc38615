import { describe, expect, it } from 'vitest';
import {
  type ApplicantNoticeFacts,
  type ApplicantNoticeTopic,
  applicantNotice,
  applicantNoticeTopic,
  emailRecipient,
  smsRecipient,
  smsText,
  staffAlert,
  vietnameseDateTime,
} from './notices';

const facts: ApplicantNoticeFacts = {
  code: '000.00.20.H60-261201-0007',
  applicantName: 'Trần Thị Đào',
  procedureName: 'Đăng ký khai sinh',
  unitName: 'UBND xã Tân Đức',
  appointmentAt: Date.parse('2026-12-04T09:00:00Z'),
  newAppointmentAt: Date.parse('2026-12-09T03:30:00Z'),
  reason: 'Chờ xác minh hộ tịch',
  lookupUrl: 'https://dichvucong.example.vn/tra-cuu?ma=000.00.20.H60-261201-0007',
};

const TOPICS: ApplicantNoticeTopic[] = [
  'received',
  'supplement_requested',
  'refused',
  'apology',
  'result_ready',
  'stopped',
  'cancelled',
];

describe('notices to the applicant', () => {
  it('follows the command: receipt, supplement request, refusal, apology, result, stop, cancel', () => {
    expect(applicantNoticeTopic(['receive', 'start_processing'])).toBe('received');
    expect(applicantNoticeTopic(['request_supplement'])).toBe('supplement_requested');
    expect(applicantNoticeTopic(['refuse'])).toBe('refused');
    expect(applicantNoticeTopic(['issue_apology'])).toBe('apology');
    expect(applicantNoticeTopic(['resolve'])).toBe('result_ready');
    expect(applicantNoticeTopic(['stop'])).toBe('stopped');
    expect(applicantNoticeTopic(['cancel'])).toBe('cancelled');
  });

  it('says nothing about internal work or what the applicant did themselves', () => {
    for (const type of [
      'submit',
      'forward',
      'accept_step',
      'send_back',
      'pause',
      'resume',
      'withdraw',
      'return_result',
    ])
      expect(applicantNoticeTopic([type])).toBeNull();
    expect(applicantNoticeTopic([])).toBeNull();
  });

  it('writes dates in Vietnam time as HH:MM ngày DD/MM/YYYY', () => {
    expect(vietnameseDateTime(Date.parse('2026-12-04T09:00:00Z'))).toBe('16:00 ngày 04/12/2026');
    expect(vietnameseDateTime(Date.parse('2026-12-31T17:05:00Z'))).toBe('00:05 ngày 01/01/2027');
  });

  it('gives every topic a subject, the dossier code, the lookup address and an SMS in plain ASCII', () => {
    for (const topic of TOPICS) {
      const notice = applicantNotice(topic, facts);
      expect(notice.subject).toContain(facts.code);
      expect(notice.body).toContain('Kính gửi Ông/Bà Trần Thị Đào');
      expect(notice.body).toContain(facts.lookupUrl);
      expect(notice.sms).toMatch(/^MOTCUA: /);
      expect(notice.sms).toContain(facts.code);
      expect(notice.sms).toContain(facts.lookupUrl);
      expect(notice.sms).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('puts the appointment in the receipt and the new date and reason in the apology', () => {
    expect(applicantNotice('received', facts).body).toContain('16:00 ngày 04/12/2026');
    const apology = applicantNotice('apology', facts);
    expect(apology.body).toContain('10:30 ngày 09/12/2026');
    expect(apology.body).toContain('Lý do: Chờ xác minh hộ tịch');
    expect(apology.body).toContain('UBND xã Tân Đức xin lỗi');
    expect(apology.sms).toContain('10:30 ngay 09/12/2026');
    expect(apology.sms).toContain('UBND xa Tan Duc xin loi');
  });

  it('states the reason of a refusal, a stop and a cancellation when there is one', () => {
    for (const topic of ['refused', 'stopped', 'cancelled'] as const) {
      expect(applicantNotice(topic, facts).body).toContain('Lý do: Chờ xác minh hộ tịch');
      expect(applicantNotice(topic, { ...facts, reason: null }).body).not.toContain('Lý do');
    }
  });
});

describe('alerts to civil servants', () => {
  const alertFacts = {
    code: facts.code,
    procedureName: facts.procedureName,
    stepName: 'Thẩm định hồ sơ',
    dueAt: Date.parse('2026-12-02T10:00:00Z'),
    pageUrl: 'https://motcua.example.vn/dossiers/0193',
  };

  it('tells the desk by when an online dossier must be handled', () => {
    const alert = staffAlert('online_arrival', alertFacts);
    expect(alert.subject).toContain(facts.code);
    expect(alert.body).toContain('trước 17:00 ngày 02/12/2026');
    expect(alert.body).toContain(alertFacts.pageUrl);
  });

  it('names the step that is due soon, and reminds of the apology when the dossier is', () => {
    expect(staffAlert('step_due_soon', alertFacts).body).toContain('Bước “Thẩm định hồ sơ”');
    expect(staffAlert('dossier_due_soon', alertFacts).body).toContain('Phiếu xin lỗi');
  });

  it('tells the officer which step of which dossier is now theirs, and the dossier’s due time', () => {
    const alert = staffAlert('step_assigned', alertFacts);
    expect(alert.subject).toContain('“Thẩm định hồ sơ”');
    expect(alert.subject).toContain(facts.code);
    expect(alert.body).toContain('17:00 ngày 02/12/2026');
    expect(alert.sms).toContain(alertFacts.pageUrl);
    expect(staffAlert('step_assigned', { ...alertFacts, dueAt: null }).body).toContain('chưa xác định');
  });
});

describe('recipients', () => {
  it('sends SMS to mobiles only, in national form', () => {
    expect(smsRecipient('+84 912 345 678')).toBe('0912345678');
    expect(smsRecipient('0312345678')).toBe('0312345678');
    expect(smsRecipient('02523812345')).toBeNull();
    expect(smsRecipient('12345')).toBeNull();
    expect(smsRecipient(null)).toBeNull();
  });

  it('sends e-mail to addresses that look like one', () => {
    expect(emailRecipient(' dao.tran@example.vn ')).toBe('dao.tran@example.vn');
    for (const bad of ['dao', 'dao@', '@example.vn', 'a b@example.vn', '', null])
      expect(emailRecipient(bad)).toBeNull();
  });

  it('folds marks, quotes and spaces in an SMS', () => {
    expect(smsText('Bước  “Thẩm định”\nĐã xong')).toBe('MOTCUA: Buoc "Tham dinh" Da xong');
  });
});
