/**
 * The composition root: wires workbook, store, planner (a Web Worker), clock and ids into one engine and
 * renders the pane. Production (taskpaneEntry.tsx) passes the Excel workbook; the dev host the simulator's.
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain";
import { createDexieSyncStore } from "../store";
import type { SyncStore } from "../store";
import { createSyncEngine, createWorkerPlanner, openDocument } from "../sync";
import type { Planner, SyncEngine, WorkerLike } from "../sync";
import { App, themeFromOffice } from "../taskpane";
import type { OfficeThemeColors, PaneHost } from "../taskpane";
import type { WorkbookPort } from "../workbook";
import { registerPaneIcons } from "./paneIcons";
import { listenForPaneRequests } from "./paneRequestListener";
import { nextTask, randomIds, systemClock, systemTimers } from "./systemServices";

export interface MountOptions {
  workbook: WorkbookPort;
  lang: Lang;
  officeTheme?: OfficeThemeColors | null;
  /** A fixed database name (tests); by default the workbook's document id names its store's database. */
  dbName?: string;
  /** Base URL of the Fluent icon fonts, served with the add-in (no CDN). */
  iconBaseUrl?: string;
  /**
   * A copy kept separate is a new document with a store of its own: the pane opens again on it. By default the
   * page reloads; the dev host saves its file first.
   */
  reopen?: () => void;
  /** What the host allows the pane (downloads: not in Excel on Mac); all of it by default (the dev host). */
  host?: PaneHost;
  /** Called with the engine before it starts (the dev host records its reports for benchmarks). */
  onEngine?: (engine: SyncEngine) => void;
}

let iconsReady = false;

/**
 * Plans (parse, validate, commit) run in a Web Worker so big pastes never freeze the pane. Every host that runs
 * the add-in has Web Workers (Microsoft's advice for heavy work: learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization), so the pane carries no in-process planner: its code stays in
 * the worker's file and out of the pane's JavaScript (#14 item 7).
 */
function createPlanner(store: SyncStore, dbName: string): Planner {
  const start = () =>
    new Worker(new URL("./plannerWorker.ts", import.meta.url), {
      name: "campaign-desk-planner",
    }) as unknown as WorkerLike;
  // A worker that dies or stops answering is restarted and the request sent once more (F5).
  return createWorkerPlanner(start(), {
    dbName,
    idPrefix: `${randomIds.next()}.`,
    yieldToUi: nextTask,
    spawn: start,
    timers: systemTimers,
  });
}

export interface MountedPane {
  engine: SyncEngine;
  /** The pane's own store connection (benchmarks and tests read it). */
  store: SyncStore;
  /** The database the store lives in (one per document). */
  dbName: string;
}

export async function mountTaskpane(element: HTMLElement, options: MountOptions): Promise<MountedPane> {
  if (!iconsReady) {
    registerPaneIcons(options.iconBaseUrl ?? "fonts/");
    iconsReady = true;
  }
  // One store per document: a workbook without an id gets one, written into it with its first binding.
  const opened = await openDocument(options.workbook, () => randomIds.next());
  const { document } = opened;
  const dbName = options.dbName ?? opened.dbName;
  const store = createDexieSyncStore({ name: dbName });
  const engine = createSyncEngine({
    workbook: options.workbook,
    store,
    clock: systemClock,
    ids: randomIds,
    lang: options.lang,
    planner: createPlanner(store, dbName),
    document,
    persistent: await requestPersistentStorage(),
    timers: systemTimers,
  });
  const theme = themeFromOffice(options.officeTheme ?? null);
  const app = (
    <App engine={engine} theme={theme} today={systemClock.today()} {...(options.host ? { host: options.host } : {})} />
  );
  createRoot(element).render(app);
  options.onEngine?.(engine);
  const reopen = options.reopen ?? (() => location.reload());
  const stopWatching = engine.subscribe((state) => {
    if (!state.reopen) return;
    stopWatching();
    reopen();
  });
  // Coming back to the pane: the bound tables on the active sheet are checked again when the engine is idle.
  window.addEventListener("focus", () => void engine.paneFocused());
  // The ribbon's "Validate sheet": subscribed before the engine starts, so an early click is not lost.
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  listenToRibbon(() => void started.then(() => engine.reconcileAll()));
  await engine.start();
  markStarted();
  return { engine, store, dbName };
}

/** Ribbon requests through localStorage, where the runtime has it (a blocked storage just means no ribbon). */
function listenToRibbon(onRequest: () => void): void {
  try {
    listenForPaneRequests({ window, storage: window.localStorage, now: () => Date.now() }, onRequest);
  } catch {
    // localStorage blocked (private mode, partitioned storage): the pane still checks every table when it opens.
  }
}

/**
 * Asks the browser to keep the store (navigator.storage.persist): otherwise it may be evicted under storage
 * pressure. Refused is no loss — the workbook holds everything — and the pane says so. null: not available.
 */
async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}
