import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { placeNameOf } from './documents';
import { includesIgnoringWraps, qrCodesOnPage, readPdf } from './forms/pdf-reading.test-support';

let t: TestApp;
let clerkA: Session;
let officerA: Session;
let clerkB: Session;
let dossier: DossierDto;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  const procedureId = await publishDossierProcedure(t, '2.000201', { name: 'Đăng ký khai sinh' });
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  clerkB = await t.login('clerk.b');
  dossier = await expectDossier(
    t.as(clerkA, 'POST', '/api/dossiers', {
      ...intakeBody(t, procedureId),
      applicant: { ...intakeBody(t, procedureId).applicant, name: 'Trần Văn Đức' },
    }),
  );
});
afterAll(() => t.close());

const pdfOf = async (session: Session, url: string) => {
  const res = await t.as(session, 'GET', url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
};

describe('official documents of a dossier', () => {
  it('the receipt (Mẫu 01) holds the code, names with diacritics, the dates and a QR code to its verification', async () => {
    const receipt = dossier.forms.find((f) => f.kind === 'receipt');
    const bytes = await pdfOf(clerkA, `/api/dossiers/${dossier.id}/forms/${receipt?.id}.pdf`);
    const { text } = await readPdf(bytes);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, bytes);
    for (const expected of [
      dossier.code,
      'Trần Văn Đức',
      'Đăng ký khai sinh',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mẫu số 01',
      'Tân An, ngày 23 tháng 11 năm 2026',
      '09 giờ 00 phút, ngày 22 tháng 12 năm 2026',
      'Số thứ tự: 1',
    ]) {
      expect(includesIgnoringWraps(text, expected), expected).toBe(true);
    }
    const codes = await qrCodesOnPage(bytes, 1);
    expect(codes).toContain(`${t.config.PUBLIC_BASE_URL}/xac-thuc/${receipt?.id}`);
    const verified = await t.as(null, 'GET', `/api/public/forms/${receipt?.id}`);
    expect(verified.json()).toMatchObject({
      kind: 'receipt',
      formNumber: 'Mẫu 01',
      dossierCode: dossier.code,
    });
  });

  it('the control slip lists each hand-over with its due time and outcome', async () => {
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    const { text } = await readPdf(await pdfOf(clerkA, `/api/dossiers/${dossier.id}/control-slip.pdf`));
    expect(includesIgnoringWraps(text, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ')).toBe(true);
    expect(includesIgnoringWraps(text, 'Mẫu số 06')).toBe(true);
    expect(includesIgnoringWraps(text, 'Thẩm định')).toBe(true);
    expect(includesIgnoringWraps(text, 'Phê duyệt')).toBe(true);
  });

  it('result files are checked by content: a renamed text file or a lying content type is refused, nothing written', async () => {
    const approverA = await t.login('approver.a');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const upload = (session: Session, type: string, bytes: Buffer, name = 'ket-qua.png') =>
      t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${dossier.id}/results?fileName=${encodeURIComponent(name)}&version=${dossier.version}`,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type },
        payload: bytes,
      });
    expect((await upload(approverA, 'application/pdf', png)).statusCode).toBe(415);
    expect((await upload(approverA, 'image/png', Buffer.from('not an image at all'))).statusCode).toBe(415);
    expect((await upload(clerkB, 'image/png', png)).statusCode).toBe(404);
    const ok = await upload(approverA, 'image/png', png, 'Quyết định.png');
    expect(ok.statusCode, ok.body).toBe(200);
    dossier = ok.json<DossierDto>();
    expect(dossier.files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([
      ['Quyết định.png', 'image/png', 72],
    ]);
    const file = await t.as(clerkA, 'GET', `/api/dossiers/${dossier.id}/files/${dossier.files[0]?.id}`);
    expect(file.rawPayload.equals(png)).toBe(true);
  });

  it('another commune’s clerk gets 404 for the forms of this dossier', async () => {
    const receipt = dossier.forms.find((f) => f.kind === 'receipt');
    expect(
      (await t.as(clerkB, 'GET', `/api/dossiers/${dossier.id}/forms/${receipt?.id}.pdf`)).statusCode,
    ).toBe(404);
    expect((await t.as(clerkB, 'GET', `/api/dossiers/${dossier.id}/control-slip.pdf`)).statusCode).toBe(404);
  });

  it("the desk's log book for the day lists the dossier in the official columns", async () => {
    const url = `/api/dossiers/log-book.xlsx?unitId=${t.org.unit.deskA}&from=2026-11-23&to=2026-11-23`;
    const res = await t.as(clerkA, 'GET', url);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets[0]?.getSheetValues().flat().map(String).join(' | ') ?? '';
    expect(cells).toContain(dossier.code);
    expect(cells).toContain('Trần Văn Đức');
    expect((await t.as(clerkB, 'GET', url)).statusCode).toBe(404);
    const reversed = `/api/dossiers/log-book.xlsx?unitId=${t.org.unit.deskA}&from=2026-11-24&to=2026-11-23`;
    expect((await t.as(clerkA, 'GET', reversed)).statusCode).toBe(422);
  });

  it('the public lookup answers a wrong factor and an unknown code alike, then limits the rate', async () => {
    const wrongFactor = await t.as(
      null,
      'GET',
      `/api/public/dossiers/status?code=${dossier.code}&factor=9999`,
    );
    const unknownCode = await t.as(
      null,
      'GET',
      '/api/public/dossiers/status?code=P.XA-261123-9999&factor=1234',
    );
    expect([wrongFactor.statusCode, unknownCode.statusCode]).toEqual([404, 404]);
    const detail = (r: typeof wrongFactor) => r.json<{ code: string; detail: string }>();
    expect(detail(wrongFactor).code).toBe('dossier_lookup_failed');
    expect(detail(wrongFactor).detail).toBe(detail(unknownCode).detail);
    let last = unknownCode;
    for (let i = 0; i < t.config.LOOKUP_RATE_PER_MINUTE; i++) {
      last = await t.as(null, 'GET', `/api/public/dossiers/status?code=P.XA-261123-${1000 + i}&factor=1234`);
    }
    expect(last.statusCode).toBe(429);
  });

  it('reads the place name of a unit for the date line', () => {
    expect(placeNameOf('UBND xã Tân An')).toBe('Tân An');
    expect(placeNameOf('Bộ phận Một cửa xã Tân An')).toBe('Tân An');
    expect(placeNameOf('UBND tỉnh Bình Thuận (dữ liệu mẫu)')).toBe('Bình Thuận');
  });
});
