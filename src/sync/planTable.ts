/**
 * One table's plan against the store, shared by the in-process and the worker planner: load what the
 * plan needs, run the pure planReconcile, and add the cascade a campaign date change brings.
 */
import type { CellValue } from "../workbook";
import type { EntityKind } from "../domain/types";
import type { SyncStore, UnitOfWork } from "../store";
import { inScope, schemaOfBinding } from "./bindingSchema";
import { campaignDateCascade, campaignsWithNewDates } from "./campaignCascade";
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
  if (unit && request.entity === "campaign") {
    const moved = campaignsWithNewDates(unit.puts as never, all as never);
    const cascade = await campaignDateCascade(store, moved);
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
