/**
 * The plan worker is watched (F5): a worker that stops answering for 10 s, or raises `error` / `messageerror`, is
 * terminated and a fresh one gets the request once more; a second failure fails that request with a message naming
 * its sheet, and the next request goes on. Scripted workers stand in for Web Workers; time is driven by hand.
 */
import { manualTimers, type ManualTimers } from "../../../test/builders/manualTimers";
import type { OpContext, OpRequest } from "../operations";
import type { PlannedTable, TablePlanRequest } from "../reconcile";
import { createWorkerHandler } from "./workerHandler";
import { createWorkerPlanner } from "./workerPlanner";
import type { FromWorker, ToWorker } from "./workerProtocol";
import type { WorkerLike } from "./workerSupervisor";

/** A worker whose answers the test gives by hand; it records what it was sent. */
class ScriptedWorker implements WorkerLike {
  readonly received: ToWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((e: unknown) => void)[]>();

  postMessage(message: ToWorker): void {
    this.received.push(message);
  }
  addEventListener(type: string, listener: (e: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener as (e: unknown) => void]);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker posts `data` (a message event), or raises `error` / `messageerror`. */
  emit(type: "message" | "error" | "messageerror", data?: FromWorker): void {
    for (const l of this.listeners.get(type) ?? []) l(type === "message" ? { data } : { type });
  }
  /** The id of the last request of `type` it was sent. */
  idOf(type: "plan" | "op" | "commit"): number {
    const m = [...this.received].reverse().find((r) => r.type === type);
    if (!m || !("id" in m)) throw new Error(`no ${type} received`);
    return m.id;
  }
  types(): string[] {
    return this.received.map((m) => m.type);
  }
}

const REQUEST = { sheetName: "Discounts CP0003", lang: "en" } as TablePlanRequest;
const PLANNED = { marker: "planned" } as unknown as PlannedTable;
const CONTEXT: OpContext = { lang: "da", today: "2026-12-07", nowIso: "2026-12-07T00:00:00.000Z" };
const OP = { kind: "deleteSegment", segmentNo: "SEG0001" } as OpRequest;
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function setup() {
  const timers: ManualTimers = manualTimers();
  const workers = [new ScriptedWorker()];
  const planner = createWorkerPlanner(workers[0]!, {
    idPrefix: "p.",
    yieldToUi: () => Promise.resolve(),
    timers,
    spawn: () => {
      const w = new ScriptedWorker();
      workers.push(w);
      return w;
    },
  });
  return { timers, workers, planner, worker: (i: number) => workers[i]! };
}

/** Settles a promise into "resolved: x" / "rejected: message" without letting it reject unhandled. */
function watch<T>(p: Promise<T>): { state: () => string } {
  let state = "pending";
  p.then(
    (v) => (state = `resolved: ${JSON.stringify(v)}`),
    (e: Error) => (state = `rejected: ${e.name}: ${e.message}`),
  );
  return { state: () => state };
}

describe("[F5] the plan worker is restarted when it hangs or dies", () => {
  test("10 s of silence mid-plan: the worker is terminated, a fresh one gets the body and the plan, and answers", async () => {
    const { timers, planner, worker } = setup();
    const plan = watch(planner.plan(REQUEST, [["a"], ["b"]]));
    await flush();
    expect(worker(0).types()).toEqual(["init", "body", "plan"]);
    timers.advance(9_999);
    expect(worker(0).terminated).toBe(false);
    timers.advance(1);
    expect(worker(0).terminated).toBe(true);
    await flush();
    expect(worker(1).types()).toEqual(["init", "body", "plan"]);
    expect(worker(1).received[0]).toMatchObject({ type: "init", idPrefix: "p.r2." }); // ids of its own
    worker(1).emit("message", { type: "planned", id: worker(1).idOf("plan"), planned: PLANNED });
    await flush();
    expect(plan.state()).toBe(`resolved: ${JSON.stringify(PLANNED)}`);
    timers.advance(60_000);
    expect(worker(1).terminated).toBe(false); // nothing waits: silence is fine
  });

  test("a slow plan whose worker keeps saying it is alive is never restarted", async () => {
    const { timers, planner, worker } = setup();
    const plan = watch(planner.plan(REQUEST, [["a"]]));
    await flush();
    for (let s = 0; s < 30; s++) {
      timers.advance(1_000);
      worker(0).emit("message", { type: "alive" });
    }
    expect(worker(0).terminated).toBe(false);
    worker(0).emit("message", { type: "planned", id: worker(0).idOf("plan"), planned: PLANNED });
    await flush();
    expect(plan.state()).toMatch(/^resolved/);
  });

  test("a second failure fails that plan with a message naming its sheet, and the next request goes on", async () => {
    const { timers, planner, worker } = setup();
    const plan = watch(planner.plan(REQUEST, [["a"]]));
    await flush();
    timers.advance(10_000);
    await flush();
    timers.advance(10_000);
    await flush();
    expect(plan.state()).toBe(
      "rejected: PlannerStopped: The checker stopped answering twice while checking the sheet ‘Discounts CP0003’, so that sheet was not checked and nothing of it was stored. Your data in the sheet is unchanged; the next edit checks it again.",
    );
    expect([worker(0).terminated, worker(1).terminated]).toEqual([true, true]);
    const op = watch(planner.op(OP, CONTEXT));
    await flush();
    worker(2).emit("message", { type: "op", id: worker(2).idOf("op"), outcome: { result: 1, changes: [] } as never });
    await flush();
    expect(op.state()).toMatch(/^resolved/);
  });

  test("error and messageerror are failures alike; the message is in the person's language (Danish)", async () => {
    const { planner, worker } = setup();
    const op = watch(planner.op(OP, CONTEXT));
    await flush();
    worker(0).emit("error");
    await flush();
    expect(worker(1).types()).toEqual(["init", "op"]);
    worker(1).emit("messageerror");
    await flush();
    expect(op.state()).toBe(
      "rejected: PlannerStopped: Kontrollen holdt op med at svare to gange under ‘deleteSegment’. Prøv igen.",
    );
  });

  test("a worker that fails while nothing waits is replaced by the next request, never in a loop", async () => {
    const { planner, workers, worker } = setup();
    worker(0).emit("error");
    expect(workers).toHaveLength(1);
    const op = watch(planner.op(OP, CONTEXT));
    await flush();
    expect(workers).toHaveLength(2);
    expect(worker(1).types()).toEqual(["init", "op"]);
    worker(1).emit("message", { type: "op", id: worker(1).idOf("op"), outcome: { result: 1, changes: [] } as never });
    await flush();
    expect(op.state()).toMatch(/^resolved/);
  });

  test("a commit is not sent again (its unit died with the worker): it fails at once, naming the sheet", async () => {
    const { timers, planner, worker } = setup();
    const plan = watch(planner.plan(REQUEST, [["a"]]));
    await flush();
    worker(0).emit("message", { type: "planned", id: worker(0).idOf("plan"), planned: PLANNED });
    await flush();
    expect(plan.state()).toMatch(/^resolved/);
    const commit = watch(planner.commit());
    await flush();
    timers.advance(10_000);
    await flush();
    expect(commit.state()).toContain("stopped while saving the sheet ‘Discounts CP0003’");
    expect(worker(1).types()).toEqual(["init"]);
  });

  test("[SP62] a write-back slice whose worker dies is not asked again (the write-back died with it): it fails, naming the sheet", async () => {
    const { planner, worker } = setup();
    const held = { ...PLANNED, heldWrites: { slices: 2, rows: 40_000 } } as PlannedTable;
    const plan = watch(planner.plan(REQUEST, [["a"]]));
    await flush();
    worker(0).emit("message", { type: "planned", id: worker(0).idOf("plan"), planned: held });
    await flush();
    expect(plan.state()).toBe(`resolved: ${JSON.stringify(held)}`);
    const first = watch(planner.writeSlice!(0));
    await flush();
    const asked = worker(0).received.at(-1) as Extract<ToWorker, { type: "writeSlice" }>;
    expect(asked).toMatchObject({ type: "writeSlice", index: 0 });
    worker(0).emit("message", { type: "slice", id: asked.id, blocks: [], fills: [] });
    await flush();
    expect(first.state()).toBe(`resolved: ${JSON.stringify({ blocks: [], fills: [] })}`);
    const second = watch(planner.writeSlice!(1));
    await flush();
    worker(0).emit("error");
    await flush();
    expect(second.state()).toContain("Discounts CP0003");
    expect(second.state()).toMatch(/^rejected/);
    expect(worker(1).types()).toEqual(["init"]);
  });

  test("the worker's side posts a heartbeat every second while it handles a request, and stops after", async () => {
    const posted: FromWorker[] = [];
    const beats: { ms: number; beat: () => void; stopped: boolean }[] = [];
    const handle = createWorkerHandler((m) => posted.push(m), {
      openStore: () => ({}) as never,
      monotonicMs: () => 0,
      every: (ms, beat) => {
        const entry = { ms, beat, stopped: false };
        beats.push(entry);
        return () => (entry.stopped = true);
      },
    });
    await handle({ type: "init", dbName: undefined, idPrefix: "w" });
    const done = handle({ type: "commit", id: 7 });
    await flush();
    beats[0]?.beat();
    await done;
    expect(beats.map((b) => [b.ms, b.stopped])).toEqual([[1000, true]]);
    expect(posted.map((m) => m.type).sort()).toEqual(["alive", "committed"]);
  });
});

describe("[SP20] an edit's plan", () => {
  const PATCH = { bodyRows: 3, rows: [], errorCells: [], dateCells: [] };

  test("a worker that holds no such table answers so: the engine reads the whole table", async () => {
    const { planner, worker } = setup();
    const asked = watch(planner.planEdit!(REQUEST, PATCH));
    await flush();
    const sent = worker(0).received.find((m) => m.type === "planEdit");
    expect(sent && "patch" in sent ? sent.patch : null).toEqual(PATCH);
    worker(0).emit("message", { type: "noEdit", id: sent && "id" in sent ? sent.id : -1 });
    await flush();
    expect(asked.state()).toBe("resolved: null");
  });

  test("a worker that dies mid-plan: the fresh one, holding no table, is asked again and says so", async () => {
    const { planner, worker } = setup();
    const asked = watch(planner.planEdit!(REQUEST, PATCH));
    await flush();
    worker(0).emit("error");
    await flush();
    const again = worker(1).received.find((m) => m.type === "planEdit");
    expect(again).toBeDefined();
    worker(1).emit("message", { type: "noEdit", id: again && "id" in again ? again.id : -1 });
    await flush();
    expect(asked.state()).toBe("resolved: null");
  });
});
