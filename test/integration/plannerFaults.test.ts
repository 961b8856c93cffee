/**
 * The whole engine over a plan worker that stops answering (F5, F6): the reconcile of the sheet it hung on fails
 * with a message naming the sheet, the status never says "Synced" meanwhile, Cancel ends a waiting operation, and
 * the queue goes on: the next edit is stored by a fresh worker. The worker is the jest stand-in of
 * test/integration/fakeWorker.ts behind a switch that makes it go silent; the watch on silence runs on timers
 * driven by hand.
 */
import { createExcelSim } from "../../dev/excel-sim";
import type { WorkerLike } from "../../src/sync";
import { createSyncEngine, createWorkerPlanner, openDocument } from "../../src/sync";
import { createDexieSyncStore } from "../../src/store";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";
import { statusWord } from "../../src/taskpane";
import { manualTimers } from "../builders/manualTimers";
import { waitUntil } from "../builders/waitUntil";
import { createFakeWorker } from "./fakeWorker";

/** The fake worker, silent (nothing in, nothing out) while `silent()` says so; counts the requests it swallowed. */
function switchableWorker(silent: () => boolean): WorkerLike & { swallowed: () => number } {
  const inner = createFakeWorker();
  let swallowed = 0;
  return {
    postMessage(message) {
      if (silent() && message.type !== "init" && message.type !== "body") swallowed++;
      if (!silent() || message.type === "init") inner.postMessage(message);
    },
    addEventListener: inner.addEventListener.bind(inner) as WorkerLike["addEventListener"],
    terminate: () => inner.terminate(),
    swallowed: () => swallowed,
  };
}

async function setup() {
  const sim = createExcelSim();
  const workbook = createExcelWorkbook(sim.run as unknown as ExcelRun);
  const dbName = `planner-faults-${Math.floor(performance.timeOrigin)}-${++setups}`;
  const store = createDexieSyncStore({ name: dbName });
  const timers = manualTimers();
  let silentWorkers = 0;
  const workers: ReturnType<typeof switchableWorker>[] = [];
  const spawn = () => {
    const index = workers.length;
    const w = switchableWorker(() => index < silentWorkers);
    workers.push(w);
    return w;
  };
  const planner = createWorkerPlanner(spawn(), {
    dbName,
    idPrefix: "w",
    yieldToUi: () => new Promise((r) => setTimeout(r, 0)),
    spawn,
    timers,
  });
  let ms = 0;
  const clock = { today: () => "2026-12-07", nowIso: () => "2026-12-07T12:00:00.000Z", monotonicMs: () => ++ms };
  let id = 0;
  const { document } = await openDocument(workbook, () => `doc-${id}`);
  const engine = createSyncEngine({
    workbook,
    store,
    clock,
    ids: { next: () => `id${++id}` },
    lang: "en",
    planner,
    document,
  });
  await engine.start();
  const settle = async () => {
    await sim.flushEvents();
    await engine.idle();
  };
  for (const e of ["campaignStatus", "salesperson", "campaign"] as const) await engine.bind(e);
  await settle();
  const sheet = engine.getState().bindings.find((b) => b.entity === "campaign")!.sheetName;
  return {
    sim,
    store,
    engine,
    timers,
    workers,
    settle,
    sheet,
    silence: (n: number) => (silentWorkers = n),
    dispose: async () => {
      await engine.dispose();
      store.close();
    },
  };
}
let setups = 0;

describe("[F5][F6] the engine over a plan worker that stops answering", () => {
  test("twice silent: the sheet's reconcile fails naming it, never 'Synced' meanwhile; the next edit is stored", async () => {
    const h = await setup();
    h.silence(2); // the first worker and the first restarted one stop answering
    const words: string[] = [];
    const errors: string[] = [];
    const stop = h.engine.subscribe((s) => {
      words.push(statusWord(s));
      if (s.error) errors.push(s.error);
    });
    h.sim.userEdit(h.sheet, 1, 0, [["CP0001", "Autumn"]]);
    await h.sim.flushEvents();
    await waitUntil(() => h.workers[0]!.swallowed() > 0);
    h.timers.advance(10_000);
    await waitUntil(() => h.workers[1]?.swallowed() === 1);
    h.timers.advance(10_000);
    await waitUntil(() => errors.length > 0);
    expect(errors[0]).toContain("stopped answering twice while checking the sheet ‘Campaigns’");
    expect(words.slice(0, words.indexOf("notSynced"))).not.toContain("synced");
    // The queue goes on: a fresh worker answers (Excel's second hint of the paste reconciles again), and the next
    // edit is stored too.
    await h.engine.idle();
    h.sim.userEdit(h.sheet, 2, 0, [["CP0002", "Winter"]]);
    await h.settle();
    expect((await h.store.loadRows("campaign")).map((c) => c.no).sort()).toEqual(["CP0001", "CP0002"]);
    expect(statusWord(h.engine.getState())).toBe("synced");
    stop();
    await h.dispose();
  });

  test("Cancel ends an operation waiting on a silent worker, and the pane goes on", async () => {
    const h = await setup();
    h.silence(1);
    const op = h.engine.previewSegment({ no: "", description: "x" } as never).then(
      () => "resolved",
      (e: Error) => e.name,
    );
    await waitUntil(() => h.workers[0]!.swallowed() > 0);
    expect(statusWord(h.engine.getState())).toBe("checking");
    h.engine.cancel();
    expect(await op).toBe("AbortError");
    await h.engine.idle();
    h.sim.userEdit(h.sheet, 1, 0, [["CP0003", "Spring"]]);
    await h.settle();
    expect((await h.store.loadRows("campaign")).map((c) => c.no)).toEqual(["CP0003"]);
    await h.dispose();
  });
});
