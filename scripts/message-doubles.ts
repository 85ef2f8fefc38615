/**
 * The outside message gateways for browser tests and demos, run by us on loopback: an SMTP server
 * and an HTTP SMS gateway (the number 0999 000 000 does not exist: refused for good), plus an
 * inspection server answering /readyz and /messages (what each gateway accepted).
 * Ports: MESSAGE_DOUBLES_PORT (inspection), +1 (SMS), +2 (SMTP); the SMS token is SMS_GATEWAY_TOKEN.
 */
import { createServer } from 'node:http';
import { startSmsDouble, startSmtpDouble } from '../src/server/testing/message-gateways';

const base = Number(process.env.MESSAGE_DOUBLES_PORT ?? 3190);
const sms = await startSmsDouble({
  port: base + 1,
  token: process.env.SMS_GATEWAY_TOKEN ?? 'sms-test-token',
  unknownNumber: (to) => to === '0999000000',
});
const smtp = await startSmtpDouble(base + 2);

const inspection = createServer((request, response) => {
  if (request.url === '/messages') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        sms: sms.accepted.map((m) => ({ to: m.to, text: m.text })),
        mails: smtp.mails.map((m) => ({
          subject: m.subject ?? '',
          text: m.text ?? '',
          attachments: m.attachments.map((a) => a.filename ?? ''),
        })),
      }),
    );
    return;
  }
  response.writeHead(request.url === '/readyz' ? 200 : 404).end();
});
inspection.listen(base, '127.0.0.1');
process.stdout.write(`message doubles: inspection :${base}, SMS ${sms.url}, SMTP ${smtp.url}\n`);
const stop = () => {
  inspection.close();
  void Promise.all([sms.close(), smtp.close()]).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
