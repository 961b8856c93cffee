/**
 * Every `Excel.run` of the adapter goes through here, under Excel's own rules:
 * - each run passes `delayForCellEdit: true`, so Excel holds it while a person edits a cell instead of failing it
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit);
 * - a host that still answers `InvalidOperationInCellEditMode` (one that ignores the option) gets the whole run again
 *   after a pause, for up to ten minutes;
 * - a request Excel holds for ~300 ms is reported (`DelayWatch`), so the pane can say it waits for the person;
 * - an `enableEvents` that could not be switched back on is switched on by the next run, and by a timed retry.
 */
import type { DelayWatch, WorkbookTimers } from "./delayWatch";

/** The options of `Excel.run` the adapter uses (`Excel.RunOptions`). */
export interface RunOptions {
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: all syncs of the run are one undo step. */
  mergeUndoGroup?: boolean;
  /** Reuse an earlier run's context (removing an event handler must happen on the context that added it). */
  previousObjects?: OfficeExtension.ClientRequestContext;
}

/**
 * `Excel.run` in production, the simulator's `run` in tests and the dev host: `run(batch)`, `run(options, batch)`
 * and `run(context, batch)`. The adapter always calls the options form.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export const CELL_EDIT_ERROR = "InvalidOperationInCellEditMode";
/** Pauses between attempts on a host that refuses requests in cell-edit mode: 0.25 s doubling up to 2 s. */
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 2000;
/** How long a run keeps retrying while a person stays in a cell. */
const CELL_EDIT_PATIENCE_MS = 10 * 60 * 1000;
/** How soon a failed `enableEvents` restore is tried again when no other run comes. */
const RESTORE_RETRY_MS = 1000;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export class ExcelRunner {
  /** Set when switching the add-in's events back on failed: the next run queues it first. */
  private eventsRestorePending = false;
  private restoreTimer: unknown = null;

  constructor(
    private readonly rawRun: ExcelRun,
    private readonly delays: DelayWatch,
    private readonly timers: WorkbookTimers,
  ) {}

  /** One `Excel.run` with `delayForCellEdit: true`, again after a pause when the host refused it for cell-edit mode. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    let waited = 0;
    let endHold: (() => void) | null = null;
    try {
      for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
        try {
          return await this.runOnce(batch, options);
        } catch (error) {
          if (codeOf(error) !== CELL_EDIT_ERROR || waited >= CELL_EDIT_PATIENCE_MS) throw error;
        }
        // Waiting for the person from the first refusal until the run gets through (or gives up).
        endHold ??= this.delays.hold();
        await this.delays.sleep(pause);
        waited += pause;
      }
    } finally {
      endHold?.();
    }
  }

  /** A sync, reported as delayed when Excel holds it. */
  async sync(context: { sync(): Promise<void> }): Promise<void> {
    const end = this.delays.start();
    try {
      await context.sync();
    } finally {
      end();
    }
  }

  /** The add-in's events could not be switched back on: the next run does it, or a timed retry. */
  restoreEventsLater(): void {
    this.eventsRestorePending = true;
    if (this.restoreTimer !== null) return;
    this.restoreTimer = this.timers.setTimeout(() => {
      this.restoreTimer = null;
      if (!this.eventsRestorePending) return;
      void this.run(async (context) => {
        await context.sync();
      }).catch(() => this.restoreEventsLater());
    }, RESTORE_RETRY_MS);
  }

  private runOnce<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions): Promise<T> {
    const restoring = this.eventsRestorePending;
    const runOptions = { ...options, delayForCellEdit: true } as Excel.RunOptions;
    return this.rawRun(runOptions, async (context) => {
      // Queued first: it goes with the run's first request.
      if (restoring) context.runtime.enableEvents = true;
      const result = await batch(context);
      if (restoring) this.eventsRestorePending = false;
      return result;
    });
  }
}
