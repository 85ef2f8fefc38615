import { sql } from 'drizzle-orm';
import { classifyCompletion } from '../../domain/calendar/deadlines';
import { type DbOrTx, queryRows } from '../db/client';

/**
 * Figures counted straight from the dossiers, their events and clocks, one dossier at a time, with
 * none of the statistics code: the reference the read models are checked against (tests only).
 * Counts as the default counting policy does (ends without a result count as resolved; dossiers
 * waiting for a supplement are in progress).
 */
export interface DirectFigures {
  received: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  carriedOver: number;
  inProgress: number;
  inProgressOverdue: number;
  returned: number;
  apologies: number;
  refused: number;
  withdrawn: number;
  stopped: number;
}

interface RawEvent {
  dossier_id: string;
  seq: number;
  at: Date | string;
  after: Record<string, unknown>;
  legal_due_at: Date | string | null;
}

const ms = (v: Date | string) => new Date(v).getTime();
const FINAL_WITHOUT_RESULT = ['refused', 'stopped', 'withdrawn', 'cancelled'];

/** One dossier's life, walked event by event. */
interface Life {
  receivedAt: number | null;
  closedAt: number | null;
  closing: { kind: string; completion: string } | null;
  endedAt: number | null;
  ended: string | null;
  returnedAt: number | null;
  apologyAt: number | null;
  /** The clock after each event: running with a due time, or standing (with the status it kept). */
  clocks: { at: number; due: number | null; keptOverdue: boolean }[];
}

function lifeOf(events: readonly RawEvent[]): Life {
  const life: Life = {
    receivedAt: null,
    closedAt: null,
    closing: null,
    endedAt: null,
    ended: null,
    returnedAt: null,
    apologyAt: null,
    clocks: [],
  };
  let state = 'draft';
  let due: number | null = null;
  let keptOverdue = false;
  for (const e of events) {
    const at = ms(e.at);
    const open = life.receivedAt !== null && life.closedAt === null;
    const overdueBefore: boolean = open && (due !== null ? at - 1 > due : keptOverdue);
    const previous = state;
    if (typeof e.after.state === 'string') state = e.after.state;
    if (life.receivedAt === null && typeof e.after.receivedAt === 'string')
      life.receivedAt = Date.parse(e.after.receivedAt);
    if (life.apologyAt === null && e.after.apology && typeof e.after.apology === 'object') {
      life.apologyAt = Date.parse(String((e.after.apology as { at: string }).at));
    }
    if (typeof e.after.returnedAt === 'string') life.returnedAt = Date.parse(e.after.returnedAt);
    if (open && state === 'resolved' && previous !== 'resolved') {
      life.closedAt = typeof e.after.resolvedAt === 'string' ? Date.parse(e.after.resolvedAt) : at;
      life.closing = { kind: 'resolved', completion: String(e.after.completion) };
    }
    if (FINAL_WITHOUT_RESULT.includes(state) && !FINAL_WITHOUT_RESULT.includes(previous)) {
      life.endedAt = at;
      life.ended = state;
      if (open) {
        life.closedAt = at;
        const completion = due !== null ? classifyCompletion(due, at) : keptOverdue ? 'late' : 'on_time';
        life.closing = { kind: state, completion };
      }
    }
    const stillOpen = life.receivedAt !== null && life.closedAt === null;
    due = stillOpen && e.legal_due_at !== null ? ms(e.legal_due_at) : null;
    keptOverdue = stillOpen && due === null && overdueBefore;
    life.clocks.push({ at, due, keptOverdue });
  }
  return life;
}

function openAt(life: Life, t: number): boolean {
  return life.receivedAt !== null && life.receivedAt < t && (life.closedAt === null || life.closedAt >= t);
}

/** Overdue just before `t` (a past instant): the clock as the last event before `t` left it. */
function overdueAt(life: Life, t: number): boolean {
  const clock = [...life.clocks].reverse().find((c) => c.at < t);
  if (!clock) return false;
  return clock.due !== null ? t - 1 > clock.due : clock.keptOverdue;
}

/**
 * The figures of [start, end) counted from the dossiers of `unitIds` (all when null); the stocks at
 * `stocksAt` (the end, or now: then a running clock's due time is read from the clock itself).
 */
export async function directFigures(
  db: DbOrTx,
  range: { start: Date; end: Date; stocksAt: Date; live: boolean },
): Promise<DirectFigures> {
  const events = await queryRows<RawEvent>(
    db,
    sql`select dossier_id, seq, at, after, legal_due_at from dossier_events order by dossier_id, seq`,
  );
  const clocks = new Map(
    (
      await queryRows<{ subject_id: string; state: string; due_at: Date | string }>(
        db,
        sql`select subject_id, state, due_at from deadline_clocks where subject_type = 'dossier'`,
      )
    ).map((c) => [c.subject_id, c]),
  );
  const byDossier = new Map<string, RawEvent[]>();
  for (const e of events) byDossier.set(e.dossier_id, [...(byDossier.get(e.dossier_id) ?? []), e]);
  const s = range.start.getTime();
  const e = range.end.getTime();
  const t = range.stocksAt.getTime();
  const inRange = (v: number | null) => v !== null && v >= s && v < e;
  const out: DirectFigures = {
    received: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    carriedOver: 0,
    inProgress: 0,
    inProgressOverdue: 0,
    returned: 0,
    apologies: 0,
    refused: 0,
    withdrawn: 0,
    stopped: 0,
  };
  for (const [id, list] of byDossier) {
    const life = lifeOf(list);
    if (inRange(life.receivedAt)) out.received++;
    if (life.closing && inRange(life.closedAt)) {
      if (life.closing.completion === 'early') out.resolvedEarly++;
      else if (life.closing.completion === 'on_time') out.resolvedOnTime++;
      else out.resolvedLate++;
    }
    if (openAt(life, s)) out.carriedOver++;
    if (openAt(life, t)) {
      out.inProgress++;
      const clock = clocks.get(id);
      const last = life.clocks[life.clocks.length - 1];
      const overdue =
        range.live && clock?.state === 'running'
          ? t > ms(clock.due_at)
          : range.live
            ? (last?.keptOverdue ?? false)
            : overdueAt(life, t);
      if (overdue) out.inProgressOverdue++;
    }
    if (inRange(life.returnedAt)) out.returned++;
    if (inRange(life.apologyAt)) out.apologies++;
    if (inRange(life.endedAt)) {
      if (life.ended === 'refused') out.refused++;
      if (life.ended === 'withdrawn') out.withdrawn++;
      if (life.ended === 'stopped') out.stopped++;
    }
  }
  return out;
}
