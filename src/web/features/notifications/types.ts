/** Types of the outbox API, inferred from the Zod contracts (the single source of truth). */
import type { z } from 'zod';
import type { ZNotice } from '../../../contracts/dossiers';
import type { ZNotificationList } from '../../../contracts/notifications';

export type Notice = z.infer<typeof ZNotice>;
export type NotificationList = z.infer<typeof ZNotificationList>;
export type NoticeState = Notice['state'];
export type NoticeChannel = Notice['channel'];
