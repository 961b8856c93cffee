/**
 * Every job of the engine runs on one queue, so a paste that arrives during a reconcile is handled by the next
 * reconcile, never interleaved. A binding is queued at most once; a hint for the binding being reconciled marks
 * it dirty (the running reconcile restarts before it stores anything). Hints are debounced: a burst of them (a
 * person typing, a co-author's edits, Excel's several events for one paste) becomes one reconcile once the hints
 * stop for `HINT_QUIET_MS`, or at the latest `HINT_LONGEST_WAIT_MS` after the first. A reconcile caused only by
 * co-authors' changes (source Remote) stores what they brought but writes nothing back: their own pane does (CO1).
 * A reconcile queued only because another sheet's change reaches it (`following`) reports its progress apart (PN12).
 */
import type { Timers } from "../ports";
import { EditPath } from "./editReconcile";
import { JobQueue } from "./jobQueue";

export const HINT_QUIET_MS = 200;
export const HINT_LONGEST_WAIT_MS = 1000;

export type ReconcileMode = "local" | "remote";

/**
 * Runs one reconcile; `following`: queued only because another sheet's change reaches this one; `hintsOnly`: every
 * cause was a change hint of the table itself (SP20: only such a reconcile may read just the edited rows).
 */
export type ReconcileRun = (
  id: string,
  signal: AbortSignal,
  mode: ReconcileMode,
  following: boolean,
  hintsOnly: boolean,
) => Promise<void>;

/** One local cause is enough to write back: the person here changed something. */
function combined(a: ReconcileMode | undefined, b: ReconcileMode): ReconcileMode {
  return a === "local" || b === "local" ? "local" : "remote";
}

export class ReconcileScheduler {
  readonly jobs = new JobQueue(() => this.notePending());
  /** Each table's change hints since its last reconcile began, and what that reconcile left it as (SP20). */
  readonly edits = new EditPath();
  /** Bindings whose hints arrived while they were being reconciled. */
  readonly dirty = new Set<string>();
  private readonly scheduled = new Set<string>();
  /** Queued bindings that only follow another sheet's change. */
  private readonly following = new Set<string>();
  /** Why each queued reconcile runs: "remote" only while every cause was a co-author's change. */
  private readonly modes = new Map<string, ReconcileMode>();
  /** Bindings hinted during the current burst, with their causes. */
  private readonly waiting = new Map<string, ReconcileMode>();
  /** Bindings queued or waiting for a cause other than their own change hints (SP20). */
  private readonly otherCause = new Set<string>();
  private quietTimer: unknown = null;
  private deadlineTimer: unknown = null;
  private running: string | null = null;
  private abort: AbortController | null = null;

  /** Without timers every hint schedules at once (no debouncing). `onPending` hears hints waiting plus jobs (F6). */
  constructor(
    private readonly reconcile: ReconcileRun,
    private readonly timers?: Timers,
    private readonly onPending?: (pending: number) => void,
  ) {}

  private notePending(): void {
    this.onPending?.(this.waiting.size + this.jobs.size());
  }

  /** A change hint: reconcile the binding (again, if it is running) once the burst of hints is over. */
  hint(id: string, source: ReconcileMode = "local"): void {
    if (this.running === id) this.dirty.add(id);
    this.later(id, source);
  }

  /** A reconcile when the engine gets to it (pane focus, a bound sheet activated): never restarts a running one. */
  whenIdle(id: string): void {
    this.otherCause.add(id);
    this.later(id, "local");
  }

  /** Schedules the bindings hinted so far now (the engine's `idle()` does this before it waits). */
  flushHints(): void {
    this.clearTimers();
    const hinted = [...this.waiting];
    this.waiting.clear();
    for (const [id, mode] of hinted) void this.schedule(id, mode, false, true);
    this.notePending();
  }

  /**
   * Queues a reconcile of the binding unless one is queued already; resolves when the queue is idle. `following`: only
   * because another sheet's change reaches it (any other cause makes it the person's own).
   */
  schedule(id: string, mode: ReconcileMode = "local", following = false, hinted = false): Promise<void> {
    if (!hinted) this.otherCause.add(id);
    if (!following) this.following.delete(id);
    else if (!this.scheduled.has(id)) this.following.add(id);
    this.modes.set(id, combined(this.modes.get(id), mode));
    if (this.scheduled.has(id)) return this.jobs.idle();
    this.scheduled.add(id);
    return this.jobs.push(async () => {
      this.scheduled.delete(id);
      await this.runNow(id, this.modes.get(id) ?? "local", !this.otherCause.delete(id));
    });
  }

  /** Reconciles the binding now, inside the current job. */
  async runNow(id: string, mode: ReconcileMode = "local", hintsOnly = false): Promise<void> {
    this.modes.delete(id);
    const following = this.following.delete(id);
    this.running = id;
    this.abort = new AbortController();
    try {
      await this.reconcile(id, this.abort.signal, mode, following, hintsOnly);
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

  private later(id: string, mode: ReconcileMode): void {
    const timers = this.timers;
    if (!timers) return void this.schedule(id, mode, false, true);
    this.waiting.set(id, combined(this.waiting.get(id), mode));
    this.notePending();
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
