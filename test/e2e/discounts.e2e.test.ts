/**
 * Issue "Campaign sales prices and line discounts", in Chromium on the dev host: paste 20,000 discount
 * lines into one campaign's own sheet with 200 bad lines of ten kinds, move the campaign's ending date in
 * the card, reload. Checked in the real IndexedDB (through the pane's store) and in the simulated sheet.
 */
import fs from "fs";
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;
const CAMPAIGN = "CP0002"; // 2026-06-01 … 2026-08-15 in the sample workbook
const SHEET = `Discounts ${CAMPAIGN}`;
const N = 20000;
const BAD = 200;

interface Fixture {
  tsv: string;
  bad: { row: number; code: string }[];
}

interface PageState {
  stored: number;
  endingDates: string[];
  flaggedRows: number[];
  issues: { rowIndex: number; code: string; message: string }[];
  statusByRow: Record<number, string>;
  shownEndingDates: string[];
}

/** What the store holds for the campaign, what the sheet shows and which rows the engine flagged. */
async function readState(host: HostPage): Promise<PageState> {
  return host.page.evaluate(
    async ({ sheet, campaign, n }) => {
      type Cd = {
        store: { loadRows(e: string): Promise<{ salesType: string; salesCode: string; endingDate: string }[]> };
        engine: {
          getState(): {
            bindings: { id: string; sheetName: string }[];
            issues: { bindingId: string; rowIndex: number; code: string; message: string; severity: string }[];
          };
        };
        sim: { cell(s: string, r: number, c: number): { value: unknown; text?: string } };
      };
      const cd = (window as unknown as { campaignDesk: Cd }).campaignDesk;
      const rows = (await cd.store.loadRows("salesLineDiscount")).filter(
        (r) => r.salesType === "Campaign" && r.salesCode === campaign,
      );
      const state = cd.engine.getState();
      const binding = state.bindings.find((b) => b.sheetName === sheet);
      const issues = state.issues.filter((i) => i.bindingId === binding?.id && i.severity === "error");
      const header: string[] = [];
      for (let c = 0; c < 30; c++) header.push(String(cd.sim.cell(sheet, 0, c).value));
      const statusCol = header.indexOf("Status");
      const endCol = header.indexOf("Ending Date");
      const statusByRow: Record<number, string> = {};
      const flaggedRows: number[] = [];
      const shownEndingDates = new Set<string>();
      for (let r = 0; r < n; r++) {
        const status = String(cd.sim.cell(sheet, r + 1, statusCol).value);
        if (status !== "") {
          flaggedRows.push(r);
          statusByRow[r] = status;
        } else shownEndingDates.add(String(cd.sim.cell(sheet, r + 1, endCol).value));
      }
      return {
        stored: rows.length,
        endingDates: [...new Set(rows.map((r) => r.endingDate))],
        flaggedRows,
        issues: issues.map((i) => ({ rowIndex: i.rowIndex, code: i.code, message: i.message })),
        statusByRow,
        shownEndingDates: [...shownEndingDates],
      };
    },
    { sheet: SHEET, campaign: CAMPAIGN, n: N },
  );
}

/** Excel serial of an ISO date (the sheet's date cells hold serials). */
function serial(iso: string): string {
  return String(Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000));
}

run("campaign discount lines end to end", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  let fixture: Fixture;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl(), "?fresh");
    await host.page.evaluate(() =>
      (
        window as unknown as { campaignDesk: { fixtures: { seedPricingSetup(n: number): Promise<void> } } }
      ).campaignDesk.fixtures.seedPricingSetup(1000),
    );
    fixture = await host.page.evaluate(
      ({ campaign, n, bad }) =>
        (
          window as unknown as {
            campaignDesk: { fixtures: { campaignDiscountLines(c: string, n: number, b: number): Fixture } };
          }
        ).campaignDesk.fixtures.campaignDiscountLines(campaign, n, bad),
      { campaign: CAMPAIGN, n: N, bad: BAD },
    );
  }, 120000);
  afterAll(async () => session?.close());

  test("the campaign card opens the campaign's own discount sheet", async () => {
    await host.openTab("Campaigns");
    await host.pane().getByTestId("campaign-list").getByText("Summer garden sale").click();
    await host.pane().getByTestId("open-discounts-sheet").click();
    await host.settle();
    await host.grid.selectSheet(SHEET);
    expect(await host.grid.cellValue(0, 0)).not.toBe("");
  });

  test("20,000 pasted lines with 200 bad ones of ten kinds: exactly those are flagged, the rest stored", async () => {
    await host.grid.paste(1, 0, fixture.tsv);
    await host.settle();
    const state = await readState(host);
    expect(fixture.bad).toHaveLength(BAD);
    expect(new Set(fixture.bad.map((b) => b.code)).size).toBe(10);
    expect(state.flaggedRows).toEqual(fixture.bad.map((b) => b.row));
    for (const b of fixture.bad) {
      const mine = state.issues.filter((i) => i.rowIndex === b.row);
      expect(mine.map((i) => i.code)).toContain(b.code);
      for (const i of mine) expect(state.statusByRow[b.row]).toContain(i.message);
    }
    expect(state.stored).toBe(N - BAD);
    expect(state.endingDates).toEqual(["2026-08-15"]);
    const shown = (await host.pane().getByTestId("discount-lines-count").textContent()) ?? "";
    expect(shown.replace(/[^\d]/g, "")).toBe(String(N - BAD));
    const withIssues = host.pane().getByTestId("lines-with-issues");
    expect(await withIssues.getAttribute("data-errors")).toBe(String(BAD));
    // "Go to first issue" selects the first flagged line's cell.
    await host.pane().getByTestId("first-issue").click();
    const wanted = new RegExp(`^[A-Z]+${fixture.bad[0]!.row + 2}$`);
    let address = "";
    for (let i = 0; i < 50 && !wanted.test(address); i++) {
      await host.page.waitForTimeout(100);
      address = (await host.grid.editBar()).address;
    }
    expect(address).toMatch(wanted);
    fs.mkdirSync(path.resolve(__dirname, "../../docs"), { recursive: true });
    await host.page.screenshot({ path: path.resolve(__dirname, "../../docs/campaign-discounts.png") });
  }, 180000);

  test("a new ending date in the card reaches every stored and shown line of the campaign", async () => {
    const ending = host.pane().getByTestId("card-endingDate");
    await ending.fill("2026-09-30");
    await host.pane().getByTestId("card-save").click();
    await host.pane().getByText(`Saved ${CAMPAIGN}.`).waitFor();
    await host.settle();
    const state = await readState(host);
    expect(state.stored).toBe(N - BAD);
    expect(state.endingDates).toEqual(["2026-09-30"]);
    expect(state.shownEndingDates).toEqual([serial("2026-09-30")]);
    expect(state.flaggedRows).toEqual(fixture.bad.map((b) => b.row));
  }, 180000);

  test("after a reload the same lines are stored, shown and flagged", async () => {
    await host.saveFile();
    await host.page.reload();
    await host.open(baseUrl());
    const state = await readState(host);
    expect(state.stored).toBe(N - BAD);
    expect(state.endingDates).toEqual(["2026-09-30"]);
    expect(state.shownEndingDates).toEqual([serial("2026-09-30")]);
    expect(state.flaggedRows).toEqual(fixture.bad.map((b) => b.row));
  }, 180000);
});
