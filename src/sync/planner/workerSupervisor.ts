/**
 * Keeps the plan worker answering (F5). Every request waits by id until its answer; while any waits, the worker
 * must be heard from (an answer, a write slice, or the heartbeat it posts at least every second while it works)
 * within `HUNG_MS`. A worker that falls silent that long, or raises `error` or `messageerror`, is terminated and a
 * fresh one started (its row ids get a prefix of their own), and each waiting request is sent to it once more; a
 * request that fails a second time is rejected with a message naming its sheet, and the requests after it go on.
 * A commit is never sent again: the unit it held died with the worker.
 */
import type { Lang } from "../../domain";
import type { Timers } from "../ports";
import type { PlannedTable } from "../reconcile";
import type { PlannerMessage } from "./plannerMessages";
import { plannerStopped } from "./plannerMessages";
import type { FromWorker, ToWorker } from "./workerProtocol";

/** Silence that means the worker hangs. */
export const HUNG_MS = 10_000;

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (e: unknown) => void): void;
  terminate(): void;
}

export interface SupervisorOptions {
  dbName?: string | undefined;
  idPrefix: string;
  /** Starts a fresh worker after one died or hung; without it a failed worker fails what waits on it. */
  spawn?: (() => WorkerLike) | undefined;
  /** The watch on silence; without timers a hung worker is never noticed (tests of other things). */
  timers?: Timers | undefined;
}

/** A request kept until answered, so it can be sent again to a fresh worker. */
export interface Request {
  id: number;
  /** Posts what the request needs (a plan's body slices first) to `worker`. */
  send: (worker: WorkerLike) => Promise<void>;
  /** What to say when it fails for good, and in which language. */
  failure: { code: PlannerMessage; lang: Lang; params: Record<string, string> };
  /** False for a commit: its unit was held by the worker that failed. */
  again: boolean;
}

interface Waiting extends Request {
  tries: number;
  resolve: (m: FromWorker) => void;
  reject: (e: Error) => void;
}

type Writes = { blocks: PlannedTable["blocks"]; fills: PlannedTable["fills"] };

export class WorkerSupervisor {
  private worker!: WorkerLike;
  private generation = 0;
  private lastId = 0;
  private silence: unknown = null;
  /** The worker failed while nothing waited: a fresh one is started by the next request (never in a loop). */
  private dead = false;
  private readonly waiting = new Map<number, Waiting>();
  private readonly writes = new Map<number, Writes>();

  constructor(
    first: WorkerLike,
    private readonly options: SupervisorOptions,
  ) {
    this.adopt(first);
  }

  /** The worker requests go to now (fire-and-forget messages such as `discard`). */
  get current(): WorkerLike {
    return this.worker;
  }

  nextId(): number {
    return ++this.lastId;
  }

  /** Sends a request and resolves with the worker's answer (a "failed" answer rejects). */
  ask(request: Request): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { ...request, tries: 1, resolve, reject };
      this.start(waiting);
    });
  }

  /** The write slices gathered for a plan's id (taken, so they are not kept). */
  takeWrites(id: number): Writes | undefined {
    const got = this.writes.get(id);
    this.writes.delete(id);
    return got;
  }

  /**
   * The person's Cancel (F6): waiting plans and operations reject with an AbortError, and a fresh worker takes over
   * from the one still busy with them. A commit is let finish (cutting it short could lose the write-back).
   */
  cancel(): void {
    const waiting = [...this.waiting.values()];
    if (waiting.length === 0 || waiting.some((w) => !w.again)) return;
    this.quiet();
    this.waiting.clear();
    this.writes.clear();
    if (this.options.spawn) {
      this.worker.terminate();
      this.adopt(this.options.spawn());
    }
    const error = Object.assign(new Error("Cancelled."), { name: "AbortError" });
    for (const w of waiting) w.reject(error);
  }

  stop(error: Error): void {
    this.worker.terminate();
    this.quiet();
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  private start(waiting: Waiting): void {
    if (this.dead && this.options.spawn) this.adopt(this.options.spawn());
    if (this.waiting.size === 0) this.heard(true);
    this.waiting.set(waiting.id, waiting);
    waiting.send(this.worker).catch((error: unknown) => this.settle(waiting.id, error as Error));
  }

  private adopt(worker: WorkerLike): void {
    const generation = ++this.generation;
    const mine = () => generation === this.generation;
    this.worker = worker;
    this.dead = false;
    worker.addEventListener("message", (e) => {
      if (mine()) this.receive(e.data);
    });
    const died = () => {
      if (mine()) this.failed();
    };
    worker.addEventListener("error", died);
    worker.addEventListener("messageerror", died);
    const idPrefix = generation === 1 ? this.options.idPrefix : `${this.options.idPrefix}r${generation}.`;
    worker.postMessage({ type: "init", dbName: this.options.dbName, idPrefix });
  }

  /** The worker answered or said it is alive: the watch on silence starts again (or ends when nothing waits). */
  private heard(force = false): void {
    const timers = this.options.timers;
    if (!timers) return;
    this.quiet();
    if (force || this.waiting.size > 0) this.silence = timers.setTimeout(() => this.failed(), HUNG_MS);
  }

  private quiet(): void {
    if (this.silence !== null) this.options.timers?.clearTimeout(this.silence);
    this.silence = null;
  }

  private receive(m: FromWorker): void {
    if (m.type === "writes") {
      if (!this.waiting.has(m.id)) return; // a cancelled plan's slices, from a worker that went on with it
      const got = this.writes.get(m.id) ?? { blocks: [], fills: [] };
      for (const b of m.blocks) got.blocks.push(b);
      for (const f of m.fills) got.fills.push(f);
      this.writes.set(m.id, got);
    } else if (m.type !== "alive") {
      this.settle(m.id, m.type === "failed" ? Object.assign(new Error(m.message), { name: m.name }) : m);
    }
    this.heard();
  }

  private settle(id: number, outcome: FromWorker | Error): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.quiet();
    if (outcome instanceof Error) w.reject(outcome);
    else w.resolve(outcome);
  }

  /** The worker died or hangs: a fresh one, and each waiting request sent to it once more (or failed for good). */
  private failed(): void {
    this.quiet();
    this.worker.terminate();
    this.writes.clear();
    const waiting = [...this.waiting.values()].sort((a, b) => a.id - b.id);
    this.waiting.clear();
    const spawn = this.options.spawn;
    if (spawn && waiting.length === 0) this.dead = true;
    else if (spawn) this.adopt(spawn());
    for (const w of waiting) {
      if (!spawn || !w.again || w.tries >= 2) {
        w.reject(plannerStopped(w.failure.code, w.failure.lang, w.failure.params));
      } else {
        w.tries += 1;
        this.start(w);
      }
    }
  }
}
