/**
 * One table's plan against the store, shared by the in-process and the worker planner: load what the
 * plan needs, run the pure planReconcile, and add the cascade a campaign date change brings.
 */
import type { CellValue } from "../workbook";
import type { EntityKind } from "../domain/types";
import { convertContactToCustomer } from "../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../store";
import { targetGroupUpkeep } from "./lineUpkeep";
import { inScope, schemaOfBinding } from "./bindingSchema";
import { campaignUnitCascade } from "./campaignCascade";
import { rulesFor } from "./entityRules";
import type { PlannedTable, TablePlanRequest } from "./planner";
import { planReconcile } from "./reconcilePlan";

export interface HeldPlan {
  planned: PlannedTable;
  unit: UnitOfWork | null;
}

export async function planTable(
  store: SyncStore,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  newId: () => string,
): Promise<HeldPlan> {
  const rules = rulesFor(request.entity);
  const scope = request.scope;
  const [all, refs, record, series] = await Promise.all([
    store.loadRows(request.entity),
    store.loadReferenceData(),
    store.getBinding(request.bindingId),
    rules.numberSeriesCode ? store.getNumberSeries(rules.numberSeriesCode) : Promise.resolve(undefined),
  ]);
  // A campaign's (or segment's) own sheet shows, and may delete, only its own lines.
  const stored = scope ? all.filter((r) => inScope(scope, r)) : all;
  const formats = request.formats;
  const plan = planReconcile({
    binding: record ?? {
      id: request.bindingId,
      entity: request.entity,
      sheetName: request.sheetName,
      schemaVersion: request.schemaVersion,
      seenRowIds: [],
    },
    rules,
    schema: schemaOfBinding(request.entity, scope) as typeof rules.schema,
    map: request.map,
    ...(formats ? { formatOf: (row: number, col: number) => formats.get(col)?.[row] ?? "" } : {}),
    body,
    stored,
    refs,
    series,
    lang: request.lang,
    today: request.today,
    nowIso: request.nowIso,
    newId,
    timer: () => performance.now(),
  });
  let unit: UnitOfWork | null = plan.unit as UnitOfWork | null;
  const changes: EntityKind[] = [];
  if (unit && (unit.puts.length > 0 || unit.deletes.length > 0)) changes.push(request.entity);
  if (unit && request.entity === "customer") {
    // A customer newly linked to a company contact takes over that contact's target-group rows (§4).
    const before = new Map((all as StoredRow<"customer">[]).map((c) => [c.rowId, c.contactNo]));
    const linked = (unit.puts as StoredRow<"customer">[]).filter(
      (c) => c.contactNo !== "" && before.get(c.rowId) !== c.contactNo,
    );
    if (linked.length > 0) {
      let rows = await store.loadTargetGroups();
      const puts = [];
      const deletes = [];
      for (const c of linked) {
        const change = convertContactToCustomer(c.contactNo, c.no, rows);
        puts.push(...change.puts);
        deletes.push(...change.deletes);
        rows = rows.filter((r) => !change.deletes.includes(r));
      }
      if (puts.length + deletes.length > 0) unit = { ...unit, targetGroups: { puts, deletes } };
    }
  }
  if (unit && request.entity === "segmentLine") {
    // Lines added, changed or removed on a segment sheet keep activated campaigns' target groups right.
    const segmentLines = all as StoredRow<"segmentLine">[];
    const byId = new Map(segmentLines.map((l) => [l.rowId, l]));
    const puts = unit.puts as StoredRow<"segmentLine">[];
    const deleted = new Set(unit.deletes);
    const before = [
      ...puts.flatMap((p) => byId.get(p.rowId) ?? []),
      ...segmentLines.filter((l) => deleted.has(l.rowId)),
    ];
    const targetGroups = await targetGroupUpkeep(store, refs, segmentLines, before, puts);
    if (targetGroups) unit = { ...unit, targetGroups };
  }
  if (unit && request.entity === "campaign") {
    const cascade = await campaignUnitCascade(store, unit, all as StoredRow<"campaign">[]);
    if (cascade.length > 0) {
      unit = { ...unit, cascade };
      for (const c of cascade) changes.push(c.entity);
    }
  }
  return {
    unit,
    planned: {
      blocks: plan.blocks,
      fills: plan.fills,
      issues: plan.issues,
      // Only the card writes to rows by id (campaigns): a 100k-entry map is not worth cloning to the UI thread.
      rowIndexById: request.entity === "campaign" ? plan.rowIndexById : new Map(),
      bodyRows: plan.bodyRows,
      counts: plan.counts,
      hasUnit: unit !== null,
      changes,
      timings: plan.timings,
    },
  };
}
