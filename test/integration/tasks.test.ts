/**
 * Engine scenarios for issue 18 "Activities and tasks", the sheet part: activities and their steps on their setup
 * sheets (TK9), tasks typed on the Tasks sheet stored and validated (TK10), and closing or canceling a task from its
 * row (TK11): a recurring task closed there gives its next task in the same commit (TK7).
 */
import { byCaption, makeHarness, mergeReturned } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test: 30 s is a limit, never an assertion on time.
jest.setTimeout(30_000);

const SHEET = "Tasks";
const TODAY = "2026-11-27";
let h: Harness;

const { at, editAt } = byCaption(() => h);
const tasks = async () => (await h.store.loadRows("task")).sort((a, b) => a.no.localeCompare(b.no));

/** A task row in the sheet's column order (No. blank: numbered TD0001…). */
const taskRow = (description: string, date: string, salesperson: string, recurring = "", interval = "") => [
  ...["", "", description, date, "Not Started", "Normal", "", "", "", salesperson, "", "", "", "", "", "", ""],
  ...["", recurring, interval, ""],
];

/** The activity INIT, and these rows pasted on the Activity Steps sheet. */
async function pasteSteps(rows: string[][]) {
  await h.engine.bind("activity");
  await h.settle();
  await h.paste("activity", 0, [["INIT", "Initial contact"]]);
  await h.engine.bind("activityStep");
  await h.settle();
  await h.paste("activityStep", 0, rows);
}

beforeEach(async () => {
  h = await makeHarness("en", { url: "C:\\a.xlsx" });
  await h.bindAll();
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await h.engine.bind("task");
  await h.settle();
});
afterEach(() => h.dispose());

test("[TK9] activities and their steps are stored; an unknown activity and a bad date formula are flagged", async () => {
  await pasteSteps([
    ["INIT", "1", "Phone Call", "Call", "High", ""],
    ["INIT", "2", "", "Letter", "Normal", "1W"],
    ["NOPE", "1", "", "Lost", "Normal", ""],
    ["INIT", "3", "", "Odd", "Normal", "2X"],
  ]);
  const steps = (await h.store.loadRows("activityStep")).sort((a, b) => a.stepNo - b.stepNo);
  expect(steps.map((s) => [s.stepNo, s.type, s.dateFormula])).toEqual([
    [1, "PhoneCall", ""],
    [2, "", "1W"],
  ]);
  expect(String(at("Activity Steps", 2, "Status"))).toContain("Activity NOPE does not exist");
  expect(String(at("Activity Steps", 3, "Status"))).not.toBe("");
});

test("[TK5] a clean step's status cell says what its date formula means from today; a note, not an issue", async () => {
  await pasteSteps([
    ["INIT", "1", "Phone Call", "Call", "High", ""],
    ["INIT", "2", "", "Letter", "Normal", "1W"],
    ["INIT", "3", "", "Odd", "Normal", "2X"],
  ]);
  expect(at("Activity Steps", 0, "Status")).toBe("on the start date");
  expect(at("Activity Steps", 1, "Status")).toBe("1W → 2026-12-04 from today");
  // A row with an issue shows the issue, not the note; only that row is counted as one.
  expect(String(at("Activity Steps", 2, "Status"))).toMatch(/^✖/);
  const steps = h.engine.getState().bindings.find((b) => b.entity === "activityStep");
  const issues = h.engine.getState().issues.filter((i) => i.bindingId === steps?.id);
  expect(issues.map((i) => i.rowIndex)).toEqual([2]);
});

test("[TK10] tasks typed on the sheet are numbered and stored; one without a salesperson or team or date is flagged", async () => {
  await h.paste("task", 0, [
    taskRow("Call Anna", "2026-12-01", "JR"),
    taskRow("Nobody's", "2026-12-01", ""),
    taskRow("Undated", "", "JR"),
  ]);
  expect((await tasks()).map((t) => [t.no, t.description, t.date, t.status, t.closed])).toEqual([
    ["TD0001", "Call Anna", "2026-12-01", "NotStarted", false],
  ]);
  expect(at(SHEET, 0, "No.")).toBe("TD0001");
  expect(String(at(SHEET, 1, "Status"))).toContain("a task is always someone's");
  expect(String(at(SHEET, 2, "Status"))).toContain("Enter the task's date");
});

test("[TK11][TK7][TK6] a recurring task completed on the sheet is closed today and its next task is stored with it", async () => {
  await h.paste("task", 0, [taskRow("Weekly call", "2026-11-23", "JR", "TRUE", "1W")]);
  expect((await tasks()).map((t) => t.no)).toEqual(["TD0001"]);
  await editAt(SHEET, 0, "Task Status", "Completed");
  const [closed, next] = await tasks();
  expect(closed).toMatchObject({ no: "TD0001", status: "Completed", closed: true, dateClosed: TODAY, canceled: false });
  expect(next).toMatchObject({
    no: "TD0002",
    description: "Weekly call",
    date: "2026-11-30",
    status: "NotStarted",
    closed: false,
    recurring: true,
    recurringDateInterval: "1W",
    salespersonCode: "JR",
  });
  expect((await h.store.getNumberSeries("TASK"))?.lastNoUsed).toBe("TD0002");
  // The Tasks sheet shows the next task at once: the table is read again after a commit that adds its own rows.
  expect([0, 1].map((r) => at(SHEET, r, "No."))).toEqual(["TD0001", "TD0002"]);
  expect(at(SHEET, 1, "Date")).not.toBe("");
});

test("[TK11][TK8] a task canceled on the sheet is closed and canceled and gives no next task; cleared, it opens again", async () => {
  await h.paste("task", 0, [taskRow("Weekly call", "2026-11-23", "JR", "TRUE", "1W")]);
  await editAt(SHEET, 0, "Canceled", "TRUE");
  expect(await tasks()).toEqual([
    expect.objectContaining({ no: "TD0001", status: "Completed", closed: true, canceled: true, dateClosed: TODAY }),
  ]);
  await editAt(SHEET, 0, "Canceled", "FALSE");
  expect(await tasks()).toEqual([
    expect.objectContaining({ no: "TD0001", status: "InProgress", closed: false, canceled: false, dateClosed: "" }),
  ]);
});

test("[TK11] a recurring task that arrives already closed gives no next task (its next travelled with it)", async () => {
  const row = taskRow("Weekly call", "2026-11-23", "JR", "TRUE", "1W");
  row[0] = "TD0007";
  row[4] = "Completed";
  row[7] = "2026-11-20";
  await h.paste("task", 0, [row]);
  expect(await tasks()).toEqual([expect.objectContaining({ no: "TD0007", closed: true, dateClosed: "2026-11-20" })]);
});

test("[M7][TK13] tasks numbered alike in two copies: the returned one is a key conflict, renumbered with a click", async () => {
  const sales = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  try {
    // Each copy numbers its new task TD0001 from the TASK series the file carries.
    await sales.paste("task", 0, [taskRow("Sales person's call", "2026-12-01", "JR")]);
    await h.paste("task", 0, [taskRow("Marketer's call", "2026-12-02", "JR")]);
    expect((await sales.store.loadRows("task")).map((t) => t.no)).toEqual(["TD0001"]);
    expect((await tasks()).map((t) => [t.no, t.description])).toEqual([["TD0001", "Marketer's call"]]);
    const returned = await mergeReturned(h, sales);
    try {
      const conflicts = returned.engine.getState().issues.filter((i) => i.code === "CONFLICT_KEY");
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.message).toContain("TD0002");
      // The marketer's TD0001 keeps its number until the person chooses.
      expect((await tasks()).map((t) => [t.no, t.description])).toEqual([["TD0001", "Marketer's call"]]);
      await returned.engine.resolveConflict(conflicts[0]!, { renumber: true });
      await returned.settle();
      expect((await tasks()).map((t) => [t.no, t.description])).toEqual([
        ["TD0001", "Marketer's call"],
        ["TD0002", "Sales person's call"],
      ]);
    } finally {
      await returned.dispose();
    }
  } finally {
    await sales.dispose();
  }
});

test("[M9] three tasks numbered alike in two copies are renumbered all at once, each to its own free number", async () => {
  const sales = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  try {
    const rows = (who: string) => [1, 2, 3].map((n) => taskRow(`${who} call ${n}`, "2026-12-01", "JR"));
    await sales.paste("task", 0, rows("Sales"));
    await h.paste("task", 0, rows("Marketer"));
    const returned = await mergeReturned(h, sales);
    try {
      const conflicts = returned.engine.getState().issues.filter((i) => i.code === "CONFLICT_KEY");
      expect(conflicts).toHaveLength(3);
      // As the pane's "Renumber all 3" does: every row's choice set before the sheet's reconcile runs.
      const before = returned.engine.getState().reconcileCount;
      await Promise.all(conflicts.map((c) => returned.engine.resolveConflict(c, { renumber: true })));
      await returned.settle();
      expect(returned.engine.getState().reconcileCount - before).toBeLessThanOrEqual(2);
      expect((await tasks()).map((t) => [t.no, t.description])).toEqual([
        ["TD0001", "Marketer call 1"],
        ["TD0002", "Marketer call 2"],
        ["TD0003", "Marketer call 3"],
        ["TD0004", "Sales call 1"],
        ["TD0005", "Sales call 2"],
        ["TD0006", "Sales call 3"],
      ]);
      expect(returned.engine.getState().issues.filter((i) => i.code === "CONFLICT_KEY")).toEqual([]);
    } finally {
      await returned.dispose();
    }
  } finally {
    await sales.dispose();
  }
});
