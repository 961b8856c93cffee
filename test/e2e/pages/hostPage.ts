/** Page model of the dev host: the grid, the task pane, and read-outs of the sim and the real IndexedDB. */
import type { Page } from "playwright-core";
import { GridPage } from "./gridPage";

export class HostPage {
  readonly grid: GridPage;
  constructor(readonly page: Page) {
    this.grid = new GridPage(page);
  }

  async open(baseUrl: string, query = ""): Promise<void> {
    await this.page.goto(`${baseUrl}/index.html${query}`);
    await this.page.waitForFunction(
      () => (window as unknown as { campaignDesk?: { ready: boolean } }).campaignDesk?.ready === true,
      null,
      { timeout: 60000 },
    );
    await this.settle();
  }

  /** Waits until pending change events are delivered and the engine has nothing queued. */
  async settle(): Promise<void> {
    await this.page.evaluate(async () => {
      const cd = (
        window as unknown as {
          campaignDesk: { sim: { flushEvents(): Promise<void> }; engine: { idle(): Promise<void> } };
        }
      ).campaignDesk;
      for (let i = 0; i < 3; i++) {
        await cd.sim.flushEvents();
        await cd.engine.idle();
      }
    });
  }

  /** Saves the simulated "file" now (the host autosaves after 250 ms). */
  async saveFile(): Promise<void> {
    await this.page.evaluate(() =>
      (window as unknown as { campaignDesk: { flushDoc(): Promise<void> } }).campaignDesk.flushDoc(),
    );
  }

  /**
   * All rows of an entity in the add-in's database, read with the raw IndexedDB API: its object store, or for an entity
   * kept in line buckets (campaigns, lines; ST15) the rows of its buckets, the overlay bucket's copies winning.
   */
  async storedRows<T = Record<string, unknown>>(storeName: string): Promise<T[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open((window as unknown as { campaignDesk: { dbName: string } }).campaignDesk.dbName);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const own = db.objectStoreNames.contains(name);
            const store = db
              .transaction(own ? name : "lineBuckets", "readonly")
              .objectStore(own ? name : "lineBuckets");
            const req = own ? store.getAll() : store.getAll(IDBKeyRange.bound(`${name}:`, `${name}:\uffff`));
            req.onsuccess = () => {
              db.close();
              if (own) return resolve(req.result as T[]);
              const rows = new Map<string, T>();
              const buckets = req.result as { id: string; rows: (T & { rowId: string })[] }[];
              for (const b of [...buckets].sort((x, y) => Number(x.id.endsWith(":~")) - Number(y.id.endsWith(":~"))))
                for (const row of b.rows) rows.set(row.rowId, row);
              resolve([...rows.values()]);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      storeName,
    );
  }

  /** Values of a sheet column (0-based) from row `from` for `count` rows, read from the simulated workbook. */
  async column(sheet: string, col: number, from: number, count: number): Promise<string[]> {
    return this.page.evaluate(
      ({ sheet, col, from, count }) => {
        const sim = (
          window as unknown as { campaignDesk: { sim: { cell(s: string, r: number, c: number): { value: unknown } } } }
        ).campaignDesk.sim;
        const out: string[] = [];
        for (let r = from; r < from + count; r++) out.push(String(sim.cell(sheet, r, col).value));
        return out;
      },
      { sheet, col, from, count },
    );
  }

  pane() {
    return this.page.locator("#pane");
  }

  /**
   * Opens a pane tab by its name: a click on it when the tab strip shows it, else through the strip's
   * overflow menu ("More tabs"), where a narrow pane puts the tabs that do not fit (PN1).
   */
  async openTab(name: string | RegExp): Promise<void> {
    const label = typeof name === "string" ? new RegExp(`^${name}`) : name;
    // The strip may still be measuring (tabs moving into or out of the menu): try again until the tab is selected.
    for (let attempt = 0; ; attempt++) {
      try {
        const tab = this.pane().getByRole("tab", { name }).first();
        if (await tab.isVisible()) await tab.click({ timeout: 5000 });
        else {
          await this.pane().getByRole("tab", { name: "More tabs" }).click({ timeout: 5000 });
          await this.page.getByRole("menuitem", { name: label }).click({ timeout: 5000 });
        }
        const selected = this.pane().locator('[role="tab"][aria-selected="true"]').first();
        if (label.test(((await selected.textContent({ timeout: 5000 })) ?? "").trim())) return;
      } catch (error) {
        if (attempt >= 5) throw error;
      }
      if (attempt >= 5) throw new Error(`The tab ${String(name)} could not be opened.`);
      await this.page.keyboard.press("Escape");
    }
  }
}
