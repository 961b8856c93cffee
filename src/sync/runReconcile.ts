/**
 * One reconcile of one bound table, with its I/O: read the table, plan (pure), commit in one store
 * transaction, write back. A change hint that lands meanwhile (`dirty`) restarts it before anything is
 * stored or written, so a person's edit is never overwritten by stale values.
 */
import type { EntityKind, Lang } from "../domain/types";
import { resolveHeader } from "../sheets";
import type { ColumnMap } from "../sheets";
import type { WorkbookPort } from "../workbook";
import type { WorkbookBinding } from "./bindingMetadata";
import { schemaOfBinding } from "./bindingSchema";
import type { TableMemory } from "./engine";
import { engineMessage } from "./engineMessages";
import type { ReconcileReport, StateBox } from "./engineState";
import type { Clock } from "./ports";
import type { Planner } from "./planner";
import type { RowIssue } from "./rowIssue";

export interface ReconcileDeps {
  workbook: WorkbookPort;
  planner: Planner;
  clock: Clock;
  lang: Lang;
  binding: WorkbookBinding;
  signal: AbortSignal;
  dirty: Set<string>;
  state: StateBox;
}

export type ReconcileResult =
  | { kind: "missing" }
  | { kind: "header"; problems: string[] }
  | { kind: "done"; memory: TableMemory; issues: RowIssue[]; report: ReconcileReport; changes: EntityKind[] };

const MAX_RESTARTS = 3;

export async function runReconcile(deps: ReconcileDeps): Promise<ReconcileResult> {
  const { workbook, planner, clock, lang, binding: b, dirty, state } = deps;
  const schema = schemaOfBinding(b.entity, b.scope);
  const sheet = b.sheetName;
  const hasPercent = schema.columns.some((c) => c.type === "percent");
  const percentColumns = (map: ColumnMap) =>
    schema.columns.filter((c) => c.type === "percent").flatMap((c) => map.fields.get(c.field) ?? []);
  for (let attempt = 0; ; attempt++) {
    dirty.delete(b.id);
    const startedAtMs = clock.monotonicMs();
    state.update(() => ({ progress: { label: engineMessage("READING", lang, { sheet }), done: 0, total: 0 } }));
    const read = await workbook.readTable(
      b.tableName,
      (p) =>
        state.update(() => ({
          progress: { label: engineMessage("READING", lang, { sheet }), done: p.rowsRead, total: p.rowCount },
        })),
      deps.signal,
      // Only a schema with percent columns needs number formats: asking costs a format probe on a first read.
      hasPercent
        ? {
            formatColumns: (header) => {
              const { map } = resolveHeader(schema, header, lang);
              return map ? percentColumns(map) : [];
            },
          }
        : {},
    );
    if (!read) return { kind: "missing" };
    const { info, body } = read;
    // The header is checked after the read (one round trip for both); a bad header stores and writes nothing.
    const { map, problems } = resolveHeader(schema, info.header, lang);
    if (!map) return { kind: "header", problems: problems.map((p) => p.message) };
    const readAtMs = clock.monotonicMs();
    if (deps.signal.aborted) throw abortError();
    state.update(() => ({
      progress: { label: engineMessage("CHECKING", lang, { sheet }), done: 0, total: body.length },
    }));
    const plan = await planner.plan(
      {
        bindingId: b.id,
        entity: b.entity,
        ...(b.scope ? { scope: b.scope } : {}),
        sheetName: b.sheetName,
        schemaVersion: b.schemaVersion,
        map,
        ...(read.formats ? { formats: read.formats } : {}),
        lang,
        today: clock.today(),
        nowIso: clock.nowIso(),
      },
      body,
    );
    const plannedAtMs = clock.monotonicMs();
    if (deps.signal.aborted) {
      planner.discard();
      throw abortError();
    }
    if (dirty.has(b.id) && attempt < MAX_RESTARTS) {
      planner.discard();
      continue;
    }

    state.update(() => ({
      progress: { label: engineMessage("SAVING", lang, { sheet }), done: 0, total: plan.counts.puts },
    }));
    if (plan.hasUnit) await planner.commit();
    const committedAtMs = clock.monotonicMs();
    // The store is right either way; the sheet is written only from a reading that is still current.
    if (dirty.has(b.id) && attempt < MAX_RESTARTS) continue;

    state.update(() => ({
      progress: { label: engineMessage("WRITING", lang, { sheet }), done: 0, total: plan.blocks.length },
    }));
    await workbook.writeCells(b.tableName, plan.blocks, plan.fills);
    const finishedAtMs = clock.monotonicMs();
    return {
      kind: "done",
      memory: { map, bodyRows: plan.bodyRows, rowIndexById: plan.rowIndexById },
      issues: plan.issues,
      changes: plan.changes,
      report: {
        bindingId: b.id,
        entity: b.entity,
        ...plan.counts,
        startedAtMs,
        readMs: readAtMs - startedAtMs,
        planMs: plannedAtMs - readAtMs,
        parseMs: plan.timings.parseMs,
        validateMs: plan.timings.validateMs,
        planCpuMs: plan.timings.totalMs,
        commitMs: committedAtMs - plannedAtMs,
        writeMs: finishedAtMs - committedAtMs,
        committedAtMs,
        finishedAtMs,
      },
    };
  }
}

function abortError(): Error {
  const e = new Error("Cancelled");
  e.name = "AbortError";
  return e;
}
