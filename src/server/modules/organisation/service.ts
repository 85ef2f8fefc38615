import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZCloseUnitRequest,
  ZCreateUnitRequest,
  ZMergeUnitsRequest,
  ZUpdateUnitRequest,
} from '../../../contracts/units';
import type { AdministrativeAction } from '../../../domain/audit/action-words';
import { validateUnitImport } from '../../../domain/organisation/unit-import';
import {
  dayBefore,
  inForceOn,
  parentProblem,
  parentProblemText,
  wouldCreateCycle,
} from '../../../domain/organisation/units';
import type { DbOrTx } from '../../db/client';
import { units } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import {
  allUnitsOfProvince,
  findUnitByCode,
  findUnitForUpdate,
  listLevels,
  openChildren,
  parentChain,
  type UnitRow,
} from './repo';

const unitAudit = (
  auth: AuthContext,
  meta: CommandMeta,
  action: AdministrativeAction,
  unit: UnitRow,
  details: Record<string, unknown>,
) => ({
  actorUserId: auth.userId,
  actorName: auth.fullName,
  unitId: unit.id,
  action,
  targetType: 'unit',
  targetId: unit.id,
  ip: meta.ip,
  details,
});

async function assertParentAccepts(
  tx: DbOrTx,
  parentId: string | null,
  validFrom: string,
  lang: Lang,
): Promise<void> {
  if (!parentId) return;
  const [parent] = await tx.select().from(units).where(eq(units.id, parentId));
  if (!parent)
    throw new AppError('unit_invalid_parent', 422, {
      reason: lang === 'vi' ? 'không tồn tại' : 'does not exist',
    });
  const problem = parentProblem(parent, validFrom);
  if (problem) throw new AppError('unit_invalid_parent', 422, { reason: parentProblemText[problem][lang] });
}

async function assertLevel(tx: DbOrTx, levelCode: string, validFrom: string): Promise<void> {
  const level = (await listLevels(tx)).find((l) => l.code === levelCode);
  if (!level || !inForceOn(level, validFrom)) {
    throw new AppError('validation_failed', 422, {}, [
      { path: 'body.levelCode', message: `level ${levelCode} is not in force on ${validFrom}` },
    ]);
  }
}

async function insertUnit(
  tx: DbOrTx,
  deps: AppDeps,
  input: z.infer<typeof ZCreateUnitRequest>,
  lang: Lang,
): Promise<UnitRow> {
  if (await findUnitByCode(tx, deps.config.PROVINCE_CODE, input.code))
    throw new AppError('unit_code_taken', 409);
  await assertLevel(tx, input.levelCode, input.validFrom);
  await assertParentAccepts(tx, input.parentId, input.validFrom, lang);
  const now = deps.clock.now();
  const [row] = await tx
    .insert(units)
    .values({
      id: uuidv7(deps.clock),
      provinceCode: deps.config.PROVINCE_CODE,
      ...input,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function createUnit(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateUnitRequest>,
  meta: CommandMeta,
) {
  return deps.db.transaction(async (tx) => {
    const row = await insertUnit(tx, deps, input, meta.lang);
    await appendAudit(
      tx,
      deps.clock,
      unitAudit(auth, meta, 'unit.create', row, { code: row.code, name: row.name, parentId: row.parentId }),
    );
    return row;
  });
}

export async function updateUnit(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  input: z.infer<typeof ZUpdateUnitRequest>,
  meta: CommandMeta,
) {
  return deps.db.transaction(async (tx) => {
    const unit = await findUnitForUpdate(tx, id);
    if (!unit) throw notFound();
    if (unit.version !== input.version) throw versionConflict();
    if (input.code && input.code !== unit.code && (await findUnitByCode(tx, unit.provinceCode, input.code))) {
      throw new AppError('unit_code_taken', 409);
    }
    if (input.parentId !== undefined && input.parentId !== unit.parentId) {
      if (input.parentId !== null) {
        const chain = await parentChain(tx, input.parentId);
        if (wouldCreateCycle(unit.id, input.parentId, (x) => chain.get(x) ?? null)) {
          throw new AppError('unit_invalid_parent', 422, { reason: parentProblemText.cycle[meta.lang] });
        }
      }
      await assertParentAccepts(tx, input.parentId, unit.validFrom, meta.lang);
    }
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    };
    const [row] = await tx
      .update(units)
      .set({ ...changes, version: sql`${units.version} + 1`, updatedAt: deps.clock.now() })
      .where(eq(units.id, id))
      .returning();
    if (!row) throw notFound();
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, unit[k as keyof UnitRow]]));
    await appendAudit(tx, deps.clock, unitAudit(auth, meta, 'unit.update', row, { before, after: changes }));
    return row;
  });
}

export async function closeUnit(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  input: z.infer<typeof ZCloseUnitRequest>,
  meta: CommandMeta,
) {
  return deps.db.transaction(async (tx) => {
    const unit = await findUnitForUpdate(tx, id);
    if (!unit) throw notFound();
    if (unit.version !== input.version) throw versionConflict();
    if (unit.validTo !== null) throw new AppError('unit_closed', 409);
    if (input.validTo < unit.validFrom) {
      throw new AppError('validation_failed', 422, {}, [
        { path: 'body.validTo', message: 'before the unit started' },
      ]);
    }
    const children = await openChildren(tx, id, input.validTo);
    const openAfter = children.filter((c) => c.validTo === null || c.validTo > input.validTo);
    if (openAfter.length > 0) throw new AppError('unit_has_open_children', 409, { count: openAfter.length });
    const [row] = await tx
      .update(units)
      .set({
        validTo: input.validTo,
        closedReason: input.reason,
        version: sql`${units.version} + 1`,
        updatedAt: deps.clock.now(),
      })
      .where(eq(units.id, id))
      .returning();
    if (!row) throw notFound();
    await appendAudit(
      tx,
      deps.clock,
      unitAudit(auth, meta, 'unit.close', row, { validTo: input.validTo, reason: input.reason }),
    );
    return row;
  });
}

/**
 * Merges units into a successor (sáp nhập): each source and its open descendants close the day
 * before the successor takes over, pointing to it, so their history stays theirs and reports of
 * today roll it up under the successor.
 */
export async function mergeUnits(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZMergeUnitsRequest>,
  meta: CommandMeta,
) {
  const invalid = (vi: string, en: string) =>
    new AppError('unit_merge_invalid', 422, { reason: meta.lang === 'vi' ? vi : en });
  return deps.db.transaction(async (tx) => {
    const closeOn = dayBefore(input.effectiveFrom);
    const sources: UnitRow[] = [];
    for (const id of [...new Set(input.sourceIds)]) {
      const unit = await findUnitForUpdate(tx, id);
      if (!unit) throw notFound();
      if (!inForceOn(unit, closeOn) || (unit.validTo !== null && unit.validTo < closeOn))
        throw invalid(`${unit.name} không còn hiệu lực`, `${unit.name} is not in force`);
      if (unit.validFrom > closeOn)
        throw invalid(`${unit.name} bắt đầu sau ngày sáp nhập`, `${unit.name} starts after the merge`);
      sources.push(unit);
    }
    let successor: UnitRow;
    if ('existingId' in input.successor) {
      if (input.sourceIds.includes(input.successor.existingId))
        throw invalid(
          'đơn vị kế thừa không thể là đơn vị bị sáp nhập',
          'the successor cannot be one of the merged units',
        );
      const found = await findUnitForUpdate(tx, input.successor.existingId);
      if (!found) throw notFound();
      if (!inForceOn(found, input.effectiveFrom))
        throw invalid('đơn vị kế thừa không có hiệu lực', 'the successor is not in force');
      successor = found;
    } else {
      successor = await insertUnit(
        tx,
        deps,
        { ...input.successor.create, validFrom: input.effectiveFrom },
        meta.lang,
      );
      await appendAudit(
        tx,
        deps.clock,
        unitAudit(auth, meta, 'unit.create', successor, {
          code: successor.code,
          name: successor.name,
          byMerge: true,
        }),
      );
    }
    const closed: UnitRow[] = [];
    const now = deps.clock.now();
    const closeOne = async (unit: UnitRow) => {
      const [row] = await tx
        .update(units)
        .set({
          validTo: closeOn,
          successorId: successor.id,
          closedReason: input.reason,
          version: sql`${units.version} + 1`,
          updatedAt: now,
        })
        .where(eq(units.id, unit.id))
        .returning();
      if (row) closed.push(row);
      for (const child of await openChildren(tx, unit.id, closeOn)) {
        if (child.id !== successor.id && (child.validTo === null || child.validTo > closeOn))
          await closeOne(child);
      }
    };
    for (const source of sources) await closeOne(source);
    for (const row of closed) {
      await appendAudit(
        tx,
        deps.clock,
        unitAudit(auth, meta, 'unit.merge', row, {
          successorId: successor.id,
          validTo: closeOn,
          reason: input.reason,
        }),
      );
    }
    return { successor, closed };
  });
}

/** Imports units from CSV: every row valid, or nothing written and every error reported. */
export async function importUnits(deps: AppDeps, auth: AuthContext, csvText: string, meta: CommandMeta) {
  return deps.db.transaction(async (tx) => {
    const existing = await allUnitsOfProvince(tx, deps.config.PROVINCE_CODE);
    const levelRows = await listLevels(tx);
    const verdict = validateUnitImport(csvText, {
      existingByCode: new Map(existing.map((u) => [u.code, u])),
      levelCodes: new Set(levelRows.map((l) => l.code)),
    });
    if (!verdict.ok) return { imported: 0, errors: verdict.errors };
    const idByCode = new Map(existing.map((u) => [u.code, u.id]));
    const now = deps.clock.now();
    for (const row of verdict.rows) {
      const id = uuidv7(deps.clock);
      idByCode.set(row.code, id);
      const parentId = row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null;
      const [inserted] = await tx
        .insert(units)
        .values({
          id,
          provinceCode: deps.config.PROVINCE_CODE,
          code: row.code,
          name: row.name,
          kind: row.kind,
          levelCode: row.levelCode,
          parentId,
          validFrom: row.validFrom,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (inserted)
        await appendAudit(
          tx,
          deps.clock,
          unitAudit(auth, meta, 'unit.import', inserted, { code: row.code, row: row.row }),
        );
    }
    return { imported: verdict.rows.length, errors: [] };
  });
}
