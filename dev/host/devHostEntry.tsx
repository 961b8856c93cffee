/**
 * The dev host: the Excel simulator's workbook in a grid on the left, the real task pane on the right,
 * over the browser's real IndexedDB. `window.campaignDesk` is for tests and benchmarks.
 */
import { mountTaskpane } from "../../src/app";
import { createRoot } from "react-dom/client";
import { buildPriceIndex, buildTargetGroupLookup, priceCheck } from "../../src/domain";
import type { ReconcileReport } from "../../src/sync";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";
import { createExcelSim } from "../excel-sim";
import type { SimWorkbookState } from "../excel-sim";
import { clearDoc, loadDoc, saveDoc } from "./docStore";
import { wireFileMenu } from "./fileMenu";
import { SheetGrid } from "./grid";
import { campaignDiscountLines } from "./pricingFixture";
import { seedContacts, seedPricingSetup, seedSampleWorkbook } from "./seedSample";

const FILE_NAME_KEY = "campaign-desk-dev-file-name";

/** The name of the file the dev host's document was opened from ("Book1.xlsx" until a file is opened). */
function documentFileName(): string {
  try {
    return localStorage.getItem(FILE_NAME_KEY) ?? "Book1.xlsx";
  } catch {
    return "Book1.xlsx";
  }
}

function rememberFileName(name: string): void {
  try {
    localStorage.setItem(FILE_NAME_KEY, name);
  } catch {
    // Blocked storage: the document keeps its old name, and a copy is then not told apart from its original.
  }
}

async function main() {
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") === "da" ? "da" : "en";
  const startedAt = performance.now();
  const saved = params.has("fresh") ? undefined : await loadDoc();
  const sim = createExcelSim(saved);
  const docLoadedAt = performance.now();
  // The file's place, as Office.context.document.url gives it: a copy opened at another place meets its original.
  const workbook = createExcelWorkbook(sim.run as unknown as ExcelRun, { documentUrl: documentFileName });

  // Save the "file" shortly after every change, as autosave would.
  let timer: number | undefined;
  let pending: Promise<void> = Promise.resolve();
  // Set once another document replaces this one: nothing of this one may be saved over it.
  let closing = false;
  const flushDoc = () => {
    window.clearTimeout(timer);
    if (!closing) pending = pending.then(() => saveDoc(sim.save()));
    return pending;
  };
  // `?autosave=0` (benchmarks): Excel saves its file outside the add-in's thread; here it would compete with it.
  if (params.get("autosave") !== "0") {
    sim.subscribe(() => {
      if (closing) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void flushDoc(), 250);
    });
  }

  createRoot(document.getElementById("grid") as HTMLElement).render(
    <SheetGrid sim={sim} height={Math.max(300, window.innerHeight - 150)} />,
  );
  const reports: ReconcileReport[] = [];
  const mountingAt = performance.now();
  const { engine, store, dbName } = await mountTaskpane(document.getElementById("pane") as HTMLElement, {
    workbook,
    lang,
    iconBaseUrl: "fonts/",
    // A copy kept separate got a document id of its own: save the file with it, then open the page on its store.
    reopen: () => void flushDoc().then(() => location.reload()),
    // Every table's reconcile report from the start on (benchmarks read them: `campaignDesk.reports`).
    onEngine: (e) =>
      void e.subscribe((s) => {
        if (s.lastReport && reports[reports.length - 1] !== s.lastReport) reports.push(s.lastReport);
      }),
  });
  const mountedAt = performance.now();
  // ?empty: a blank workbook, as a first-time user starts (the e2e of the Campaigns tab's first steps).
  if (!saved && !params.has("empty")) await seedSampleWorkbook(engine, sim);

  document.getElementById("reset")?.addEventListener("click", async () => {
    await engine.dispose();
    await clearDoc();
    localStorage.removeItem(FILE_NAME_KEY);
    store.close();
    // Every document's store this browser has: a reset starts with nothing local at all.
    const names = (await indexedDB.databases()).flatMap((d) => (d.name?.startsWith("campaign-desk") ? [d.name] : []));
    for (const name of new Set([...names, dbName])) {
      await new Promise((resolve) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = req.onerror = req.onblocked = resolve;
      });
    }
    location.reload();
  });

  // Opening a file makes it the document and reopens the page on it, as opening a file in Excel would: the pane then
  // works on that document and its own store. `name` is the file's place (a copy opened elsewhere meets its original).
  const openFile = async (state: SimWorkbookState, name: string) => {
    rememberFileName(name);
    closing = true;
    window.clearTimeout(timer);
    await engine.dispose();
    await pending;
    await saveDoc(state);
    store.close();
    const url = new URL(location.href);
    if (url.searchParams.has("fresh")) {
      url.searchParams.delete("fresh");
      location.assign(url.toString());
    } else {
      location.reload();
    }
  };
  // Open file… / Save a copy… (.xlsx).
  wireFileMenu({
    current: async () => {
      await flushDoc();
      return sim.save();
    },
    open: openFile,
  });

  Object.assign(window, {
    campaignDesk: {
      sim,
      engine,
      store,
      /** The IndexedDB database of this workbook's store (one per document). */
      dbName,
      /** ms: reading the saved workbook (the dev host's stand-in for Excel opening a file), and the pane's start to idle. */
      timings: { docLoadMs: docLoadedAt - startedAt, paneStartMs: mountedAt - mountingAt },
      workbook,
      flushDoc,
      reports,
      openFile,
      /** Another simulated workbook from a saved state (a copy edited elsewhere, for benchmarks and tests). */
      simOf: (state: SimWorkbookState) => createExcelSim(state),
      // Pure domain functions, for benchmarks that time them in the page itself.
      domain: { buildPriceIndex, priceCheck, buildTargetGroupLookup },
      fixtures: {
        campaignDiscountLines,
        seedPricingSetup: (n: number) => seedPricingSetup(engine, sim, n),
        seedContacts: (companies: number) => seedContacts(engine, sim, companies),
      },
      ready: true,
    },
  });
  console.info(`Campaign Desk dev host ready (${lang}).`);
}

void main();
