/**
 * One table's reconcile on the store side: load what the plan needs, run the pure planRows, and add what
 * the unit does to other records (a campaign's lines, target groups). Shared by the in-process and the
 * worker planner.
 */
import { convertContactToCustomer } from "../../domain";
import type { EntityKind } from "../../domain";
import { hashText } from "../../sheets";
import type { CellKind } from "../../sheets";
import type { HistoryEntry, ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import type { CellValue } from "../../workbook";
import {
  campaignUnitCascade,
  deletedCampaignNos,
  changesOf,
  inScope,
  removedWithCampaigns,
  rulesFor,
  schemaOfBinding,
  seriesRow,
  targetGroupsOfMarks,
  targetGroupUpkeep,
  withInteractionCascade,
  withOpportunityCascade,
  withStageTasks,
  withTaskCascade,
  withUpkeep,
} from "../entities";
import { dependentsOf } from "./deleteDependents";
import { planRows } from "./planRows";
import type { RowsPlan } from "./planRows";
import { referenceAddsOf, referenceChangesOf } from "./referenceChanges";
import { rowsById } from "./rowsById";
import type { PlannedTable, TablePlanRequest } from "./reconcileTypes";
import type { PlanMemos } from "./planMemos";
import { plansIncrementally } from "./rowMemo";
import { changesLineCounts } from "./lineCountChanges";

export interface TableReconcile {
  planned: PlannedTable;
  unit: UnitOfWork | null;
  /** Body rows whose history the plan loaded (their base cell is not their stored hash): SP25. */
  historyRows: readonly number[];
}

export async function reconcileTable(
  store: SyncStore,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  timer: () => number,
  memos?: PlanMemos,
  historyOf?: ReadonlySet<number>,
): Promise<TableReconcile> {
  const rules = rulesFor(request.entity);
  const scope = request.scope;
  const [all, refs, record, series, tombstones] = await Promise.all([
    store.loadRows(request.entity),
    store.loadReferenceData(),
    store.getBinding(request.bindingRecordId),
    rules.numberSeriesCode ? seriesRow(store, rules.numberSeriesCode) : Promise.resolve(undefined),
    store.loadTombstones(request.entity),
  ]);
  // A campaign's (or segment's) own sheet shows, and may delete, only its own lines.
  const stored = scope ? all.filter((r) => inScope(scope, r)) : all;
  const { history, rows: historyRows } = await historyFor(store, request, body, stored, all, historyOf);
  const dependents = await dependentsOf(store, request, body, all, record);
  const plan = planRows({
    bindingId: request.bindingId,
    binding: record ?? { ...bindingOf(request), seen: {} },
    history,
    resolutions: new Map(Object.entries(request.resolutions ?? {})),
    rules,
    schema: schemaOfBinding(request.entity, scope) as typeof rules.schema,
    map: request.map,
    ...cellsBeyondValues(request),
    body,
    stored,
    tombstones,
    refs,
    series,
    lang: request.lang,
    today: request.today,
    nowIso: request.nowIso,
    newRowId: (text, occurrence) => rowIdFor(request, text, occurrence),
    ...(dependents ? { dependents } : {}),
    ...(await memoInput(memos, request)),
    timer,
  });
  if (plan.memo !== undefined) await memos?.set(request.bindingId, plan.memo);
  const { unit, changes } = await withSideEffects(store, request, plan.unit as UnitOfWork | null, all, refs);
  const planned = {
    ...plannedOf(request, plan, unit, changes, all, refs),
    lineCountsChange: await changesLineCounts(store, unit),
  };
  // An undo of a campaign's delete puts back what the delete took (CD4): kept by the pane that made it.
  if (planned.deletedCampaigns.length > 0)
    planned.removed = await removedWithCampaigns(store, all, planned.deletedCampaigns);
  return { unit, planned, historyRows };
}

/** What the engine needs of a table's plan (it crosses from the worker: only what is used). */
function plannedOf(
  request: TablePlanRequest,
  plan: RowsPlan<EntityKind>,
  unit: UnitOfWork | null,
  changes: EntityKind[],
  all: readonly StoredRow[],
  refs: ReferenceData,
): Omit<PlannedTable, "lineCountsChange"> {
  const writeBack = request.writeBack !== false;
  const campaigns = request.entity === "campaign";
  return {
    blocks: writeBack ? plan.blocks : [],
    fills: writeBack ? plan.fills : [],
    issues: plan.issues,
    // Only the card writes to rows by id (campaigns): a 100k-entry map is not worth cloning to the UI thread.
    rowIndexById: campaigns ? plan.rowIndexById : new Map(),
    bodyRows: plan.bodyRows,
    clearedRows: writeBack ? plan.cleared : [],
    addsOwnRows: (unit?.cascade ?? []).some((c) => c.entity === request.entity && c.puts.length > 0),
    counts: plan.counts,
    hasUnit: unit !== null,
    memoryOnly: unit !== null && storesNoRows(unit),
    changes,
    deletedCampaigns: campaigns && unit ? deletedCampaignNos(unit, all as StoredRow<"campaign">[]) : [],
    referenceChanges: referenceChangesOf(unit, changes, refs),
    referenceAdds: referenceAddsOf(unit, all),
    timings: plan.timings,
  };
}

/** SP42: a unit that moves only its binding's memory (no rows, series, target groups or expectations). */
function storesNoRows(unit: UnitOfWork): boolean {
  return (
    unit.puts.length === 0 &&
    unit.deletes.length === 0 &&
    (unit.cascade ?? []).every((c) => c.puts.length === 0 && (c.deletes ?? []).length === 0) &&
    !unit.numberSeries &&
    !unit.targetGroups &&
    (unit.expect ?? []).length === 0
  );
}

function bindingOf(request: TablePlanRequest) {
  const { bindingRecordId: id, entity, sheetName, schemaVersion } = request;
  return { id, entity, sheetName, schemaVersion };
}

/** A new row's id, from the document, the binding, the row's cells and its place among equal rows. */
function rowIdFor(request: TablePlanRequest, text: string, occurrence: number): string {
  return `r${hashText(`${request.documentId}\u001f${request.bindingId}\u001f${text}\u001f${occurrence}`)}`;
}

/**
 * The history of rows both sides may have changed: the sheet's base is set and is not the stored hash. `only`: the body
 * rows to look at (an in-body edit's, SP25: the others are as the last plan found them); absent, every row.
 */
async function historyFor(
  store: SyncStore,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  stored: readonly StoredRow[],
  all: readonly StoredRow[],
  only?: ReadonlySet<number>,
): Promise<{ history: ReadonlyMap<string, HistoryEntry[]>; rows: number[] }> {
  const { map } = request;
  if (map.rowBase < 0) return { history: new Map(), rows: [] };
  // The rows in scope first (the plan looks them up in the same map, SP31); a row from beyond the scope in the others.
  const scoped = rowsById(stored);
  const hashes = { get: (id: string) => (scoped.get(id) ?? rowsById(all).get(id))?.rowHash };
  const ids: string[] = [];
  const rows: number[] = [];
  for (const at of only ?? body.keys()) {
    const row = body[at];
    const cell = row?.[map.rowBase];
    if (cell === "" || cell === null || cell === undefined) continue;
    const text = String(cell);
    const id = String(row?.[map.rowId] ?? "");
    const hash = hashes.get(id);
    // The cell's first hash (its lineage follows a space) is the stored one: compared in place, no copy (SP31).
    if (hash === undefined || text.charCodeAt(0) === 32) continue;
    if (text.startsWith(hash) && (text.length === hash.length || text.charCodeAt(hash.length) === 32)) continue;
    ids.push(id);
    rows.push(at);
  }
  return { history: ids.length > 0 ? await store.loadHistory(request.entity, ids) : new Map(), rows };
}

/** What a unit does to other records, committed with it; and the entities whose sheets must follow. */
async function withSideEffects(
  store: SyncStore,
  request: TablePlanRequest,
  unit: UnitOfWork | null,
  all: readonly StoredRow[],
  refs: ReferenceData,
): Promise<{ unit: UnitOfWork | null; changes: EntityKind[] }> {
  const entity = request.entity;
  if (!unit) return { unit, changes: [] };
  if (entity === "customer") unit = await withCustomerLinks(store, unit, all as StoredRow<"customer">[]);
  if (entity === "segmentLine") unit = await withLineUpkeep(store, unit, all as StoredRow<"segmentLine">[], refs);
  if (entity === "campaignActivation") unit = await withMarks(store, unit, all, refs, request);
  const newId = (text: string) => rowIdFor(request, text, 0);
  unit = await withInteractionCascade(entity, { store, unit, stored: all, refs, lang: request.lang, newId });
  unit = await withOpportunityCascade(entity, {
    store,
    unit,
    stored: all,
    refs,
    lang: request.lang,
    today: request.today,
    newId,
  });
  unit = await withStageTasks(entity, { store, unit, refs, lang: request.lang, newId });
  unit = await withTaskCascade(entity, { store, unit, stored: all, newId });
  if (entity === "campaign") {
    const cascade = await campaignUnitCascade(store, unit, all as StoredRow<"campaign">[]);
    if (cascade.length > 0) unit = { ...unit, cascade: [...(unit.cascade ?? []), ...cascade] };
  }
  return { unit, changes: changesOf(unit) };
}

/** Activation marks added or removed in the sheet bring or take their campaigns' target groups. */
async function withMarks(
  store: SyncStore,
  unit: UnitOfWork,
  all: readonly StoredRow[],
  refs: ReferenceData,
  request: TablePlanRequest,
): Promise<UnitOfWork> {
  const before = new Set((all as StoredRow<"campaignActivation">[]).map((m) => m.campaignNo));
  const added = (unit.puts as StoredRow<"campaignActivation">[]).map((m) => m.campaignNo).filter((c) => !before.has(c));
  const groups = await targetGroupsOfMarks(store, refs, added, unit.deletes, request.lang);
  return groups ? { ...unit, targetGroups: groups } : unit;
}

/** A customer newly linked to a company contact takes over that contact's target-group rows (§4). */
async function withCustomerLinks(
  store: SyncStore,
  unit: UnitOfWork,
  all: readonly StoredRow<"customer">[],
): Promise<UnitOfWork> {
  const before = new Map(all.map((c) => [c.rowId, c.contactNo]));
  const linked = (unit.puts as StoredRow<"customer">[]).filter(
    (c) => c.contactNo !== "" && before.get(c.rowId) !== c.contactNo,
  );
  if (linked.length === 0) return unit;
  let rows = await store.loadTargetGroups();
  const puts = [];
  const deletes = [];
  for (const c of linked) {
    const change = convertContactToCustomer(c.contactNo, c.no, rows);
    for (const put of change.puts) puts.push(put);
    for (const d of change.deletes) deletes.push(d);
    rows = rows.filter((r) => !change.deletes.includes(r));
  }
  return puts.length + deletes.length > 0 ? { ...unit, targetGroups: { puts, deletes } } : unit;
}

/** Lines added, changed or removed on a segment sheet keep activated campaigns' target groups right. */
async function withLineUpkeep(
  store: SyncStore,
  unit: UnitOfWork,
  segmentLines: readonly StoredRow<"segmentLine">[],
  refs: ReferenceData,
): Promise<UnitOfWork> {
  const byId = new Map(segmentLines.map((l) => [l.rowId, l]));
  const puts = unit.puts as StoredRow<"segmentLine">[];
  const deleted = new Set(unit.deletes);
  const before = [...puts.flatMap((p) => byId.get(p.rowId) ?? []), ...segmentLines.filter((l) => deleted.has(l.rowId))];
  return withUpkeep(unit, await targetGroupUpkeep(store, refs, segmentLines, before, puts));
}

/** The header's row, percent formats and cell kinds of the body, as planRows asks for them. */
function cellsBeyondValues(request: TablePlanRequest) {
  const formats = request.formats;
  return {
    ...(request.headerRow !== undefined ? { headerRow: request.headerRow } : {}),
    ...(formats ? { formatOf: (row: number, col: number) => formats.get(col)?.[row] ?? "" } : {}),
    ...(request.errorCells || request.dateCells ? { cellKind: cellKindOf(request) } : {}),
  };
}

/** What the binding's last plan left settled (SP6), for entities that plan only what changed. */
async function memoInput(memos: PlanMemos | undefined, request: TablePlanRequest) {
  if (!memos || !plansIncrementally(request.entity)) return {};
  return { memo: await memos.get(request.bindingId), kindRows: kindRowsOf(request) };
}

/** Body rows with an error or date cell (SP6: always planned, their kinds are not in the raw hash). */
function kindRowsOf(request: TablePlanRequest): Set<number> {
  return new Set([...(request.errorCells ?? []), ...(request.dateCells ?? [])].map(([row]) => row));
}

/** What a body cell holds beyond its value, from the reader's lists: an Excel error (PS6), a date (PS12). */
function cellKindOf(request: TablePlanRequest): (row: number, col: number) => CellKind | undefined {
  const kinds = new Map<string, CellKind>();
  for (const [row, col] of request.errorCells ?? []) kinds.set(`${row}:${col}`, "error");
  for (const [row, col] of request.dateCells ?? []) kinds.set(`${row}:${col}`, "date");
  return (row, col) => kinds.get(`${row}:${col}`);
}
