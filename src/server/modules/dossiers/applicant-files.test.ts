import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicantFilesDto } from '../../../contracts/dossier-applicant-files';
import type { DossierDto } from '../../../contracts/dossiers';
import { act, expectDossier, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let citizen: Session;
let clerkA: Session;
let dossierId: string;
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

const upload = (
  session: Session,
  id: string,
  bytes: Buffer,
  type = 'application/pdf',
  name = 'CCCD mặt trước.pdf',
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${id}/applicant-files?fileName=${encodeURIComponent(name)}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type },
    payload: bytes,
  });
const listed = async (session: Session) =>
  (await t.as(session, 'GET', `/api/dossiers/${dossierId}/applicant-files`)).json<ApplicantFilesDto>();

beforeAll(async () => {
  t = await createTestApp();
  const procedureId = await publishDossierProcedure(t, '2.000071');
  citizen = await t.login('citizen');
  clerkA = await t.login('clerk.a');
  const submitted = await t.as(citizen, 'POST', '/api/dossiers/online', {
    procedureId,
    competentUnitId: t.org.unit.communeA,
    applicant: {
      kind: 'person',
      name: 'Đỗ Thị Hoa',
      personalId: '040190009999',
      organisationCode: null,
      phone: '0977000111',
      email: null,
      address: 'Thôn 3',
    },
    documents: [],
    notes: '',
  });
  expect(submitted.statusCode).toBe(201);
  dossierId = submitted.json<{ id: string }>().id;
});
afterAll(() => t.close());

describe('papers uploaded with an online dossier', () => {
  it('the applicant uploads a PDF; the desk lists it at review and opens it with its type and name', async () => {
    const sent = await upload(citizen, dossierId, pdf);
    expect(sent.statusCode, sent.body).toBe(201);
    const { files } = await listed(clerkA);
    expect(files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([
      ['CCCD mặt trước.pdf', 'application/pdf', pdf.length],
    ]);
    const opened = await t.as(clerkA, 'GET', `/api/dossiers/${dossierId}/files/${files[0]?.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    expect(opened.headers['content-disposition']).toContain('inline');
    expect(opened.headers['content-disposition']).toContain("filename*=UTF-8''CCCD%20m%E1%BA%B7t");
    expect(opened.rawPayload.equals(pdf)).toBe(true);
    // They are the applicant's papers, not the dossier's result.
    const dossier = await expectDossier(t.as(clerkA, 'GET', `/api/dossiers/${dossierId}`));
    expect(dossier.files).toEqual([]);
  });

  it('another unit neither lists nor opens them (404); another citizen cannot add to the dossier (404)', async () => {
    const clerkB = await t.login('clerk.b');
    const { files } = await listed(clerkA);
    expect((await t.as(clerkB, 'GET', `/api/dossiers/${dossierId}/applicant-files`)).statusCode).toBe(404);
    expect((await t.as(clerkB, 'GET', `/api/dossiers/${dossierId}/files/${files[0]?.id}`)).statusCode).toBe(
      404,
    );
    // A staff member is not the applicant: uploading is the citizen's role (403 before any lookup).
    expect((await upload(clerkA, dossierId, pdf)).statusCode).toBe(403);
    const unknown = '01a2106e-6500-7a32-b859-82ab5220a068';
    expect((await upload(citizen, unknown, pdf)).statusCode).toBe(404);
  });

  it('refuses what is not a PDF or a photo, whatever the type claimed (415)', async () => {
    expect(
      (await upload(citizen, dossierId, Buffer.from('MZ not a paper'), 'application/pdf')).statusCode,
    ).toBe(415);
    expect((await upload(citizen, dossierId, pdf, 'image/png')).statusCode).toBe(415);
  });

  it('the officer handling it opens them after receipt; the applicant can no longer add any (409)', async () => {
    let dossier: DossierDto = await expectDossier(t.as(clerkA, 'GET', `/api/dossiers/${dossierId}`));
    dossier = await expectDossier(act(t, clerkA, dossier, 'review', { outcome: 'receive' }));
    const officerA = await t.login('officer.a');
    const { files } = await listed(officerA);
    expect(files).toHaveLength(1);
    expect((await t.as(officerA, 'GET', `/api/dossiers/${dossierId}/files/${files[0]?.id}`)).statusCode).toBe(
      200,
    );
    const late = await upload(citizen, dossierId, pdf);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'dossier_applicant_files_closed' });
  });
});
