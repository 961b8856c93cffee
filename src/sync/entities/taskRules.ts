/**
 * The rules of the Activities, Activity Steps and Tasks sheets (issue 18, docs/spec/task-rules.md TK9–TK11): rows are
 * validated; a task's Status and Canceled close, cancel or reopen it as BC's To-do does (taskLifecycle); a closed
 * recurring task's next task is written in the same unit (taskCascade.ts).
 */
import { TASK_SERIES, validateActivities, validateActivitySteps, validateTasks } from "../../domain";
import type { Activity, ActivityStep, EntityKind, Lang, Task } from "../../domain";
import { schemaFor } from "../../sheets";
import type { ReferenceData } from "../../store";

export const activityRules = {
  entity: "activity" as const,
  schema: schemaFor("activity"),
  validate: (rows: readonly Activity[], _refs: ReferenceData, lang: Lang) => validateActivities(rows, lang),
  dependsOn: [] as EntityKind[],
};

export const activityStepRules = {
  entity: "activityStep" as const,
  schema: schemaFor("activityStep"),
  validate: (rows: readonly ActivityStep[], refs: ReferenceData, lang: Lang) => validateActivitySteps(rows, refs, lang),
  dependsOn: ["activity"] as EntityKind[],
};

export const taskRules = {
  entity: "task" as const,
  schema: schemaFor("task"),
  validate: (rows: readonly Task[], refs: ReferenceData, lang: Lang) =>
    validateTasks(rows, { ...refs, campaigns: refs.campaigns, contacts: refs.contacts }, lang),
  numberSeriesCode: TASK_SERIES,
  dependsOn: ["contact", "salesperson", "team", "campaign", "activity"] as EntityKind[],
};
