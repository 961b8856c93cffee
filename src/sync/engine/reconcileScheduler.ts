/**
 * Every job of the engine runs on one queue, so a paste that arrives during a reconcile is handled by the next
 * reconcile, never interleaved. A binding is queued at most once; a hint for the binding being reconciled marks
 * it dirty (the running reconcile restarts before it stores anything).
 */
import { JobQueue } from "./jobQueue";

export class ReconcileScheduler {
  readonly jobs = new JobQueue();
  /** Bindings whose hints arrived while they were being reconciled. */
  readonly dirty = new Set<string>();
  private readonly scheduled = new Set<string>();
  private running: string | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly reconcile: (id: string, signal: AbortSignal) => Promise<void>) {}

  /** A change hint: reconcile the binding (again, if it is running). */
  hint(id: string): void {
    if (this.running === id) this.dirty.add(id);
    void this.schedule(id);
  }

  /** Queues a reconcile of the binding unless one is queued already; resolves when the queue is idle. */
  schedule(id: string): Promise<void> {
    if (this.scheduled.has(id)) return this.jobs.idle();
    this.scheduled.add(id);
    return this.jobs.push(async () => {
      this.scheduled.delete(id);
      await this.runNow(id);
    });
  }

  /** Reconciles the binding now, inside the current job. */
  async runNow(id: string): Promise<void> {
    this.running = id;
    this.abort = new AbortController();
    try {
      await this.reconcile(id, this.abort.signal);
    } finally {
      this.running = null;
      this.abort = null;
    }
  }

  /** Stops the running reconcile before it stores anything. */
  cancel(): void {
    this.abort?.abort();
  }
}
