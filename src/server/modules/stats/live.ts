import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../platform/http';
import { RevisionWatcher } from '../../platform/revision-events';
import { statsRevision } from './dashboard';

/** Rounds of this process's projector that changed figures (other processes' are seen by polling). */
const projectedHere = new EventEmitter();
projectedHere.setMaxListeners(0);

/** Says that this process's projector just changed the figures. */
export function announceProjection(): void {
  projectedHere.emit('projected');
}

/** Watches the province's statistics revision for live dashboards (`RevisionWatcher`). */
export function statsRevisionWatcher(deps: AppDeps, log: FastifyBaseLogger, pollMs = 300) {
  return new RevisionWatcher(
    () => statsRevision(deps.db, deps.config.PROVINCE_CODE),
    log,
    (listener) => {
      projectedHere.on('projected', listener);
      return () => projectedHere.off('projected', listener);
    },
    pollMs,
  );
}
