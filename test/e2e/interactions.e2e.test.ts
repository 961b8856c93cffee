/**
 * Issue 16 "What a campaign did", in Chromium on the dev host, through the pane: a segment of 500 companies is logged
 * from the Segments tab (500 interactions and one campaign entry, in the sheets and the store), then a sales person
 * pastes 20 interactions into the Interactions sheet, 3 of them bad: exactly those 3 are flagged (IR1, IR8, IR11).
 */
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;

/** Interactions sheet columns (0-based): Entry No., Date, Contact No., …, Status after Opportunity No. */
const COL = { entryNo: 0, date: 1, contact: 2, template: 4, description: 6, campaign: 7, entry: 8, salesperson: 13 };
const STATUS = 23;

run("[IR1][IR8][IR11] logging a segment and pasting interactions end to end, and the campaign's statistics", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl(), "?fresh");
    // 1,000 companies (500 in territory NORTH) and an interaction template MAIL.
    await host.page.evaluate(async () => {
      type Cd = {
        fixtures: { seedContacts(n: number): Promise<void> };
        engine: { bind(e: string, s?: unknown, o?: unknown): Promise<void>; idle(): Promise<void> };
        sim: { userEdit(s: string, r: number, c: number, v: string[][]): void; flushEvents(): Promise<void> };
      };
      const cd = (window as unknown as { campaignDesk: Cd }).campaignDesk;
      await cd.fixtures.seedContacts(1000);
      for (const [entity, sheet, rows] of [
        ["interactionGroup", "Interaction Groups", [["LETTER", "Letters"]]],
        [
          "interactionTemplate",
          "Interaction Templates",
          [["MAIL", "LETTER", "Mailing", "2", "5", "Outbound", "Us", "", "FALSE", "FALSE"]],
        ],
      ] as const) {
        await cd.engine.bind(entity, undefined, { show: false });
        await cd.engine.idle();
        cd.sim.userEdit(
          sheet,
          1,
          0,
          rows.map((r) => [...r]),
        );
        await cd.sim.flushEvents();
        await cd.engine.idle();
      }
    });
    await host.settle();
  }, 180000);
  afterAll(async () => session?.close());

  const pane = () => host.pane();
  const storeCounts = () =>
    host.page.evaluate(async () => {
      const store = (window as unknown as { campaignDesk: { store: { loadRows(e: string): Promise<unknown[]> } } })
        .campaignDesk.store;
      return {
        interactions: (await store.loadRows("interactionLogEntry")).length,
        entries: (await store.loadRows("campaignEntry")).length,
        logged: (await store.loadRows("loggedSegment")).length,
      };
    });

  test("a 500-line segment logged from the pane: 500 interactions and one campaign entry, in the sheets and the store", async () => {
    await host.openTab("Segments");
    await pane().getByTestId("new-segment").click();
    await pane().getByTestId("segment-description").fill("North mailing");
    await pane().getByTestId("segment-campaign").selectOption("CP0003"); // a native <select> (SP51)
    await pane().getByTestId("segment-salesperson").selectOption("JR"); // a native <select> (SP51)
    await pane().getByTestId("segment-template").selectOption("MAIL"); // a native <select> (SP51)
    await pane().getByTestId("segment-save").click();
    await pane().getByTestId("segment-list").getByText("SEG0001").waitFor();
    await pane().getByTestId("add-contacts-toggle").click();
    await pane().getByTestId("criteria-type").fill("Company");
    await pane().getByTestId("criteria-territoryCode").fill("NORTH");
    await pane().getByTestId("criteria-add").click();
    await pane().getByTestId("criteria-result").waitFor();
    await host.settle();

    await pane().getByTestId("log-segment-open").click();
    await host.page.getByTestId("log-segment-run").click();
    await pane().getByTestId("log-segment-outcome").waitFor({ timeout: 60000 });
    await host.settle();
    expect(await pane().getByTestId("log-segment-outcome").textContent()).toContain(
      "500 interactions and 1 campaign entry",
    );
    expect(await storeCounts()).toEqual({ interactions: 500, entries: 1, logged: 1 });
    const entries = await host.column("Interactions", COL.entry, 1, 500);
    expect(new Set(entries)).toEqual(new Set(["1"]));
    expect(await host.column("Interactions", COL.entryNo, 500, 1)).toEqual(["500"]);
    expect(await host.column("Campaign Entries", 1, 1, 1)).toEqual(["CP0003"]);
    // For the README: the Add contacts section folded away, the outcome in view.
    await pane().getByTestId("add-contacts-toggle").click();
    await pane().getByTestId("log-segment-outcome").scrollIntoViewIfNeeded();
    await host.pane().screenshot({ path: path.resolve(__dirname, "../../docs/pane-log-segment.png") });
  }, 180000);

  test("20 pasted interactions, 3 of them bad: exactly those 3 are flagged, the others stored", async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 20; i++) {
      const row = Array.from({ length: 23 }, () => "");
      row[COL.date] = "2026-10-0" + String(1 + (i % 9));
      row[COL.contact] = `K${String(600 + i).padStart(4, "0")}`;
      row[COL.template] = "MAIL";
      row[COL.description] = `Call ${i + 1}`;
      row[COL.campaign] = "CP0003";
      row[COL.salesperson] = "JR";
      rows.push(row);
    }
    rows[2]![COL.contact] = "NOPE";
    rows[8]![COL.date] = "";
    rows[14]![COL.template] = "ZZZ";
    await host.page.evaluate((rows) => {
      const sim = (
        window as unknown as {
          campaignDesk: { sim: { userEdit(s: string, r: number, c: number, v: string[][]): void } };
        }
      ).campaignDesk.sim;
      sim.userEdit("Interactions", 501, 0, rows);
    }, rows);
    await host.settle();
    const status = await host.column("Interactions", STATUS, 501, 20);
    const flagged = status.flatMap((s, i) => (s.startsWith("\u2716") ? [i] : []));
    expect(flagged).toEqual([2, 8, 14]);
    expect(await storeCounts()).toEqual({ interactions: 517, entries: 2, logged: 1 });
  }, 120000);

  test("[CS7] the campaign card's statistics and the statistics sheet's native chart show the same numbers", async () => {
    await host.openTab("Campaigns");
    await pane().getByTestId("campaign-list").getByText("Autumn office chairs").click();
    await pane().getByTestId("card-statistics-toggle").click();
    await pane().getByTestId("campaign-statistics").waitFor();
    const shown = {
      contacted: await pane().getByTestId("stats-contacted").textContent(),
      cost: await pane().getByTestId("stats-cost").textContent(),
    };
    await pane().getByTestId("card-statistics-sheet").click();
    await host.settle();
    const sheet = await host.page.evaluate(async () => {
      type Run = (f: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
      const sim = (
        window as unknown as {
          campaignDesk: { sim: { run: Run; cell(s: string, r: number, c: number): { value: unknown } } };
        }
      ).campaignDesk.sim;
      const values = (await sim.run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Statistics CP0003").charts.getItem("CampaignDesk_CP0003");
        const all = chart.series.getItemAt(0).getDimensionValues("Values");
        const contacted = chart.series.getItemAt(1).getDimensionValues("Values");
        await context.sync();
        return [all.value, contacted.value];
      })) as string[][];
      const sum = (list: string[]) => list.reduce((n, v) => n + Number(v), 0);
      return {
        interactions: sum(values[0]!),
        contacted: sum(values[1]!),
        cost: sim.cell("Statistics CP0003", 4, 1).value,
      };
    });
    expect(Number(shown.contacted?.replace(/,/g, ""))).toBe(sheet.contacted);
    expect(Number(shown.cost?.replace(/,/g, ""))).toBe(sheet.cost);
    expect(sheet.cost).toBe(517 * 2); // 500 logged and 17 pasted mailings at 2 each
    expect(sheet.interactions).toBe(517);
    await pane().getByTestId("campaign-statistics").scrollIntoViewIfNeeded();
    await host.pane().screenshot({ path: path.resolve(__dirname, "../../docs/pane-statistics.png") });
  }, 120000);

  test("[CS7][OP11] two opportunities closed from their sheet, one won and one lost: the card and the chart sheet agree", async () => {
    await host.page.evaluate(async () => {
      type Cd = {
        engine: { bind(e: string, s?: unknown, o?: unknown): Promise<void>; idle(): Promise<void> };
        sim: { userEdit(s: string, r: number, c: number, v: string[][]): void; flushEvents(): Promise<void> };
      };
      const cd = (window as unknown as { campaignDesk: Cd }).campaignDesk;
      const settle = async () => {
        for (let i = 0; i < 3; i++) {
          await cd.sim.flushEvents();
          await cd.engine.idle();
        }
      };
      const sheets: [string, string, string[][]][] = [
        ["salesCycle", "Sales Cycles", [["STD", "Standard", "Multiply"]]],
        [
          "salesCycleStage",
          "Sales Cycle Stages",
          [
            ["STD", "1", "Initial", "10", "20", "", ""],
            ["STD", "2", "Proposal", "50", "50", "", ""],
          ],
        ],
        [
          "opportunity",
          "Opportunities",
          ["K0600", "K0601"].map((c) => [
            "",
            `Deal ${c}`,
            c,
            "",
            "JR",
            "CP0003",
            "STD",
            "",
            "",
            "Not Started",
            "",
            "",
            "",
            "5000",
          ]),
        ],
      ];
      for (const [entity, sheet, rows] of sheets) {
        await cd.engine.bind(entity, undefined, { show: false });
        await settle();
        cd.sim.userEdit(sheet, 1, 0, rows);
        await settle();
      }
      // Current Sales Cycle Stage (column 12) to 1, then Opportunity Status (column 9) Won and Lost.
      cd.sim.userEdit("Opportunities", 1, 12, [["1"], ["1"]]);
      await settle();
      cd.sim.userEdit("Opportunities", 1, 9, [["Won"], ["Lost"]]);
      await settle();
    });
    await host.settle();
    const wonLost = pane().getByTestId("stats-won-lost");
    for (let i = 0; i < 50 && (await wonLost.textContent()) !== "1 / 1"; i++) await host.page.waitForTimeout(100);
    expect(await wonLost.textContent()).toBe("1 / 1");
    expect(await pane().getByTestId("stats-win-rate").textContent()).toBe("50%");
    expect(await pane().getByTestId("stats-opportunities").textContent()).toBe("2");
    // The statistics sheet (figures in column B: Won row 12, Lost row 13, Win rate row 14) follows the moves.
    expect(await host.column("Statistics CP0003", 1, 8, 6)).toEqual(["2", "5000", "5000", "1", "1", "50"]);
  }, 120000);
});
