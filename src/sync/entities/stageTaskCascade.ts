/**
 * What entering a sales-cycle stage with an activity code writes besides the move, in the same unit of work (TK20,
 * bc-reference §9.3 Opportunity Entry.CreateTask): the stage's activity's tasks, numbered from the TASK series (after
 * any task numbers already taken). Only the entries this unit's moves wrote count (OP1, OP11: the opportunity cascade's
 * new active entries): a row that arrives showing its entry (a copy, a store rebuilt from the workbook, OP14) makes no
 * move here, so it gives no tasks — they travelled with it. The Tasks sheet shows them at its next reconcile.
 */
import { entersActivityStage, normalizeCode, stageTasks, TASK_SERIES } from "../../domain";
import type { Activity, ActivityStep, EntityKind, Lang, OpportunityEntry, Task } from "../../domain";
import type { ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, seriesCounter, seriesRow } from "./numberSeriesRows";
import { stripMeta, toStoredRow } from "./storedRows";

export interface StageTaskArgs {
  store: SyncStore;
  unit: UnitOfWork;
  refs: ReferenceData;
  lang: Lang;
  newId: (text: string) => string;
}

/** The entries this unit's moves wrote: the opportunity cascade's new (first-version) active entries. */
function newEntries(unit: UnitOfWork): OpportunityEntry[] {
  return (unit.cascade ?? [])
    .filter((c) => c.entity === "opportunityEntry")
    .flatMap((c) => c.puts as StoredRow<"opportunityEntry">[])
    .filter((e) => e.active && e.rowVersion === 1)
    .map((e) => stripMeta<"opportunityEntry">(e));
}

const stageOf = (refs: ReferenceData, e: OpportunityEntry) =>
  (refs.salesCycleStages.get(normalizeCode(e.salesCycleCode)) ?? []).find((s) => s.stage === e.salesCycleStage);

/** The unit with the tasks of the activity stages its moves enter; other units are returned as they are. */
export async function withStageTasks(entity: EntityKind, args: StageTaskArgs): Promise<UnitOfWork> {
  if (entity !== "opportunity") return args.unit;
  const { unit, refs, store } = args;
  const entering = newEntries(unit).filter((e) => entersActivityStage(e, stageOf(refs, e)));
  if (entering.length === 0) return unit;
  const [activities, steps, tasks, row] = await Promise.all([
    store.loadRows("activity"),
    store.loadRows("activityStep"),
    store.loadRows("task"),
    seriesRow(store, TASK_SERIES),
  ]);
  if (!row) return unit;
  const taken = new Set(tasks.map((t) => normalizeCode(t.no)));
  const counter = seriesCounter(row, taken);
  const made = entering.flatMap((entry) =>
    tasksOf(entry, args, activities as Activity[], steps as ActivityStep[], counter.nextNo),
  );
  if (made.length === 0) return unit;
  const puts = made.map((t) => toStoredRow("task", t, args.newId(`task:${t.no}`), 1));
  const seriesPut = advancedSeries(row, counter.series(), () => args.newId(`numberSeries:${TASK_SERIES}`));
  return {
    ...unit,
    cascade: [...(unit.cascade ?? []), { entity: "task", puts }, { entity: "numberSeries", puts: [seriesPut] }],
  };
}

function tasksOf(
  entry: OpportunityEntry,
  args: StageTaskArgs,
  activities: readonly Activity[],
  steps: readonly ActivityStep[],
  nextNo: () => string,
): Task[] {
  const put = (args.unit.puts as StoredRow<"opportunity">[]).find((o) => o.no === entry.opportunityNo);
  const stage = stageOf(args.refs, entry);
  if (!put || !stage) return [];
  const code = normalizeCode(stage.activityCode);
  const activity = activities.find((a) => normalizeCode(a.code) === code) ?? null;
  return stageTasks(
    {
      entry,
      opportunity: stripMeta<"opportunity">(put),
      stage,
      activity: activity ? { code: activity.code, description: activity.description } : null,
      steps: steps.filter((s) => normalizeCode(s.activityCode) === code),
      salespeople: args.refs.salespeople,
      nextNo,
    },
    args.lang,
  );
}
