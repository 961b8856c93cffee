/**
 * The dev host's "Save a copy…" and "Open file…" in Chromium, under the page's Content-Security-Policy: the lazy
 * ExcelJS chunk loads and runs, the copy downloads as .xlsx, opening it makes it the document (the page reopens on
 * it, with the same document id and store), and a file that is not an .xlsx gives a message in the toolbar.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;

type Window = {
  campaignDesk: {
    ready: boolean;
    dbName: string;
    sim: {
      addSheet(name: string): void;
      userEdit(sheet: string, row: number, col: number, text: string[][]): void;
      cell(sheet: string, row: number, col: number): { value: unknown };
      save(): { settings: Record<string, string> };
    };
  };
  cspViolations: string[];
  beforeOpen?: boolean;
};

run("dev host files", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cd-files-"));
    session = await launch();
    host = new HostPage(session.page);
    await session.page.addInitScript(() => {
      const w = window as unknown as Window;
      w.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await host.open(baseUrl(), "?fresh");
  }, 120000);
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const page = () => host.page;
  const doc = () =>
    page().evaluate(() => {
      const cd = (window as unknown as Window).campaignDesk;
      return { id: cd.sim.save().settings["campaignDesk.document"], dbName: cd.dbName };
    });

  test("Save a copy… downloads an .xlsx; Open file… reopens the page on it", async () => {
    await page().evaluate(() => {
      const sim = (window as unknown as Window).campaignDesk.sim;
      sim.addSheet("Notes");
      sim.userEdit("Notes", 0, 0, [["Saved from the dev host: æøå"]]);
    });
    await host.settle();
    const before = await doc();
    expect(before.id).toContain('"id"');

    const [download] = await Promise.all([page().waitForEvent("download"), page().getByTestId("save-copy").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");

    // Changed after the copy was saved: opening the copy brings back what it holds.
    await page().evaluate(() => (window as unknown as Window).campaignDesk.sim.userEdit("Notes", 0, 0, [["changed"]]));
    await host.settle();
    await page().evaluate(() => ((window as unknown as Window).beforeOpen = true));
    await page().getByTestId("open-file-input").setInputFiles(file);
    // The copy is opened from another place than its original, on the store that knows the original: a copy meeting
    // its original (M1). The pane asks first; merging keeps the document (and its store).
    await page().getByTestId("copy-merge").click({ timeout: 60000 });
    await page().waitForFunction(
      () => {
        const w = window as unknown as Window;
        return w.beforeOpen === undefined && w.campaignDesk?.ready === true;
      },
      null,
      { timeout: 60000 },
    );
    await host.settle();
    expect(page().url()).not.toContain("fresh");
    await host.grid.selectSheet("Notes");
    expect(await host.grid.cellValue(0, 0)).toBe("Saved from the dev host: æøå");
    // The same document (its id travelled in the file's settings), so the same store; this file got its own instance.
    const after = await doc();
    const idOf = (d: { id: string | undefined }) => (JSON.parse(d.id ?? "{}") as { id?: string }).id;
    expect({ id: idOf(after), dbName: after.dbName }).toEqual({ id: idOf(before), dbName: before.dbName });
    expect(await page().evaluate(() => (window as unknown as Window).cspViolations)).toEqual([]);
  });

  test("a file that is not an .xlsx gives a message, and the workbook stays", async () => {
    await page()
      .getByTestId("open-file-input")
      .setInputFiles({
        name: "prices.xlsx",
        mimeType: "text/csv",
        buffer: Buffer.from("No.;Price\n1000;12,50\n"),
      });
    const message = page().getByTestId("file-message");
    await message.waitFor({ state: "visible" });
    await page().waitForFunction(() => document.getElementById("file-message")?.dataset["kind"] === "error");
    expect(await message.textContent()).toBe(
      "Could not open “prices.xlsx”: This is not an .xlsx workbook (an .xlsx file is a ZIP package).",
    );
    expect(await message.getAttribute("role")).toBe("alert");
    expect(await page().evaluate(() => (window as unknown as Window).campaignDesk.sim.cell("Notes", 0, 0).value)).toBe(
      "Saved from the dev host: æøå",
    );
    expect(await page().evaluate(() => (window as unknown as Window).cspViolations)).toEqual([]);
  });
});
