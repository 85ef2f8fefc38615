import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type {
  ZReportBoard,
  ZReportRoundDetail,
  ZReportRoundList,
  ZSectionWritten,
  ZUnitReport,
} from '../../../contracts/par-reports';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { includesIgnoringWraps, readPdf } from '../dossiers/forms/pdf-reading.test-support';
import { readDocx, unzip } from './docx-reading.test-support';

type Round = z.infer<typeof ZReportRoundDetail>;
type UnitReport = z.infer<typeof ZUnitReport>;
type Written = z.infer<typeof ZSectionWritten>;

/**
 * Periodic reform reports over HTTP on the fixture province: the department P.S01 (`officer.dept`),
 * communes A (`officer.a`, `agencyadmin.a`) and B (`agencyadmin.b`) report; the PAR officer (`par`)
 * runs the round and writes the province's consolidated report; the leader reads the board.
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
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 9:00
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const A = () => t.org.unit.communeA;
const B = () => t.org.unit.communeB;
const P = () => t.org.unit.province;
const DEPT = () => t.org.unit.department;

const Q4 = { year: 2026, period: 'Q4', title: 'Báo cáo CCHC quý IV năm 2026', dueDate: '2026-11-27' };
let round: Round;
const unitUrl = (unitId: string) => `/api/par/reports/rounds/${round.id}/units/${unitId}`;
const sectionUrl = (unitId: string, section: string) => `${unitUrl(unitId)}/sections/${section}`;
const report = (name: string, unitId: string) => ok<UnitReport>(as(name, 'GET', unitUrl(unitId)));
const detail = (name: string) => ok<Round>(as(name, 'GET', `/api/par/reports/rounds/${round.id}`));

const A_DIRECTION = 'UBND xã Tân An đã ban hành Kế hoạch CCHC năm 2026 và kiện toàn Tổ công tác.';
const PROVINCE_PROCEDURES =
  'Toàn tỉnh đã công bố 1.780 thủ tục hành chính, 100% được công khai trên Cổng DVC.';

describe('rounds', () => {
  it('a PAR officer opens a round: every open department and commune, and the province itself', async () => {
    round = await ok<Round>(as('par', 'POST', '/api/par/reports/rounds', Q4), 201);
    expect(round).toMatchObject({
      year: 2026,
      period: 'Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      dueDate: '2026-11-27',
      closedAt: null,
      unitCount: 3,
      submittedCount: 0,
      lateOrMissingCount: 0,
      mayManage: true,
      mayDownload: true,
    });
    expect(round.units.map((u) => u.unit.code)).toEqual(['P', 'P.S01', 'P.XA', 'P.XB']);
    expect(round.units[0]).toMatchObject({
      province: true,
      status: 'pending',
      sectionCount: 9,
      mayWrite: true,
    });
  });

  it('refuses a second round of the same period, in Vietnamese and English', async () => {
    const vi = await as('par', 'POST', '/api/par/reports/rounds', Q4);
    expect(vi.statusCode).toBe(409);
    expect(vi.json()).toMatchObject({
      code: 'par_report_round_exists',
      detail: 'Đã có đợt báo cáo quý IV năm 2026.',
    });
    const en = await as('par', 'POST', '/api/par/reports/rounds', Q4, { 'accept-language': 'en' });
    expect(en.json().detail).toBe('There is already a report round for Q4 2026.');
  });

  it('refuses an unknown period (400), a due date before the period (422) and rounds opened by others (403)', async () => {
    const unknown = await as('par', 'POST', '/api/par/reports/rounds', { ...Q4, period: 'Q5' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('validation_failed');
    const early = await as('par', 'POST', '/api/par/reports/rounds', {
      ...Q4,
      period: 'Y',
      dueDate: '2025-12-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({
      code: 'par_report_due_invalid',
      errors: [{ path: 'body.dueDate' }],
    });
    expect(early.json().detail).toContain('trước ngày đầu kỳ báo cáo (2026-01-01)');
    expect((await as('leader', 'POST', '/api/par/reports/rounds', { ...Q4, period: 'M9' })).statusCode).toBe(
      403,
    );
    expect((await as('clerk.a', 'GET', '/api/par/reports/rounds')).statusCode).toBe(403);
  });

  it('shows managers every unit and a unit’s staff only its own', async () => {
    expect((await detail('leader')).units).toHaveLength(4);
    const own = await detail('officer.a');
    expect(own.units.map((u) => u.unit.code)).toEqual(['P.XA']);
    expect(own).toMatchObject({ mayManage: false, mayDownload: false, unitCount: 3 });
    const list = await ok<z.infer<typeof ZReportRoundList>>(
      as('agencyadmin.b', 'GET', '/api/par/reports/rounds'),
    );
    expect(list).toMatchObject({ mayCreate: false, rounds: [{ id: round.id, unitCount: 3 }] });
  });
});

describe('a unit’s sections', () => {
  it('a unit reads its nine empty sections with the system’s figures, marked computed', async () => {
    const task = await as('leader', 'POST', '/api/par/tasks', {
      title: 'Rà soát quy trình nội bộ giải quyết thủ tục hành chính cấp xã',
      sourceDocument: 'Thông báo số 12/TB-UBND',
      assignedBy: 'committee',
      leadUnitId: A(),
      dueDate: '2026-12-15',
      expectedOutput: 'Báo cáo rà soát',
    });
    expect(task.statusCode, task.body).toBe(201);
    const own = await report('officer.a', A());
    expect(own.sections.map((x) => x.code)).toEqual([
      'direction',
      'institutions',
      'procedures',
      'organisation',
      'civil_service',
      'public_finance',
      'digital_government',
      'difficulties',
      'proposals',
    ]);
    expect(own.sections.every((x) => x.version === 0 && x.body === '' && x.updatedBy === null)).toBe(true);
    expect(own).toMatchObject({ mayWrite: true, maySubmit: false, province: false, status: 'pending' });
    expect(own.figures).toMatchObject({
      computed: true,
      countedTo: '2026-11-23',
      dossiers: { received: 0, resolved: 0, onTimeRate: null },
      tasks: { total: 1, byStatus: { not_started: 1, overdue: 0 } },
      scoring: null,
    });
    expect((await report('par', P())).figures.tasks.total).toBe(1);
  });

  it('hides a unit’s report from another unit (404), and lets managers read but not write it (403)', async () => {
    expect((await as('agencyadmin.b', 'GET', unitUrl(A()))).statusCode).toBe(404);
    expect((await as('officer.dept', 'GET', unitUrl(A()))).statusCode).toBe(404);
    expect(
      (await as('agencyadmin.b', 'PUT', sectionUrl(A(), 'direction'), { version: 0, body: 'x' })).statusCode,
    ).toBe(404);
    expect((await as('officer.a', 'GET', unitUrl(P()))).statusCode).toBe(404);
    expect((await report('leader', A())).mayWrite).toBe(false);
    const leader = await as('leader', 'PUT', sectionUrl(A(), 'direction'), { version: 0, body: 'x' });
    expect(leader.statusCode).toBe(403);
    // The province's sections are the PAR officers' to write, not the leader's.
    expect(
      (await as('leader', 'PUT', sectionUrl(P(), 'direction'), { version: 0, body: 'x' })).statusCode,
    ).toBe(403);
  });

  it('writes a section over the version read; a stale version is refused with the other’s text, in both languages', async () => {
    const first = await ok<Written>(
      as('officer.a', 'PUT', sectionUrl(A(), 'direction'), { version: 0, body: A_DIRECTION }),
    );
    expect(first).toMatchObject({ code: 'direction', version: 1, updatedBy: 'Người dùng officer.a' });
    const mine = 'Đã tổ chức 02 hội nghị quán triệt.';
    const stale = await as('agencyadmin.a', 'PUT', sectionUrl(A(), 'direction'), { version: 0, body: mine });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'par_report_section_changed',
      detail: expect.stringMatching(
        /^Mục "I\. Công tác chỉ đạo, điều hành" vừa được Người dùng officer\.a cập nhật lúc 2026-11-23 09:00\./,
      ),
      errors: [
        { path: 'body', code: 'current', message: A_DIRECTION },
        { path: 'version', code: 'current', message: '1' },
      ],
    });
    const en = await as(
      'agencyadmin.a',
      'PUT',
      sectionUrl(A(), 'direction'),
      { version: 0, body: mine },
      {
        'accept-language': 'en',
      },
    );
    expect(en.json().detail).toMatch(
      /^Section "I\. Direction and steering" was just updated by Người dùng officer\.a/,
    );
    // Nothing lost: the writer merges the two texts and saves on top of what they now have seen.
    const merged = await ok<Written>(
      as('agencyadmin.a', 'PUT', sectionUrl(A(), 'direction'), {
        version: 1,
        body: `${A_DIRECTION}\n${mine}`,
      }),
    );
    expect(merged.version).toBe(2);
    const after = await report('officer.a', A());
    expect(after.sections[0]).toMatchObject({ body: `${A_DIRECTION}\n${mine}`, version: 2 });
    expect(after.maySubmit).toBe(true);
  });

  it('of two writers at once, one wins and the other is refused with the winner’s text', async () => {
    const [first, second] = await Promise.all([
      as('officer.a', 'PUT', sectionUrl(A(), 'institutions'), {
        version: 0,
        body: 'Văn bản của chuyên viên.',
      }),
      as('agencyadmin.a', 'PUT', sectionUrl(A(), 'institutions'), {
        version: 0,
        body: 'Văn bản của quản trị.',
      }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const lost = first.statusCode === 409 ? first : second;
    const stored = (await report('officer.a', A())).sections[1];
    expect(stored?.version).toBe(1);
    expect(lost.json().errors[0]).toMatchObject({ path: 'body', code: 'current', message: stored?.body });
  });

  it('refuses a body over 20,000 characters and an unknown section (400)', async () => {
    const long = await as('officer.a', 'PUT', sectionUrl(A(), 'proposals'), {
      version: 0,
      body: 'x'.repeat(20_001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ path: 'body.body' });
    expect(
      (await as('officer.a', 'PUT', sectionUrl(A(), 'weather'), { version: 0, body: 'x' })).statusCode,
    ).toBe(400);
    expect((await as('officer.a', 'PUT', sectionUrl(A(), 'proposals'), { body: 'x' })).statusCode).toBe(400);
  });

  it('the PAR officer writes the province’s consolidated sections', async () => {
    const own = await report('par', P());
    expect(own).toMatchObject({ province: true, mayWrite: true });
    await ok<Written>(
      as('par', 'PUT', sectionUrl(P(), 'procedures'), { version: 0, body: PROVINCE_PROCEDURES }),
    );
    // It is not sent anywhere: closing the round fixes it.
    expect((await report('par', P())).maySubmit).toBe(false);
    expect((await as('par', 'POST', `${unitUrl(P())}/submit`, {})).statusCode).toBe(403);
  });
});

describe('sending and lateness', () => {
  it('refuses to send an empty report', async () => {
    const empty = await as('agencyadmin.b', 'POST', `${unitUrl(B())}/submit`, {});
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('par_report_empty');
  });

  it('a unit sends once, on time; its sections are fixed from then', async () => {
    const [a, b] = await Promise.all([
      as('officer.a', 'POST', `${unitUrl(A())}/submit`, {}),
      as('agencyadmin.a', 'POST', `${unitUrl(A())}/submit`, {}),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json()).toMatchObject({ code: 'par_report_submitted' });
    const sent = await report('officer.a', A());
    expect(sent).toMatchObject({ status: 'on_time', mayWrite: false, maySubmit: false });
    const late = await as('officer.a', 'PUT', sectionUrl(A(), 'proposals'), { version: 0, body: 'Thêm.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/^Đơn vị đã gửi báo cáo lúc 2026-11-23 09:00/);
  });

  it('after the due date, a unit not yet sent is missing and one sending then is late; the board lists both', async () => {
    t.clock.set('2026-11-27T16:59:00Z'); // 23:59 on the due date: still on time
    expect((await detail('par')).lateOrMissing).toEqual([]);
    t.clock.set('2026-11-28T02:00:00Z');
    await ok<Written>(
      as('agencyadmin.b', 'PUT', sectionUrl(B(), 'difficulties'), { version: 0, body: 'Thiếu biên chế.' }),
    );
    const sent = await ok<UnitReport>(as('agencyadmin.b', 'POST', `${unitUrl(B())}/submit`, {}));
    expect(sent.status).toBe('late');
    const now = await detail('par');
    expect(now.lateOrMissing.map((u) => [u.unit.code, u.status])).toEqual([
      ['P.S01', 'overdue'],
      ['P.XB', 'late'],
    ]);
    expect(now).toMatchObject({ submittedCount: 2, lateOrMissingCount: 2 });
    const board = await ok<z.infer<typeof ZReportBoard>>(as('leader', 'GET', '/api/par/reports/board'));
    expect(board.rounds).toHaveLength(1);
    expect(board.rounds[0]?.lateOrMissing.map((u) => u.unit.name)).toEqual([
      'Sở Tư pháp',
      'UBND xã Phú Bình',
    ]);
    const own = await ok<z.infer<typeof ZReportBoard>>(as('officer.dept', 'GET', '/api/par/reports/board'));
    expect(own.rounds[0]?.lateOrMissing.map((u) => u.unit.id)).toEqual([DEPT()]);
  });
});

describe('the consolidated report', () => {
  it('downloads as a .docx in the administrative style, with the province’s text, the figures and the units’ sections', async () => {
    const res = await as('par', 'GET', `/api/par/reports/rounds/${round.id}/report.docx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain('bao-cao-cchc-2026-Q4.docx');
    const docx = readDocx(res.rawPayload);
    expect(docx.entries).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const p = docx.paragraphs;
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH KIỂM THỬ',
      'Số:        /BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kiểm Thử, ngày 28 tháng 11 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính quý IV năm 2026',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      PROVINCE_PROCEDURES,
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nơi nhận:',
      'PHỤ LỤC I',
      'SỐ LIỆU DO HỆ THỐNG TỰ TỔNG HỢP',
      'PHỤ LỤC II',
      A_DIRECTION,
    ])
      expect(p, line).toContain(line);
    // The figures: a task due in the period, its lead unit, the units late or missing.
    expect(docx.text).toContain('(Số liệu do hệ thống tự tổng hợp) Trong quý IV năm 2026, có 1 nhiệm vụ');
    const taskRow = p.indexOf('UBND xã Tân An');
    // Total, then by status: not started first.
    expect(p.slice(taskRow, taskRow + 4)).toEqual(['UBND xã Tân An', '1', '1', '0']);
    expect(p).toContain('Chưa gửi');
    expect(docx.text).toMatch(/Gửi chậm \(28\/11\/2026 09:00\)/);
    expect(docx.text).toContain('Đã gửi 2/3 đơn vị; gửi chậm hoặc chưa gửi: 2 đơn vị.');
    // Text in Times New Roman on A4 with the official margins; ruled tables.
    expect(docx.documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(docx.documentXml).toMatch(/<w:tblBorders>/);
    expect(unzip(res.rawPayload).get('word/styles.xml')?.toString('utf8')).toContain('Times New Roman');
  });

  it('downloads as PDF with the same text', async () => {
    const res = await as('par', 'GET', `/api/par/reports/rounds/${round.id}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'quý IV năm 2026',
      PROVINCE_PROCEDURES,
      A_DIRECTION,
      'SỐ LIỆU DO HỆ THỐNG TỰ TỔNG HỢP',
    ])
      expect(includesIgnoringWraps(pdf.text, text), text).toBe(true);
    if (hasPdftotext()) {
      const dir = mkdtempSync(path.join(tmpdir(), 'par-report-'));
      writeFileSync(path.join(dir, 'r.pdf'), res.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    }
  });

  it('is the province’s: a unit’s staff may not download it', async () => {
    expect((await as('officer.a', 'GET', `/api/par/reports/rounds/${round.id}/report.docx`)).statusCode).toBe(
      403,
    );
    expect((await as('leader', 'GET', `/api/par/reports/rounds/${round.id}/report.pdf`)).statusCode).toBe(
      200,
    );
  });
});

describe('closing', () => {
  it('closes under the version read; afterwards every change is refused (409), in both languages', async () => {
    const current = await detail('par');
    const stale = await as('par', 'POST', `/api/par/reports/rounds/${round.id}/close`, {
      version: current.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(
      (await as('leader', 'POST', `/api/par/reports/rounds/${round.id}/close`, { version: 1 })).statusCode,
    ).toBe(403);
    const closed = await ok<Round>(
      as('par', 'POST', `/api/par/reports/rounds/${round.id}/close`, { version: current.version }),
    );
    expect(closed.closedAt).not.toBeNull();
    expect(closed.units.every((u) => !u.mayWrite)).toBe(true);
    const write = await as('par', 'PUT', sectionUrl(P(), 'proposals'), { version: 0, body: 'Muộn.' });
    expect(write.statusCode).toBe(409);
    expect(write.json()).toMatchObject({
      code: 'par_report_closed',
      detail: 'Đợt báo cáo đã khóa sổ lúc 2026-11-28 09:00 (Người dùng par); không thể thay đổi nội dung.',
    });
    const en = await as('officer.dept', 'POST', `${unitUrl(DEPT())}/submit`, {}, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(409);
    expect(en.json().detail).toBe(
      'The report round was closed at 2026-11-28 09:00 (Người dùng par); nothing in it can change.',
    );
    const again = await as('par', 'POST', `/api/par/reports/rounds/${round.id}/close`, {
      version: closed.version,
    });
    expect(again.json().code).toBe('par_report_closed');
    expect((await report('officer.dept', DEPT())).mayWrite).toBe(false);
    const board = await ok<z.infer<typeof ZReportBoard>>(as('leader', 'GET', '/api/par/reports/board'));
    expect(board.rounds).toEqual([]);
  });

  it('keeps the figures the round showed when it closed, though the work goes on', async () => {
    const sent = await report('officer.a', A());
    expect(sent.figures.tasks).toMatchObject({ total: 1, byStatus: { not_started: 1 } });
    // Commune A finishes its task after the closing: the closed report does not move.
    const tasks = await ok<{ tasks: { id: string; version: number }[] }>(
      as('officer.a', 'GET', '/api/par/tasks'),
    );
    const [task] = tasks.tasks;
    if (!task) throw new Error('commune A leads a task');
    await ok(
      as('officer.a', 'POST', `/api/par/tasks/${task.id}/complete`, {
        version: task.version,
        output: 'Đã rà soát',
      }),
    );
    const later = await report('officer.a', A());
    expect(later.figures).toEqual(sent.figures);
    expect((await report('par', P())).figures.tasks).toMatchObject({
      total: 1,
      byStatus: { not_started: 1 },
    });
  });
});

/** Whether poppler's pdftotext is installed (the check runs where it is). */
function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
}
