/**
 * Co-authoring is the distributed engine (issue #11): several people edit one workbook at once, each with their own
 * pane and store. Excel moves the cells between them and runs every pane's handlers for every change, with the
 * source Local or Remote (test/contracts/excelCoauthoring.test.ts). Each pane stores what it sees; only the pane of
 * the person who made a change writes back for it.
 */
import { C, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";

const harness = harnessesPerTest();

/** Both panes idle and every change delivered to both. */
async function settleAll(...hs: Harness[]): Promise<void> {
  for (let i = 0; i < 2; i++) for (const h of hs) await h.settle();
}

/** The first co-author's workbook with statuses, a salesperson and three campaigns; the second co-author joins. */
async function coauthors(): Promise<{ a: Harness; b: Harness }> {
  const a = await harness();
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await a.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await a.paste("campaign", 0, [
    ["CP0001", "One", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
    ["CP0002", "Two", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
    ["CP0003", "Three", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
  ]);
  const b = await harness("en", { coauthorOf: a });
  await settleAll(a, b);
  return { a, b };
}

const stored = async (h: Harness) =>
  (await h.store.loadRows("campaign"))
    .map((c) => ({ no: c.no, description: c.description, id: c.rowId, hash: c.rowHash }))
    .sort((x, y) => x.no.localeCompare(y.no));

test("[CO1] a co-author's edit is stored by every pane; only the pane of the person who made it writes back", async () => {
  const { a, b } = await coauthors();
  a.sim.resetCounters();
  b.sim.resetCounters();
  b.sim.userEdit(b.sheetOf("campaign"), 1 + 1, C.description, [["Two, edited by B"]]);
  await settleAll(a, b);
  expect(a.sim.counters().writeSyncs).toBe(0);
  expect(b.sim.counters().writeSyncs).toBeGreaterThan(0); // B's pane wrote the row's new version and base
  const inA = await stored(a);
  expect(inA.find((c) => c.no === "CP0002")?.description).toBe("Two, edited by B");
  expect(await stored(b)).toEqual(inA);
});

const hundred = Array.from({ length: 100 }, (_, i) => [
  `CP${String(i + 1).padStart(4, "0")}`,
  `Campaign ${i + 1}`,
  "2026-09-01",
  "2026-11-30",
  "JR",
  "PLANNED",
]);

/** The campaign sheet's row ids, as the sheet shows them (blank where a row has none). */
const idsInSheet = (h: Harness, n: number) =>
  Array.from({ length: n }, (_, r) => String(h.cell("campaign", r, C.rowId).value)).filter((v) => v !== "");

test("[CO2] two co-authors open a workbook with 100 rows without ids: the first pane gives each its id, the second writes nothing", async () => {
  // A bound workbook whose 100 campaigns were typed with no pane open (no ids), saved, and opened by two people.
  const maker = await harness();
  await maker.bindAll();
  await maker.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await maker.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await maker.dispose();
  maker.sim.userEdit(maker.sheetOf("campaign") || "Campaigns", 1, 0, hundred);
  const a = await harness("en", { file: maker.sim.save() });
  await a.settle();
  const b = await harness("en", { coauthorOf: a });
  await settleAll(a, b);
  expect(b.sim.counters().writeSyncs).toBe(0);
  const inA = await stored(a);
  expect(inA).toHaveLength(100);
  expect(new Set(inA.map((c) => c.id)).size).toBe(100);
  expect(await stored(b)).toEqual(inA);
  expect(idsInSheet(a, 100).sort()).toEqual(inA.map((c) => c.id).sort());
});

test("[CO5] rows that arrive Remote without ids get the same ids in every store, and the next local reconcile writes them", async () => {
  const { a, b } = await coauthors();
  await b.dispose(); // the co-author who types has no pane open
  // Typed by a co-author whose pane is not open: the rows arrive Remote, without ids.
  a.sim.coauthorEdit(a.sheetOf("campaign"), 4, 0, hundred.slice(3, 13));
  await a.settle();
  const inA = await stored(a);
  expect(inA).toHaveLength(13);
  expect(idsInSheet(a, 13)).toHaveLength(3); // A's pane wrote nothing for a co-author's change
  // Another store reading the same cells names the rows alike.
  const c = await harness("en", { file: a.sim.save() });
  expect(await stored(c)).toEqual(inA);
  // A's next local change to the table writes the ids the stores already hold.
  a.sim.userEdit(a.sheetOf("campaign"), 1, C.description, [["One, edited by A"]]);
  await a.settle();
  expect(idsInSheet(a, 13).sort()).toEqual((await stored(a)).map((r) => r.id).sort());
  expect((await stored(a)).map((r) => r.id).sort()).toEqual(inA.map((r) => r.id).sort());
});

test("[CO3] a co-author's paste of new rows costs the other pane no write", async () => {
  const { a, b } = await coauthors();
  a.sim.resetCounters();
  const pasted = Array.from({ length: 20 }, (_, i) => [
    `CP${1000 + i}`,
    `Pasted by B ${i}`,
    "2026-09-01",
    "2026-11-30",
    "JR",
    "PLANNED",
  ]);
  b.sim.userEdit(b.sheetOf("campaign"), 4, 0, pasted);
  await settleAll(a, b);
  expect(a.sim.counters().writeSyncs).toBe(0);
  const inA = await stored(a);
  expect(inA).toHaveLength(23);
  expect(await stored(b)).toEqual(inA);
  // B's pane wrote the ids: the sheet shows each stored row's id once.
  const ids = Array.from({ length: 23 }, (_, r) => String(a.cell("campaign", r, C.rowId).value));
  expect(new Set(ids)).toEqual(new Set(inA.map((c) => c.id)));
});

test("[CO4] two co-authors typing new campaigns without numbers at once get two numbers, the same in both stores", async () => {
  const { a, b } = await coauthors();
  a.sim.userEdit(a.sheetOf("campaign"), 4, 0, [["", "A's new one", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  b.sim.userEdit(b.sheetOf("campaign"), 5, 0, [["", "B's new one", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await settleAll(a, b);
  const numbers = [a.cell("campaign", 3, C.no).value, a.cell("campaign", 4, C.no).value];
  expect(numbers).toEqual(["CP0004", "CP0005"]);
  const inA = await stored(a);
  expect(inA.map((c) => c.no)).toEqual(["CP0001", "CP0002", "CP0003", "CP0004", "CP0005"]);
  expect(await stored(b)).toEqual(inA);
  expect([...a.engine.getState().issues, ...b.engine.getState().issues]).toEqual([]);
});
