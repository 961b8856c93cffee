/**
 * Every job of the engine runs on one queue, so a paste that arrives during a reconcile is handled by the next
 * reconcile, never interleaved. A binding is queued at most once; a hint for the binding being reconciled marks
 * it dirty (the running reconcile restarts before it stores anything). Hints are debounced: a burst of them (a
 * person typing, a co-author's edits, Excel's several events for one paste) becomes one reconcile once the hints
 * stop for `HINT_QUIET_MS`, or at the latest `HINT_LONGEST_WAIT_MS` after the first.
 */
import type { Timers } from "../ports";
import { JobQueue } from "./jobQueue";

export const HINT_QUIET_MS = 200;
export const HINT_LONGEST_WAIT_MS = 1000;

export class ReconcileScheduler {
  readonly jobs = new JobQueue();
  /** Bindings whose hints arrived while they were being reconciled. */
  readonly dirty = new Set<string>();
  private readonly scheduled = new Set<string>();
  /** Bindings hinted during the current burst. */
  private readonly waiting = new Set<string>();
  private quietTimer: unknown = null;
  private deadlineTimer: unknown = null;
  private running: string | null = null;
  private abort: AbortController | null = null;

  /** Without timers every hint schedules at once (no debouncing). */
  constructor(
    private readonly reconcile: (id: string, signal: AbortSignal) => Promise<void>,
    private readonly timers?: Timers,
  ) {}

  /** A change hint: reconcile the binding (again, if it is running) once the burst of hints is over. */
  hint(id: string): void {
    if (this.running === id) this.dirty.add(id);
    this.later(id);
  }

  /** A reconcile when the engine gets to it (pane focus, a bound sheet activated): never restarts a running one. */
  whenIdle(id: string): void {
    this.later(id);
  }

  /** Schedules the bindings hinted so far now (the engine's `idle()` does this before it waits). */
  flushHints(): void {
    this.clearTimers();
    const ids = [...this.waiting];
    this.waiting.clear();
    for (const id of ids) void this.schedule(id);
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

  /** Forgets pending hints and their timers (the engine is being disposed). */
  dispose(): void {
    this.clearTimers();
    this.waiting.clear();
  }

  private later(id: string): void {
    const timers = this.timers;
    if (!timers) return void this.schedule(id);
    this.waiting.add(id);
    if (this.quietTimer !== null) timers.clearTimeout(this.quietTimer);
    this.quietTimer = timers.setTimeout(() => this.flushHints(), HINT_QUIET_MS);
    this.deadlineTimer ??= timers.setTimeout(() => this.flushHints(), HINT_LONGEST_WAIT_MS);
  }

  private clearTimers(): void {
    if (this.quietTimer !== null) this.timers?.clearTimeout(this.quietTimer);
    if (this.deadlineTimer !== null) this.timers?.clearTimeout(this.deadlineTimer);
    this.quietTimer = null;
    this.deadlineTimer = null;
  }
}
