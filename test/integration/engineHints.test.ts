/**
 * How the engine hears changes under Excel's rules (issue #9, items 1 and 5): change hints debounced into one
 * reconcile, the waiting state while a person edits a cell.
 */
import { manualTimers, type ManualTimers } from "../builders/manualTimers";
import { waitUntil } from "../builders/waitUntil";
import { makeHarness, type Harness } from "./engineHarness";

let h: Harness;
let timers: ManualTimers;
beforeEach(async () => {
  timers = manualTimers();
  h = await makeHarness("en", { timers });
  await h.bindAll();
});
afterEach(() => h.dispose());

/** Reconciles of the status codes' table so far (others follow it as dependents). */
let statusReconciles = 0;
beforeEach(() => {
  statusReconciles = 0;
  let last: unknown = null;
  h.engine.subscribe((s) => {
    if (s.lastReport !== last && s.lastReport?.entity === "campaignStatus") statusReconciles++;
    last = s.lastReport;
  });
});
const reconciles = () => statusReconciles;
/** Lets queued events and jobs run without flushing the engine's pending hints (engine.idle() would). */
const ticks = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

test("[XL5] a burst of change hints becomes one reconcile, once the hints stop for 200 ms", async () => {
  const before = reconciles();
  const sheet = h.sheetOf("campaignStatus");
  for (let i = 0; i < 5; i++) h.sim.userEdit(sheet, 1 + i, 0, [[`S${i}`]]);
  await h.sim.flushEvents();
  await ticks();
  timers.advance(199);
  await ticks();
  const duringBurst = reconciles() - before;
  timers.advance(1);
  await h.engine.idle();
  expect({ duringBurst, after: reconciles() - before }).toEqual({ duringBurst: 0, after: 1 });
  expect((await h.store.loadRows("campaignStatus")).map((r) => r.code).sort()).toEqual(["S0", "S1", "S2", "S3", "S4"]);
});

test("[XL5] hints that never stop still reconcile within a second of the first", async () => {
  const before = reconciles();
  const sheet = h.sheetOf("campaignStatus");
  for (let i = 0; i < 8; i++) {
    h.sim.userEdit(sheet, 1, 0, [[`S${i}`]]);
    await h.sim.flushEvents();
    timers.advance(150);
    await ticks();
  }
  await waitUntil(() => reconciles() > before);
  expect(reconciles() - before).toBe(1);
});

test("[XL2] while a person edits a cell the engine says it waits for them, and goes on when they leave the cell", async () => {
  h.sim.userBeginCellEdit(h.sheetOf("campaign"), 20, 3);
  const work = h.engine.reconcileAll();
  await waitUntil(() => timers.pending() > 0);
  timers.advance(300);
  const waiting = h.engine.getState().waitingForCellEdit;
  h.sim.userEndCellEdit();
  await work;
  expect({ waiting, after: h.engine.getState().waitingForCellEdit }).toEqual({ waiting: true, after: false });
});

describe("hearing every change (issue #9, item 5)", () => {
  const seed = async (x: Harness) => {
    await x.bindAll();
    await x.paste("campaign", 0, [
      ["CP1", "one", "", "", "", ""],
      ["CP2", "two", "", "", "", ""],
      ["CP3", "three", "", "", "", ""],
    ]);
  };
  const stored = async (x: Harness) => (await x.store.loadRows("campaign")).map((c) => c.no).sort();

  test("[XL8] a row delete that Table.onChanged misses (office-js #294) is heard through Worksheet.onChanged", async () => {
    const x = await makeHarness("en", { sim: { tableEventGaps: ["RowDeleted"] } });
    try {
      await seed(x);
      x.sim.userDeleteRows(x.sheetOf("campaign"), 2, 1); // CP2
      await x.settle();
      expect(await stored(x)).toEqual(["CP1", "CP3"]);
    } finally {
      await x.dispose();
    }
  });

  test("[XL8] a change on the sheet away from the table, the row below it and the column right of it is no hint", async () => {
    const x = await makeHarness();
    try {
      await seed(x);
      const before = x.engine.getState().reconcileCount;
      x.sim.userEdit(x.sheetOf("campaign"), 0, 14, [["a note far to the right"]]);
      x.sim.userEdit(x.sheetOf("campaign"), 9, 0, [["a note further down"]]);
      await x.settle();
      expect(x.engine.getState().reconcileCount).toBe(before);
    } finally {
      await x.dispose();
    }
  });

  test.each(["RangeEdited", "RowInserted", "Unknown", "CellInserted"] as const)(
    "[XL8] a sort and a growth are reconciled whatever change type Excel reports (%s)",
    async (type) => {
      const x = await makeHarness("en", { sim: { unverifiedChangeTypes: { sort: type, growth: type } } });
      try {
        await seed(x);
        x.sim.userEdit(x.sheetOf("campaign"), 4, 0, [["CP4", "grown"]]);
        await x.settle();
        x.sim.userSortTable(x.engine.getState().bindings.find((b) => b.entity === "campaign")!.tableName, 0, false);
        await x.settle();
        expect(await stored(x)).toEqual(["CP1", "CP2", "CP3", "CP4"]);
        expect(x.cell("campaign", 0, 0).value).toBe("CP4");
        expect(x.engine.getState().issues).toEqual([]);
      } finally {
        await x.dispose();
      }
    },
  );

  /** A person's edit that raises no event for the add-in (its events were off at that moment). */
  const unheardEdit = async (x: Harness, entity: string, row: number, text: string[][]) => {
    const events = (on: boolean) =>
      x.sim.run(async (context) => {
        context.runtime.enableEvents = on;
        await context.sync();
      });
    await events(false);
    x.sim.userEdit(x.sheetOf(entity), row, 0, text);
    await events(true);
    await x.settle();
  };

  test("[XL9] activating a bound sheet reconciles its table when idle, finding a change no event reported", async () => {
    const x = await makeHarness();
    try {
      await seed(x);
      await unheardEdit(x, "campaign", 4, [["CP9", "unheard"]]);
      const missed = await stored(x);
      x.sim.setActiveSheet(x.sheetOf("salesperson"));
      x.sim.setActiveSheet(x.sheetOf("campaign"));
      await x.settle();
      expect({ missed: missed.includes("CP9"), after: (await stored(x)).includes("CP9") }).toEqual({
        missed: false,
        after: true,
      });
    } finally {
      await x.dispose();
    }
  });

  test("[XL9] the pane getting the focus reconciles the bound tables on the active sheet", async () => {
    const x = await makeHarness();
    try {
      await seed(x);
      x.sim.userSelect({ sheetName: x.sheetOf("campaign"), row: 0, col: 0 });
      await x.settle();
      await unheardEdit(x, "campaign", 4, [["CP9", "unheard"]]);
      const missed = await stored(x);
      await x.engine.paneFocused();
      await x.settle();
      expect({ missed: missed.includes("CP9"), after: (await stored(x)).includes("CP9") }).toEqual({
        missed: false,
        after: true,
      });
    } finally {
      await x.dispose();
    }
  });
});
