/**
 * One reconcile of one bound table, with its I/O: read the table, plan (pure), commit in one store
 * transaction, write back. A change hint that lands meanwhile (`dirty`) restarts it before anything is
 * stored or written, so a person's edit is never overwritten by stale values.
 */
import type { Lang } from "../domain/types";
import { resolveHeader } from "../sheets";
import type { SyncStore } from "../store";
import type { WorkbookPort } from "../workbook";
import type { WorkbookBinding } from "./bindingMetadata";
import type { TableMemory } from "./engine";
import { engineMessage } from "./engineMessages";
import type { ReconcileReport, StateBox } from "./engineState";
import { rulesFor } from "./entityRules";
import type { Clock, IdSource } from "./ports";
import { planReconcile } from "./reconcilePlan";
import type { RowIssue } from "./rowIssue";

export interface ReconcileDeps {
  workbook: WorkbookPort;
  store: SyncStore;
  clock: Clock;
  ids: IdSource;
  lang: Lang;
  binding: WorkbookBinding;
  signal: AbortSignal;
  dirty: Set<string>;
  state: StateBox;
}

export type ReconcileResult =
  | { kind: "missing" }
  | { kind: "header"; problems: string[] }
  | { kind: "done"; memory: TableMemory; issues: RowIssue[]; report: ReconcileReport };

const MAX_RESTARTS = 3;

export async function runReconcile(deps: ReconcileDeps): Promise<ReconcileResult> {
  const { workbook, store, clock, lang, binding: b, dirty, state } = deps;
  const rules = rulesFor(b.entity);
  const sheet = b.sheetName;
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
    );
    if (!read) return { kind: "missing" };
    const { info, body } = read;
    // The header is checked after the read (one round trip for both); a bad header stores and writes nothing.
    const { map, problems } = resolveHeader(rules.schema, info.header, lang);
    if (!map) return { kind: "header", problems: problems.map((p) => p.message) };
    const readAtMs = clock.monotonicMs();
    state.update(() => ({
      progress: { label: engineMessage("CHECKING", lang, { sheet }), done: body.length, total: body.length },
    }));
    const [stored, refs, record, series] = await Promise.all([
      store.loadRows(b.entity),
      store.loadReferenceData(),
      store.getBinding(b.id),
      rules.numberSeriesCode ? store.getNumberSeries(rules.numberSeriesCode) : Promise.resolve(undefined),
    ]);
    const plan = planReconcile({
      binding: record ?? {
        id: b.id,
        entity: b.entity,
        sheetName: b.sheetName,
        schemaVersion: b.schemaVersion,
        seenRowIds: [],
      },
      rules,
      map,
      body,
      stored,
      refs,
      series,
      lang,
      today: clock.today(),
      nowIso: clock.nowIso(),
      newId: () => deps.ids.next(),
    });
    const plannedAtMs = clock.monotonicMs();
    if (deps.signal.aborted) throw abortError();
    if (dirty.has(b.id) && attempt < MAX_RESTARTS) continue;

    state.update(() => ({
      progress: { label: engineMessage("SAVING", lang, { sheet }), done: 0, total: plan.counts.puts },
    }));
    if (plan.unit) await store.commit(plan.unit);
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
      report: {
        bindingId: b.id,
        entity: b.entity,
        ...plan.counts,
        startedAtMs,
        readMs: readAtMs - startedAtMs,
        planMs: plannedAtMs - readAtMs,
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
