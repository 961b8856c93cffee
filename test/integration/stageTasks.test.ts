/**
 * Engine scenarios for issue 18 item 5: a sales-cycle stage with an activity code gives its activity's tasks when an
 * opportunity enters it from the Opportunities sheet (TK20), stored with the move and shown on the Tasks sheet; a
 * workbook opened in a new store (its rows arriving with their entries, OP14) makes no second set.
 */
import { contactRows } from "./segmentFixtures";
import { byCaption, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test: 30 s is a limit, never an assertion on time.
jest.setTimeout(30_000);

const CP = "CP0003";
const TODAY = "2026-11-27";
let h: Harness;

const { at, editAt } = byCaption(() => h);
const tasksOf = async (w: Harness) => (await w.store.loadRows("task")).sort((a, b) => a.no.localeCompare(b.no));

const oppRow = (contact: string, value: string, stage = "") => [
  ...["", `Deal ${contact}`, contact, "", "JR", CP, "STD", "", "", "Not Started", "", "", stage, value],
];

/** Salesperson JR, campaign CP, contacts, activity PROP (2 steps), cycle STD whose stage 2 carries PROP. */
async function setUp(w: Harness): Promise<void> {
  await w.bindAll();
  await w.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await w.paste("campaign", 0, [[CP, "Autumn", "2026-09-01", "2026-11-30", "JR", ""]]);
  const setup: [string, string[][]][] = [
    ["contact", contactRows()],
    ["activity", [["PROP", "Proposal"]]],
    [
      "activityStep",
      [
        ["PROP", "1", "Phone Call", "Call about the proposal", "High", ""],
        ["PROP", "2", "", "Send the proposal", "Normal", "1W"],
      ],
    ],
    ["salesCycle", [["STD", "Standard", "Multiply"]]],
    [
      "salesCycleStage",
      [
        ["STD", "1", "Initial", "10", "20", "", ""],
        ["STD", "2", "Proposal", "50", "50", "PROP", ""],
        ["STD", "3", "Negotiation", "80", "70", "", ""],
      ],
    ],
  ];
  for (const [entity, rows] of setup) {
    await w.engine.bind(entity as "contact");
    await w.settle();
    await w.paste(entity, 0, rows);
  }
  await w.engine.bind("task");
  await w.settle();
  await w.engine.bind("opportunity");
  await w.settle();
}

beforeEach(async () => {
  h = await makeHarness("en", { url: "C:\\a.xlsx" });
  await setUp(h);
});
afterEach(() => h.dispose());

test("[TK20] an opportunity moved into a stage with an activity code gets the activity's tasks in the same commit, on the Tasks sheet", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  expect(await tasksOf(h)).toEqual([]); // stage 1 has no activity
  await editAt("Opportunities", 0, "Current Sales Cycle Stage", "2");

  const tasks = await tasksOf(h);
  expect(tasks.map((t) => [t.no, t.description, t.date, t.type, t.priority])).toEqual([
    ["TD0001", "Call about the proposal", TODAY, "PhoneCall", "High"],
    ["TD0002", "Send the proposal", "2026-12-04", "", "Normal"],
  ]);
  expect(tasks[0]).toMatchObject({
    salespersonCode: "JR",
    contactNo: "C01",
    campaignNo: CP,
    opportunityNo: "OP0001",
    activityCode: "PROP",
    status: "NotStarted",
  });
  expect((await h.store.getNumberSeries("TASK"))?.lastNoUsed).toBe("TD0002");
  await h.settle();
  expect([0, 1].map((r) => at("Tasks", r, "No."))).toEqual(["TD0001", "TD0002"]);
  expect(at("Tasks", 0, "Opportunity No.")).toBe("OP0001");

  // An update at the stage, and a move on to a stage without an activity, give no more.
  await editAt("Opportunities", 0, "Estimated Value (LCY)", "12000");
  await editAt("Opportunities", 0, "Current Sales Cycle Stage", "3");
  expect(await tasksOf(h)).toHaveLength(2);
  // Back into stage 2 (Previous) enters it again: a second set.
  await editAt("Opportunities", 0, "Current Sales Cycle Stage", "2");
  expect((await tasksOf(h)).map((t) => t.no)).toEqual(["TD0001", "TD0002", "TD0003", "TD0004"]);
});

test("[TK20] a new opportunity row jumping straight into stage 2 is refused (OP1) and gives no tasks", async () => {
  await h.paste("opportunity", 0, [oppRow("C02", "4000", "2")]);
  expect(await tasksOf(h)).toEqual([]);
});

test("[TK20][OP14] a workbook opened in a new store keeps the stage's tasks and makes no second set", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  await editAt("Opportunities", 0, "Current Sales Cycle Stage", "2");
  await h.settle();
  expect(await tasksOf(h)).toHaveLength(2);
  const away = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  try {
    await away.settle();
    expect((await tasksOf(away)).map((t) => [t.no, t.opportunityNo])).toEqual([
      ["TD0001", "OP0001"],
      ["TD0002", "OP0001"],
    ]);
    expect(await away.store.loadRows("opportunityEntry")).toHaveLength(2);
  } finally {
    await away.dispose();
  }
});

test("[TK22][TK23] the engine gives the pane a salesperson's open tasks (with the document id) and a campaign's counts", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  await editAt("Opportunities", 0, "Current Sales Cycle Stage", "2");
  await editAt("Tasks", 0, "Task Status", "Completed");
  const mine = await h.engine.salespersonTasks("JR");
  expect(mine.tasks.map((t) => t.no)).toEqual(["TD0002"]);
  expect(mine.documentId).not.toBe("");
  expect(mine.readAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(await h.engine.salespersonTasks("AB")).toMatchObject({ tasks: [] });
  expect(await h.engine.campaignTaskCounts(CP)).toEqual([
    { salespersonCode: "JR", open: 1, nextDate: "2026-12-04", overdue: 0 },
  ]);
});

test("[TK20] a new opportunity row typed at a first stage with an activity is numbered and gets its tasks: both series advance", async () => {
  await editAt("Sales Cycle Stages", 0, "Activity Code", "prop");
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1"), oppRow("C02", "4000", "1")]);
  const tasks = await tasksOf(h);
  expect(tasks.map((t) => [t.no, t.opportunityNo])).toEqual([
    ["TD0001", "OP0001"],
    ["TD0002", "OP0001"],
    ["TD0003", "OP0002"],
    ["TD0004", "OP0002"],
  ]);
  expect((await h.store.getNumberSeries("OPPORTUNITY"))?.lastNoUsed).toBe("OP0002");
  expect((await h.store.getNumberSeries("TASK"))?.lastNoUsed).toBe("TD0004");
});
