/**
 * The sim: one in-memory workbook reached two ways — by the add-in through `run` (the Excel JS API subset with
 * load/sync semantics, payload limits and counters) and by a person through `SimUserApi`.
 */
import { EN_US } from "./model/cellInput";
import { SimError } from "./model/simError";
import { restoreModel } from "./model/persist";
import {
  DEFAULT_UNVERIFIED,
  WorkbookModel,
  type ChangeType,
  type TableGrowth,
  type UnverifiedChangeTypes,
} from "./model/workbookModel";
import { EventHub } from "./api/eventHub";
import { jsonBytes } from "./api/jsonBytes";
import { SimRequestContext, type SimEngine } from "./api/requestContext";
import { parseRunArgs, type SimBatch, type SimRunOptions } from "./api/runArgs";
import { CellEditMode } from "./model/cellEditMode";
import { UndoHistory } from "./model/undoHistory";
import { createCellEditApi, type SimCellEditApi } from "./person/cellEditApi";
import { createRulesView, type SimRulesApi } from "./person/rulesView";
import { createUserApi, type SimUserExtras } from "./person/userApi";
import type { SimUserApi, SimWorkbookState } from "./simUserApi";

export interface SimCounters {
  /** Round trips (syncs that carried at least one operation). */
  syncs: number;
  /** Round trips that changed the workbook (cells, formats, tables, names, settings). */
  writeSyncs: number;
  /** UTF-8 bytes of request JSON (every queued operation, including every value written). */
  bytesSent: number;
  /** UTF-8 bytes of response JSON (every loaded value). */
  bytesReceived: number;
  largestRequest: number;
  largestResponse: number;
  /** Calls of `application.suspendApiCalculationUntilNextSync()`. */
  calculationSuspensions: number;
}

export interface ExcelSimOptions {
  /** Per request and per response, like Excel on the web (default 5 MB). */
  payloadLimitBytes?: number;
  /**
   * A host that does not know `delayForCellEdit` (unverified which builds): requests fail in cell-edit mode even when
   * they asked to wait. Default false.
   */
  ignoresDelayForCellEdit?: boolean;
  /** Model Excel's undo stack (`userUndo`); off by default: every step keeps a copy of the sheets. */
  undo?: boolean;
  /** The highest ExcelApi requirement set the simulated host supports (default "1.20"). */
  excelApi?: string;
  /** "stopsAtBlankRow" models the irregular table growth of office-js #3013 / #3191 (default "regular"). */
  tableGrowth?: TableGrowth;
  /**
   * Change types no Microsoft page states: a grown table's own event (default RowInserted, as office-js #728 saw for a
   * drag-fill) and a sort's (default Unknown). Tests vary them; the add-in must take any type as a hint.
   */
  unverifiedChangeTypes?: Partial<UnverifiedChangeTypes>;
  /**
   * Cells one range read may hold (default 5,000,000, Excel's limit) and what a larger read gets: the error
   * `RangeExceedsLimit` (default) or `null` values.
   */
  readCellLimit?: number;
  largeRangeReads?: "error" | "null";
  /** Change types `Table.onChanged` misses (office-js #294, #1110: known gaps); `Worksheet.onChanged` still fires. */
  tableEventGaps?: ChangeType[];
  /**
   * The host's locale for typed input and strings written through `Range.values` (default "en-US"): in "da-DK"
   * "1.000" is 1000, "1,5" is 1.5, "1.5" is the date 1 May and SAND/FALSK are the booleans (cellInput.ts).
   */
  locale?: "en-US" | "da-DK";
  /** The current year, for dates typed without one (default 2026). */
  year?: number;
}

export interface ExcelSim extends SimUserApi, SimUserExtras, SimRulesApi, SimCellEditApi {
  /**
   * Same shape as `Excel.run`: `run(batch)`, `run(options, batch)` with `Excel.RunOptions` (`delayForCellEdit`,
   * `mergeUndoGroup`, `previousObjects`), and `run(context, batch)` to reuse a context (e.g. to remove a handler).
   */
  run<T>(batch: SimBatch<T>): Promise<T>;
  run<T>(options: SimRunOptions, batch: SimBatch<T>): Promise<T>;
  run<T>(context: SimRequestContext, batch: SimBatch<T>): Promise<T>;
  counters(): SimCounters;
  /** Start and end (performance.now() ms) of each sync the sim executed, newest last. */
  syncWindows(): readonly { start: number; end: number }[];
  resetCounters(): void;
  /**
   * The next sync that carries operations rejects with an Excel-like error of this code and applies nothing
   * (`times` syncs in a row, after letting `skip` syncs through).
   */
  failNextSync(code: string, plan?: { skip?: number; times?: number }): void;
  /** Resolves once every queued change event has been handled. */
  flushEvents(): Promise<void>;
  /** Errors thrown by event handlers (Excel swallows them). */
  handlerErrors(): readonly unknown[];
  /** Ctrl+Z (needs `undo: true`): reverts the last undo step and raises change events; false when there is none. */
  userUndo(): boolean;
  /** Steps on the undo stack (needs `undo: true`). */
  undoSteps(): number;
  /** `Office.context.requirements.isSetSupported` of the simulated host ("ExcelApi" up to `excelApi`). */
  isSetSupported(name: string, version: string): boolean;
  /**
   * Another person co-authoring this workbook (their own Excel, add-in runtime and events): each session's changes
   * reach the other sessions' handlers with `source: "Remote"`. Cells, tables and settings are one model.
   * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
   */
  coauthor(options?: Omit<ExcelSimOptions, "tableGrowth" | "unverifiedChangeTypes">): ExcelSim;
}

/** "1.9" < "1.10": compares dotted versions numerically. */
function versionAtMost(version: string, highest: string): boolean {
  const a = version.split(".").map(Number);
  const b = highest.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function zeroCounters(): SimCounters {
  return {
    syncs: 0,
    writeSyncs: 0,
    bytesSent: 0,
    bytesReceived: 0,
    largestRequest: 0,
    largestResponse: 0,
    calculationSuspensions: 0,
  };
}

export function createExcelSim(state?: SimWorkbookState, options?: ExcelSimOptions): ExcelSim {
  const model = state ? restoreModel(state) : new WorkbookModel();
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  model.tableGrowth = options?.tableGrowth ?? "regular";
  model.readCellLimit = options?.readCellLimit ?? model.readCellLimit;
  model.largeRangeReads = options?.largeRangeReads ?? model.largeRangeReads;
  model.input = { locale: options?.locale ?? "en-US", year: options?.year ?? EN_US.year };
  model.unverified = { ...DEFAULT_UNVERIFIED, ...options?.unverifiedChangeTypes };
  let coauthors = 0;
  const open = (session: string, sessionOptions?: ExcelSimOptions): ExcelSim => ({
    ...createSession(model, session, sessionOptions),
    coauthor: (more) => open(`coauthor-${++coauthors}`, more),
  });
  return open("main", options);
}

/** One person's Excel on the model: their add-in's runs, events, counters, cell-edit mode and undo stack. */
function createSession(model: WorkbookModel, session: string, options?: ExcelSimOptions): Omit<ExcelSim, "coauthor"> {
  const events = new EventHub(session);
  model.changeListeners.add((change) => events.handle(change));
  model.activationListeners.add((sheet, by) => events.activated(sheet, by));
  for (const type of options?.tableEventGaps ?? []) events.tableEventGaps.add(type);
  const limit = options?.payloadLimitBytes ?? DEFAULT_LIMIT;
  const cellEdit = new CellEditMode();
  const honoursDelay = options?.ignoresDelayForCellEdit !== true;
  const history = options?.undo === true ? new UndoHistory(model) : null;
  const excelApi = options?.excelApi ?? "1.20";
  const isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && versionAtMost(version, excelApi);
  let stats = zeroCounters();
  let failNext: { code: string; skip: number; times: number } | null = null;
  const notify = (): void => {
    for (const listener of [...model.viewListeners]) listener();
  };

  const engine: SimEngine = {
    model,
    events,
    noteCalculationSuspended: () => {
      stats.calculationSuspensions++;
    },
    async sync(context) {
      const ops = context._queue;
      context._queue = [];
      if (ops.length === 0) return;
      try {
        await cellEdit.admit(honoursDelay && context._runOptions.delayForCellEdit === true);
      } catch (error) {
        stats.syncs++; // the request went out and came back refused
        throw error;
      }
      // Excel answers a sync from another process: the request leaves in one task, the answer arrives in a
      // later one. Doing the same keeps the sim's work out of the add-in's tasks (and measurable apart).
      await nextTask();
      const startedAt = performance.now();
      try {
        runSync(ops, context);
      } finally {
        recordWindow(startedAt, performance.now());
      }
      await nextTask();
    },
  };

  /** When the sim itself was busy executing syncs (performance.now() ms), for benchmarks; the last 10,000. */
  const windows: { start: number; end: number }[] = [];
  function recordWindow(start: number, end: number): void {
    windows.push({ start, end });
    if (windows.length > 10_000) windows.shift();
  }

  function runSync(ops: SimRequestContext["_queue"], context: SimRequestContext): void {
    stats.syncs++;
    if (failNext !== null && failNext.skip > 0) failNext.skip--;
    else if (failNext !== null) {
      const code = failNext.code;
      failNext.times--;
      if (failNext.times <= 0) failNext = null;
      throw new SimError(code, `Simulated failure: ${code}.`);
    }
    const request = jsonBytes(ops.map((op) => op.json));
    stats.bytesSent += request;
    stats.largestRequest = Math.max(stats.largestRequest, request);
    if (request > limit) {
      throw new SimError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    const exec = {
      respond: (data: unknown) => responses.push(data),
      afterCommit: (fn: () => void) => commits.push(fn),
    };
    const merged = context._runOptions.mergeUndoGroup === true && isSetSupported("ExcelApi", "1.20");
    const notUndoable = ops.some((op) => op.notUndoable === true);
    if (merged && notUndoable) {
      throw new SimError("UndoNotSupported", "The operation can't be undone, so it can't run in a merged undo group.");
    }
    const version = model.version;
    const before = history && !(merged && context._undoStepOpen) ? history.snapshot() : null;
    let failure: unknown = null;
    try {
      model.actAs("addin", session, () => {
        for (const op of ops) op.run(exec);
      });
    } catch (error) {
      failure = error; // Excel stops at the failing operation; earlier ones stay applied.
    }
    if (before && history?.record(before) && merged) context._undoStepOpen = true;
    if (notUndoable) history?.clear();
    if (model.version !== version) {
      stats.writeSyncs++;
      notify();
    }
    if (failure !== null) throw failure;
    const response = jsonBytes(responses);
    stats.bytesReceived += response;
    stats.largestResponse = Math.max(stats.largestResponse, response);
    if (response > limit) {
      throw new SimError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const commit of commits) commit();
  }

  async function run<T>(first: SimRequestContext | SimRunOptions | SimBatch<T>, second?: SimBatch<T>): Promise<T> {
    const { batch, reuse, options: runOptions } = parseRunArgs(first, second);
    const context = reuse ?? new SimRequestContext(engine);
    context._runOptions = runOptions;
    context._undoStepOpen = false;
    context._active = true;
    try {
      const result = await batch(context);
      if (context._queue.length > 0) await context.sync();
      return result;
    } finally {
      context._queue = [];
      context._active = false;
    }
  }

  return {
    ...createUserApi(model, notify, history, session),
    ...createRulesView(model),
    ...createCellEditApi(model, cellEdit, notify, history, session),
    run,
    counters: () => ({ ...stats }),
    syncWindows: () => [...windows],
    resetCounters: () => {
      stats = zeroCounters();
    },
    failNextSync: (code, plan = {}) => {
      failNext = { code, skip: plan.skip ?? 0, times: plan.times ?? 1 };
    },
    flushEvents: () => events.flush(),
    handlerErrors: () => [...events.handlerErrors],
    userUndo: () => {
      const undone = history?.undo() ?? false;
      if (undone) notify();
      return undone;
    },
    undoSteps: () => history?.size() ?? 0,
    isSetSupported,
  };
}
