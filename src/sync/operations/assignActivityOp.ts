/**
 * Assign Activity from the pane (bc-reference §9.3; docs/spec/task-rules.md TK1–TK4, TK12–TK14): the context (a
 * campaign, segment, salesperson, team, contact or opportunity) gives the tasks their campaign, segment, contact and
 * default salesperson; the domain makes one task per step (per segment contact, per team member); the tasks are
 * numbered from the TASK series and stored with the advanced series in one unit of work. The Tasks sheet follows.
 */
import { assignActivity, makeIssue, normalizeCode, TASK_SERIES } from "../../domain";
import type { Issue, Task } from "../../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, seriesCounter, seriesRow, stripMeta, toStoredRow } from "../entities";
import { resolveAssignContext } from "./assignContext";
import type { AssignActivityRequest, AssignActivityResult, OpContext } from "./operationTypes";

type Planned = { result: AssignActivityResult; unit: UnitOfWork | null };

const refusal = (issues: Issue[]): Planned => ({
  result: { ok: false, issues, tasks: 0, contacts: 0, skippedMembers: [] },
  unit: null,
});

export async function assignActivityOp(
  store: SyncStore,
  request: AssignActivityRequest,
  ctx: OpContext,
  newId: () => string,
): Promise<Planned> {
  const code = normalizeCode(request.activityCode);
  const [refs, activities, steps, members] = await Promise.all([
    store.loadReferenceData(),
    store.loadRows("activity"),
    store.loadRows("activityStep"),
    store.loadRows("teamMember"),
  ]);
  const activity = activities.find((a) => a.code === code);
  if (code !== "" && !activity) return refusal([issue("UNKNOWN_ACTIVITY", code, ctx)]);
  const resolved = await resolveAssignContext(store, refs, request, ctx.lang);
  if (!resolved.ok) return refusal(resolved.issues);
  const { salespersonCode, teamCode } = resolved;
  const unknown = unknownPeople(refs, salespersonCode, teamCode, normalizeCode(request.meetingOrganizer ?? ""), ctx);
  if (unknown.length > 0) return refusal(unknown);
  const numbering = await taskNumbering(store);
  const assigned = assignActivity(
    {
      activity: activity ? { code: activity.code, description: activity.description } : null,
      steps: steps.filter((s) => s.activityCode === code).map((s) => stripMeta<"activityStep">(s)),
      startDate: request.startDate,
      salespersonCode,
      teamCode,
      meetingOrganizer: normalizeCode(request.meetingOrganizer ?? ""),
      context: resolved.context,
      ...(resolved.contacts ? { contacts: resolved.contacts } : {}),
      salespeople: refs.salespeople,
      teamMembers: members.filter((m) => m.teamCode === teamCode).map((m) => m.salespersonCode),
      nextNo: numbering.nextNo,
    },
    ctx.lang,
  );
  if (!assigned.ok) return refusal(assigned.issues);
  const contacts = resolved.contacts?.length ?? (resolved.context.contactNo ? 1 : 0);
  return {
    result: resultOf(assigned.tasks, contacts, assigned.skippedMembers),
    unit: unitOf(assigned.tasks, numbering.advanced(newId), code, ctx, newId),
  };
}

function resultOf(tasks: readonly Task[], contacts: number, skippedMembers: string[]): AssignActivityResult {
  const nos = tasks.map((t) => t.no);
  return {
    ok: true,
    issues: [],
    tasks: tasks.length,
    contacts,
    ...(nos.length > 0 ? { firstNo: nos[0], lastNo: nos[nos.length - 1] } : {}),
    skippedMembers,
  };
}

const issue = (code: string, value: string, ctx: OpContext) =>
  makeIssue(0, "", code, "error", { code: value }, ctx.lang);

/** A salesperson, team or meeting organizer that is named but not stored (TK12). */
function unknownPeople(
  refs: Awaited<ReturnType<SyncStore["loadReferenceData"]>>,
  salesperson: string,
  team: string,
  organizer: string,
  ctx: OpContext,
): Issue[] {
  if (team !== "" && !refs.teams.has(team)) return [issue("UNKNOWN_TEAM", team, ctx)];
  if (team === "" && salesperson !== "" && !refs.salespeople.has(salesperson))
    return [issue("UNKNOWN_SALESPERSON", salesperson, ctx)];
  if (team !== "" && organizer !== "" && !refs.salespeople.has(organizer))
    return [issue("UNKNOWN_SALESPERSON", organizer, ctx)];
  return [];
}

/** Task numbers from the TASK series, past every stored task's no. (TK13), and the series row they advance. */
async function taskNumbering(store: SyncStore) {
  const [row, stored] = await Promise.all([seriesRow(store, TASK_SERIES), store.loadRows("task")]);
  if (!row) throw new Error(`number series ${TASK_SERIES} has no default`);
  const counter = seriesCounter(row, new Set(stored.map((t) => normalizeCode(t.no))));
  return {
    nextNo: counter.nextNo,
    advanced: (newId: () => string): StoredRow<"numberSeries"> | null =>
      counter.series().lastNoUsed === row.lastNoUsed ? null : advancedSeries(row, counter.series(), newId),
  };
}

/** One unit: the tasks, and the TASK series advanced past them (TK13). */
function unitOf(
  tasks: readonly Task[],
  series: StoredRow<"numberSeries"> | null,
  activityCode: string,
  ctx: OpContext,
  newId: () => string,
): UnitOfWork {
  const puts = tasks.map((t) => toStoredRow("task", t, newId(), 1));
  return {
    entity: "task",
    deletes: [],
    puts,
    ...(series ? { numberSeries: series } : {}),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "task",
      origin: "assignActivity",
      puts: puts.length,
      deletes: 0,
      keys: [activityCode],
    },
  };
}
