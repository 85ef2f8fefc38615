import { EventEmitter } from 'node:events';

/**
 * "A request of this process has just changed data": said after a command's answer (its
 * transaction committed), heard by background work that follows the data (the statistics
 * projector), so it need not wait for its next poll. Other processes still learn by polling.
 */
const written = new EventEmitter();
written.setMaxListeners(0);

export function announceWrite(): void {
  written.emit('write');
}

/** Calls `listener` after each write of this process; answers the function that stops it. */
export function onWrite(listener: () => void): () => void {
  written.on('write', listener);
  return () => written.off('write', listener);
}
