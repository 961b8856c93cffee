/**
 * The dev host: the Excel simulator's workbook in a grid on the left, the real task pane on the right,
 * over the browser's real IndexedDB. `window.campaignDesk` is for tests and benchmarks.
 */
import { mountTaskpane } from "../../src/app";
import { createRoot } from "react-dom/client";
import { buildPriceIndex, buildTargetGroupLookup, priceCheck } from "../../src/domain";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";
import { createExcelSim } from "../excel-sim";
import { clearDoc, loadDoc, saveDoc } from "./docStore";
import { SheetGrid } from "./grid";
import { campaignDiscountLines } from "./pricingFixture";
import { seedContacts, seedPricingSetup, seedSampleWorkbook } from "./seedSample";

async function main() {
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") === "da" ? "da" : "en";
  const saved = params.has("fresh") ? undefined : await loadDoc();
  const sim = createExcelSim(saved);
  const workbook = createExcelWorkbook(sim.run as unknown as ExcelRun);

  // Save the "file" shortly after every change, as autosave would.
  let timer: number | undefined;
  let pending: Promise<void> = Promise.resolve();
  const flushDoc = () => {
    window.clearTimeout(timer);
    pending = pending.then(() => saveDoc(sim.save()));
    return pending;
  };
  // `?autosave=0` (benchmarks): Excel saves its file outside the add-in's thread; here it would compete with it.
  if (params.get("autosave") !== "0") {
    sim.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void flushDoc(), 250);
    });
  }

  createRoot(document.getElementById("grid") as HTMLElement).render(
    <SheetGrid sim={sim} height={Math.max(300, window.innerHeight - 150)} />,
  );
  const { engine, store } = await mountTaskpane(document.getElementById("pane") as HTMLElement, {
    workbook,
    lang,
    iconBaseUrl: "fonts/",
  });
  if (!saved) await seedSampleWorkbook(engine, sim);

  document.getElementById("reset")?.addEventListener("click", async () => {
    await engine.dispose();
    await clearDoc();
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase("campaign-desk");
      req.onsuccess = req.onerror = req.onblocked = resolve;
    });
    location.reload();
  });

  Object.assign(window, {
    campaignDesk: {
      sim,
      engine,
      store,
      workbook,
      flushDoc,
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
