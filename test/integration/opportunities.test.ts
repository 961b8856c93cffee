/**
 * Engine scenarios for issue 17 item 1 "What a campaign earned": sales cycles and their stages on their setup sheets,
 * opportunities moved through their stages from the Opportunities sheet (OP11), a refused move flagged (OP11), a
 * closed opportunity's fields put back (OP12), and the campaign statistics counting the won and lost (OP13, CS4).
 */
import { contactRows } from "./segmentFixtures";
import { byCaption, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test: 30 s is a limit, never an assertion on time.
jest.setTimeout(30_000);

const CP = "CP0003";
const SHEET = "Opportunities";
let h: Harness;

const { col, at, editAt } = byCaption(() => h);
const entries = async () => (await h.store.loadRows("opportunityEntry")).sort((a, b) => a.entryNo - b.entryNo);
const opportunity = async (no: string) => (await h.store.loadRows("opportunity")).find((o) => o.no === no);

/** An opportunity row in the sheet's column order (No. blank: numbered OP0001…). */
const oppRow = (contact: string, value: string, stage = "") => [
  ...["", `Deal ${contact}`, contact, "", "JR", CP, "STD", "", "", "Not Started", "", "", stage, value],
];

/** Salesperson JR, campaign CP, contacts, sales cycle STD (Multiply) with three stages, the Opportunities sheet. */
async function setUp(w: Harness): Promise<void> {
  await w.bindAll();
  await w.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await w.paste("campaign", 0, [[CP, "Autumn", "2026-09-01", "2026-11-30", "JR", ""]]);
  const setup: [string, string[][]][] = [
    ["contact", contactRows()],
    ["salesCycle", [["STD", "Standard", "Multiply"]]],
    [
      "salesCycleStage",
      [
        ["STD", "1", "Initial", "10", "20", "", ""],
        ["STD", "2", "Proposal", "50", "50", "", ""],
        ["STD", "3", "Negotiation", "80", "70", "", "1W"],
      ],
    ],
  ];
  for (const [entity, rows] of setup) {
    await w.engine.bind(entity as "contact");
    await w.settle();
    await w.paste(entity, 0, rows);
  }
  // Only the Opportunities sheet: the entries' sheet comes with the first move (OP13).
  await w.engine.bind("opportunity");
  await w.settle();
}

beforeEach(async () => {
  h = await makeHarness("en", { url: "C:\\a.xlsx" });
  await setUp(h);
});
afterEach(() => h.dispose());

test("[OP8] stages are stored with their cycle; an unknown cycle and a repeated stage are flagged", async () => {
  expect((await h.store.loadRows("salesCycleStage")).map((s) => s.stage).sort()).toEqual([1, 2, 3]);
  await h.paste("salesCycleStage", 3, [
    ["NOPE", "1", "Lost cycle", "10", "10", "", ""],
    ["STD", "2", "Again", "10", "10", "", ""],
  ]);
  expect(String(at("Sales Cycle Stages", 3, "Status"))).toContain("Sales cycle NOPE does not exist");
  expect(String(at("Sales Cycle Stages", 4, "Status"))).not.toBe("");
  expect(await h.store.countRows("salesCycleStage")).toBe(3);
});

test("[OP11][OP1][OP3] a new opportunity moved next, next and won from the sheet has 3 entries, one active, and the won figures", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000")]);
  const created = await opportunity("OP0001");
  expect(created).toMatchObject({
    status: "NotStarted",
    currentStage: 0,
    estimatedValue: 10000,
    contactCompanyNo: "C01",
  });
  expect(await entries()).toEqual([]);

  await editAt(SHEET, 0, "Current Sales Cycle Stage", "1");
  expect(await opportunity("OP0001")).toMatchObject({ status: "InProgress", currentStage: 1, probabilityPct: 2 });
  expect(at(SHEET, 0, "Calcd. Current Value (LCY)")).toBe(200);
  await editAt(SHEET, 0, "Current Sales Cycle Stage", "2");
  expect(await opportunity("OP0001")).toMatchObject({ currentStage: 2, chancesOfSuccessPct: 50, probabilityPct: 25 });
  await editAt(SHEET, 0, "Opportunity Status", "Won");

  const won = await opportunity("OP0001");
  expect(won).toMatchObject({ status: "Won", closed: true, currentStage: 2, estimatedValue: 10000 });
  expect(won).toMatchObject({
    chancesOfSuccessPct: 100,
    completedPct: 100,
    probabilityPct: 100,
    calcdCurrentValue: 10000,
  });
  const all = await entries();
  expect(all.map((e) => [e.entryNo, e.actionTaken, e.salesCycleStage, e.previousStage, e.active])).toEqual([
    [1, "Next", 1, 0, false],
    [2, "Next", 2, 1, false],
    [3, "Won", 2, 2, true],
  ]);
  expect(all.every((e) => e.opportunityNo === "OP0001" && e.campaignNo === CP)).toBe(true);
  // The sheets show it: the derived fields written back, the entries in their own sheet.
  expect(at(SHEET, 0, "Probability %")).toBe(100);
  expect(at(SHEET, 0, "Closed")).toBe(true);
  expect(at("Opportunity Entries", 2, "Action Taken")).toBe("Won");
});

test("[OP11] a refused move flags the row with the reason and stores nothing of it", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "5000", "1")]);
  expect(await opportunity("OP0001")).toMatchObject({ currentStage: 1, status: "InProgress" });
  expect(await entries()).toHaveLength(1);

  await editAt(SHEET, 0, "Current Sales Cycle Stage", "9");
  expect(String(at(SHEET, 0, "Status"))).toContain("Sales cycle STD has no stage 9");
  expect(await opportunity("OP0001")).toMatchObject({ currentStage: 1 });
  expect(await entries()).toHaveLength(1);
});

test("[OP12][OP5] a closed opportunity's fields are put back; Status In Progress reopens it", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "5000", "1")]);
  await editAt(SHEET, 0, "Opportunity Status", "Lost");
  expect(await opportunity("OP0001")).toMatchObject({ status: "Lost", closed: true, estimatedValue: 0 });
  await editAt(SHEET, 0, "Description", "Changed");
  expect(at(SHEET, 0, "Description")).toBe("Deal C01");
  expect(String(at(SHEET, 0, "Status"))).toContain("is closed");
  await editAt(SHEET, 0, "Opportunity Status", "In Progress");
  expect(await opportunity("OP0001")).toMatchObject({ status: "InProgress", closed: false, dateClosed: "" });
  expect((await entries()).filter((e) => e.active).map((e) => e.actionTaken)).toEqual(["Updated"]);
});

test("[OP13] the entries a move writes travel: the Opportunity Entries sheet is made with the first move", async () => {
  expect(h.sheetOf("opportunityEntry")).toBe("");
  await h.paste("opportunity", 0, [oppRow("C01", "5000", "1")]);
  expect(h.sheetOf("opportunityEntry")).toBe("Opportunity Entries");
  expect(at("Opportunity Entries", 0, "Action Taken")).toBe("Next");
});

test("[OP13][CS4] campaign statistics count the opportunities' active entries: won, lost, win rate", async () => {
  await h.paste("opportunity", 0, [
    oppRow("C01", "10000", "1"),
    oppRow("C02", "4000", "1"),
    oppRow("C03", "2000", "1"),
  ]);
  await editAt(SHEET, 0, "Opportunity Status", "Won");
  await editAt(SHEET, 1, "Opportunity Status", "Lost");
  const stats = await h.engine.campaignStatistics(CP);
  expect(stats).toMatchObject({ opportunities: 3, won: 1, lost: 1, winRatePct: 50 });
  expect(stats.estimatedValue).toBe(12000);
});

/** The figure next to a label on the campaign's statistics sheet. */
function statisticsFigure(label: string): unknown {
  const sheet = `Statistics ${CP}`;
  for (let r = 0; r < 30; r++) if (h.sim.cell(sheet, r, 0).value === label) return h.sim.cell(sheet, r, 1).value;
  throw new Error(`no ${label} on ${sheet}`);
}

test("[OP13][CS7] the statistics sheet is rewritten after this pane's own opportunity moves", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  await h.engine.writeStatisticsSheet(CP);
  expect(statisticsFigure("Won")).toBe(0);
  await editAt(SHEET, 0, "Opportunity Status", "Won");
  expect(statisticsFigure("Won")).toBe(1);
});

test("[OP14] a workbook opened in a new store (a copy sent away) keeps its opportunities and entries: no second move", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  await editAt(SHEET, 0, "Current Sales Cycle Stage", "2");
  const away = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  try {
    await away.settle();
    const moved = (await away.store.loadRows("opportunityEntry")).sort((a, b) => a.entryNo - b.entryNo);
    expect(moved.map((e) => [e.entryNo, e.actionTaken, e.active])).toEqual([
      [1, "Next", false],
      [2, "Next", true],
    ]);
    const [o] = await away.store.loadRows("opportunity");
    expect(o).toMatchObject({ no: "OP0001", currentStage: 2, probabilityPct: 25, status: "InProgress" });
    expect(away.engine.getState().issues).toEqual([]);
  } finally {
    await away.dispose();
  }
});

test("[OP14] a copy sent away, its opportunity moved there and returned, merges back with the entry of that move, no second move", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "10000", "1")]);
  await editAt(SHEET, 0, "Current Sales Cycle Stage", "2");
  const away = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  await away.settle();
  const c = (caption: string) => {
    for (let col = 0; col < 40; col++) if (away.sim.cell(SHEET, 0, col).value === caption) return col;
    throw new Error(caption);
  };
  away.sim.userEdit(SHEET, 1, c("Current Sales Cycle Stage"), [["3"]]);
  await away.settle();
  const returned = await makeHarness("en", {
    file: away.sim.save(),
    dbName: h.dbName,
    url: "C:\\a (returned).xlsx",
    onCopy: "merge",
  });
  try {
    await returned.settle();
    await h.settle();
    const merged = await entries();

    // The move made away arrives as its entry; no second move is made here (no entry 4).
    expect(merged.map((e) => [e.entryNo, e.salesCycleStage, e.actionTaken])).toEqual([
      [1, 1, "Next"],
      [2, 2, "Next"],
      [3, 3, "Next"],
    ]);
    expect(merged[2]?.active).toBe(true);
    expect(await opportunity("OP0001")).toMatchObject({ currentStage: 3, chancesOfSuccessPct: 70, probabilityPct: 56 });
    // Known limit (docs/spec/opportunity-rules.md OP14): entry 2's deactivation meets this store's version as a
    // conflict the person resolves in the pane; it is not merged silently.
  } finally {
    await returned.dispose();
    await away.dispose();
  }
});

test("[OP16] an opportunity in progress is put back when deleted; a closed one takes its entries along", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "5000", "1"), oppRow("C02", "3000", "1")]);
  await editAt(SHEET, 1, "Opportunity Status", "Lost");
  expect(await entries()).toHaveLength(3);
  const firstBody = col(SHEET, "No.").row + 1;
  h.sim.userDeleteRows(SHEET, firstBody, 2);
  await h.settle();
  expect((await h.store.loadRows("opportunity")).map((o) => o.no)).toEqual(["OP0001"]);
  expect(String(at(SHEET, 0, "Status"))).toContain("is in progress");
  expect((await entries()).map((e) => e.opportunityNo)).toEqual(["OP0001"]);
});

test("[OP11][OP2] a changed Estimated Value updates the opportunity at its stage: an Updated entry with the new value", async () => {
  await h.paste("opportunity", 0, [oppRow("C01", "5000", "1")]);
  await editAt(SHEET, 0, "Estimated Value (LCY)", "8000");
  expect(await opportunity("OP0001")).toMatchObject({ currentStage: 1, estimatedValue: 8000, calcdCurrentValue: 160 });
  expect((await entries()).map((e) => [e.actionTaken, e.estimatedValue, e.active])).toEqual([
    ["Next", 5000, false],
    ["Updated", 8000, true],
  ]);
});
