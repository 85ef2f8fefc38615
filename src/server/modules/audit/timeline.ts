import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZAuditTimeline, ZAuditTimelineEntry, ZAuditTimelineQuery } from '../../../contracts/audit';
import { dossierActionCode, kindOfAction } from '../../../domain/audit/action-words';
import type { Role } from '../../../domain/identity/roles';
import type { DbOrTx } from '../../db/client';
import { auditLog } from '../../db/schema';
import { inScope, type Scope } from '../../platform/access';
import { auditEntriesBefore } from '../../platform/audit';
import { dossierEventsForAudit } from '../dossiers/events-for-audit';
import { unitSummariesOf } from '../organisation/unit-tree';
import { assignmentsOf, personNames } from '../users/repo';

type TimelineEntry = z.infer<typeof ZAuditTimelineEntry>;
type TimelineQuery = z.infer<typeof ZAuditTimelineQuery>;

/** A line before its names are looked up. */
interface RawLine {
  readonly entry: Omit<TimelineEntry, 'actor' | 'unit' | 'subject'> & {
    readonly actor: { readonly userId: string | null; readonly name: string | null };
  };
  readonly unitId: string | null;
  readonly subject: { readonly type: string; readonly id: string; readonly label: string | null } | null;
  readonly at: Date;
}

/** The cursor of a line: its time and id, as `ZAuditCursor` spells it. */
export const cursorOf = (at: Date, id: string) => `${at.toISOString()}_${id}`;

function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at = '', id = ''] = cursor.split('_');
  return { at: new Date(at), id };
}

/** Newest first: by time, then by id (both sources use time-ordered UUIDv7 ids). */
const newerFirst = (a: RawLine, b: RawLine) =>
  b.at.getTime() - a.at.getTime() || (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0);

/**
 * One page of the audit timeline, newest first: administrative actions from the units' hash
 * chains and dossier commands from the dossiers' events, merged, each in the caller's scope (the
 * line's unit), with the actor's name, role and unit and the subject's name looked up. Each source
 * is read by keyset after the cursor, one page plus one, so a page costs the same deep in history.
 */
export async function auditTimeline(
  db: DbOrTx,
  provinceCode: string,
  scope: Scope,
  q: TimelineQuery,
): Promise<z.infer<typeof ZAuditTimeline>> {
  const before = parseCursor(q.before);
  const from = q.from ? new Date(q.from) : undefined;
  const to = q.to ? new Date(q.to) : undefined;
  const take = q.limit + 1;
  const [administrative, dossier] = await Promise.all([
    q.kind === 'dossier'
      ? []
      : auditEntriesBefore(db, {
          unitFilter: inScope(auditLog.unitId, scope),
          actor: q.actor,
          actionPrefix: q.kind ? `${q.kind}.` : undefined,
          targetId: q.subject,
          from,
          to,
          before,
          limit: take,
        }),
    q.kind && q.kind !== 'dossier'
      ? []
      : dossierEventsForAudit(db, {
          provinceCode,
          unitFilter: (column: SQL) => inScope(column, scope),
          actor: q.actor,
          codePrefix: q.subject,
          from,
          to,
          before,
          limit: take,
        }),
  ]);
  const lines: RawLine[] = [
    ...administrative.map(
      (row): RawLine => ({
        at: row.occurredAt,
        unitId: row.unitId,
        subject:
          row.targetType && row.targetId
            ? { type: row.targetType, id: row.targetId, label: labelInDetails(row.details) }
            : null,
        entry: {
          id: row.id,
          source: 'administrative',
          occurredAt: row.occurredAt.toISOString(),
          action: row.action,
          kind: kindOfAction(row.action),
          actor: { userId: row.actorUserId, name: row.actorName },
          reason: null,
          ip: row.ip,
          chain: { stream: row.stream, seq: row.seq },
        },
      }),
    ),
    ...dossier.map(
      (event): RawLine => ({
        at: event.at,
        unitId: event.unitId,
        subject: { type: 'dossier', id: event.dossierId, label: event.dossierCode },
        entry: {
          id: event.id,
          source: 'dossier',
          occurredAt: event.at.toISOString(),
          action: dossierActionCode(event.type),
          kind: 'dossier',
          actor: { userId: event.actorUserId, name: event.actorName },
          reason: event.reason,
          ip: null,
          chain: null,
        },
      }),
    ),
  ].sort(newerFirst);
  const page = lines.slice(0, q.limit);
  const last = page[page.length - 1];
  const more = lines.length > q.limit;
  return {
    entries: await named(db, page),
    nextCursor: more && last ? cursorOf(last.at, last.entry.id) : null,
  };
}

/** The lines with the actor's role, the unit's name and the subject's name (people and units). */
async function named(db: DbOrTx, lines: readonly RawLine[]): Promise<TimelineEntry[]> {
  const actorIds = unique(lines.map((l) => l.entry.actor.userId));
  const subjectUserIds = unique(lines.map((l) => (l.subject?.type === 'user' ? l.subject.id : null)));
  const unitIds = unique([
    ...lines.map((l) => l.unitId),
    ...lines.map((l) => (l.subject?.type === 'unit' ? l.subject.id : null)),
  ]);
  const [assignments, people, units] = await Promise.all([
    assignmentsOf(db, actorIds),
    personNames(db, subjectUserIds),
    unitSummariesOf(db, unitIds),
  ]);
  const roleOf = (userId: string | null, unitId: string | null): Role | null => {
    const own = assignments.filter((a) => a.userId === userId);
    return ((own.find((a) => a.unitId === unitId) ?? own[0])?.role as Role | undefined) ?? null;
  };
  const labelOf = (subject: RawLine['subject']) => {
    if (!subject) return null;
    const label =
      subject.label ??
      (subject.type === 'user' ? people.get(subject.id) : undefined) ??
      (subject.type === 'unit' ? units.get(subject.id)?.name : undefined) ??
      null;
    return { ...subject, label };
  };
  return lines.map(({ entry, unitId, subject }) => {
    const unit = unitId ? units.get(unitId) : undefined;
    return {
      ...entry,
      actor: { ...entry.actor, role: roleOf(entry.actor.userId, unitId) },
      unit: unit ? { id: unit.id, name: unit.name } : null,
      subject: labelOf(subject),
    };
  });
}

/**
 * What an administrative entry's details call its subject, where they do: a document's number
 * (3612/KH-UBND), a file's name, a year (of a round or a calendar).
 */
export function labelInDetails(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const record = details as Record<string, unknown>;
  for (const key of ['documentNumber', 'fileName', 'name', 'code', 'year']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

const unique = (ids: readonly (string | null)[]) => [
  ...new Set(ids.filter((id): id is string => id !== null && UUID.test(id))),
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
