/**
 * The sync engine: keeps bound tables and the store in step. Every operation runs on one serial queue,
 * so a paste that arrives during a reconcile is handled by the next reconcile, never interleaved.
 * The data's way (architecture.md): read Excel → close → validate → one store transaction → write Excel.
 */
import type { EntityKind } from "../domain/types";
import type { SheetSchema } from "../sheets";
import { readBindings, sameScope, writeBindings } from "./bindingMetadata";
import type { WorkbookBinding } from "./bindingMetadata";
import { schemaOfBinding } from "./bindingSchema";
import { writeCampaignRow } from "./campaignCard";
import type { EngineDeps, SyncEngine, TableMemory } from "./engineContract";
import { engineMessage } from "./engineMessages";
import { INITIAL_STATE, StateBox } from "./engineState";
import type { BindingView } from "./engineState";
import { rulesFor } from "./entityRules";
import { createLocalPlanner } from "./localPlanner";
import type { ActivationSummary, OpRequest, ResultOf } from "./operations";
import { runReconcile } from "./runReconcile";
import type { RowIssue } from "./rowIssue";
import { BANNER_ROWS, segmentBannerOf } from "./segmentBanner";
import { SerialQueue } from "./serialQueue";
import { tableSpecOf } from "./tableSpec";

export type { EngineDeps, SaveResult, SyncEngine, TableMemory } from "./engineContract";

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  const { workbook, store, lang } = deps;
  const planner = deps.planner ?? createLocalPlanner(store, () => deps.ids.next());
  const tableSpec = (schema: SheetSchema<unknown>, sheetName: string) => tableSpecOf(schema, sheetName, lang);
  const state = new StateBox();
  const queue = new SerialQueue();
  const bindings = new Map<string, WorkbookBinding>();
  const memory = new Map<string, TableMemory>();
  const issuesBy = new Map<string, RowIssue[]>();
  const unsubscribers = new Map<string, () => Promise<void>>();
  const scheduled = new Set<string>();
  const dirty = new Set<string>();
  let running: string | null = null;
  let abort: AbortController | null = null;

  const setView = (id: string, change: Partial<BindingView>) =>
    state.update((s) => ({
      bindings: s.bindings.map((b) => (b.id === id ? { ...b, ...change } : b)),
    }));
  const publishIssues = () =>
    state.update(() => ({ issues: [...bindings.keys()].flatMap((id) => issuesBy.get(id) ?? []) }));

  function hint(id: string): void {
    if (running === id) dirty.add(id);
    schedule(id);
  }

  function schedule(id: string): Promise<void> {
    if (scheduled.has(id)) return queue.idle();
    scheduled.add(id);
    return queue.push(async () => {
      scheduled.delete(id);
      await reconcileNow(id);
    });
  }

  async function subscribeTo(b: WorkbookBinding): Promise<void> {
    await unsubscribers
      .get(b.id)?.()
      .catch(() => undefined);
    try {
      unsubscribers.set(b.id, await workbook.onTableChanged(b.tableName, () => hint(b.id)));
    } catch {
      unsubscribers.delete(b.id); // the table is gone: the reconcile reports it
    }
  }

  async function reconcileNow(id: string): Promise<void> {
    const b = bindings.get(id);
    if (!b) return;
    running = id;
    abort = new AbortController();
    state.update(() => ({ busy: true, error: null }));
    try {
      const result = await runReconcile({ ...deps, planner, binding: b, signal: abort.signal, dirty, state });
      if (result.kind === "missing") {
        memory.delete(id);
        issuesBy.set(id, []);
        setView(id, {
          health: "broken",
          problems: [engineMessage("TABLE_MISSING", lang, { table: b.tableName, sheet: b.sheetName })],
          issueCount: 0,
        });
      } else if (result.kind === "header") {
        issuesBy.set(id, []);
        setView(id, { health: "header", problems: result.problems, issueCount: 0 });
      } else {
        memory.set(id, result.memory);
        issuesBy.set(id, result.issues);
        setView(id, { health: "ok", problems: [], rows: result.report.rows, issueCount: result.issues.length });
        state.update((s) => ({ lastReport: result.report, reconcileCount: s.reconcileCount + 1 }));
        scheduleDependents(result.changes, id);
      }
      publishIssues();
    } catch (e) {
      const aborted = (e as Error)?.name === "AbortError";
      state.update(() => ({
        error: aborted
          ? engineMessage("CANCELLED", lang)
          : engineMessage("FAILED", lang, { error: String((e as Error)?.message ?? e) }),
      }));
    } finally {
      running = null;
      abort = null;
      state.update(() => ({ busy: queue.size() > 1, progress: null }));
    }
  }

  /** Other sheets of a changed entity show the change; entities that refer to it are validated again. */
  function scheduleDependents(changes: readonly EntityKind[], except: string | null): void {
    if (changes.length === 0) return;
    for (const other of bindings.values()) {
      if (other.id === except) continue;
      const deps_ = rulesFor(other.entity).dependsOn;
      if (changes.some((c) => c === other.entity || deps_.includes(c))) void schedule(other.id);
    }
    if (changes.some((c) => c === "salesPrice" || c === "salesLineDiscount")) void refreshLineCounts();
  }

  const segmentLines = (segmentNo: string) => segmentBannerOf(store, segmentNo, lang);

  /** After a header save, the segment's sheet (if bound, and created with header lines) shows the new header. */
  async function refreshBanner(segmentNo: string): Promise<void> {
    const b = [...bindings.values()].find((x) => x.scope?.segmentNo === segmentNo);
    const above = b ? await segmentLines(segmentNo) : undefined;
    if (!b || !above) return;
    const info = await workbook.getTable(b.tableName).catch(() => null);
    if (info && info.headerRow >= BANNER_ROWS + 1) await workbook.writeSheetText(info.sheetName, 0, 0, above);
  }

  const opContext = () => ({ lang, today: deps.clock.today(), nowIso: deps.clock.nowIso() });

  /** Runs a pane operation on the queue; the sheets of what it changed reconcile after it. */
  function operate<K extends OpRequest["kind"]>(request: Extract<OpRequest, { kind: K }>): Promise<ResultOf<K>> {
    return queue.push(async () => {
      const outcome = await planner.op(request, opContext());
      scheduleDependents(outcome.changes, null);
      if (request.kind === "deactivate" || outcome.changes.includes("segmentLine")) {
        state.update((s) => ({ targetGroupsVersion: s.targetGroupsVersion + 1 }));
      }
      return outcome.result as ResultOf<K>;
    });
  }

  function refreshLineCounts(): Promise<void> {
    return queue.push(async () => {
      const counts = await planner.op({ kind: "lineCounts" }, opContext()).catch(() => null);
      if (counts?.kind === "lineCounts") state.update(() => ({ lineCounts: counts.result }));
    });
  }

  async function addBinding(b: WorkbookBinding): Promise<void> {
    bindings.set(b.id, b);
    state.update((s) => ({
      bindings: [
        ...s.bindings.filter((v) => v.id !== b.id),
        {
          id: b.id,
          entity: b.entity,
          tableName: b.tableName,
          sheetName: b.sheetName,
          ...(b.scope ? { scope: b.scope } : {}),
          health: "checking",
          problems: [],
          rows: 0,
          issueCount: 0,
        },
      ],
    }));
    if (!(await store.getBinding(b.id))) {
      await store.putBinding({
        id: b.id,
        entity: b.entity,
        sheetName: b.sheetName,
        schemaVersion: b.schemaVersion,
        seenRowIds: [],
      });
    }
    await subscribeTo(b);
  }

  const engine: SyncEngine = {
    lang,
    async start() {
      try {
        const { bindings: found } = await readBindings(workbook);
        for (const b of found) await addBinding(b);
      } catch (e) {
        state.update(() => ({
          error: engineMessage("METADATA_UNREADABLE", lang, { error: String((e as Error)?.message ?? e) }),
        }));
      }
      await engine.reconcileAll();
      await refreshLineCounts();
    },

    bind: (entity, scope) =>
      queue.push(async () => {
        const existing = [...bindings.values()].find((b) => b.entity === entity && sameScope(b.scope, scope));
        const schema = schemaOfBinding(entity, scope);
        const above = scope?.segmentNo ? await segmentLines(scope.segmentNo) : undefined;
        const info = await workbook.ensureTable({
          ...tableSpec(schema, existing?.sheetName ?? schema.sheetName[lang]),
          ...(above ? { above } : {}),
        });
        if (existing) return void schedule(existing.id);
        const b: WorkbookBinding = {
          id: deps.ids.next(),
          entity,
          tableName: info.tableName,
          sheetName: info.sheetName,
          schemaVersion: schema.version,
          ...(scope ? { scope } : {}),
        };
        await addBinding(b);
        await writeBindings(workbook, [...bindings.values()]);
        void schedule(b.id);
      }),

    recreate: (bindingId) =>
      queue.push(async () => {
        const b = bindings.get(bindingId);
        if (!b) return;
        await workbook.ensureTable({
          ...tableSpec(schemaOfBinding(b.entity, b.scope), b.sheetName),
          tableName: b.tableName,
        });
        // A rebuilt table has shown nothing yet: every stored row is appended to it.
        await store.putBinding({
          id: b.id,
          entity: b.entity,
          sheetName: b.sheetName,
          schemaVersion: b.schemaVersion,
          seenRowIds: [],
        });
        await subscribeTo(b);
        void schedule(b.id);
      }),

    reconcile: (bindingId) => schedule(bindingId),
    async reconcileAll() {
      await Promise.all([...bindings.keys()].map((id) => schedule(id)));
      await queue.idle();
    },
    cancel: () => abort?.abort(),

    saveCampaign: (rowId, campaign) =>
      queue.push(async () => {
        const b = [...bindings.values()].find((x) => x.entity === "campaign");
        if (b) await reconcileNow(b.id);
        const done = await planner.op({ kind: "saveCampaign", bindingId: b?.id ?? null, rowId, campaign }, opContext());
        const outcome = done.result as ResultOf<"saveCampaign">;
        if (outcome.ok && outcome.saved) {
          await writeCampaignRow(workbook, b, b ? memory.get(b.id) : undefined, outcome.saved);
          const m = b ? memory.get(b.id) : undefined;
          if (m && !m.rowIndexById.has(outcome.saved.rowId)) {
            m.rowIndexById.set(outcome.saved.rowId, m.bodyRows);
            m.bodyRows += 1;
          }
          scheduleDependents(outcome.changes, b?.id ?? null);
        }
        return {
          ok: outcome.ok,
          issues: outcome.issues,
          ...(outcome.saved ? { saved: outcome.saved } : {}),
        };
      }),

    async selectIssue(issue) {
      const b = bindings.get(issue.bindingId);
      if (b) await workbook.selectCell(b.tableName, issue.rowIndex, issue.colIndex);
    },

    liveRows: (entity) => store.liveRows(entity),
    idle: () => queue.idle(),
    getState: () => state.get(),
    subscribe: (listener) => state.subscribe(listener),

    refreshLineCounts: () => refreshLineCounts(),

    saveSegment: async (header, options) => {
      const result = await operate({ kind: "saveSegment", header, ...options });
      if (result.ok) await queue.push(() => refreshBanner(result.no));
      return result;
    },
    previewSegment: (header) => operate({ kind: "previewSegment", header }),
    deleteSegment: (segmentNo) => operate({ kind: "deleteSegment", segmentNo }),
    addContacts: (segmentNo, criteria, options) => operate({ kind: "addContacts", segmentNo, criteria, options }),
    removeContacts: (segmentNo, mode, criteria, options) =>
      operate({ kind: "removeContacts", segmentNo, mode, criteria, options }),
    deactivateCampaign: (campaignNo) => operate({ kind: "deactivate", campaignNo }),
    priceCheck: (input) => operate({ kind: "priceCheck", input }),

    activateCampaign: (campaignNo, confirmNoPrices) =>
      queue.push(async () => {
        const outcome = await planner.op({ kind: "planActivation", campaignNo }, opContext());
        const summary = outcome.result as ActivationSummary;
        const proceed = summary.ok && (!summary.needsConfirmation || (await confirmNoPrices()));
        if (!proceed) {
          planner.discard();
          return { ...summary, committed: false };
        }
        await planner.commit();
        state.update((s) => ({ targetGroupsVersion: s.targetGroupsVersion + 1 }));
        return { ...summary, committed: true };
      }),

    liveSegments: () => store.liveSegments(),
    liveTargetGroups: (campaignNo) => store.liveTargetGroups(campaignNo),

    async dispose() {
      abort?.abort();
      await queue.idle().catch(() => undefined);
      for (const off of unsubscribers.values()) await off().catch(() => undefined);
      unsubscribers.clear();
      planner.dispose();
      state.update(() => INITIAL_STATE);
    },
  };
  return engine;
}
