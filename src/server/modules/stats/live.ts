import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../platform/http';
import { statsRevision } from './dashboard';

/** Rounds of this process's projector that changed figures (other processes' are seen by polling). */
const projectedHere = new EventEmitter();
projectedHere.setMaxListeners(0);

/** Says that this process's projector just changed the figures. */
export function announceProjection(): void {
  projectedHere.emit('projected');
}

/**
 * Tells listeners (live dashboards) when the province's statistics revision moves: at once when
 * this process projected, and within `pollMs` when another process did. Polls only while someone
 * listens: one query per process, however many dashboards are open.
 */
export class StatsRevisionWatcher {
  private readonly listeners = new Set<(revision: number) => void>();
  private timer: NodeJS.Timeout | null = null;
  private last = -1;
  private checking = false;
  private readonly onProjected = () => void this.check();

  constructor(
    private readonly deps: AppDeps,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs = 300,
  ) {}

  /** Calls `listener` with each new revision; answers the function that stops it. */
  subscribe(listener: (revision: number) => void): () => void {
    this.listeners.add(listener);
    if (!this.timer) {
      projectedHere.on('projected', this.onProjected);
      this.timer = setInterval(() => void this.check(), this.pollMs);
      this.timer.unref();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    projectedHere.off('projected', this.onProjected);
  }

  get listening(): number {
    return this.listeners.size;
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const revision = await statsRevision(this.deps.db, this.deps.config.PROVINCE_CODE);
      if (revision !== this.last) {
        this.last = revision;
        for (const listener of this.listeners) listener(revision);
      }
    } catch (error) {
      // The database is away for a moment: the next tick asks again; listeners keep their last figures.
      this.log.warn({ err: error }, 'statistics revision check failed');
    } finally {
      this.checking = false;
    }
  }
}
