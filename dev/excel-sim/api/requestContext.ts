/** `Excel.RequestContext` of the sim: the queue of pending operations and the root objects. */
import type { WorkbookModel } from "../model/workbookModel";
import { SimError } from "../model/simError";
import type { LoadOption, Op } from "./clientObject";
import type { EventHub } from "./eventHub";
import type { SimRunOptions } from "./runArgs";
import { SimApplication, SimRuntime, SimWorkbook } from "./workbookProxies";

/** What the proxies need from the sim behind them. */
export interface SimEngine {
  readonly model: WorkbookModel;
  readonly events: EventHub;
  /** Runs a context's queue (one round trip). */
  sync(context: SimRequestContext): Promise<void>;
  /** Records `suspendApiCalculationUntilNextSync()` calls. */
  noteCalculationSuspended(): void;
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly runtime: SimRuntime;
  readonly application: SimApplication;
  /** Office.js tracking is a no-op here: proxies never go stale in the sim. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** @internal */
  _queue: Op[] = [];
  /** @internal True while an `Excel.run` batch is using this context. */
  _active = true;
  /** @internal The `Excel.RunOptions` of the run using this context. */
  _runOptions: SimRunOptions = {};
  /** @internal This run (with `mergeUndoGroup`) has already put its one step on the undo stack. */
  _undoStepOpen = false;
  /** @internal */
  readonly _engine: SimEngine;
  private lastId = 0;

  constructor(engine: SimEngine) {
    this._engine = engine;
    this.workbook = new SimWorkbook(this);
    this.runtime = new SimRuntime(this);
    this.application = new SimApplication(this);
  }

  /** @internal */
  _nextId(): number {
    return ++this.lastId;
  }

  /** @internal Queues an operation; objects of a finished `Excel.run` cannot be used (InvalidRequestContext). */
  _enqueue(op: Op): void {
    if (!this._active) {
      throw new SimError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts (its Excel.run has finished).",
      );
    }
    this._queue.push(op);
  }

  /** Sends the queued operations and reads back loaded values. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this._engine.sync(this);
    return passThroughValue as T;
  }

  /** `context.load(object, option)`, the older spelling of `object.load(option)`. */
  load<O extends { load(option?: LoadOption): unknown }>(object: O, option?: LoadOption): O {
    object.load(option);
    return object;
  }
}
