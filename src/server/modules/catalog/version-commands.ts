import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZUpdateDraftRequest } from '../../../contracts/catalog';
import type { AdministrativeAction } from '../../../domain/audit/action-words';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import type { VersionStatus } from '../../../domain/catalog/version-dates';
import type { Tx } from '../../db/client';
import { procedureVersions } from '../../db/schema';
import type { Scope } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import {
  assertTemplatesExist,
  audit,
  type CatalogCaller,
  draftValues,
  findManagedProcedure,
  firstCompetentUnit,
  fullVersionDto,
  type ProcedureRow,
  storedStatus,
  todayIn,
  type VersionRow,
} from './admin-service';
import { settleVersions } from './repo';
import { foldedSearchColumns } from './service';

/**
 * Commands on a procedure's versions: a new draft, edit it (here), publish and withdraw
 * (publication.ts). Each locks the procedure, brings its stored statuses up to today
 * (settleVersions), then works, in one transaction.
 */

/** The procedure if the caller manages it, locked, with its versions' statuses brought up to today. */
async function lockManagedProcedure(
  tx: Tx,
  provinceCode: string,
  scope: Scope,
  procedureId: string,
  today: string,
) {
  const procedure = await findManagedProcedure(tx, provinceCode, scope, procedureId);
  await tx.execute(sql`select id from procedures where id = ${procedureId} for update`);
  await settleVersions(tx, procedureId, today);
  return procedure;
}

/** A new draft version: the given content, or a copy of the latest version. One draft at a time. */
export async function createDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  procedureId: string,
  content: ProcedureContent | undefined,
) {
  const today = todayIn(deps);
  const province = deps.config.PROVINCE_CODE;
  return deps.db.transaction(async (tx) => {
    const procedure = await lockManagedProcedure(tx, province, caller.scope, procedureId, today);
    const versions = await tx
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, procedureId))
      .orderBy(desc(procedureVersions.version));
    if (versions.some((v) => v.status === 'draft')) throw new AppError('procedure_draft_exists', 409);
    if (content) await assertTemplatesExist(tx, province, content);
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
    return fullVersionDto(tx, province, procedure, draft, today);
  });
}

interface Outcome {
  readonly row: VersionRow | undefined;
  readonly details: Record<string, unknown>;
  /** The audit action when it depends on the outcome (publishing from today, or scheduling). */
  readonly action?: AdministrativeAction;
}

/**
 * One command on one version, in one transaction: lock its procedure (the caller must manage it),
 * settle the statuses, check the version is in one of `statuses` and unchanged since `rowVersion`,
 * do the work, audit, answer the new state.
 */
export async function versionCommand(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  expected: { statuses: readonly VersionStatus[]; rowVersion: number; action: AdministrativeAction },
  work: (tx: Tx, procedure: ProcedureRow, version: VersionRow, today: string) => Promise<Outcome>,
) {
  const today = todayIn(deps);
  const province = deps.config.PROVINCE_CODE;
  return deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ procedureId: procedureVersions.procedureId })
      .from(procedureVersions)
      .where(eq(procedureVersions.id, versionId));
    if (!found) throw notFound();
    const procedure = await lockManagedProcedure(tx, province, caller.scope, found.procedureId, today);
    const [version] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, versionId));
    if (!version) throw notFound();
    const status = storedStatus(version);
    if (!expected.statuses.includes(status)) throw new AppError('procedure_wrong_status', 409, { status });
    if (version.rowVersion !== expected.rowVersion) throw versionConflict();
    const { row, details, action } = await work(tx, procedure, version, today);
    if (!row) throw new Error(`version ${versionId} not written`);
    const unitId = await firstCompetentUnit(tx, procedure.id);
    await appendAudit(
      tx,
      deps.clock,
      audit(caller, action ?? expected.action, unitId, procedure.id, { version: row.version, ...details }),
    );
    return fullVersionDto(tx, province, procedure, row, today);
  });
}

export const setVersion = (tx: Tx, id: string, values: Partial<VersionRow>) =>
  tx.update(procedureVersions).set(values).where(eq(procedureVersions.id, id)).returning();

export function updateDraft(
  deps: AppDeps,
  caller: CatalogCaller,
  versionId: string,
  request: z.infer<typeof ZUpdateDraftRequest>,
) {
  const expected = {
    statuses: ['draft'],
    rowVersion: request.rowVersion,
    action: 'catalog.draft_updated',
  } as const;
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
