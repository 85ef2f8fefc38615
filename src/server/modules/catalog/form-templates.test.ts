import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FormTemplateDto,
  FormTemplateList,
  ProcedureDetail,
  ProcedureVersionDto,
} from '../../../contracts/catalog';
import { DEMO_FIELDS } from '../../demo/catalog';
import { writeWorkbook, XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import { createProcedureAs, procedureContent } from '../../testing/catalog-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from './service';

let t: TestApp;
let adminA: Session;
let adminB: Session;
let clerkA: Session;

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, []),
  );
  adminA = await t.login('agencyadmin.a');
  adminB = await t.login('agencyadmin.b');
  clerkA = await t.login('clerk.a');
});
afterAll(() => t.close());

const PDF = 'application/pdf';
const FORM_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xlsx = () => writeWorkbook([{ name: 'Mau', columns: [{ header: 'Họ và tên', key: 'a' }], rows: [] }]);
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');

const uploadAs = (
  session: Session | null,
  fileName: string,
  bytes: Buffer,
  contentType: string,
  lang = 'vi',
) =>
  t.as(session, 'POST', `/api/catalog/form-templates?fileName=${encodeURIComponent(fileName)}`, bytes, {
    'content-type': contentType,
    'accept-language': lang,
  });

const stored = async (fileName: string, bytes: Buffer, contentType: string) => {
  const res = await uploadAs(adminA, fileName, bytes, contentType);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FormTemplateDto>();
};

describe('uploading a form template', () => {
  it('stores it for an admin, links it from a document, and anyone downloads it', async () => {
    const bytes = await xlsx();
    t.clock.advanceMinutes(1);
    const form = await stored('Tờ khai nuôi con nuôi.xlsx', bytes, XLSX_CONTENT_TYPE);
    expect(form).toMatchObject({ size: bytes.length, uploadedAt: t.clock.now().toISOString() });

    const download = await t.as(null, 'GET', form.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="To khai nuoi con nuoi.xlsx"; filename*=UTF-8''${encodeURIComponent('Tờ khai nuôi con nuôi.xlsx')}`,
    );
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);

    const withForm = procedureContent({
      name: 'Thủ tục có mẫu đơn',
      documents: [
        { name: 'Tờ khai', originals: 1, copies: 0, template: form.id, reusable: false },
        { name: 'Bản sao giấy tờ', originals: 0, copies: 1, template: 'ban-sao.docx', reusable: true },
      ],
    });
    const created = (
      await createProcedureAs(t, adminA, '2.000401', { content: withForm })
    ).json<ProcedureVersionDto>();
    // The editor shows the stored form's name; a plain file name is not a stored form.
    expect(created.formTemplates).toEqual([form]);
    const read = (
      await t.as(adminA, 'GET', `/api/catalog/versions/${created.id}`)
    ).json<ProcedureVersionDto>();
    expect(read.formTemplates).toEqual([form]);

    await t.as(adminA, 'POST', `/api/catalog/versions/${created.id}/publish`, { rowVersion: 1 });
    const detail = (
      await t.as(null, 'GET', `/api/catalog/procedures/${created.procedureId}`)
    ).json<ProcedureDetail>();
    expect(detail.documents[0]).toMatchObject({
      templateUrl: form.url,
      templateFileName: 'Tờ khai nuôi con nuôi.xlsx',
    });
    expect(detail.documents[1]).toMatchObject({ templateUrl: null, templateFileName: null });
  });

  it('refuses a file whose content is not of its declared type, in the request’s language', async () => {
    const bytes = await xlsx();
    const renamed = await uploadAs(adminA, 'to-khai.pdf', bytes, PDF);
    expect(renamed.statusCode).toBe(422);
    expect(renamed.headers['content-type']).toContain('application/problem+json');
    expect(renamed.json<{ code: string; detail: string }>()).toEqual(
      expect.objectContaining({
        code: 'form_template_content_mismatch',
        detail:
          'Nội dung tệp không phải là tệp .pdf như tên và loại tệp khai báo; hãy chọn đúng tệp mẫu đơn.',
      }),
    );
    const text = await uploadAs(adminA, 'to-khai.docx', Buffer.from('Tờ khai'), FORM_DOCX, 'en');
    expect(text.json<{ detail: string }>().detail).toBe(
      'The file’s content is not a .docx file as its name and type claim; choose the right form file.',
    );
    const pdfAsWorkbook = await uploadAs(adminA, 'to-khai.xlsx', pdf('x'), XLSX_CONTENT_TYPE);
    expect(pdfAsWorkbook.json<{ code: string }>().code).toBe('form_template_content_mismatch');
    expect((await uploadAs(adminA, 'to-khai.pdf', pdf('ok'), PDF)).statusCode).toBe(201);
  });

  it('refuses a wrong extension, a non-upload, a clerk, and a link to a template that does not exist', async () => {
    const bytes = await xlsx();
    const wrongName = await uploadAs(adminA, 'form.exe', bytes, XLSX_CONTENT_TYPE);
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json<{ code: string }>().code).toBe('form_template_invalid');
    const json = await t.as(adminA, 'POST', '/api/catalog/form-templates?fileName=form.xlsx', { a: 1 });
    expect(json.statusCode).toBe(415);
    expect((await uploadAs(adminA, '.pdf', pdf('x'), PDF)).statusCode).toBe(400);
    expect((await uploadAs(clerkA, 'form.xlsx', bytes, XLSX_CONTENT_TYPE)).statusCode).toBe(403);
    expect((await uploadAs(null, 'form.xlsx', bytes, XLSX_CONTENT_TYPE)).statusCode).toBe(401);
    expect(
      (await t.as(null, 'GET', '/api/catalog/form-templates/0190a3c4-0000-7000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
    const dangling = await createProcedureAs(t, adminA, '2.000402', {
      content: procedureContent({
        documents: [
          {
            name: 'Tờ khai',
            originals: 1,
            copies: 0,
            template: '0190a3c4-0000-7000-8000-000000000000',
            reusable: false,
          },
        ],
      }),
    });
    expect(dangling.statusCode).toBe(422);
  });

  it('cannot be linked into another unit’s draft', async () => {
    const form = await stored('Mẫu của đơn vị A.pdf', pdf('a'), PDF);
    const draft = (await createProcedureAs(t, adminA, '2.000403')).json<ProcedureVersionDto>();
    const content = procedureContent({
      documents: [{ name: 'Đơn', originals: 1, copies: 0, template: form.id, reusable: false }],
    });
    const other = await t.as(adminB, 'PATCH', `/api/catalog/versions/${draft.id}`, {
      content,
      rowVersion: 1,
    });
    expect(other.statusCode).toBe(404);
    const own = await t.as(adminA, 'PATCH', `/api/catalog/versions/${draft.id}`, { content, rowVersion: 1 });
    expect(own.json<ProcedureVersionDto>().formTemplates.map((f) => f.fileName)).toEqual([
      'Mẫu của đơn vị A.pdf',
    ]);
  });
});

describe('listing form templates', () => {
  const list = async (session: Session | null, query = '') =>
    t.as(session, 'GET', `/api/catalog/form-templates${query}`);

  it('lists the province’s templates newest first, paged, found by words of the name without diacritics', async () => {
    t.clock.advanceMinutes(5);
    const older = await stored('Đơn đề nghị cấp phép (mẫu 01).pdf', pdf('01'), PDF);
    t.clock.advanceMinutes(1);
    const newer = await stored('ĐƠN ĐỀ NGHỊ cấp lại (mẫu 02).pdf', pdf('02'), PDF);

    const all = (await list(adminA)).json<FormTemplateList>();
    expect(all.items.slice(0, 2)).toEqual([newer, older]);
    expect(all.total).toBe(all.items.length);
    const page = (await list(adminA, '?limit=1&offset=1')).json<FormTemplateList>();
    expect(page).toEqual({ total: all.total, items: [older] });

    const found = (await list(adminA, `?q=${encodeURIComponent('don de nghi')}`)).json<FormTemplateList>();
    expect(found.items).toEqual([newer, older]);
    const narrowed = (
      await list(adminA, `?q=${encodeURIComponent('Đề nghị CẤP LẠI')}`)
    ).json<FormTemplateList>();
    expect(narrowed.items).toEqual([newer]);
    expect((await list(adminA, '?q=khong+co+mau+nay')).json<FormTemplateList>()).toEqual({
      total: 0,
      items: [],
    });
    // Templates are the province's shared forms: another unit's admin picks from the same list.
    expect((await list(adminB, '?q=mau+02')).json<FormTemplateList>().items).toEqual([newer]);
  });

  it('is for admins only and refuses bad paging', async () => {
    expect((await list(null)).statusCode).toBe(401);
    expect((await list(clerkA)).statusCode).toBe(403);
    for (const bad of ['?limit=0', '?limit=101', '?offset=-1', '?sort=name', `?q=${'a'.repeat(201)}`]) {
      const res = await list(adminA, bad);
      expect(res.statusCode, bad).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
