import { z } from 'zod';
import { ZPageQuery, ZUuid } from './common';

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
