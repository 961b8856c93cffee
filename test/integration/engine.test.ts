/**
 * Engine scenarios (issue "Campaigns end to end", item 8) over the simulator and Dexie: typing, pasting,
 * deleting, sorting, renamed headers, deleted tables, edits during a reconcile, the card.
 */
import { C, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [
    ["PLANNED", "Planned"],
    ["ACTIVE", "Active"],
  ]);
  await h.paste("salesperson", 0, [
    ["JR", "Jim", "jim@x.example", "FALSE"],
    ["HR", "Helen", "", "TRUE"],
  ]);
});
afterEach(() => h.dispose());

const campaigns = async () => (await h.store.loadRows("campaign")).sort((a, b) => a.no.localeCompare(b.no));

test("[E1] typing one row stores it and writes back the row id, version and normalised values", async () => {
  // "1 March 2026" reaches the add-in as text (en-US Excel would read "01-03-2026" as 3 January, PS12).
  await h.paste("campaign", 0, [[" cp0007 ", "Spring", "1 March 2026", "2026-03-31", "jr", "planned"]]);
  const [c] = await campaigns();
  expect(c).toMatchObject({
    no: "CP0007",
    description: "Spring",
    startingDate: "2026-03-01",
    endingDate: "2026-03-31",
    salespersonCode: "JR",
    statusCode: "PLANNED",
    lastDateModified: "2026-11-27",
    rowVersion: 1,
  });
  expect(h.cell("campaign", 0, C.no).value).toBe("CP0007");
  expect(h.cell("campaign", 0, C.rowId).value).toBe(c!.rowId);
  expect(h.cell("campaign", 0, C.version).value).toBe("1");
  expect(h.cell("campaign", 0, C.issues).value).toBe("");
});

test("[E2] a blank number takes the next number of the series", async () => {
  await h.paste("campaign", 0, [
    ["", "A", "", "", "", ""],
    ["", "B", "", "", "", ""],
  ]);
  expect((await campaigns()).map((c) => [c.no, c.description])).toEqual([
    ["CP0001", "A"],
    ["CP0002", "B"],
  ]);
  expect(h.cell("campaign", 1, C.no).value).toBe("CP0002");
  expect((await h.store.getNumberSeries("CAMPAIGN"))?.lastNoUsed).toBe("CP0002");
});

test("[E3] pasting 3,000 rows stores them all with a handful of syncs", async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [
    `P${i}`,
    `Pasted ${i}`,
    "2026-04-01",
    "2026-04-30",
    "JR",
    "ACTIVE",
  ]);
  const before = h.sim.counters().syncs;
  await h.paste("campaign", 0, rows);
  expect((await campaigns()).length).toBe(3000);
  expect(h.sim.counters().syncs - before).toBeLessThan(20);
  expect(h.engine.getState().issues).toEqual([]);
});

test("[E4] bad cells are flagged at the cell with a message, the row is not stored and the typed text is kept", async () => {
  await h.paste("campaign", 0, [
    ["CP1", "ok", "2026-01-01", "2026-01-31", "JR", ""],
    ["CP2", "bad dates", "2026-02-10", "2026-02-01", "", ""],
    ["CP3", "bad date", "tomorrow", "", "", ""],
    ["CP4", "blocked", "", "", "HR", "NOPE"],
  ]);
  expect((await campaigns()).map((c) => c.no)).toEqual(["CP1"]);
  const issues = h.engine.getState().issues;
  expect(issues.map((i) => [i.rowIndex, i.code]).sort()).toEqual([
    [1, "CAMPAIGN_DATES_ORDER"],
    [2, "INVALID_DATE"],
    [3, "SALESPERSON_BLOCKED"],
    [3, "UNKNOWN_STATUS"],
  ]);
  expect(h.cell("campaign", 2, C.start).value).toBe("tomorrow");
  expect(String(h.cell("campaign", 1, C.issues).value)).toContain("is after ending date");
  expect(h.cell("campaign", 1, C.end).fill).toBe("#FFC7CE");
  expect(h.cell("campaign", 0, C.end).fill).toBeNull();
});

test("[E5] fixing a flagged cell stores the row and clears its highlighting", async () => {
  await h.paste("campaign", 0, [["CP2", "bad dates", "2026-02-10", "2026-02-01", "", ""]]);
  expect(h.cell("campaign", 0, C.end).fill).toBe("#FFC7CE");
  await h.paste("campaign", 0, [["CP2", "bad dates", "2026-02-10", "2026-02-28", "", ""]]);
  expect((await campaigns()).map((c) => c.endingDate)).toEqual(["2026-02-28"]);
  expect(h.cell("campaign", 0, C.end).fill).toBeNull();
  expect(h.cell("campaign", 0, C.issues).value).toBe("");
});

test("[E6] a duplicate number marks both rows; neither new row is stored", async () => {
  await h.paste("campaign", 0, [
    ["CP1", "a", "", "", "", ""],
    ["CP1", "b", "", "", "", ""],
  ]);
  expect(await campaigns()).toEqual([]);
  expect(
    h.engine
      .getState()
      .issues.filter((i) => i.code === "DUPLICATE_KEY")
      .map((i) => i.rowIndex),
  ).toEqual([0, 1]);
});

test("[E7] deleting rows in the sheet deletes them from the store; sorting changes nothing", async () => {
  await h.paste("campaign", 0, [
    ["CP3", "c", "", "", "", ""],
    ["CP1", "a", "", "", "", ""],
    ["CP2", "b", "", "", "", ""],
  ]);
  const versions = (await campaigns()).map((c) => c.rowVersion);
  h.sim.userSortTable("CampaignTable", C.no, true);
  await h.settle();
  expect((await campaigns()).map((c) => c.rowVersion)).toEqual(versions);
  expect(h.cell("campaign", 0, C.no).value).toBe("CP1");
  h.sim.userDeleteRows(h.sheetOf("campaign"), 1, 1); // body row 0 = CP1 after the sort
  await h.settle();
  expect((await campaigns()).map((c) => c.no)).toEqual(["CP2", "CP3"]);
});

test("[E8] a renamed header is reported and nothing is stored or deleted until it is fixed; a moved column is fine", async () => {
  await h.paste("campaign", 0, [["CP1", "a", "", "", "", ""]]);
  h.sim.userEdit(h.sheetOf("campaign"), 0, C.description, [["Desc"]]);
  await h.settle();
  const view = h.engine.getState().bindings.find((b) => b.entity === "campaign")!;
  expect(view.health).toBe("header");
  expect(view.problems.join(" ")).toContain("Description");
  await h.paste("campaign", 1, [["CP2", "b", "", "", "", ""]]);
  expect((await campaigns()).map((c) => c.no)).toEqual(["CP1"]);
  // The Danish caption is accepted too.
  h.sim.userEdit(h.sheetOf("campaign"), 0, C.description, [["Beskrivelse"]]);
  await h.settle();
  expect(h.engine.getState().bindings.find((b) => b.entity === "campaign")!.health).toBe("ok");
  expect((await campaigns()).map((c) => c.no)).toEqual(["CP1", "CP2"]);
});

test("[E9] a deleted table marks the binding broken without losing stored rows; Recreate rebuilds it", async () => {
  await h.paste("campaign", 0, [
    ["CP1", "a", "", "", "", ""],
    ["CP2", "b", "", "", "", ""],
  ]);
  h.sim.userDeleteTable("CampaignTable");
  await h.engine.reconcile(h.engine.getState().bindings.find((b) => b.entity === "campaign")!.id);
  await h.settle();
  const view = h.engine.getState().bindings.find((b) => b.entity === "campaign")!;
  expect(view.health).toBe("broken");
  expect(view.problems[0]).toContain("Recreate");
  expect((await campaigns()).length).toBe(2);
  await h.engine.recreate(view.id);
  await h.settle();
  expect(h.engine.getState().bindings.find((b) => b.entity === "campaign")!.health).toBe("ok");
  const shown = [h.cell("campaign", 0, C.no).value, h.cell("campaign", 1, C.no).value].sort();
  expect(shown).toEqual(["CP1", "CP2"]);
});

test("[E10] a deleted sheet is reported, not a crash", async () => {
  h.sim.userDeleteSheet(h.sheetOf("salesperson"));
  await h.engine.reconcileAll();
  const view = h.engine.getState().bindings.find((b) => b.entity === "salesperson")!;
  expect(view.health).toBe("broken");
  expect(h.engine.getState().error).toBeNull();
});

test("[E11] edits that arrive while a reconcile runs are all stored", async () => {
  const sheet = h.sheetOf("campaign");
  h.sim.userEdit(sheet, 1, 0, [["CP1", "first", "", "", "", ""]]);
  const first = h.engine.reconcile(h.engine.getState().bindings.find((b) => b.entity === "campaign")!.id);
  h.sim.userEdit(sheet, 2, 0, [["CP2", "second", "", "", "", ""]]);
  await first;
  await h.settle();
  expect((await campaigns()).map((c) => c.description)).toEqual(["first", "second"]);
});

test("[E12] removing a status that campaigns use flags those campaigns again", async () => {
  await h.paste("campaign", 0, [["CP1", "a", "", "", "", "ACTIVE"]]);
  h.sim.userDeleteRows(h.sheetOf("campaignStatus"), 2, 1); // ACTIVE
  await h.settle();
  expect(h.engine.getState().issues.map((i) => i.code)).toEqual(["UNKNOWN_STATUS"]);
  // The stored campaign keeps its last valid version: nothing is lost.
  expect((await campaigns()).map((c) => c.statusCode)).toEqual(["ACTIVE"]);
});

test("[E13] the card saves through the same rules and the sheet row follows", async () => {
  await h.paste("campaign", 0, [["CP1", "a", "2026-01-01", "2026-01-31", "", ""]]);
  const [c] = await campaigns();
  const bad = await h.engine.saveCampaign(c!.rowId, { ...c!, endingDate: "2025-12-01" });
  expect(bad.ok).toBe(false);
  expect(bad.issues.map((i) => i.code)).toEqual(["CAMPAIGN_DATES_ORDER"]);
  const good = await h.engine.saveCampaign(c!.rowId, { ...c!, description: "from the card" });
  expect(good.ok).toBe(true);
  expect(h.cell("campaign", 0, C.description).value).toBe("from the card");
  expect(h.cell("campaign", 0, C.version).value).toBe("2");
  const created = await h.engine.saveCampaign(null, {
    no: "",
    description: "new",
    startingDate: "",
    endingDate: "",
    salespersonCode: "",
    statusCode: "",
    lastDateModified: "",
  });
  expect(created.saved?.no).toBe("CP0001");
  expect(h.cell("campaign", 1, C.no).value).toBe("CP0001");
  await h.settle();
  expect((await campaigns()).length).toBe(2);
});

test("[E14] a shared text cell that looks like a formula stays text", async () => {
  await h.paste("campaign", 0, [["CP1", '\'=HYPERLINK("http://x")', "", "", "", ""]]);
  await h.engine.saveCampaign((await campaigns())[0]!.rowId, {
    ...(await campaigns())[0]!,
    description: '=HYPERLINK("http://evil")',
  });
  expect(h.cell("campaign", 0, C.description).value).toBe('=HYPERLINK("http://evil")');
  expect(h.cell("campaign", 0, C.description).formula).toBe("");
});
