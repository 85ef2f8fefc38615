import { z } from 'zod';
import { AUDIT_ACTION_KINDS } from '../domain/audit/action-words';
import { ZPageQuery, ZRole, ZUuid } from './common';

export const ZAuditEntry = z
  .object({
    id: ZUuid,
    stream: z.string(),
    seq: z.number().int(),
    occurredAt: z.string(),
    actorUserId: ZUuid.nullable(),
    actorName: z.string().nullable(),
    unitId: ZUuid.nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const ZAuditQuery = ZPageQuery.extend({
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const ZAuditList = z.object({ entries: z.array(ZAuditEntry), total: z.number().int() });

export const ZAuditVerifyResponse = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  streams: z.array(
    z.object({
      stream: z.string(),
      checked: z.number().int(),
      intact: z.boolean(),
      brokenSeq: z.number().int().optional(),
      brokenId: z.string().optional(),
      reason: z.string().optional(),
    }),
  ),
});

/** Where a timeline line comes from: the hash-chained administrative log, or a dossier's events. */
export const AUDIT_SOURCES = ['administrative', 'dossier'] as const;

/** A position in the timeline, newest first: the last line's time and id (`2026-12-07T08:00:00.000Z_<uuid>`). */
export const ZAuditCursor = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  );

export const ZAuditTimelineQuery = z.strictObject({
  /** Part of the actor's name, any case. */
  actor: z.string().trim().max(100).optional(),
  kind: z.enum(AUDIT_ACTION_KINDS).optional(),
  /** A dossier code (or its beginning), or the id of the record an administrative action was on. */
  subject: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Lines older than this position (the previous page's `nextCursor`). */
  before: ZAuditCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const ZAuditTimelineEntry = z
  .object({
    id: ZUuid,
    source: z.enum(AUDIT_SOURCES),
    occurredAt: z.string(),
    /** A code of the table of audit words (`domain/audit/action-words.ts`), `dossier.<event>` for dossiers. */
    action: z.string(),
    kind: z.enum(AUDIT_ACTION_KINDS).nullable(),
    actor: z.object({
      userId: ZUuid.nullable(),
      name: z.string().nullable(),
      /** The actor's role at the line's unit (else their first role), today. */
      role: ZRole.nullable(),
    }),
    unit: z.object({ id: ZUuid, name: z.string() }).nullable(),
    subject: z
      .object({
        type: z.string(),
        id: z.string(),
        /** What the subject is called: a dossier's code, a person's or a unit's name; null when unknown. */
        label: z.string().nullable(),
      })
      .nullable(),
    reason: z.string().nullable(),
    ip: z.string().nullable(),
    /** The line's place in its unit's hash chain (administrative lines only). */
    chain: z.object({ stream: z.string(), seq: z.number().int() }).nullable(),
  })
  .meta({ id: 'AuditTimelineEntry' });

export const ZAuditTimeline = z.object({
  entries: z.array(ZAuditTimelineEntry),
  /** The position of the next (older) page; null on the last page. */
  nextCursor: ZAuditCursor.nullable(),
});
