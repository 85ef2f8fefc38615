import nodemailer from 'nodemailer';
import type { DeliveryFailure } from '../../../domain/notifications/retry';
import type { AppConfig } from '../../config';
import type { OutboxChannel } from '../../platform/outbox';

/** A message as a gateway sends it. */
export interface Delivery {
  /** The outbox id: gateways get it as the message's reference, so a resend can be recognised. */
  readonly id: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly attachments: readonly { fileName: string; contentType: string; content: Buffer }[];
}

/** A failed send, classified: a permanent refusal is not retried. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly failure: DeliveryFailure,
  ) {
    super(message);
  }
}

/** An outside system that takes messages of one channel; answers the provider's reference. */
export interface Gateway {
  send(delivery: Delivery): Promise<string | null>;
  close(): void;
}

export type Gateways = Partial<Record<OutboxChannel, Gateway>>;

/** E-mail through an SMTP server (the province's mail system), e.g. smtp://user:pass@mail.example:587. */
export function smtpGateway(url: string, from: string): Gateway {
  const transport = nodemailer.createTransport(url);
  return {
    async send(delivery) {
      try {
        const info = await transport.sendMail({
          from,
          to: delivery.recipient,
          subject: delivery.subject ?? '',
          text: delivery.body,
          headers: { 'X-MotCua-Message-Id': delivery.id },
          attachments: delivery.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.contentType,
            content: a.content,
          })),
        });
        return info.messageId ?? null;
      } catch (error) {
        const { responseCode, code, message } = error as {
          responseCode?: number;
          code?: string;
          message: string;
        };
        // 5xx: the server refuses this message for good (no such mailbox, rejected); the rest
        // (4xx, connection, timeout) may pass later.
        const permanent = (responseCode !== undefined && responseCode >= 500) || code === 'EENVELOPE';
        throw new DeliveryError(`SMTP: ${message}`, permanent ? 'permanent' : 'transient');
      }
    },
    close: () => transport.close(),
  };
}

/**
 * SMS through an HTTP gateway (a brand-name SMS provider): POST JSON {to, text, sender, reference}
 * with a bearer token; a 2xx answer may carry the provider's {id}.
 */
export function httpSmsGateway(url: string, token: string | undefined, sender: string): Gateway {
  return {
    async send(delivery) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({
            to: delivery.recipient,
            text: delivery.body,
            sender,
            reference: delivery.id,
          }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new DeliveryError(`SMS gateway unreachable: ${(error as Error).message}`, 'transient');
      }
      const text = await response.text();
      if (!response.ok) {
        // The gateway refuses this message (bad number, bad request): retrying will not help,
        // unless it asks us to wait (408, 429).
        const permanent =
          response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
        throw new DeliveryError(
          `SMS gateway ${response.status}: ${text.slice(0, 300)}`,
          permanent ? 'permanent' : 'transient',
        );
      }
      try {
        const answer = JSON.parse(text) as { id?: unknown };
        return typeof answer.id === 'string' || typeof answer.id === 'number' ? String(answer.id) : null;
      } catch {
        return null;
      }
    },
    close: () => {},
  };
}

/** The gateways the configuration names; a channel without one keeps its messages waiting. */
export function gatewaysOf(config: AppConfig): Gateways {
  const gateways: Gateways = {};
  if (config.SMTP_URL) gateways.email = smtpGateway(config.SMTP_URL, config.MAIL_FROM);
  if (config.SMS_GATEWAY_URL)
    gateways.sms = httpSmsGateway(config.SMS_GATEWAY_URL, config.SMS_GATEWAY_TOKEN, config.SMS_SENDER);
  return gateways;
}
