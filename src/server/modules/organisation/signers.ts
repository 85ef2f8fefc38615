import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZUnitSigners, ZUnitSignersRequest } from '../../../contracts/units';
import { type SigningAuthority, signingBlock, type UnitSigners } from '../../../domain/organisation/signers';
import { type DbOrTx, queryRows } from '../../db/client';
import { unitSigners } from '../../db/schema';
import { type AuthContext, scopeContains, scopesOfCaller } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { findUnitForUpdate } from './repo';

type SignersRow = typeof unitSigners.$inferSelect;
type SignersDto = z.infer<typeof ZUnitSigners>;

/** Who may record a unit's signers: the system admin, and the admin of the unit's agency (its scope). */
const SIGNER_EDITORS = ['system_admin', 'agency_admin'] as const;

function signersOfRow(row: SignersRow): UnitSigners {
  return {
    headTitle: row.headTitle,
    headName: row.headName,
    collectiveName: row.collectiveName,
    authorised:
      row.authority && row.authorisedName && row.authorisedTitle
        ? {
            name: row.authorisedName,
            title: row.authorisedTitle,
            authority: row.authority as SigningAuthority,
          }
        : null,
  };
}

function dtoOfRow(row: SignersRow): SignersDto {
  const signers = signersOfRow(row);
  const block = signingBlock(signers);
  return {
    ...signers,
    authorised: signers.authorised,
    setAt: row.setAt.toISOString(),
    setBy: row.setByName,
    block: { ...block, authorityLines: [...block.authorityLines] },
  };
}

/** A unit the caller may record signers for, locked; 404 outside their scope (as if it did not exist). */
async function editableUnit(tx: DbOrTx, auth: AuthContext, unitId: string) {
  const scope = await scopesOfCaller(tx, auth)(SIGNER_EDITORS);
  if (!scopeContains(scope, unitId)) throw notFound();
  const unit = await findUnitForUpdate(tx, unitId);
  if (!unit) throw notFound();
  return unit;
}

/** The unit's signers, newest record first (the first is in force). */
async function signerRecords(db: DbOrTx, unitId: string) {
  return db
    .select()
    .from(unitSigners)
    .where(eq(unitSigners.unitId, unitId))
    .orderBy(desc(unitSigners.setAt), desc(unitSigners.id));
}

/**
 * Records who signs for a unit from now on, in one transaction with its audit line; the earlier
 * record stays, so forms issued before still print the signer they were issued with.
 */
export async function setUnitSigners(
  deps: AppDeps,
  auth: AuthContext,
  unitId: string,
  input: z.infer<typeof ZUnitSignersRequest>,
  meta: CommandMeta,
): Promise<SignersDto> {
  return deps.db.transaction(async (tx) => {
    const unit = await editableUnit(tx, auth, unitId);
    const [row] = await tx
      .insert(unitSigners)
      .values({
        id: uuidv7(deps.clock),
        unitId,
        headTitle: input.headTitle,
        headName: input.headName,
        collectiveName: input.collectiveName,
        authorisedName: input.authorised?.name ?? null,
        authorisedTitle: input.authorised?.title ?? null,
        authority: input.authorised?.authority ?? null,
        setAt: deps.clock.now(),
        setByName: auth.fullName,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId,
      action: 'unit.signers_set',
      targetType: 'unit',
      targetId: unitId,
      ip: meta.ip,
      details: { code: unit.code, name: unit.name, signers: input },
    });
    return dtoOfRow(row);
  });
}

/** The unit's signers in force and their history, for those who may edit them (404 otherwise). */
export async function unitSignersView(deps: AppDeps, auth: AuthContext, unitId: string) {
  const scope = await scopesOfCaller(deps.db, auth)(SIGNER_EDITORS);
  if (!scopeContains(scope, unitId)) throw notFound();
  const rows = await signerRecords(deps.db, unitId);
  const [current, ...history] = rows.map(dtoOfRow);
  return { current: current ?? null, history };
}

/**
 * Who signed for `unitId` at `at`: the record then in force of the unit, or of the nearest unit
 * above it that has one (a commune's desk signs with the commune's head); null when none.
 */
export async function signersInForceAt(db: DbOrTx, unitId: string, at: Date): Promise<UnitSigners | null> {
  const [row] = await queryRows<SignersRow>(
    db,
    sql`with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from units where id = ${unitId}
        union all
        select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 12
      )
      select s.head_title as "headTitle", s.head_name as "headName", s.collective_name as "collectiveName",
             s.authorised_name as "authorisedName", s.authorised_title as "authorisedTitle", s.authority
        from up join unit_signers s on s.unit_id = up.id and s.set_at <= ${at.toISOString()}::timestamptz
       order by up.depth, s.set_at desc, s.id desc
       limit 1`,
  );
  return row ? signersOfRow(row) : null;
}
