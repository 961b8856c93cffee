/**
 * Every job of the engine runs on one queue, so a paste that arrives during a reconcile is handled by the next
 * reconcile, never interleaved. A binding is queued at most once; a hint for the binding being reconciled marks
 * it dirty (the running reconcile restarts before it stores anything). A reconcile caused only by co-authors'
 * changes (source Remote) stores what they brought but writes nothing back: their own pane does (CO1).
 */
import { JobQueue } from "./jobQueue";

export type ReconcileMode = "local" | "remote";

export class ReconcileScheduler {
  readonly jobs = new JobQueue();
  /** Bindings whose hints arrived while they were being reconciled. */
  readonly dirty = new Set<string>();
  private readonly scheduled = new Set<string>();
  /** Why each queued reconcile runs: "remote" only while every cause was a co-author's change. */
  private readonly modes = new Map<string, ReconcileMode>();
  private running: string | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly reconcile: (id: string, signal: AbortSignal, mode: ReconcileMode) => Promise<void>) {}

  /** A change hint: reconcile the binding (again, if it is running). */
  hint(id: string, source: ReconcileMode = "local"): void {
    if (this.running === id) this.dirty.add(id);
    void this.schedule(id, source);
  }

  /** Queues a reconcile of the binding unless one is queued already; resolves when the queue is idle. */
  schedule(id: string, mode: ReconcileMode = "local"): Promise<void> {
    // One local cause is enough to write back: the person here changed something.
    if (mode === "local" || this.modes.get(id) !== "local") this.modes.set(id, mode);
    if (this.scheduled.has(id)) return this.jobs.idle();
    this.scheduled.add(id);
    return this.jobs.push(async () => {
      this.scheduled.delete(id);
      await this.runNow(id, this.modes.get(id) ?? "local");
    });
  }

  /** Reconciles the binding now, inside the current job. */
  async runNow(id: string, mode: ReconcileMode = "local"): Promise<void> {
    this.modes.delete(id);
    this.running = id;
    this.abort = new AbortController();
    try {
      await this.reconcile(id, this.abort.signal, mode);
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
