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
