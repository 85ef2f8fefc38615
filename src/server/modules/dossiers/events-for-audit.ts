import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';

/** A dossier command as the audit timeline shows it: who did what to which dossier, when, for which unit. */
export interface DossierAuditEvent {
  readonly id: string;
  readonly dossierId: string;
  readonly dossierCode: string;
  readonly type: string;
  readonly at: Date;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly unitId: string | null;
  readonly reason: string | null;
}

export interface DossierAuditQuery {
  readonly provinceCode: string;
  /** The caller's scope over the event's unit (`inScope` of `platform/access`). */
  readonly unitFilter: (unitColumn: SQL) => SQL;
  readonly actor?: string;
  /** A dossier code or its beginning, any case. */
  readonly codePrefix?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Events strictly older than this (time, then id), newest first. */
  readonly before?: { readonly at: Date; readonly id: string };
  readonly limit: number;
}

/**
 * Dossier commands from the dossiers' own events, newest first, a page after a position (keyset:
 * the `dossier_events_at_idx` index serves the order, so a page costs the same deep in history).
 */
export async function dossierEventsForAudit(db: DbOrTx, q: DossierAuditQuery): Promise<DossierAuditEvent[]> {
  const conditions: SQL[] = [sql`d.province_code = ${q.provinceCode}`, q.unitFilter(sql`e.unit_id`)];
  if (q.actor) conditions.push(sql`lower(e.actor_name) like ${`%${escapeLike(q.actor.toLowerCase())}%`}`);
  if (q.codePrefix) conditions.push(sql`lower(d.code) like ${`${escapeLike(q.codePrefix.toLowerCase())}%`}`);
  if (q.from) conditions.push(sql`e.at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) conditions.push(sql`e.at <= ${q.to.toISOString()}::timestamptz`);
  if (q.before)
    conditions.push(sql`(e.at, e.id) < (${q.before.at.toISOString()}::timestamptz, ${q.before.id}::uuid)`);
  const rows = await queryRows<{
    id: string;
    dossier_id: string;
    code: string;
    type: string;
    at: Date | string;
    actor_user_id: string | null;
    actor_name: string | null;
    unit_id: string | null;
    reason: string | null;
  }>(
    db,
    sql`select e.id, e.dossier_id, d.code, e.type, e.at, e.actor_user_id, e.actor_name, e.unit_id, e.reason
          from dossier_events e join dossiers d on d.id = e.dossier_id
         where ${sql.join(conditions, sql` and `)}
         order by e.at desc, e.id desc
         limit ${q.limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    dossierId: r.dossier_id,
    dossierCode: r.code,
    type: r.type,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    unitId: r.unit_id,
    reason: r.reason,
  }));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
