import type { FastifyBaseLogger } from 'fastify';
import { closeExpiredSupplements } from './modules/dossiers/expired-supplements';
import type { AppDeps } from './platform/http';

/** How often the background rules run; each is safe to run in every process at once. */
const EVERY_MS = 10 * 60_000;

/**
 * The process's background work: legal rules that act on their own as time passes (a dossier
 * not completed within the supplement limit is closed). Runs once now, then every 10 minutes;
 * answers a function that stops it.
 */
export function startWorkers(deps: AppDeps, log: FastifyBaseLogger): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const closed = await closeExpiredSupplements(deps);
      if (closed > 0) log.info({ closed }, 'closed dossiers whose supplement never came');
    } catch (error) {
      log.error({ err: error }, 'background work failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
