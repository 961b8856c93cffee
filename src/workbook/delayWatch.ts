/**
 * Noticing that Excel holds our requests: a request still unanswered after ~300 ms is reported as delayed (a person
 * is most likely editing a cell, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit),
 * and reported as going on once every delayed request has been answered. The timer is injected.
 */

/** `setTimeout`/`clearTimeout`, injected so tests drive time by hand. */
export interface WorkbookTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: WorkbookTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long a request may go unanswered before the pane says it waits for the person to leave the cell. */
export const DELAY_REPORT_MS = 300;

export class DelayWatch {
  private delayed = 0;
  private readonly listeners = new Set<(delayed: boolean) => void>();

  constructor(
    private readonly timers: WorkbookTimers,
    private readonly thresholdMs: number = DELAY_REPORT_MS,
  ) {}

  /** Starts watching one wait; call the returned function when it ends (answered or failed). */
  start(thresholdMs: number = this.thresholdMs): () => void {
    let reported = false;
    let ended = false;
    const handle = this.timers.setTimeout(() => {
      if (ended) return;
      reported = true;
      this.change(+1);
    }, thresholdMs);
    return () => {
      if (ended) return;
      ended = true;
      this.timers.clearTimeout(handle);
      if (reported) this.change(-1);
    };
  }

  /** Reported as delayed from now until the returned function is called (a run retried while a cell is edited). */
  hold(): () => void {
    let ended = false;
    this.change(+1);
    return () => {
      if (ended) return;
      ended = true;
      this.change(-1);
    };
  }

  /** Waits `ms` on the injected timers. */
  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.timers.setTimeout(resolve, ms);
    });
  }

  isDelayed(): boolean {
    return this.delayed > 0;
  }

  subscribe(listener: (delayed: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private change(step: number): void {
    const before = this.delayed > 0;
    this.delayed += step;
    const after = this.delayed > 0;
    if (before !== after) for (const listener of [...this.listeners]) listener(after);
  }
}
