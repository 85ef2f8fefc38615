import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Tells listeners (live pages) when a revision read from the database moves: at once when this
 * process says it changed (`nudges`), and within `pollMs` when another process changed it. Polls
 * only while someone listens: one query per process, however many pages are open.
 */
export class RevisionWatcher<Revision extends string | number> {
  private readonly listeners = new Set<(revision: Revision) => void>();
  private timer: NodeJS.Timeout | null = null;
  private last: Revision | null = null;
  private checking = false;
  private stopNudges: (() => void) | null = null;

  constructor(
    private readonly read: () => Promise<Revision>,
    private readonly log: FastifyBaseLogger,
    /** Subscribes to this process's own changes; answers the function that stops it. */
    private readonly nudges: ((listener: () => void) => () => void) | null,
    private readonly pollMs = 300,
  ) {}

  /** Calls `listener` with each new revision; answers the function that stops it. */
  subscribe(listener: (revision: Revision) => void): () => void {
    this.listeners.add(listener);
    if (!this.timer) {
      this.stopNudges = this.nudges?.(() => void this.check()) ?? null;
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
    this.stopNudges?.();
    this.stopNudges = null;
  }

  get listening(): number {
    return this.listeners.size;
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const revision = await this.read();
      if (revision !== this.last) {
        this.last = revision;
        for (const listener of this.listeners) listener(revision);
      }
    } catch (error) {
      // The database is away for a moment: the next tick asks again; listeners keep what they have.
      this.log.warn({ err: error }, 'revision check failed');
    } finally {
      this.checking = false;
    }
  }
}

/**
 * Answers a request with server-sent events: `event: revision` with `{"revision": …}` each time
 * the watcher's revision moves, and a comment every 15 s that keeps proxies from closing it.
 */
export function streamRevisions<Revision extends string | number>(
  request: FastifyRequest,
  reply: FastifyReply,
  watcher: RevisionWatcher<Revision>,
): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 2000\n\n');
  const unsubscribe = watcher.subscribe((revision) => {
    raw.write(`event: revision\ndata: ${JSON.stringify({ revision })}\n\n`);
  });
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  heartbeat.unref();
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
