import { z } from 'zod';
import { ZPageQuery, ZUuid } from './common';
import { ZNotice } from './dossiers';

export const ZNotificationQuery = ZPageQuery.extend({
  state: z.enum(['pending', 'sent', 'dead']).optional(),
  channel: z.enum(['sms', 'email']).optional(),
});

export const ZNotificationItem = ZNotice.extend({
  dossierId: ZUuid.nullable(),
  dossierCode: z.string().nullable(),
});

export const ZNotificationList = z
  .object({
    total: z.number().int(),
    /** How many wait, were sent and failed for good, whatever the filter. */
    counts: z.object({ pending: z.number().int(), sent: z.number().int(), dead: z.number().int() }),
    items: z.array(ZNotificationItem),
  })
  .meta({ id: 'NotificationList' });

export const ZNotificationParams = z.strictObject({ id: ZUuid });
