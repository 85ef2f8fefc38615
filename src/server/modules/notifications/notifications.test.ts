import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import { MAX_DELIVERY_ATTEMPTS } from '../../../domain/notifications/retry';
import { outboxMessages } from '../../db/schema';
import type { AppDeps } from '../../platform/http';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import {
  type SmsDouble,
  type SmtpDouble,
  startSmsDouble,
  startSmtpDouble,
} from '../../testing/message-gateways';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { formAttachments } from '../dossiers/documents';
import { alertDueSoon } from '../dossiers/due-soon-alerts';
import { includesIgnoringWraps, readPdf } from '../dossiers/forms/pdf-reading.test-support';
import { deliverDueMessages } from './delivery';
import { type Gateways, httpSmsGateway, smtpGateway } from './gateways';

let t: TestApp;
let deps: AppDeps;
let smtp: SmtpDouble;
let sms: SmsDouble;
let gateways: Gateways;
let oneDay: string;
let clerkA: Session;
let officerA: Session;
let approverA: Session;
let admin: Session;
let citizen: Session;

const deliver = (using: Gateways = gateways) =>
  deliverDueMessages(deps, using, (m) => formAttachments(deps, m.dossierId, m.formIds));

const messagesOf = (dossierId: string) =>
  t.database.db.select().from(outboxMessages).where(eq(outboxMessages.dossierId, dossierId));

const withContact = { phone: '0912 345 678', email: 'hang.nguyen@congdan.example' };

/** Receives a dossier at desk A for an applicant who gave a mobile and an e-mail (unless `applicant` says otherwise). */
const receive = (overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) => {
  const body = intakeBody(t, oneDay, overrides);
  return expectDossier(
    t.as(clerkA, 'POST', '/api/dossiers', {
      ...body,
      applicant: { ...body.applicant, ...withContact, ...applicant },
    }),
  );
};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
  smtp = await startSmtpDouble();
  sms = await startSmsDouble();
  gateways = {
    email: smtpGateway(smtp.url, 'MộtCửa <no-reply@motcua.example>'),
    sms: httpSmsGateway(sms.url, sms.token, 'MOTCUA'),
  };
  oneDay = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  approverA = await t.login('approver.a');
  admin = await t.login('admin');
  citizen = await t.login('citizen');
});
afterAll(async () => {
  gateways.email?.close();
  await Promise.all([smtp.close(), sms.close(), t.close()]);
});
beforeEach(async () => {
  // Each test starts with nothing waiting, so a round delivers only what the test made.
  t.clock.set('2026-12-30T02:00:00Z');
  await deliver();
  smtp.mails.length = 0;
  sms.requests.length = 0;
  sms.accepted.length = 0;
});

describe('the applicant is told, by e-mail with the form and by SMS', () => {
  it('of a receipt: the e-mail carries the Mẫu 01 PDF with the code and the name; the SMS the code and the date', async () => {
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 09:00
    const dossier = await receive();
    const queued = await messagesOf(dossier.id);
    expect(queued.map((m) => [m.channel, m.topic, m.state]).sort()).toEqual([
      ['email', 'received', 'pending'],
      ['sms', 'received', 'pending'],
    ]);
    expect(await deliver()).toEqual({ sent: 2, retrying: 0, dead: 0 });

    const [mail] = smtp.mails;
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('hang.nguyen@congdan.example');
    expect(mail?.subject).toBe(`[MộtCửa] Hồ sơ ${dossier.code} đã được tiếp nhận`);
    expect(mail?.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Hằng');
    expect(mail?.text).toContain('hẹn trả kết quả lúc 09:00 ngày 02/12/2026');
    expect(mail?.text).toContain(`/tra-cuu?code=${encodeURIComponent(dossier.code)}`);
    expect(mail?.attachments).toHaveLength(1);
    const attachment = mail?.attachments[0];
    expect(attachment?.contentType).toBe('application/pdf');
    expect(attachment?.filename).toBe(`${dossier.code}-receipt.pdf`);
    const pdf = await readPdf(attachment?.content ?? Buffer.alloc(0));
    expect(includesIgnoringWraps(pdf.text, dossier.code)).toBe(true);
    expect(includesIgnoringWraps(pdf.text, 'Nguyễn Thị Hằng')).toBe(true);

    expect(sms.accepted).toHaveLength(1);
    expect(sms.accepted[0]).toMatchObject({
      to: '0912345678',
      sender: 'MOTCUA',
      authorization: 'Bearer sms-test-token',
    });
    expect(sms.accepted[0]?.text).toContain(dossier.code);
    expect(sms.accepted[0]?.text).toContain('09:00 ngay 02/12/2026');
    expect(sms.accepted[0]?.reference).toBe(queued.find((m) => m.channel === 'sms')?.id);

    const after = await messagesOf(dossier.id);
    expect(after.every((m) => m.state === 'sent' && m.sentAt !== null && m.attempts === 1)).toBe(true);
    expect(after.find((m) => m.channel === 'sms')?.providerRef).toMatch(/^SMS-\d+$/);
    const page = await expectDossier(t.as(clerkA, 'GET', `/api/dossiers/${dossier.id}`));
    expect(page.notices.map((n) => [n.channel, n.state])).toEqual(
      expect.arrayContaining([
        ['email', 'sent'],
        ['sms', 'sent'],
      ]),
    );
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, dead: 0 });
  });

  it('of the apology of a late dossier, with the Mẫu 04 PDF, the reason and the new date', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    let dossier = await receive();
    await deliver();
    t.clock.set('2026-12-02T01:30:00Z'); // half an hour before the due time
    dossier = await expectDossier(
      act(t, approverA, dossier, 'apology', {
        reason: 'Chờ xác minh thông tin hộ tịch',
        newAppointmentAt: '2026-12-04T09:00:00Z',
      }),
    );
    smtp.mails.length = 0;
    sms.accepted.length = 0;
    expect(await deliver()).toMatchObject({ sent: 2 });
    const [mail] = smtp.mails;
    expect(mail?.subject).toBe(`[MộtCửa] Xin lỗi về việc trễ hạn hồ sơ ${dossier.code}`);
    expect(mail?.text).toContain('hẹn lại trả kết quả lúc 16:00 ngày 04/12/2026');
    expect(mail?.text).toContain('Lý do: Chờ xác minh thông tin hộ tịch');
    const pdf = await readPdf(mail?.attachments[0]?.content ?? Buffer.alloc(0));
    expect(includesIgnoringWraps(pdf.text, dossier.code)).toBe(true);
    expect(includesIgnoringWraps(pdf.text, 'Chờ xác minh thông tin hộ tịch')).toBe(true);
    expect(mail?.attachments[0]?.filename).toBe(`${dossier.code}-apology.pdf`);
    expect(sms.accepted[0]?.text).toContain('16:00 ngay 04/12/2026');
  });

  it('of a supplement request and of the result, but not of internal hand-overs', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    let dossier = await receive();
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    dossier = await expectDossier(act(t, approverA, dossier, 'approve', { paperResult: true }));
    const topics = (await messagesOf(dossier.id)).filter((m) => m.channel === 'sms').map((m) => m.topic);
    expect(topics.sort()).toEqual(['received', 'result_ready']);
    const asked = await receive({
      outcome: 'request_supplement',
      reason: 'Thiếu tờ khai',
      documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: false }],
    });
    const [email] = (await messagesOf(asked.id)).filter((m) => m.channel === 'email');
    expect(email).toMatchObject({ topic: 'supplement_requested' });
    expect(email?.formIds).toEqual([asked.forms[0]?.id]);
  });

  it('not at all when they left neither a mobile nor an e-mail; a landline gets no SMS', async () => {
    const none = await receive({}, { phone: '0252 3812 345', email: null });
    expect(await messagesOf(none.id)).toEqual([]);
  });

  it('nothing is queued by a command that fails: the message is written with the command or not at all', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const dossier = await receive();
    const before = (await messagesOf(dossier.id)).length;
    const refused = await act(t, approverA, dossier, 'apology', {
      reason: 'Ngày trong quá khứ',
      newAppointmentAt: '2026-11-01T09:00:00Z',
    });
    expect(refused.statusCode).toBe(422);
    const stale = await act(t, approverA, { ...dossier, version: dossier.version - 1 }, 'approve', {
      paperResult: true,
    });
    expect(stale.statusCode).toBe(409);
    expect((await messagesOf(dossier.id)).length).toBe(before);
  });
});

describe('delivery through the outbox', () => {
  it('retries a gateway that is down with growing waits, then sends once', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const dossier = await receive({}, { email: null });
    sms.failNext(503, 503);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, dead: 0 });
    let [message] = await messagesOf(dossier.id);
    expect(message).toMatchObject({ state: 'pending', attempts: 1 });
    expect(message?.lastError).toContain('503');
    expect(message?.nextAttemptAt.toISOString()).toBe('2026-12-01T02:01:00.000Z');
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, dead: 0 }); // not due yet
    t.clock.advanceMinutes(1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, dead: 0 });
    [message] = await messagesOf(dossier.id);
    expect(message?.nextAttemptAt.toISOString()).toBe('2026-12-01T02:03:00.000Z');
    t.clock.advanceMinutes(2);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, dead: 0 });
    [message] = await messagesOf(dossier.id);
    expect(message).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
    expect(sms.requests.filter((r) => r.reference === message?.id)).toHaveLength(3);
    expect(sms.accepted.filter((r) => r.reference === message?.id)).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal, and after the last attempt on a gateway that never answers', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const dossier = await receive();
    sms.failNext(400);
    smtp.refuseNext(1, 550);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, dead: 2 });
    const dead = await messagesOf(dossier.id);
    expect(dead.map((m) => m.state)).toEqual(['dead', 'dead']);
    expect(dead.find((m) => m.channel === 'email')?.lastError).toContain('550');

    const other = await receive({}, { email: null });
    const unreachable: Gateways = { sms: httpSmsGateway('http://127.0.0.1:9/sms', undefined, 'MOTCUA') };
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      const round = await deliver(unreachable);
      expect(round).toEqual(
        attempt < MAX_DELIVERY_ATTEMPTS
          ? { sent: 0, retrying: 1, dead: 0 }
          : { sent: 0, retrying: 0, dead: 1 },
      );
      t.clock.advanceMinutes(6 * 60);
    }
    const [message] = await messagesOf(other.id);
    expect(message).toMatchObject({ state: 'dead', attempts: MAX_DELIVERY_ATTEMPTS });
    expect(message?.lastError).toContain('unreachable');
  });

  it('keeps messages of a channel without a gateway waiting, and sends them once one is configured', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const dossier = await receive();
    expect(await deliver({ sms: gateways.sms })).toEqual({ sent: 1, retrying: 0, dead: 0 });
    const waiting = (await messagesOf(dossier.id)).find((m) => m.channel === 'email');
    expect(waiting).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, dead: 0 });
  });

  it('two workers at once send each message exactly once', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const made: DossierDto[] = [];
    for (let i = 0; i < 6; i++) made.push(await receive());
    const rounds = await Promise.all([deliver(), deliver(), deliver()]);
    expect(rounds.reduce((n, r) => n + r.sent, 0)).toBe(12);
    const references = sms.accepted.map((r) => r.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references).toHaveLength(6);
    expect(smtp.mails).toHaveLength(6);
  });
});

describe('failed messages for the system administrator', () => {
  it('lists them with the error and sends one again once; others may not', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const dossier = await receive({}, { email: null });
    sms.failNext(400);
    await deliver();
    const list = await t.as(admin, 'GET', '/api/notifications?state=dead&channel=sms');
    expect(list.statusCode).toBe(200);
    const body = list.json<{
      total: number;
      counts: { dead: number };
      items: { id: string; dossierCode: string }[];
    }>();
    const item = body.items.find((i) => i.dossierCode === dossier.code);
    expect(item).toBeDefined();
    expect(body.counts.dead).toBeGreaterThanOrEqual(1);

    for (const session of [clerkA, approverA, citizen]) {
      expect((await t.as(session, 'GET', '/api/notifications')).statusCode).toBe(403);
      expect((await t.as(session, 'POST', `/api/notifications/${item?.id}/retry`)).statusCode).toBe(403);
    }
    const [first, second] = await Promise.all([
      t.as(admin, 'POST', `/api/notifications/${item?.id}/retry`),
      t.as(admin, 'POST', `/api/notifications/${item?.id}/retry`),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    const conflict = [first, second].find((r) => r?.statusCode === 409);
    expect(conflict?.json<{ code: string }>().code).toBe('notification_not_dead');
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, dead: 0 });
    expect(
      (await t.as(admin, 'POST', '/api/notifications/00000000-0000-7000-8000-000000000000/retry')).statusCode,
    ).toBe(404);
    expect((await t.as(admin, 'POST', '/api/notifications/not-a-uuid/retry')).statusCode).toBe(400);
    expect((await t.as(admin, 'GET', '/api/notifications?state=lost')).statusCode).toBe(400);
    const audit = await t.as(admin, 'GET', '/api/audit?action=notification.retry');
    expect(audit.json<{ total: number }>().total).toBe(1);
  });
});

describe('alerts to civil servants', () => {
  it('tells the desk’s clerks at once of an online dossier, with the 8-hour deadline', async () => {
    t.clock.set('2026-12-01T02:00:00Z');
    const submitted = await t.as(citizen, 'POST', '/api/dossiers/online', {
      procedureId: oneDay,
      competentUnitId: t.org.unit.communeA,
      applicant: intakeBody(t, oneDay).applicant,
      documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: true }],
      notes: '',
    });
    expect(submitted.statusCode).toBe(201);
    const { id } = submitted.json<{ id: string }>();
    const alerts = await messagesOf(id);
    expect(alerts.map((m) => [m.channel, m.topic, m.recipient])).toEqual([
      ['email', 'online_arrival', 'clerk.a@kiemthu.example'],
    ]);
    expect(alerts[0]?.body).toContain('trước 09:00 ngày 02/12/2026'); // 8 working hours after 09:00
  });

  it('warns once when a step and the dossier come within a working day of their due time', async () => {
    t.clock.set('2026-12-07T02:00:00Z'); // Monday 09:00
    const twoDays = await publishDossierProcedure(t, '2.000202', {
      name: 'Đăng ký kết hôn',
      processing: { unit: 'working_days', amount: 3 },
    });
    const body = intakeBody(t, twoDays);
    const dossier = await expectDossier(t.as(clerkA, 'POST', '/api/dossiers', body));
    expect(await alertDueSoon(deps)).toBe(0);
    const firstStepDue = Date.parse(dossier.steps[0]?.dueAt ?? '');
    t.clock.set(new Date(firstStepDue - 60_000)); // a minute before the first step is due
    expect(await alertDueSoon(deps)).toBeGreaterThanOrEqual(1);
    const stepAlerts = (await messagesOf(dossier.id)).filter((m) => m.topic === 'step_due_soon');
    expect(stepAlerts.map((m) => m.recipient)).toEqual(['officer.a@kiemthu.example']);
    expect(stepAlerts[0]?.body).toContain('Thẩm định');
    expect(await alertDueSoon(deps)).toBe(0);
    t.clock.set(new Date(Date.parse(dossier.legalDueAt ?? '') - 30 * 60_000));
    await alertDueSoon(deps);
    const dossierAlerts = (await messagesOf(dossier.id)).filter((m) => m.topic === 'dossier_due_soon');
    expect(dossierAlerts.map((m) => m.recipient).sort()).toEqual([
      'approver.a@kiemthu.example',
      'clerk.a@kiemthu.example',
    ]);
    expect(await alertDueSoon(deps)).toBe(0);
  });
});
