/**
 * Issue 18 "Activities and tasks", in Chromium on the dev host, through the pane: a 2-step activity assigned from the
 * Tasks tab to a segment's contacts gives a task set per contact, numbered from TASK, in the store and on the Tasks
 * sheet (TK3, TK12–TK14).
 */
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;

/** Tasks sheet columns (0-based): No., Type, Description, Date. */
const COL = { no: 0, description: 2, date: 3 };

run("[TK3][TK12][TK13][TK14] assigning an activity from the Tasks tab end to end", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  let contacts = 0;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl(), "?fresh");
    // Activity FOLLOW (a call on the start date, a letter a week later) and segment SEG0001 of every company.
    contacts = await host.page.evaluate(async () => {
      type Cd = {
        engine: {
          bind(e: string, s?: unknown, o?: unknown): Promise<void>;
          idle(): Promise<void>;
          saveSegment(h: unknown, o: unknown): Promise<unknown>;
          addContacts(no: string, c: unknown, o: unknown): Promise<{ added: number }>;
        };
        sim: { userEdit(s: string, r: number, c: number, v: string[][]): void; flushEvents(): Promise<void> };
      };
      const cd = (window as unknown as { campaignDesk: Cd }).campaignDesk;
      for (const [entity, sheet, rows] of [
        ["activity", "Activities", [["FOLLOW", "Follow up"]]],
        [
          "activityStep",
          "Activity Steps",
          [
            ["FOLLOW", "1", "Phone Call", "First call", "Normal", ""],
            ["FOLLOW", "2", "", "Letter", "Normal", "1W"],
          ],
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
      const header = {
        no: "",
        description: "Follow-up calls",
        campaignNo: "CP0003",
        campaignTarget: false,
        campaignResponse: false,
        salespersonCode: "JR",
        interactionTemplateCode: "",
        unitCost: 0,
        unitDuration: 0,
        date: "2026-12-01",
      };
      await cd.engine.saveSegment(header, { isNew: true, applyToLines: false });
      const plain = {
        allowExisting: false,
        expandCompanies: false,
        allowRelatedCompanies: false,
        ignoreExclusion: false,
      };
      const { added } = await cd.engine.addContacts("SEG0001", { type: "Company" }, plain);
      await cd.engine.idle();
      return added;
    });
    await host.settle();
  }, 180000);
  afterAll(async () => session?.close());

  const pane = () => host.pane();

  test("the activity assigned to the segment: two tasks per contact, in the store and on the Tasks sheet", async () => {
    expect(contacts).toBeGreaterThan(0);
    await host.openTab("Tasks");
    await pane().getByTestId("assign-activity-code").selectOption("FOLLOW"); // a native <select> (SP51)
    await pane().getByTestId("assign-context-no").selectOption("SEG0001"); // a native <select> (SP51)
    await pane().getByTestId("assign-run").click();
    // BC asks before giving every contact of a segment a task set; Yes is the default.
    await host.page.getByTestId("assign-segment-yes").click();
    await pane().getByTestId("assign-outcome").waitFor({ timeout: 60000 });
    await host.settle();
    const tasks = contacts * 2;
    const last = `TD${String(tasks).padStart(4, "0")}`;
    expect(await pane().getByTestId("assign-outcome").textContent()).toContain(
      `Created ${tasks} tasks, TD0001–${last}, for ${contacts} contacts.`,
    );
    const stored = await host.page.evaluate(async () => {
      const store = (window as unknown as { campaignDesk: { store: { loadRows(e: string): Promise<unknown[]> } } })
        .campaignDesk.store;
      return (await store.loadRows("task")).length;
    });
    expect(stored).toBe(tasks);
    expect(await host.column("Tasks", COL.no, 1, 2)).toEqual(["TD0001", "TD0002"]);
    expect(await host.column("Tasks", COL.description, 1, 2)).toEqual(["First call", "Letter"]);
    expect(await host.column("Tasks", COL.no, tasks, 1)).toEqual([last]);
    await pane()
      .getByTestId("assign-activity")
      .screenshot({ path: path.resolve(__dirname, "../../docs/pane-assign-activity.png") });
    // The Tasks sheet beside the pane, for the README.
    await host.grid.selectSheet("Tasks");
    await host.grid.selectCell(1, COL.no);
    await host.page.screenshot({ path: path.resolve(__dirname, "../../docs/dev-host-tasks.png") });
  }, 180000);
});
