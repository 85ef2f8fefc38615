import type { ProcedureContentDto, ProcedureVersionDto } from '../../contracts/catalog';
import type { Session, TestApp } from './test-app';

/** The content of a valid procedure (publishable as is), with fields overridden. */
export const procedureContent = (overrides: Partial<ProcedureContentDto> = {}): ProcedureContentDto => ({
  name: 'Đăng ký nuôi con nuôi trong nước',
  levels: ['commune'],
  processing: { unit: 'working_days', amount: 20 },
  fees: [{ name: 'Lệ phí đăng ký', kind: 'charge', amount: 400_000 }],
  documents: [
    {
      name: 'Tờ khai đăng ký việc nuôi con nuôi',
      originals: 1,
      copies: 0,
      template: 'to-khai.docx',
      reusable: false,
    },
  ],
  steps: ['Nộp hồ sơ tại Bộ phận Một cửa', 'Nhận kết quả'],
  workflow: [
    { name: 'Tiếp nhận', role: 'clerk', unitKind: 'desk', share: 10 },
    { name: 'Thẩm định', role: 'officer', unitKind: 'commune', share: 70 },
    { name: 'Phê duyệt', role: 'approver', unitKind: 'commune', share: 20 },
  ],
  legalBasis: [{ text: 'Văn bản mẫu (dữ liệu thử nghiệm)', sample: true }],
  resultType: 'Giấy chứng nhận nuôi con nuôi',
  online: 'partial',
  onlinePayment: true,
  ...overrides,
});

/** POST /api/catalog/procedures for commune A (received at desk A), with the body overridden. */
export const createProcedureAs = (
  t: TestApp,
  session: Session | null,
  code: string,
  overrides: object = {},
) =>
  t.as(session, 'POST', '/api/catalog/procedures', {
    code,
    fieldCode: 'HT',
    content: procedureContent(),
    competentUnitIds: [t.org.unit.communeA],
    receivingUnitIds: [t.org.unit.deskA],
    ...overrides,
  });

/** A catalog admin's moves on versions, answering the parsed version (and failing loudly). */
export function versionSteps(t: TestApp, session: Session) {
  const expectOk = async (res: Awaited<ReturnType<TestApp['as']>>, what: string) => {
    if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.json<ProcedureVersionDto>();
  };
  return {
    create: async (code: string, name: string) =>
      expectOk(
        await createProcedureAs(t, session, code, { content: procedureContent({ name }) }),
        `create ${code}`,
      ),
    draft: async (procedureId: string, content?: ProcedureContentDto) =>
      expectOk(
        await t.as(session, 'POST', `/api/catalog/procedures/${procedureId}/versions`, { content }),
        'draft',
      ),
    publish: async (version: ProcedureVersionDto, effectiveFrom?: string) =>
      expectOk(
        await t.as(session, 'POST', `/api/catalog/versions/${version.id}/publish`, {
          effectiveFrom,
          rowVersion: version.rowVersion,
        }),
        `publish v${version.version}`,
      ),
    get: async (versionId: string) =>
      expectOk(await t.as(session, 'GET', `/api/catalog/versions/${versionId}`), 'get'),
  };
}
