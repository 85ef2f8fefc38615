import type { FastifyBaseLogger } from 'fastify';
import { formAttachments } from './modules/dossiers/documents';
import { alertDueSoon } from './modules/dossiers/due-soon-alerts';
import { closeExpiredSupplements } from './modules/dossiers/expired-supplements';
import { deliverDueMessages } from './modules/notifications/delivery';
import { type Gateways, gatewaysOf } from './modules/notifications/gateways';
import { sendTaskReminders } from './modules/par/task-reminders';
import { announceProjection } from './modules/stats/live';
import { projectAllPending } from './modules/stats/projector';
import type { AppDeps } from './platform/http';
import { onWrite } from './platform/writes';

/** How often the legal rules run; each is safe to run in every process at once. */
const RULES_EVERY_MS = 10 * 60_000;

/**
 * Runs `work` now and then every `everyMs`, never twice at once, and also whenever `wake` calls
 * (a wake during a run runs it once more after); answers a function that stops it. (The lag bench
 * runs the projector through it, as the server does.)
 */
export function every(
  everyMs: number,
  log: FastifyBaseLogger,
  name: string,
  work: () => Promise<void>,
  wake?: (run: () => void) => () => void,
): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await work();
      } while (again);
    } catch (error) {
      log.error({ err: error }, `${name} failed`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  const stopWaking = wake?.(() => void run());
  return () => {
    clearInterval(timer);
    stopWaking?.();
  };
}

/**
 * The process's background work: legal rules that act on their own as time passes (a dossier
 * not completed within the supplement limit is closed; steps and dossiers about to be late are
 * warned of), and the outbox worker that sends SMS and e-mail through the configured gateways.
 * Answers a function that stops it all.
 */
export function startWorkers(
  deps: AppDeps,
  log: FastifyBaseLogger,
  gateways: Gateways = gatewaysOf(deps.config),
) {
  const stops = [
    // Statistics follow the dossiers' events within about a poll; every process may run it (one at a time projects).
    // A command of this process wakes it at once.
    every(
      deps.config.STATS_POLL_MS,
      log,
      'statistics projector',
      async () => {
        const done = await projectAllPending(deps, { maxRounds: 20 });
        if (done.dossiers > 0) announceProjection();
      },
      onWrite,
    ),
    every(RULES_EVERY_MS, log, 'legal rules', async () => {
      const closed = await closeExpiredSupplements(deps);
      if (closed > 0) log.info({ closed }, 'closed dossiers whose supplement never came');
      const warned = await alertDueSoon(deps);
      if (warned > 0) log.info({ warned }, 'warned of steps and dossiers due soon');
      const reminded = await sendTaskReminders(deps);
      if (reminded > 0) log.info({ reminded }, 'reminded lead units of reform tasks due soon or overdue');
    }),
    every(deps.config.OUTBOX_POLL_SECONDS * 1000, log, 'outbox delivery', async () => {
      const round = await deliverDueMessages(deps, gateways, (m) =>
        formAttachments(deps, m.dossierId, m.formIds),
      );
      if (round.sent + round.retrying + round.dead > 0) log.info(round, 'outbox delivery');
    }),
  ];
  return () => {
    for (const stop of stops) stop();
    for (const gateway of Object.values(gateways)) gateway?.close();
  };
}
