/**
 * Issue 18 item 6, in Chromium on the dev host, through the pane: tasks typed on the Tasks sheet for two salespeople,
 * one of them completed; the Tasks tab's "My tasks calendar" copies JR's open tasks as an iCalendar file, whose text
 * the pane shows; parsed back with ical.js it holds exactly JR's open tasks, all day on their dates (TK22, TK24).
 */
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require("ical.js");

const run = chromiumAvailable() ? describe : describe.skip;

/** A Tasks sheet row: No. blank (numbered TD0001…), description, date, status, priority, salesperson (21 columns). */
const taskRow = (description: string, date: string, status: string, priority: string, salesperson: string) => {
  const row = Array.from({ length: 21 }, () => "");
  [row[2], row[3], row[4], row[5], row[9]] = [description, date, status, priority, salesperson];
  return row;
};

run("[TK24][TK22] a salesperson's open tasks copied as a calendar from the Tasks tab and parsed back", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl(), "?fresh");
    const rows = [
      taskRow("Call Anna about the offer", "2026-12-01", "Not Started", "High", "JR"),
      taskRow("Send the price list", "2026-12-08", "In Progress", "Low", "JR"),
      taskRow("Done already", "2026-11-20", "Completed", "Normal", "JR"),
      taskRow("Peter's call", "2026-12-02", "Not Started", "Normal", "PS"),
    ];
    await host.page.evaluate(async (rows) => {
      type Cd = {
        engine: { bind(e: string, s?: unknown, o?: unknown): Promise<void>; idle(): Promise<void> };
        sim: { userEdit(s: string, r: number, c: number, v: string[][]): void; flushEvents(): Promise<void> };
      };
      const cd = (window as unknown as { campaignDesk: Cd }).campaignDesk;
      await cd.engine.bind("task", undefined, { show: false });
      await cd.engine.idle();
      cd.sim.userEdit("Tasks", 1, 0, rows);
      for (let i = 0; i < 3; i++) {
        await cd.sim.flushEvents();
        await cd.engine.idle();
      }
    }, rows);
    await host.settle();
  }, 180000);
  afterAll(async () => session?.close());

  const pane = () => host.pane();

  test("Copy calendar gives JR's two open tasks as all-day events with stable UIDs; Download is offered here", async () => {
    await host.openTab("Tasks");
    await pane().getByTestId("calendar-salesperson").selectOption("JR"); // a native <select> (SP51)
    await pane().getByTestId("calendar-count").getByText("2 open tasks", { exact: true }).waitFor();
    expect(await pane().getByTestId("calendar-download").isVisible()).toBe(true);

    await pane().getByTestId("calendar-copy").click();
    const field = pane().getByTestId("calendar-text"); // Fluent puts the test id on the textarea itself
    await field.waitFor();
    const text = await field.inputValue();

    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const events = vcalendar
      .getAllSubcomponents("vevent")
      .map((c: unknown) => new ICAL.Event(c))
      .map((e: { uid: string; summary: string; startDate: { isDate: boolean; toString(): string } }) => ({
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toString(),
        allDay: e.startDate.isDate,
      }));
    expect(
      events.map((e: { summary: string; start: string; allDay: boolean }) => [e.summary, e.start, e.allDay]),
    ).toEqual([
      ["Call Anna about the offer", "2026-12-01", true],
      ["Send the price list", "2026-12-08", true],
    ]);
    expect(events[0].uid).toMatch(/^TD0001\..+@campaign-desk$/);
    expect(events[1].uid).toMatch(/^TD0002\..+@campaign-desk$/);

    // Copied again, the same UIDs (a calendar that imports it again updates its events).
    await pane().getByTestId("calendar-copy").click();
    expect(await field.inputValue()).toContain(`UID:${events[0].uid}`);
    await pane()
      .getByTestId("tasks-calendar")
      .screenshot({ path: path.resolve(__dirname, "../../docs/pane-tasks-calendar.png") });
  }, 120000);
});
