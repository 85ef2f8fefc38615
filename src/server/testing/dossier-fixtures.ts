import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { ProcedureContentDto } from '../../contracts/catalog';
import type { DossierDto } from '../../contracts/dossiers';
import type { ProcedureContent } from '../../domain/catalog/procedure';
import { procedures, units } from '../db/schema';
import { DEMO_FIELDS } from '../demo/catalog';
import { insertPublishedCatalog } from '../modules/catalog/service';
import { procedureContent } from './catalog-fixtures';
import type { Session, TestApp } from './test-app';

/**
 * Publishes a procedure decided by communes A and B and received at desk A (and at commune B's
 * own office), and answers its id.
 */
export async function publishDossierProcedure(
  t: TestApp,
  code: string,
  overrides: Partial<ProcedureContentDto> = {},
): Promise<string> {
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, [
      {
        code,
        fieldCode: 'HT',
        content: procedureContent(overrides) as ProcedureContent,
        effectiveFrom: '2025-07-01',
        competentUnitIds: [t.org.unit.communeA, t.org.unit.communeB],
        receivingUnitIds: [t.org.unit.deskA, t.org.unit.communeB],
      },
    ]),
  );
  const [row] = await t.database.db
    .select({ id: procedures.id })
    .from(procedures)
    .where(eq(procedures.code, code));
  if (!row) throw new Error(`procedure ${code} not found`);
  return row.id;
}

/** A valid counter intake for a generated person, with the body overridden. */
export const intakeBody = (t: TestApp, procedureId: string, overrides: Record<string, unknown> = {}) => ({
  procedureId,
  deskUnitId: t.org.unit.deskA,
  applicant: {
    kind: 'person',
    name: 'Nguyễn Thị Hằng',
    personalId: '079190001234',
    organisationCode: null,
    phone: '0912 345 678',
    email: null,
    address: 'Thôn 1, xã Tân An',
  },
  documents: [{ name: 'Tờ khai đăng ký việc nuôi con nuôi', originals: 1, copies: 0, provided: true }],
  notes: '',
  outcome: 'receive',
  reason: '',
  ...overrides,
});

/** Runs a request and returns the dossier, failing loudly with the answer when it is not 2xx. */
export async function expectDossier(
  res: LightMyRequestResponse | Promise<LightMyRequestResponse>,
): Promise<DossierDto> {
  const answer = await res;
  if (answer.statusCode >= 300) throw new Error(`${answer.statusCode} ${answer.body}`);
  return answer.json<DossierDto>();
}

/** A dossier command as a user, with the version taken from the dossier shown. */
export const act = (
  t: TestApp,
  session: Session,
  dossier: DossierDto,
  path: string,
  body: Record<string, unknown> = {},
) => t.as(session, 'POST', `/api/dossiers/${dossier.id}/${path}`, { version: dossier.version, ...body });

/** The status and problem code of an answer expected to be refused. */
export async function problemOf(res: Promise<{ statusCode: number; json<T>(): T }>) {
  const answer = await res;
  return [answer.statusCode, answer.json<{ code: string }>().code] as const;
}

/** A dossier as `session` sees it now. */
export const reloadDossier = (t: TestApp, session: Session, dossier: Pick<DossierDto, 'id'>) =>
  expectDossier(t.as(session, 'GET', `/api/dossiers/${dossier.id}`));

/**
 * A one-stop desk under a division of commune A (desk → division → commune), as a province may
 * set one up; answers the desk's id. `tag` keeps the codes of several such desks apart.
 */
export async function insertDeskUnderDivision(t: TestApp, tag: string): Promise<string> {
  const now = t.clock.now();
  const base = {
    provinceCode: t.config.PROVINCE_CODE,
    createdAt: now,
    updatedAt: now,
    validFrom: '2025-07-01',
  };
  const division = randomUUID();
  const desk = randomUUID();
  await t.database.db.insert(units).values([
    {
      ...base,
      id: division,
      code: `P.XA.VP${tag}`,
      name: `Văn phòng UBND xã Tân An ${tag}`,
      kind: 'division',
      levelCode: 'commune',
      parentId: t.org.unit.communeA,
    },
    {
      ...base,
      id: desk,
      code: `P.XA.VP${tag}.MC`,
      name: `Quầy tiếp nhận ${tag}`,
      kind: 'desk',
      levelCode: 'commune',
      parentId: division,
    },
  ]);
  return desk;
}
