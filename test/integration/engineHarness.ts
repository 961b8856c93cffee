/** The real engine over the Excel simulator and Dexie on fake-indexeddb, with a fixed clock and counter ids. */
import { createExcelSim } from "../../dev/excel-sim";
import type { Lang } from "../../src/domain";
import { createDexieSyncStore } from "../../src/store";
import { DEFAULT_NUMBER_SERIES } from "../../src/domain";
import { createInProcessPlanner, createSyncEngine, createWorkerPlanner, openDocument } from "../../src/sync";
import type { Clock, IdSource, SyncEngine } from "../../src/sync";
import { createExcelWorkbook } from "../../src/workbook";
import { createFakeWorker } from "./fakeWorker";
import type { ExcelRun } from "../../src/workbook";
import type { ExcelSimOptions, SimWorkbookState } from "../../dev/excel-sim";
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
}

export async function makeHarness(lang: Lang = "en", options: HarnessOptions = {}) {
  const sim = createExcelSim(options.file, options.sim);
  const workbook = createExcelWorkbook(sim.run as unknown as ExcelRun, {
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.isSetSupported ? { isSetSupported: options.isSetSupported } : {}),
  });
  const dbName = options.dbName ?? `engine-test-${++dbCounter}`;
  const store = createDexieSyncStore({ name: dbName });
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
  const planner = options.worker
    ? createWorkerPlanner(createFakeWorker(), { dbName, idPrefix: "w", yieldToUi: nextTask })
    : createInProcessPlanner(store, { newId: () => ids.next(), timer: clock.monotonicMs });
  // As the composition root does: the workbook's own document id when it has one.
  const { document } = await openDocument(workbook, () => `doc-${++dbCounter}`);
  // Hints are debounced as in the pane (real timers unless the test drives them); settle() flushes them.
  const timers = options.timers ?? { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), clearTimeout };
  const engine = createSyncEngine({ workbook, store, clock, ids, lang, planner, document, timers });
  options.onEngine?.(engine);
  await engine.start();

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
  const dispose = async () => {
    await engine.dispose();
    store.close();
  };
  return { sim, workbook, store, engine, settle, paste, cell, sheetOf, bindAll, dispose, dbName, document };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
