/**
 * The engine's task queries (TK22, TK23): a salesperson's open tasks for their calendar, with the document's id and
 * the time they were read (the calendar's stable UIDs and DTSTAMP), and a campaign's open tasks by salesperson. Plain
 * reads through the planner: nothing is stored, no sheet follows.
 */
import type { EngineDeps, SyncEngine } from "./syncEngine";

export type TaskQueries = Pick<SyncEngine, "salespersonTasks" | "campaignTaskCounts">;

export function taskQueries(deps: Pick<EngineDeps, "planner" | "clock" | "lang" | "document">): TaskQueries {
  const context = () => ({ lang: deps.lang, today: deps.clock.today(), nowIso: deps.clock.nowIso() });
  return {
    salespersonTasks: async (salespersonCode) => {
      const ctx = context();
      const outcome = await deps.planner.op({ kind: "salespersonTasks", salespersonCode }, ctx);
      const found = outcome.kind === "salespersonTasks" ? outcome.result : { tasks: [], contactNames: {} };
      return { documentId: deps.document.id, readAt: ctx.nowIso, ...found };
    },
    campaignTaskCounts: async (campaignNo) => {
      const outcome = await deps.planner.op({ kind: "campaignTaskCounts", campaignNo }, context());
      return outcome.kind === "campaignTaskCounts" ? outcome.result : [];
    },
  };
}
