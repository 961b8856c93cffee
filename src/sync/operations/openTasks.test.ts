/**
 * The open-task queries the pane asks of the store (TK22, TK23) over Dexie on fake-indexeddb, tasks in their bucketed
 * storage: a salesperson's open tasks as plain records, a campaign's open tasks by salesperson.
 */
import { NEW_TASK } from "../../domain";
import type { Task } from "../../domain";
import type { SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { OpRequest } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import { commitRows, contactRecord, counterIds, CTX, openSyncStore } from "../../../test/builders/syncRecords";

let store: SyncStore;
beforeEach(async () => {
  store = await openSyncStore("open-tasks");
});
afterEach(() => store.close());

const run = async (request: OpRequest) =>
  (await runOperation(store, request, CTX, { newId: counterIds(), prices: new PriceIndexCache() })).outcome;

const task = (no: string, o: Partial<Task> = {}): Task => ({
  ...NEW_TASK,
  ...{ no, description: `Task ${no}`, date: "2026-12-01", salespersonCode: "JR", campaignNo: "CP0001" },
  ...o,
});

beforeEach(async () => {
  const tasks = [
    task("TD0002", { date: "2026-12-05" }),
    task("TD0001", { date: "2026-11-01", contactNo: "K1" }),
    task("TD0003", { closed: true, status: "Completed", dateClosed: "2026-11-02" }),
    task("TD0004", { salespersonCode: "AB" }),
  ];
  const contacts = [contactRecord("K1", "Company", "K1", { name: "Anna Hansen" }), contactRecord("K2", "Company")];
  await commitRows(
    store,
    "contact",
    contacts.map((c) => toStoredRow("contact", c, `c-${c.no}`, 1)),
  );
  await commitRows(
    store,
    "task",
    tasks.map((t) => toStoredRow("task", t, `r-${t.no}`, 1)),
  );
});

test("[TK22] salespersonTasks: the salesperson's open tasks by date, as plain records, with their contacts' names", async () => {
  const outcome = await run({ kind: "salespersonTasks", salespersonCode: "JR" });
  expect(outcome.kind).toBe("salespersonTasks");
  const { tasks, contactNames } = outcome.result as { tasks: Task[]; contactNames: Record<string, string> };
  expect(tasks.map((t) => t.no)).toEqual(["TD0001", "TD0002"]);
  expect(tasks[0]).toEqual(task("TD0001", { date: "2026-11-01", contactNo: "K1" }));
  expect(contactNames).toEqual({ K1: "Anna Hansen" });
  expect(outcome.changes).toEqual([]);
});

test("[TK23] campaignTaskCounts: per salesperson, open count, next date and overdue against the context's today", async () => {
  expect(CTX.today).toBe("2026-11-27");
  const outcome = await run({ kind: "campaignTaskCounts", campaignNo: "CP0001" });
  expect(outcome.result).toEqual([
    { salespersonCode: "AB", open: 1, nextDate: "2026-12-01", overdue: 0 },
    { salespersonCode: "JR", open: 2, nextDate: "2026-11-01", overdue: 1 },
  ]);
});
