/** The real engine over the Excel simulator and Dexie on fake-indexeddb, with a fixed clock and counter ids. */
import { createExcelSim } from "../../dev/excel-sim";
import { campaignDiscountLines, pricingSetup, rowCells } from "../../dev/host/pricingFixture";
import type { Lang } from "../../src/domain";
import { createDexieSyncStore } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { DEFAULT_NUMBER_SERIES } from "../../src/domain";
import { createInProcessPlanner, createSyncEngine, createWorkerPlanner, openDocument } from "../../src/sync";
import type { Clock, CopyChoice, IdSource, Planner, SyncEngine } from "../../src/sync";
import { createExcelWorkbook } from "../../src/workbook";
import { createFakeWorker } from "./fakeWorker";
import type { ExcelRun, WorkbookPort } from "../../src/workbook";
import type { ExcelSim, ExcelSimOptions, SimWorkbookState } from "../../dev/excel-sim";
import type { ManualTimers } from "../builders/manualTimers";

let dbCounter = 0;

export interface HarnessOptions {
  manualNos?: boolean;
  worker?: boolean;
  /** Open a saved workbook (a copy of another harness's `sim.save()`) instead of a new one. */
  file?: SimWorkbookState;
  /** Reuse a database (another harness's `dbName`) instead of a new, empty one. */
  dbName?: string;
  /** Called with the engine before it starts (to watch its state from the first update). */
  onEngine?: (engine: SyncEngine) => void;
  /** Timers driven by hand, for the adapter (delayed requests) and the engine (hint debouncing). */
  timers?: ManualTimers;
  sim?: ExcelSimOptions;
  /** The host's requirement sets (default: none beyond the floor). */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Where the file is (`Office.context.document.url`); default none (a file never saved). */
  url?: string;
  /** The person's answer when this file turns out to be a copy meeting its original here (default: none, it waits). */
  onCopy?: CopyChoice;
  /** Co-author the workbook of another harness (its sim's `coauthor()`): same cells, own pane, own store. */
  coauthorOf?: { sim: ExcelSim };
  /** While `failing` is true, every cell write of the add-in fails (Excel busy, the workbook closed mid-write). */
  writes?: { failing: boolean };
  /** While `full` is true, every commit fails as a browser whose storage for the add-in is full refuses it. */
  disk?: { full: boolean };
  /** Called whenever the store reads reference data from its tables (SP4: otherwise it answers from its cache). */
  onReferenceLoad?: () => void;
  /** Plan every row every time (SP6's full reconcile), as a reference for the incremental planner. */
  fullPlans?: boolean;
  /** Gets "commit", "committed", "write" and "written" as the planner's commits and the cell writes start and end. */
  steps?: string[];
  /** Gets "plan" or "unchanged" for every whole-table question the engine asks the planner (SP40, SP58). */
  asked?: string[];
  /** Gets the number of slices of every write-back the planner held and the engine fetched slice by slice (SP62). */
  slicedWrites?: number[];
}

export async function makeHarness(lang: Lang = "en", options: HarnessOptions = {}) {
  const sim = options.coauthorOf
    ? options.coauthorOf.sim.coauthor(options.sim)
    : createExcelSim(options.file, options.sim);
  const url = options.url;
  const excel = createExcelWorkbook(sim.run as unknown as ExcelRun, {
    ...(url !== undefined ? { documentUrl: () => url } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.isSetSupported ? { isSetSupported: options.isSetSupported } : {}),
  });
  const writes = options.writes;
  const steps = options.steps;
  const busy = () => Promise.reject(Object.assign(new Error("The workbook is busy."), { code: "GeneralException" }));
  const wrapped: WorkbookPort = writes
    ? {
        ...excel,
        writeCells: (...args) => (writes.failing ? busy() : excel.writeCells(...args)),
        writeCellSlices: (...args) => (writes.failing ? busy() : excel.writeCellSlices(...args)),
      }
    : steps
      ? {
          ...excel,
          writeCells: (...args) => stepped(steps, "write", () => excel.writeCells(...args)),
          writeCellSlices: (...args) => stepped(steps, "write", () => excel.writeCellSlices(...args)),
        }
      : excel;
  const sliced = options.slicedWrites;
  const workbook: WorkbookPort = sliced
    ? { ...wrapped, writeCellSlices: (t, slices) => (sliced.push(slices.count), wrapped.writeCellSlices(t, slices)) }
    : wrapped;
  const dbName = options.dbName ?? `engine-test-${++dbCounter}`;
  const onReferenceLoad = options.onReferenceLoad;
  const dexie = createDexieSyncStore({ name: dbName, ...(onReferenceLoad ? { onReferenceLoad } : {}) });
  const disk = options.disk;
  const store: SyncStore = disk
    ? {
        ...dexie,
        commit: (...args) =>
          disk.full
            ? Promise.reject(Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" }))
            : dexie.commit(...args),
      }
    : dexie;
  if (options.manualNos === false) {
    // The default CAMPAIGN series applies until the workbook stores its own: store one without manual numbers.
    const series = {
      ...DEFAULT_NUMBER_SERIES[0]!,
      manualNos: false,
      rowId: "series-campaign",
      rowVersion: 1,
      rowHash: "",
    };
    const log = {
      at: "",
      bindingId: "",
      entity: "numberSeries" as const,
      origin: "seed",
      puts: 1,
      deletes: 0,
      keys: [],
    };
    await store.commit({ entity: "numberSeries", deletes: [], puts: [series], log });
  }
  let ms = 0;
  const clock: Clock = { today: () => "2026-11-27", nowIso: () => "2026-11-27T12:00:00.000Z", monotonicMs: () => ++ms };
  let id = 0;
  const ids: IdSource = { next: () => `id${++id}` };
  // The worker planner gets its own store connection on the same database, as in the browser.
  const made = options.worker
    ? createWorkerPlanner(createFakeWorker(), { dbName, idPrefix: "w", yieldToUi: nextTask })
    : createInProcessPlanner(store, {
        newId: () => ids.next(),
        timer: clock.monotonicMs,
        ...(options.fullPlans ? { incremental: false } : {}),
      });
  const stepping = steps ? { ...made, commit: () => stepped(steps, "commit", () => made.commit()) } : made;
  const asked = options.asked;
  const planner = asked ? { ...stepping, ...askedOf(asked, stepping) } : stepping;
  // As the composition root does: the workbook's own document id when it has one.
  const { document } = await openDocument(workbook, () => `doc-${++dbCounter}`);
  // Hints are debounced as in the pane (real timers unless the test drives them); settle() flushes them.
  const timers = options.timers ?? { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), clearTimeout };
  const engine = createSyncEngine({ workbook, store, clock, ids, lang, planner, document, timers });
  options.onEngine?.(engine);
  const onCopy = options.onCopy;
  if (onCopy) {
    const stop = engine.subscribe((state) => {
      if (!state.copy) return;
      stop();
      void engine.resolveCopy(onCopy);
    });
  }
  await engine.start();
  // A series of the store's own travels in the workbook's hidden Number Series table, as after numbering.
  if (options.manualNos === false) await engine.bind("numberSeries", undefined, { show: false });

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await sim.flushEvents();
      await engine.idle();
    }
  };
  const sheetOf = (entity: string) =>
    engine.getState().bindings.find((b) => b.entity === entity && !b.scope)?.sheetName ?? "";
  /** Type/paste rows into a bound sheet below its header (sheet row = body row + 1). */
  const paste = async (entity: string, bodyRow: number, rows: string[][]) => {
    sim.userEdit(sheetOf(entity), bodyRow + 1, 0, rows);
    await settle();
  };
  const cell = (entity: string, bodyRow: number, col: number) => sim.cell(sheetOf(entity), bodyRow + 1, col);
  const bindAll = async () => {
    for (const e of ["campaignStatus", "salesperson", "campaign"] as const) await engine.bind(e);
    await settle();
  };
  let disposed = false;
  /** Closes the pane; once only, so a test may close a pane early and the file's clean-up close it again. */
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await engine.dispose();
    store.close();
  };
  return { sim, workbook, store, engine, settle, paste, cell, sheetOf, bindAll, dispose, dbName, document };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `run`, noting `step` as it starts and `step` + "ed"/"ten" as it ends. */
/** The planner's whole-table questions, noted in `asked` as they are asked. */
function askedOf(asked: string[], planner: Planner): Pick<Planner, "plan" | "unchanged"> {
  const unchanged = planner.unchanged?.bind(planner);
  return {
    plan: (request, body) => (asked.push("plan"), planner.plan(request, body)),
    ...(unchanged ? { unchanged: (request) => (asked.push("unchanged"), unchanged(request)) } : {}),
  };
}

async function stepped<T>(steps: string[], step: "commit" | "write", run: () => Promise<T>): Promise<T> {
  steps.push(step);
  const out = await run();
  steps.push(step === "commit" ? "committed" : "written");
  return out;
}

export type Harness = Awaited<ReturnType<typeof makeHarness>>;

/** Column indices of the campaign table as created. */
export const C = {
  no: 0,
  description: 1,
  start: 2,
  end: 3,
  salesperson: 4,
  status: 5,
  modified: 6,
  issues: 7,
  rowId: 8,
  version: 9,
};

/** Harnesses a test file opens, each disposed after its test: `const harness = harnessesPerTest();`. */
export function harnessesPerTest(): (...args: Parameters<typeof makeHarness>) => Promise<Harness> {
  const open: Harness[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) await h.dispose();
  });
  return async (...args) => {
    const h = await makeHarness(...args);
    open.push(h);
    return h;
  };
}

/**
 * The copy's file opened again at the original's place, on the original's store, "Merge" chosen, and every table
 * checked twice (what the copy brought, then what that stored): a returned copy merged (M1).
 */
export async function mergeReturned(original: Harness, copy: Harness): Promise<Harness> {
  const returned = await makeHarness("en", {
    file: copy.sim.save(),
    dbName: original.dbName,
    url: "C:\\a (returned).xlsx",
    onCopy: "merge",
  });
  for (let i = 0; i < 2; i++) {
    await returned.settle();
    await returned.engine.reconcileAll();
  }
  return returned;
}

/** Binds each table of the pricing catalogue (items, units, variants, groups…) and pastes its rows into it. */
export async function pastePricingSetup(h: Harness, itemCount?: number): Promise<void> {
  for (const { entity, rows } of pricingSetup(itemCount)) {
    await h.engine.bind(entity);
    await h.settle();
    await h.paste(
      entity,
      0,
      rows.map((r) => rowCells(entity, r)),
    );
  }
}

/**
 * A campaign (status PLANNED, the pricing catalogue of `itemCount` items) with `lines` discount lines pasted on its own
 * sheet; returns that sheet's name.
 */
export async function campaignWithDiscountLines(h: Harness, no: string, lines: number, itemCount = 5): Promise<string> {
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [[no, "Chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, itemCount);
  await h.engine.bind("salesLineDiscount", { campaignNo: no });
  await h.settle();
  const sheet = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === no)!.sheetName;
  const rows = campaignDiscountLines(no, lines, 0, itemCount)
    .tsv.split("\r\n")
    .map((l) => l.split("\t"));
  h.sim.userEdit(sheet, 1, 0, rows);
  await h.settle();
  return sheet;
}

/**
 * Cells found by their column's caption: `col` is the caption's sheet row and column (segment sheets have header
 * lines above the table), `at` a body cell's value, `editAt` a person typing into one. `harness` is read at each call
 * (tests make a new harness per test).
 */
export function byCaption(harness: () => Harness) {
  const col = (sheet: string, caption: string): { row: number; col: number } => {
    const h = harness();
    for (let r = 0; r < 12; r++)
      for (let c = 0; c < 40; c++) if (h.sim.cell(sheet, r, c).value === caption) return { row: r, col: c };
    throw new Error(`no column ${caption} in ${sheet}`);
  };
  const at = (sheet: string, row: number, caption: string) => {
    const c = col(sheet, caption);
    return harness().sim.cell(sheet, c.row + 1 + row, c.col).value;
  };
  const editAt = async (sheet: string, row: number, caption: string, value: string) => {
    const c = col(sheet, caption);
    harness().sim.userEdit(sheet, c.row + 1 + row, c.col, [[value]]);
    await harness().settle();
  };
  return { col, at, editAt };
}
