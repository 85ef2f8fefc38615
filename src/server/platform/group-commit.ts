/**
 * Group commit: commands of one kind that arrive while earlier ones are being written are
 * coalesced, so the database sees one transaction of multi-row statements for many of them
 * instead of one transaction of single-row statements each. A command is submitted and waits for
 * its own answer. One batch runs at a time; while it runs, new commands queue. When it ends, the
 * next batch starts once the event loop has run what was ready (so callers just answered, and
 * requests read meanwhile, join it): it takes every queued command in arrival order, up to
 * `maxBatch`, except one whose `keyOf` equals a key already taken (a retried twin waits for the
 * next batch, where it finds the first one's answer). A lone command starts at once, never
 * waiting for company. The batch runs in one transaction (`run`): all of it commits or none.
 * When it throws, nothing of it was written, and each of its commands runs again alone, so each
 * caller gets the very answer or error it would have got without batching (one invalid command
 * never fails the others). Per process; across processes the database's locks order batches as
 * they order single commands.
 */
export interface GroupCommitOptions<I, O> {
  /** Runs commands in one transaction, answering each in order; throws when any of them fails. */
  readonly run: (inputs: readonly I[]) => Promise<O[]>;
  /** Commands with the same key never share a batch; null for none. */
  readonly keyOf: (input: I) => string | null;
  readonly maxBatch: number;
}

interface Pending<I, O> {
  readonly input: I;
  readonly resolve: (output: O) => void;
  readonly reject: (error: unknown) => void;
}

/** A per-process queue that runs commands in batches (see the module's comment). */
export class GroupCommit<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private running = false;

  constructor(private readonly options: GroupCommitOptions<I, O>) {}

  /** Runs `input` in the next batch; answers its own output or error. */
  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.startBatch();
    });
  }

  private startBatch(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    void this.settle(this.nextBatch()).finally(() =>
      setImmediate(() => {
        this.running = false;
        this.startBatch();
      }),
    );
  }

  /** Takes the queued commands of the next batch, leaving key twins and any over the cap queued. */
  private nextBatch(): Pending<I, O>[] {
    const batch: Pending<I, O>[] = [];
    const left: Pending<I, O>[] = [];
    const keys = new Set<string>();
    for (const pending of this.queue) {
      const key = this.options.keyOf(pending.input);
      if (batch.length >= this.options.maxBatch || (key !== null && keys.has(key))) {
        left.push(pending);
        continue;
      }
      if (key !== null) keys.add(key);
      batch.push(pending);
    }
    this.queue.splice(0, this.queue.length, ...left);
    return batch;
  }

  /** Runs a batch and answers its callers; a failed batch of several runs each command alone. */
  private async settle(batch: readonly Pending<I, O>[]): Promise<void> {
    try {
      const outputs = await this.options.run(batch.map((p) => p.input));
      batch.forEach((p, i) => {
        p.resolve(outputs[i] as O);
      });
    } catch (error) {
      const [only] = batch;
      if (only && batch.length === 1) {
        only.reject(error);
        return;
      }
      await Promise.all(batch.map((p) => this.runAlone(p)));
    }
  }

  private async runAlone(pending: Pending<I, O>): Promise<void> {
    try {
      const [output] = await this.options.run([pending.input]);
      pending.resolve(output as O);
    } catch (error) {
      pending.reject(error);
    }
  }
}
