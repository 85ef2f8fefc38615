import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  FormTemplateDto,
  ProcedureContentDto,
  ZCreateProcedureRequest,
} from '../../../contracts/catalog';
import type { AdministrativeAction } from '../../../domain/audit/action-words';
import { localDateOf } from '../../../domain/calendar/local-time';
import { contentProblems, type ProcedureContent } from '../../../domain/catalog/procedure';
import { statusOn, VERSION_STATUSES, type VersionStatus } from '../../../domain/catalog/version-dates';
import type { DbOrTx } from '../../db/client';
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
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { formTemplateSummaries, isTemplateId } from './form-templates';
import { foldedSearchColumns } from './service';

/**
 * Agency admins keep their procedures current: create, draft a new version, edit the draft,
 * publish it from a day (version-commands.ts), withdraw. A procedure is managed by the admins
 * whose scope holds one of its competent units; a system admin manages all.
 */

export type VersionRow = typeof procedureVersions.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;

/** Today in the province (Asia/Ho_Chi_Minh), 'YYYY-MM-DD', from the injected clock. */
export const todayIn = (deps: Pick<AppDeps, 'clock'>) => localDateOf(deps.clock.now().getTime());

/** The stored status of a version; the check constraint allows no other value. */
export function storedStatus(row: Pick<VersionRow, 'status'>): VersionStatus {
  const status = VERSION_STATUSES.find((s) => s === row.status);
  if (!status) throw new Error(`unknown version status ${row.status}`);
  return status;
}

/** A version as the API shows it on `today`: its status resolved from its dates (statusOn). */
export function versionDto(
  procedure: ProcedureRow,
  row: VersionRow,
  today: string,
  linkedTemplates: readonly FormTemplateDto[] = [],
) {
  const content = row.content as ProcedureContent;
  return {
    id: row.id,
    procedureId: procedure.id,
    code: procedure.code,
    fieldCode: procedure.fieldCode,
    version: row.version,
    status: statusOn({ ...row, status: storedStatus(row) }, today),
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    // Zod's output type has mutable arrays; the domain's are read-only.
    content: content as unknown as ProcedureContentDto,
    problems: contentProblems(content).map((p) => ({ path: p.path, code: p.code })),
    formTemplates: [...linkedTemplates],
    rowVersion: row.rowVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** versionDto with the stored form templates its documents link (file names for the editor). */
export async function fullVersionDto(
  db: DbOrTx,
  provinceCode: string,
  procedure: ProcedureRow,
  row: VersionRow,
  today: string,
) {
  const content = row.content as ProcedureContent;
  const linked = await formTemplateSummaries(
    db,
    provinceCode,
    content.documents.map((d) => d.template),
  );
  return versionDto(procedure, row, today, linked);
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

export const audit = (
  caller: CatalogCaller,
  action: AdministrativeAction,
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

export async function firstCompetentUnit(tx: DbOrTx, procedureId: string): Promise<string> {
  const [row] = await tx
    .select({ unitId: procedureUnits.unitId })
    .from(procedureUnits)
    .where(and(eq(procedureUnits.procedureId, procedureId), eq(procedureUnits.role, 'competent')))
    .limit(1);
  return row?.unitId ?? procedureId;
}

/** Documents may link stored form templates by id; an id that is not stored is refused. */
export async function assertTemplatesExist(
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
    return fullVersionDto(tx, deps.config.PROVINCE_CODE, procedure, version, todayIn(deps));
  });
}

export function draftValues(deps: AppDeps, procedureId: string, version: number, content: ProcedureContent) {
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
