import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ProcedureContentDto,
  ZCreateProcedureRequest,
  ZPublishRequest,
  ZUpdateDraftRequest,
  ZWithdrawRequest,
} from '../../../contracts/catalog';
import { localDateOf } from '../../../domain/calendar/local-time';
import {
  CONTENT_PROBLEM_TEXT,
  contentProblems,
  type ProcedureContent,
} from '../../../domain/catalog/procedure';
import { queryWords } from '../../../domain/catalog/vietnamese-text';
import { dayBefore } from '../../../domain/organisation/units';
import { type DbOrTx, queryRows, type Tx } from '../../db/client';
import {
  catalogFields,
  formTemplates,
  procedures,
  procedureUnits,
  procedureVersions,
  units,
} from '../../db/schema';
import { type AuthContext, inScope, type Scope } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { isTemplateId } from './form-templates';
import { bumpCatalogRevision } from './search-cache';
import { foldedSearchColumns } from './service';

/**
 * Agency admins keep their procedures current: create, draft a new version, edit the draft,
 * publish it (the previous version is superseded the day before), withdraw. A procedure is
 * managed by the admins whose scope holds one of its competent units; a system admin manages all.
 */

type VersionRow = typeof procedureVersions.$inferSelect;
type ProcedureRow = typeof procedures.$inferSelect;

const todayIn = (deps: AppDeps) => localDateOf(deps.clock.now().getTime());

export function versionDto(procedure: ProcedureRow, row: VersionRow) {
  const content = row.content as ProcedureContent;
  return {
    id: row.id,
    procedureId: procedure.id,
    code: procedure.code,
    fieldCode: procedure.fieldCode,
    version: row.version,
    status: row.status as 'draft' | 'published' | 'superseded' | 'withdrawn',
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    // Zod's output type has mutable arrays; the domain's are read-only.
    content: content as unknown as ProcedureContentDto,
    problems: contentProblems(content).map((p) => ({ path: p.path, code: p.code })),
    rowVersion: row.rowVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The procedure if the caller may manage it (one of its competent units in scope), else 404. */
export async function findManagedProcedure(db: DbOrTx, provinceCode: string, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(procedures)
    .where(
      and(
        eq(procedures.id, id),
        eq(procedures.provinceCode, provinceCode),
        scope.all
          ? undefined
          : sql`exists (select 1 from procedure_units pu where pu.procedure_id = ${procedures.id}
                  and pu.role = 'competent' and ${inScope(sql`pu.unit_id`, scope)})`,
      ),
    );
  if (!row) throw notFound();
  return row;
}

async function findManagedVersionForUpdate(tx: Tx, provinceCode: string, scope: Scope, versionId: string) {
  const [version] = await tx
    .select()
    .from(procedureVersions)
    .where(eq(procedureVersions.id, versionId))
    .for('update');
  if (!version) throw notFound();
  const procedure = await findManagedProcedure(tx, provinceCode, scope, version.procedureId);
  return { procedure, version };
}

function assertStatus(version: VersionRow, status: string): void {
  if (version.status !== status)
    throw new AppError('procedure_wrong_status', 409, { status: version.status });
}

async function assertUnitsInScope(tx: DbOrTx, scope: Scope, unitIds: readonly string[]): Promise<void> {
  const distinct = [...new Set(unitIds)];
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, distinct), isNull(units.validTo), inScope(units.id, scope)));
  if (found.length !== distinct.length) throw new AppError('catalog_units_out_of_scope', 422);
}

/** Who runs a catalog command: the signed-in admin, the request, and the units they manage. */
export interface CatalogCaller {
  readonly auth: AuthContext;
  readonly meta: CommandMeta;
  readonly scope: Scope;
}

const audit = (
  caller: CatalogCaller,
  action: string,
  unitId: string,
  targetId: string,
  details: Record<string, unknown>,
) => ({
  actorUserId: caller.auth.userId,
  actorName: caller.auth.fullName,
  unitId,
  action,
  targetType: 'procedure',
  targetId,
  ip: caller.meta.ip,
  details,
});

async function firstCompetentUnit(tx: DbOrTx, procedureId: string): Promise<string> {
  const [row] = await tx
    .select({ unitId: procedureUnits.unitId })
    .from(procedureUnits)
    .where(and(eq(procedureUnits.procedureId, procedureId), eq(procedureUnits.role, 'competent')))
    .limit(1);
  return row?.unitId ?? procedureId;
}

/** Documents may link stored form templates by id; an id that is not stored is refused. */
async function assertTemplatesExist(
  tx: DbOrTx,
  provinceCode: string,
  content: ProcedureContent,
): Promise<void> {
  const ids = [...new Set(content.documents.map((d) => d.template).filter(isTemplateId))];
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: formTemplates.id })
    .from(formTemplates)
    .where(and(inArray(formTemplates.id, ids), eq(formTemplates.provinceCode, provinceCode)));
  if (found.length !== ids.length) {
    throw new AppError('validation_failed', 422, {}, [
      { path: 'body.content.documents', message: 'unknown form template', code: 'unknown_template' },
    ]);
  }
}

/** A new procedure with its first version as a draft. */
export async function createProcedure(
  deps: AppDeps,
  caller: CatalogCaller,
  request: z.infer<typeof ZCreateProcedureRequest>,
) {
  return deps.db.transaction(async (tx) => {
    const [field] = await tx.select().from(catalogFields).where(eq(catalogFields.code, request.fieldCode));
    if (!field) throw new AppError('catalog_unknown_field', 422, { field: request.fieldCode });
    await assertUnitsInScope(tx, caller.scope, [...request.competentUnitIds, ...request.receivingUnitIds]);
    await assertTemplatesExist(tx, deps.config.PROVINCE_CODE, request.content);
    const now = deps.clock.now();
    const procedure = {
      id: uuidv7(deps.clock),
      provinceCode: deps.config.PROVINCE_CODE,
      code: request.code,
      fieldCode: request.fieldCode,
      createdAt: now,
    };
    await tx.insert(procedures).values(procedure);
    const [version] = await tx
      .insert(procedureVersions)
      .values(draftValues(deps, procedure.id, 1, request.content))
      .returning();
    await tx.insert(procedureUnits).values([
      ...[...new Set(request.competentUnitIds)].map((unitId) => ({
        procedureId: procedure.id,
        unitId,
        role: 'competent',
      })),
      ...[...new Set(request.receivingUnitIds)].map((unitId) => ({
        procedureId: procedure.id,
        unitId,
        role: 'receiving',
      })),
    ]);
    await appendAudit(
      tx,
      deps.clock,
      audit(caller, 'catalog.procedure_created', request.competentUnitIds[0] ?? procedure.id, procedure.id, {
        code: request.code,
        name: request.content.name,
      }),
    );
    if (!version) throw new Error('version not written');
    return versionDto(procedure, version);
  });
}

function draftValues(deps: AppDeps, procedureId: string, version: number, content: ProcedureContent) {
  const now = deps.clock.now();
  return {
    id: uuidv7(deps.clock),
    procedureId,
    version,
    status: 'draft',
    name: content.name,
    levels: [...content.levels],
    online: content.online,
    onlinePayment: content.onlinePayment,
    content,
    ...foldedSearchColumns(content),
    createdAt: now,
    updatedAt: now,
    rowVersion: 1,
  };
}

/** A new draft version: the given content, or a copy of the latest version. One draft at a time. */
export async function createDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  procedureId: string,
  content: ProcedureContent | undefined,
) {
  return deps.db.transaction(async (tx) => {
    const procedure = await findManagedProcedure(tx, deps.config.PROVINCE_CODE, caller.scope, procedureId);
    await tx.execute(sql`select id from procedures where id = ${procedureId} for update`);
    const versions = await tx
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, procedureId))
      .orderBy(desc(procedureVersions.version));
    if (versions.some((v) => v.status === 'draft')) throw new AppError('procedure_draft_exists', 409);
    if (content) await assertTemplatesExist(tx, deps.config.PROVINCE_CODE, content);
    const latest = versions[0];
    const [draft] = await tx
      .insert(procedureVersions)
      .values(
        draftValues(
          deps,
          procedureId,
          (latest?.version ?? 0) + 1,
          content ?? (latest?.content as ProcedureContent),
        ),
      )
      .returning();
    if (!draft) throw new Error('draft not written');
    await appendAudit(
      tx,
      deps.clock,
      audit(caller, 'catalog.draft_created', await firstCompetentUnit(tx, procedureId), procedureId, {
        version: draft.version,
      }),
    );
    return versionDto(procedure, draft);
  });
}

/**
 * One command on one version, in one transaction: lock it, check the caller manages it, that it
 * is in `status` and unchanged since `rowVersion`, do the work, audit, answer the new state.
 */
async function versionCommand(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  expected: { status: string; rowVersion: number; action: string },
  work: (
    tx: Tx,
    procedure: ProcedureRow,
    version: VersionRow,
  ) => Promise<{ row?: VersionRow; details: Record<string, unknown> }>,
) {
  return deps.db.transaction(async (tx) => {
    const { procedure, version } = await findManagedVersionForUpdate(
      tx,
      deps.config.PROVINCE_CODE,
      caller.scope,
      versionId,
    );
    assertStatus(version, expected.status);
    if (version.rowVersion !== expected.rowVersion) throw versionConflict();
    const { row, details } = await work(tx, procedure, version);
    if (!row) throw new Error(`version ${versionId} not written`);
    const unitId = await firstCompetentUnit(tx, procedure.id);
    await appendAudit(
      tx,
      deps.clock,
      audit(caller, expected.action, unitId, procedure.id, { version: row.version, ...details }),
    );
    return versionDto(procedure, row);
  });
}

const setVersion = (tx: Tx, id: string, values: Partial<VersionRow>) =>
  tx.update(procedureVersions).set(values).where(eq(procedureVersions.id, id)).returning();

export function updateDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZUpdateDraftRequest>,
) {
  const expected = { status: 'draft', rowVersion: request.rowVersion, action: 'catalog.draft_updated' };
  return versionCommand(deps, caller, versionId, expected, async (tx, _procedure, version) => {
    const content = request.content as ProcedureContent;
    await assertTemplatesExist(tx, deps.config.PROVINCE_CODE, content);
    const [row] = await setVersion(tx, versionId, {
      name: content.name,
      levels: [...content.levels],
      online: content.online,
      onlinePayment: content.onlinePayment,
      content,
      ...foldedSearchColumns(content),
      updatedAt: deps.clock.now(),
      rowVersion: version.rowVersion + 1,
    });
    return { row, details: {} };
  });
}

/**
 * Publishes a draft from `effectiveFrom` (today by default, never in the future): the version
 * published so far is superseded the day before. Dossiers keep the version they were filed under.
 */
export function publishDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZPublishRequest>,
) {
  const expected = { status: 'draft', rowVersion: request.rowVersion, action: 'catalog.version_published' };
  return versionCommand(deps, caller, versionId, expected, async (tx, procedure, version) => {
    const problems = contentProblems(version.content as ProcedureContent);
    if (problems.length > 0) {
      throw new AppError(
        'procedure_invalid',
        422,
        { count: problems.length },
        problems.map((p) => ({
          path: `content.${p.path}`,
          message: CONTENT_PROBLEM_TEXT[p.code][caller.meta.lang],
          code: p.code,
        })),
      );
    }
    const today = todayIn(deps);
    const effectiveFrom = request.effectiveFrom ?? today;
    if (effectiveFrom > today) {
      throw new AppError('procedure_effective_date', 422, {
        reasonVi: `ngày ${effectiveFrom} ở tương lai (hôm nay là ${today})`,
        reasonEn: `${effectiveFrom} is in the future (today is ${today})`,
      });
    }
    const [current] = await tx
      .select()
      .from(procedureVersions)
      .where(and(eq(procedureVersions.procedureId, procedure.id), eq(procedureVersions.status, 'published')))
      .for('update');
    if (current) {
      if (current.effectiveFrom !== null && effectiveFrom <= current.effectiveFrom) {
        throw new AppError('procedure_effective_date', 422, {
          reasonVi: `phải sau ngày bắt đầu của phiên bản đang áp dụng (${current.effectiveFrom})`,
          reasonEn: `must be after the current version's start (${current.effectiveFrom})`,
        });
      }
      await setVersion(tx, current.id, {
        status: 'superseded',
        effectiveTo: dayBefore(effectiveFrom),
        updatedAt: deps.clock.now(),
        rowVersion: current.rowVersion + 1,
      });
    }
    const [row] = await setVersion(tx, versionId, {
      status: 'published',
      effectiveFrom,
      publishedAt: deps.clock.now(),
      updatedAt: deps.clock.now(),
      rowVersion: version.rowVersion + 1,
    });
    await bumpCatalogRevision(tx, deps.config.PROVINCE_CODE);
    return { row, details: { effectiveFrom, superseded: current?.version ?? null } };
  });
}

/** Takes a published version off the catalog from today (the procedure is no longer offered). */
export function withdrawVersion(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZWithdrawRequest>,
) {
  const expected = {
    status: 'published',
    rowVersion: request.rowVersion,
    action: 'catalog.version_withdrawn',
  };
  return versionCommand(deps, caller, versionId, expected, async (tx, _procedure, version) => {
    const [row] = await setVersion(tx, versionId, {
      status: 'withdrawn',
      effectiveTo: todayIn(deps),
      updatedAt: deps.clock.now(),
      rowVersion: version.rowVersion + 1,
    });
    await bumpCatalogRevision(tx, deps.config.PROVINCE_CODE);
    return { row, details: { reason: request.reason } };
  });
}

export async function listVersions(db: DbOrTx, provinceCode: string, scope: Scope, procedureId: string) {
  const procedure = await findManagedProcedure(db, provinceCode, scope, procedureId);
  const rows = await db
    .select()
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.version));
  return {
    versions: rows.map((row) => {
      const { content: _content, ...rest } = versionDto(procedure, row);
      return { ...rest, name: row.name };
    }),
  };
}

export async function getVersion(db: DbOrTx, provinceCode: string, scope: Scope, versionId: string) {
  const [version] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, versionId));
  if (!version) throw notFound();
  const procedure = await findManagedProcedure(db, provinceCode, scope, version.procedureId);
  return versionDto(procedure, version);
}

/**
 * The procedures the caller manages (one of their competent units in scope), by their latest
 * version, drafts and withdrawn ones included; `q` matches word starts of the folded name.
 */
export async function listManaged(
  db: DbOrTx,
  provinceCode: string,
  scope: Scope,
  query: { q: string; status?: string; limit: number; offset: number },
) {
  const words = queryWords(query.q);
  const conditions = [
    sql`p.province_code = ${provinceCode}`,
    ...words.map((w) => sql`(' ' || v.name_folded) like ${`% ${w}%`}`),
    ...(query.status ? [sql`v.status = ${query.status}`] : []),
    ...(scope.all
      ? []
      : [
          sql`exists (select 1 from procedure_units pu where pu.procedure_id = p.id
                and pu.role = 'competent' and ${inScope(sql`pu.unit_id`, scope)})`,
        ]),
  ];
  const rows = await queryRows<{
    id: string;
    code: string;
    fieldCode: string;
    name: string;
    latestVersionId: string;
    latestVersion: number;
    latestStatus: 'draft' | 'published' | 'superseded' | 'withdrawn';
    publishedVersion: number | null;
    updatedAt: Date | string;
    total: number | string;
  }>(
    db,
    sql`select p.id, p.code, p.field_code as "fieldCode", v.name, v.id as "latestVersionId",
               v.version as "latestVersion", v.status as "latestStatus",
               (select pv.version from procedure_versions pv
                 where pv.procedure_id = p.id and pv.status = 'published') as "publishedVersion",
               v.updated_at as "updatedAt", count(*) over () as total
          from procedures p
          join lateral (select * from procedure_versions lv where lv.procedure_id = p.id
                         order by lv.version desc limit 1) v on true
         where ${sql.join(conditions, sql` and `)}
         order by v.updated_at desc, p.code
         limit ${query.limit} offset ${query.offset}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _total, updatedAt, ...row }) => ({
      ...row,
      updatedAt: new Date(updatedAt).toISOString(),
    })),
  };
}
