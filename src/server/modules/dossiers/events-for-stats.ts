import { sql } from 'drizzle-orm';
import type { StatsEvent } from '../../../domain/stats/dossier-facts';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { clocksOf } from '../calendar/deadline-clocks';
import { DOSSIER_CLOCK } from './processing-steps';

/** The columns of an event's `after` that statistics read (domain/stats/dossier-facts.ts). */
const READ_KEYS = [
  'competentUnitId',
  'procedureId',
  'procedureVersionId',
  'channel',
  'state',
  'receivedAt',
  'resolvedAt',
  'completion',
  'returnedAt',
  'delivery',
] as const;

type EventRow = {
  dossier_id: string;
  seq: number;
  type: string;
  at: Date | string;
  legal_due_at: Date | string | null;
  apology_at: string | null;
} & Record<(typeof READ_KEYS)[number], string | null>;

const ms = (value: Date | string) => (value instanceof Date ? value.getTime() : Date.parse(value));

/**
 * The events of dossiers as statistics read them, in order, by dossier: only the columns the
 * figures depend on, so the projector reads little of each event's record.
 */
export async function statsEventsOf(
  db: DbOrTx,
  dossierIds: readonly string[],
): Promise<Map<string, StatsEvent[]>> {
  const out = new Map<string, StatsEvent[]>();
  if (dossierIds.length === 0) return out;
  const picks = sql.join(
    READ_KEYS.map((key) => sql`${sql.raw('after')}->>${key} as ${sql.identifier(key)}`),
    sql`, `,
  );
  const rows = await queryRows<EventRow>(
    db,
    // Joined to the ids (a projector round asks for thousands): read through the (dossier, seq) key.
    sql`select e.dossier_id, e.seq, e.type, e.at, e.legal_due_at, e.after->'apology'->>'at' as apology_at, ${picks}
          from unnest(${uuidArray(dossierIds)}) as asked(id) join dossier_events e on e.dossier_id = asked.id
         order by e.dossier_id, e.seq`,
  );
  for (const row of rows) {
    const after: Record<string, unknown> = {};
    for (const key of READ_KEYS) if (row[key] !== null) after[key] = row[key];
    if (row.apology_at !== null) after.apology = { at: row.apology_at };
    const event: StatsEvent = {
      seq: row.seq,
      type: row.type,
      at: ms(row.at),
      after,
      legalDueAt: row.legal_due_at === null ? null : ms(row.legal_due_at),
    };
    const list = out.get(row.dossier_id);
    if (list) list.push(event);
    else out.set(row.dossier_id, [event]);
  }
  return out;
}

/** What a list of dossiers behind a statistic shows of each: its code, state and legal due time. */
export interface DossierListFacts {
  readonly code: string;
  readonly state: string;
  readonly legalDueAt: string | null;
}

/** `DossierListFacts` of dossiers, by id. */
export async function dossierListFactsOf(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, DossierListFacts>> {
  if (ids.length === 0) return new Map();
  const [rows, clocks] = await Promise.all([
    queryRows<{ id: string; code: string; state: string }>(
      db,
      sql`select id, code, state from dossiers where id = any(${uuidArray(ids)})`,
    ),
    clocksOf(db, DOSSIER_CLOCK, ids),
  ]);
  return new Map(
    rows.map(({ id, ...facts }) => [
      id,
      { ...facts, legalDueAt: clocks.get(id)?.dueAt.toISOString() ?? null },
    ]),
  );
}
