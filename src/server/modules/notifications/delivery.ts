import type { AppDeps } from '../../platform/http';
import {
  type ClaimedMessage,
  claimDueMessages,
  type OutboxChannel,
  settleFailed,
  settleSent,
} from '../../platform/outbox';
import { type Delivery, DeliveryError, type Gateways } from './gateways';

/** Turns a message's attached form ids into files (the dossier module renders its PDFs). */
export type AttachmentSource = (message: ClaimedMessage) => Promise<Delivery['attachments']>;

export interface DeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly dead: number;
}

/**
 * One round of the outbox worker: claims up to `limit` due messages of the channels that have a
 * gateway, sends each (a few at a time), and settles it. A failure is retried with backoff or
 * dead-lettered; it never stops the others. Safe to run in many processes at once.
 */
export async function deliverDueMessages(
  deps: AppDeps,
  gateways: Gateways,
  attachmentsOf: AttachmentSource,
  limit = 50,
): Promise<DeliveryRound> {
  const channels = (Object.keys(gateways) as OutboxChannel[]).filter((c) => gateways[c]);
  const claimed = await claimDueMessages(deps.db, deps.clock, deps.config.PROVINCE_CODE, channels, limit);
  const round = { sent: 0, retrying: 0, dead: 0 };
  const PARALLEL = 4;
  for (let i = 0; i < claimed.length; i += PARALLEL) {
    await Promise.all(
      claimed.slice(i, i + PARALLEL).map(async (message) => {
        const gateway = gateways[message.channel];
        if (!gateway) return;
        try {
          const attachments = message.formIds.length > 0 ? await attachmentsOf(message) : [];
          const ref = await gateway.send({
            id: message.id,
            recipient: message.recipient,
            subject: message.subject,
            body: message.body,
            attachments,
          });
          await settleSent(deps.db, deps.clock, message.id, ref);
          round.sent++;
        } catch (error) {
          const failure = error instanceof DeliveryError ? error.failure : 'transient';
          const next = await settleFailed(deps.db, deps.clock, message, failure, (error as Error).message);
          if (next.kind === 'dead') round.dead++;
          else round.retrying++;
        }
      }),
    );
  }
  return round;
}
