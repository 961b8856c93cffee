/**
 * The composition root: wires workbook, store, clock and ids into one engine and renders the pane.
 * Production (main.tsx) passes the Excel workbook; the dev host passes the simulator's.
 */
import { initializeIcons } from "@fluentui/font-icons-mdl2";
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain";
import { createDexieSyncStore } from "../store";
import type { SyncStore } from "../store";
import { createSyncEngine, createWorkerPlanner } from "../sync";
import type { Planner, SyncEngine, WorkerLike } from "../sync";
import type { WorkbookPort } from "../workbook";
import { App } from "./App";
import { randomIds, systemClock } from "./systemServices";
import { themeFromOffice } from "./theme";
import type { OfficeThemeColors } from "./theme";

export interface MountOptions {
  workbook: WorkbookPort;
  lang: Lang;
  officeTheme?: OfficeThemeColors | null;
  /** Database name; the dev host and tests may use their own. */
  dbName?: string;
  /** Base URL of the Fluent icon fonts, served with the add-in (no CDN). */
  iconBaseUrl?: string;
}

let iconsReady = false;

/** Plans (parse, validate, commit) run in a Web Worker so big pastes never freeze the pane. */
function createPlanner(dbName: string | undefined): Planner | undefined {
  if (typeof Worker === "undefined") return undefined; // the engine falls back to planning in-process
  const worker = new Worker(new URL("../sync/planWorker.ts", import.meta.url), { name: "campaign-desk-planner" });
  return createWorkerPlanner(worker as unknown as WorkerLike, {
    ...(dbName ? { dbName } : {}),
    idPrefix: `${randomIds.next()}.`,
  });
}

export interface MountedPane {
  engine: SyncEngine;
  /** The pane's own store connection (benchmarks and tests read it). */
  store: SyncStore;
}

export async function mountTaskpane(element: HTMLElement, options: MountOptions): Promise<MountedPane> {
  if (!iconsReady) {
    initializeIcons(options.iconBaseUrl ?? "fonts/", { disableWarnings: true });
    iconsReady = true;
  }
  const store = createDexieSyncStore(options.dbName ? { name: options.dbName } : {});
  const planner = createPlanner(options.dbName);
  const engine = createSyncEngine({
    workbook: options.workbook,
    store,
    clock: systemClock,
    ids: randomIds,
    lang: options.lang,
    ...(planner ? { planner } : {}),
  });
  await ensureDefaultSeries(store);
  createRoot(element).render(<App engine={engine} theme={themeFromOffice(options.officeTheme ?? null)} />);
  await engine.start();
  return { engine, store };
}

/** Campaign and segment numbers come from series CAMPAIGN (CP0001…) and SEGMENT (SEG0001…), as BC's Marketing Setup. */
async function ensureDefaultSeries(store: SyncStore): Promise<void> {
  for (const [code, startingNo] of [
    ["CAMPAIGN", "CP0001"],
    ["SEGMENT", "SEG0001"],
  ] as const) {
    if (!(await store.getNumberSeries(code))) {
      await store.putNumberSeries({ code, startingNo, lastNoUsed: "", manualNos: true });
    }
  }
}
