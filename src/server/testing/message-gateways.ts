import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * Test doubles of the outside message gateways, run by us on loopback: a real SMTP server and a
 * real HTTP SMS gateway, so the adapters are tested over the wire.
 */

export interface SmtpDouble {
  readonly url: string;
  readonly mails: ParsedMail[];
  /** Refuse the next `n` messages with this SMTP reply code (e.g. 451 or 550). */
  refuseNext(n: number, code: number): void;
  close(): Promise<void>;
}

export async function startSmtpDouble(port = 0): Promise<SmtpDouble> {
  const mails: ParsedMail[] = [];
  let refusals = 0;
  let refusalCode = 451;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error('refused by the test double'), { responseCode: refusalCode });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            mails.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    mails,
    refuseNext(n, code) {
      refusals = n;
      refusalCode = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface SmsRequest {
  readonly to: string;
  readonly text: string;
  readonly sender: string;
  readonly reference: string;
  readonly authorization: string | undefined;
}

export interface SmsDouble {
  readonly url: string;
  readonly token: string;
  /** Every request that reached the gateway, accepted or not. */
  readonly requests: SmsRequest[];
  /** What was accepted. */
  readonly accepted: SmsRequest[];
  /** Answer the next requests with these HTTP statuses (then 200 again). */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

async function jsonOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A brand-name SMS gateway: takes POST JSON with the bearer `token`; answers 400 for numbers
 * `unknownNumber` says do not exist (a permanent refusal), and the statuses given to `failNext`.
 */
export async function startSmsDouble(
  options: { token?: string; port?: number; unknownNumber?: (to: string) => boolean } = {},
): Promise<SmsDouble> {
  const token = options.token ?? 'sms-test-token';
  const requests: SmsRequest[] = [];
  const accepted: SmsRequest[] = [];
  const failures: number[] = [];
  let next = 1;
  const server = createServer((request, response) => {
    jsonOf(request).then(
      (body) => {
        const sms = {
          ...(body as Omit<SmsRequest, 'authorization'>),
          authorization: request.headers.authorization,
        };
        requests.push(sms);
        const status =
          request.headers.authorization !== `Bearer ${token}`
            ? 401
            : options.unknownNumber?.(sms.to)
              ? 400
              : (failures.shift() ?? 200);
        if (status === 200) accepted.push(sms);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(status === 200 ? { id: `SMS-${next++}` } : { error: `status ${status}` }),
        );
      },
      () => {
        response.writeHead(400).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    token,
    requests,
    accepted,
    failNext: (...statuses) => failures.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
