/**
 * The commit and the write-back are two steps (issue #12, item 4): the store commits, then the add-in writes ids,
 * numbers and versions into the sheet. When that write fails, the next reconcile must land on the same result — same
 * ids, same numbers, nothing stored twice — and an edit the person made meanwhile is kept (rule WB1).
 */
import { C, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";

const harness = harnessesPerTest();

async function numberedWorkbook(writes: { failing: boolean }): Promise<Harness> {
  const h = await harness("en", { manualNos: false, writes });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  return h;
}

const NEW = [
  ["", "Spring", "2026-03-01", "2026-05-31", "JR", "PLANNED"],
  ["", "Summer", "2026-06-01", "2026-08-31", "JR", "PLANNED"],
];

async function campaigns(h: Harness) {
  const rows = await h.store.loadRows("campaign");
  return rows
    .map((c) => ({ no: c.no, description: c.description, id: c.rowId }))
    .sort((a, b) => a.no.localeCompare(b.no));
}

test("[WB1] a failed write-back after the commit: the retry writes the first plan's numbers and ids, stores nothing twice", async () => {
  const writes = { failing: false };
  const h = await numberedWorkbook(writes);
  writes.failing = true;
  await h.paste("campaign", 0, NEW);
  const committed = await campaigns(h);
  expect(committed.map((c) => c.no)).toEqual(["CP0001", "CP0002"]);
  expect(h.cell("campaign", 0, C.no).value).toBe(""); // the write failed: the sheet has no numbers yet
  writes.failing = false;
  await h.engine.reconcileAll();
  await h.settle();
  await h.engine.reconcileAll();
  await h.settle();
  expect(await campaigns(h)).toEqual(committed);
  expect([h.cell("campaign", 0, C.no).value, h.cell("campaign", 1, C.no).value]).toEqual(["CP0001", "CP0002"]);
  expect([h.cell("campaign", 0, C.rowId).value, h.cell("campaign", 1, C.rowId).value]).toEqual(
    committed.map((c) => c.id),
  );
  expect(h.engine.getState().issues).toEqual([]);
  // A later edit of the row is the person's: stored and kept, not replaced by the re-applied write.
  h.sim.userEdit(h.sheetOf("campaign"), 1, C.description, [["Spring, later"]]);
  await h.settle();
  await h.engine.reconcileAll();
  expect((await campaigns(h)).map((c) => c.description)).toEqual(["Spring, later", "Summer"]);
  expect(h.cell("campaign", 0, C.description).value).toBe("Spring, later");
});

test("[WB1] an edit made after a failed write-back (the pane closed meanwhile) is kept on reopening, nothing doubled", async () => {
  const writes = { failing: false };
  const h = await numberedWorkbook(writes);
  writes.failing = true;
  await h.paste("campaign", 0, NEW);
  const committed = await campaigns(h);
  await h.dispose();
  // With the pane closed, the person edits the first campaign's description; then the workbook is opened again.
  h.sim.userEdit(h.sheetOf("campaign") || "Campaigns", 1, C.description, [["Spring, edited"]]);
  const again = await harness("en", { file: h.sim.save(), dbName: h.dbName });
  await again.settle();
  await again.engine.reconcileAll();
  await again.settle();
  const now = await campaigns(again);
  // The untouched row gets the first plan's number and id; the edited one is kept as typed. Its cells are no longer
  // those the first plan stored, so it is a new row with the next number (WB1), and the unwritten CP0001 goes.
  expect(now.map((c) => [c.no, c.description])).toEqual([
    ["CP0002", "Summer"],
    ["CP0003", "Spring, edited"],
  ]);
  expect(now[0]!.id).toBe(committed[1]!.id);
  expect(again.cell("campaign", 0, C.description).value).toBe("Spring, edited");
  expect([again.cell("campaign", 0, C.no).value, again.cell("campaign", 1, C.no).value]).toEqual(["CP0003", "CP0002"]);
  expect(again.engine.getState().issues).toEqual([]);
});
