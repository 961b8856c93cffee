/**
 * Issue "Campaigns end to end", in Chromium on the dev host: type, paste 1,000 rows with 50 bad ones,
 * reload, edit in the card. Rows are checked in the real IndexedDB and in the simulated sheet.
 */
import fs from "fs";
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";
import { badCampaignRows } from "./support/campaignFixture";

const run = chromiumAvailable() ? describe : describe.skip;
const SHEET = "Campaigns";
const STATUS_COL = 7;

run("campaigns end to end", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl());
  });
  afterAll(async () => session?.close());

  test("the demo workbook opens with the sample campaigns stored", async () => {
    const stored = await host.storedRows<{ no: string }>("campaign");
    expect(stored.map((c) => c.no).sort()).toEqual(["CP0001", "CP0002", "CP0003", "CP0004"]);
    await expect(host.pane().getByTestId("binding-campaign-counts").textContent()).resolves.toContain("4");
  });

  test("a campaign typed into the grid is in IndexedDB and in the pane", async () => {
    await host.grid.selectSheet(SHEET);
    await host.grid.typeInto(5, 0, "cp0100");
    await host.grid.typeInto(5, 1, "Typed in the grid");
    await host.grid.typeInto(5, 2, "2026-05-01");
    await host.grid.typeInto(5, 3, "31-05-2026");
    await host.settle();
    const stored = await host.storedRows<{ no: string; description: string; startingDate: string; endingDate: string }>(
      "campaign",
    );
    expect(stored.find((c) => c.no === "CP0100")).toMatchObject({
      description: "Typed in the grid",
      startingDate: "2026-05-01",
      endingDate: "2026-05-31",
    });
    await host.openTab("Campaigns");
    await expect(host.pane().getByTestId("campaign-list").textContent()).resolves.toContain("Typed in the grid");
    // The code was normalised and written back in upper case.
    expect(await host.grid.cellValue(5, 0)).toBe("CP0100");
  });

  test("1,000 pasted rows with 50 bad ones: the 50 are flagged with the right message, 950 stored", async () => {
    const { tsv, expected } = badCampaignRows(1000);
    await host.grid.selectSheet(SHEET);
    await host.grid.paste(6, 0, tsv);
    await host.settle();
    const stored = await host.storedRows<{ no: string }>("campaign");
    expect(stored.length).toBe(5 + 950);
    const status = await host.column(SHEET, STATUS_COL, 6, 1000);
    const flagged = status.map((s, i) => [i, s] as const).filter(([, s]) => s !== "");
    expect(flagged.map(([i]) => i)).toEqual(expected.map((e) => e.index));
    for (const e of expected) expect(status[e.index]).toContain(e.messagePart);
    const fills = await host.page.evaluate(
      (rows) =>
        rows.map(
          (r) =>
            (
              window as unknown as {
                campaignDesk: { sim: { cell(s: string, r: number, c: number): { fill: string | null } } };
              }
            ).campaignDesk.sim.cell("Campaigns", r, 7).fill,
        ),
      expected.map((e) => 6 + e.index),
    );
    expect(fills.every((f: string | null) => f === "#FFC7CE")).toBe(true);
  });

  test("after a reload everything is still stored and the 50 are still flagged", async () => {
    await host.saveFile();
    await host.page.reload();
    await host.open(baseUrl());
    const stored = await host.storedRows("campaign");
    expect(stored.length).toBe(955);
    const { expected } = badCampaignRows(1000);
    const status = await host.column(SHEET, STATUS_COL, 6, 1000);
    expect(status.filter((s) => s !== "").length).toBe(50);
    for (const e of expected) expect(status[e.index]).toContain(e.messagePart);
    await host.openTab(/Issues/);
    // The Issues tab is a lazy chunk (SP1): its list shows a moment after the tab is selected.
    await host.pane().getByTestId("issue-item").first().waitFor();
    await expect(host.pane().getByTestId("issue-item").count()).resolves.toBeGreaterThanOrEqual(50);
  });

  test("editing a campaign in the card changes its cell", async () => {
    await host.openTab("Campaigns");
    await host.pane().getByTestId("campaign-list").getByText("Summer garden sale").click();
    const description = host.pane().getByTestId("card-description");
    await description.fill("Summer garden sale – extended");
    await host.pane().getByTestId("card-save").click();
    await host.pane().getByText("Saved CP0002.").waitFor();
    await host.settle();
    expect(await host.grid.cellValue(2, 1)).toBe("Summer garden sale – extended");
    const stored = await host.storedRows<{ no: string; description: string }>("campaign");
    expect(stored.find((c) => c.no === "CP0002")?.description).toBe("Summer garden sale – extended");
    await host.openTab(/Issues/);
    await host.grid.selectCell(6 + 7, STATUS_COL); // a flagged row, for the README screenshot
    fs.mkdirSync(path.resolve(__dirname, "../../docs"), { recursive: true });
    await host.page.screenshot({ path: path.resolve(__dirname, "../../docs/dev-host.png") });
  });
});
