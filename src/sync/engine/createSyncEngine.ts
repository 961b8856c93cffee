/**
 * The sync engine: keeps bound tables and the store in step, on the UI thread next to Excel. Every job runs
 * on one queue (reconcileScheduler.ts). The data's way (architecture.md): read Excel → close → plan and
 * commit in the planner → write Excel. The engine never writes the store itself: the planner does.
 */
import type { EntityKind } from "../../domain";
import { BANNER_ROWS, rulesFor, schemaOfBinding, segmentBanner } from "../entities";
import type { ActivationSummary, OpRequest, ResultOf } from "../operations";
import type { Planner } from "../planner";
import { readBindings, writeBindings } from "./bindingMetadata";
import type { WorkbookBinding } from "./bindingMetadata";
import { BoundTables } from "./boundTables";
import { writeCampaignRow } from "./campaignRowWriter";
import { engineMessage } from "./engineMessages";
import { INITIAL_STATE, StateBox } from "./engineState";
import { ListNames } from "./listNames";
import type { ReadSource } from "./listNames";
import { ReconcileScheduler } from "./reconcileScheduler";
import { runReconcile } from "./runReconcile";
import type { EngineDeps, SyncEngine } from "./syncEngine";
import { tableSpecOf } from "./tableSpec";

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  return new Engine(deps);
}

const errorText = (e: unknown) => String((e as Error)?.message ?? e);

class Engine implements SyncEngine {
  readonly lang;
  private readonly state = new StateBox();
  private readonly tables: BoundTables;
  private readonly scheduler: ReconcileScheduler;
  private readonly planner: Planner;
  private readonly stopWatchingDelays: () => void;
  private readonly lists: ListNames;
  private autoOpenDone = false;

  constructor(private readonly deps: EngineDeps) {
    this.lang = deps.lang;
    this.planner = deps.planner;
    this.tables = new BoundTables(this.state, deps.workbook);
    this.lists = new ListNames(deps.workbook);
    this.scheduler = new ReconcileScheduler((id, signal) => this.reconcileNow(id, signal), deps.timers);
    this.stopWatchingDelays = deps.workbook.onDelayed((waiting) =>
      this.state.update(() => ({ waitingForCellEdit: waiting })),
    );
  }

  private get jobs() {
    return this.scheduler.jobs;
  }

  start = async (): Promise<void> => {
    try {
      const { bindings } = await readBindings(this.deps.workbook);
      for (const b of bindings) await this.addBinding(b);
    } catch (e) {
      this.state.update(() => ({ error: engineMessage("METADATA_UNREADABLE", this.lang, { error: errorText(e) }) }));
    }
    await this.reconcileAll();
    await this.refreshLineCounts();
  };

  bind: SyncEngine["bind"] = (entity, scope, options) =>
    this.jobs.push(async () => {
      const existing = this.tables.find(entity, scope);
      const schema = schemaOfBinding(entity, scope);
      const above = scope?.segmentNo ? await this.bannerOf(scope.segmentNo) : undefined;
      await this.lists.beforeCreate(schema, this.readSource);
      const info = await this.deps.workbook.ensureTable({
        ...tableSpecOf(schema, existing?.sheetName ?? schema.sheetName[this.lang], this.lang),
        ...(above ? { above } : {}),
      });
      if (options?.show !== false) await this.show(info.tableName, info.sheetName);
      if (existing) return void this.scheduler.schedule(existing.id);
      const b: WorkbookBinding = {
        id: this.deps.ids.next(),
        entity,
        tableName: info.tableName,
        sheetName: info.sheetName,
        schemaVersion: schema.version,
        ...(scope ? { scope } : {}),
      };
      await this.addBinding(b);
      await writeBindings(this.deps.workbook, this.tables.all());
      await this.enableAutoOpen();
      void this.scheduler.schedule(b.id);
    });

  recreate = (bindingId: string): Promise<void> =>
    this.jobs.push(async () => {
      const b = this.tables.get(bindingId);
      if (!b) return;
      const schema = schemaOfBinding(b.entity, b.scope);
      await this.lists.beforeCreate(schema, this.readSource);
      const spec = tableSpecOf(schema, b.sheetName, this.lang);
      await this.deps.workbook.ensureTable({ ...spec, tableName: b.tableName });
      // A rebuilt table has shown nothing yet: every stored row is appended to it.
      await this.putBinding(b, true);
      await this.listenTo(b);
      void this.scheduler.schedule(b.id);
    });

  reconcile = (bindingId: string): Promise<void> => this.scheduler.schedule(bindingId);

  reconcileAll = async (): Promise<void> => {
    await Promise.all(this.tables.ids().map((id) => this.scheduler.schedule(id)));
    await this.jobs.idle();
  };

  cancel = (): void => this.scheduler.cancel();

  paneFocused = async (): Promise<void> => {
    const names = await this.deps.workbook.tablesOnActiveSheet().catch(() => []);
    for (const b of this.tables.withTables(names)) this.scheduler.whenIdle(b.id);
  };

  saveCampaign: SyncEngine["saveCampaign"] = (rowId, campaign) =>
    this.jobs.push(async () => {
      const b = this.tables.find("campaign", undefined);
      if (b) await this.scheduler.runNow(b.id);
      const request = { kind: "saveCampaign" as const, bindingId: b?.id ?? null, rowId, campaign };
      const outcome = (await this.planner.op(request, this.opContext())).result as ResultOf<"saveCampaign">;
      if (outcome.ok && outcome.saved) {
        await writeCampaignRow(this.deps.workbook, b, b ? this.tables.memoryOf(b.id) : undefined, outcome.saved);
        if (b) this.tables.noteAppended(b.id, outcome.saved.rowId);
        this.scheduleDependents(outcome.changes, b?.id ?? null);
      }
      return { ok: outcome.ok, issues: outcome.issues, ...(outcome.saved ? { saved: outcome.saved } : {}) };
    });

  selectIssue: SyncEngine["selectIssue"] = async (issue) => {
    const b = this.tables.get(issue.bindingId);
    if (!b) return;
    const shown = await this.deps.workbook.selectCell(b.tableName, issue.rowIndex, issue.colIndex);
    this.reportShown(shown, b.sheetName);
  };

  refreshLineCounts = (): Promise<void> =>
    this.jobs.push(async () => {
      const counts = await this.planner.op({ kind: "lineCounts" }, this.opContext()).catch(() => null);
      if (counts?.kind === "lineCounts") this.state.update(() => ({ lineCounts: counts.result }));
    });

  saveSegment: SyncEngine["saveSegment"] = async (header, options) => {
    const result = await this.operate({ kind: "saveSegment", header, ...options });
    if (result.ok) await this.jobs.push(() => this.refreshBanner(result.no));
    return result;
  };

  previewSegment: SyncEngine["previewSegment"] = (header) => this.operate({ kind: "previewSegment", header });
  deleteSegment: SyncEngine["deleteSegment"] = (segmentNo) => this.operate({ kind: "deleteSegment", segmentNo });
  addContacts: SyncEngine["addContacts"] = (segmentNo, criteria, options) =>
    this.operate({ kind: "addContacts", segmentNo, criteria, options });
  removeContacts: SyncEngine["removeContacts"] = (segmentNo, mode, criteria, options) =>
    this.operate({ kind: "removeContacts", segmentNo, mode, criteria, options });
  deactivateCampaign: SyncEngine["deactivateCampaign"] = (campaignNo) =>
    this.operate({ kind: "deactivate", campaignNo });
  priceCheck: SyncEngine["priceCheck"] = (input) => this.operate({ kind: "priceCheck", input });

  activateCampaign: SyncEngine["activateCampaign"] = (campaignNo, confirmNoPrices) =>
    this.jobs.push(async () => {
      const outcome = await this.planner.op({ kind: "planActivation", campaignNo }, this.opContext());
      const summary = outcome.result as ActivationSummary;
      const proceed = summary.ok && (!summary.needsConfirmation || (await confirmNoPrices()));
      if (!proceed) {
        this.planner.discard();
        return { ...summary, committed: false };
      }
      await this.planner.commit();
      this.state.update((s) => ({ targetGroupsVersion: s.targetGroupsVersion + 1 }));
      return { ...summary, committed: true };
    });

  liveRows: SyncEngine["liveRows"] = (entity) => this.deps.store.liveRows(entity);
  liveSegments: SyncEngine["liveSegments"] = () => this.deps.store.liveSegments();
  liveTargetGroups: SyncEngine["liveTargetGroups"] = (campaignNo) => this.deps.store.liveTargetGroups(campaignNo);
  idle = (): Promise<void> => {
    this.scheduler.flushHints();
    return this.jobs.idle();
  };
  getState: SyncEngine["getState"] = () => this.state.get();
  subscribe: SyncEngine["subscribe"] = (listener) => this.state.subscribe(listener);

  dispose = async (): Promise<void> => {
    this.scheduler.dispose();
    this.scheduler.cancel();
    this.stopWatchingDelays();
    await this.jobs.idle().catch(() => undefined);
    await this.tables.unsubscribeAll();
    this.planner.dispose();
    this.state.update(() => INITIAL_STATE);
  };

  /** One reconcile of one binding (a job on the queue); the sheets of what it changed follow. */
  private async reconcileNow(id: string, signal: AbortSignal): Promise<void> {
    const b = this.tables.get(id);
    if (!b) return;
    const { workbook, clock } = this.deps;
    this.state.update(() => ({ busy: true, error: null }));
    try {
      const args = { workbook, clock, lang: this.lang, planner: this.planner, binding: b, signal };
      const result = await runReconcile({ ...args, dirty: this.scheduler.dirty, state: this.state });
      if (result.kind === "missing") {
        const problem = engineMessage("TABLE_MISSING", this.lang, { table: b.tableName, sheet: b.sheetName });
        this.tables.unhealthy(id, "broken", [problem]);
      } else if (result.kind === "header") {
        this.tables.unhealthy(id, "header", result.problems);
      } else {
        this.tables.settled(id, result.memory, result.issues, result.report.rows);
        await this.lists.afterReconcile({ binding: b, ...result.memory }).catch(() => undefined);
        this.state.update((s) => ({ lastReport: result.report, reconcileCount: s.reconcileCount + 1 }));
        this.scheduleDependents(result.changes, id);
      }
      this.tables.publishIssues();
    } catch (e) {
      const aborted = (e as Error)?.name === "AbortError";
      const error = aborted
        ? engineMessage("CANCELLED", this.lang)
        : engineMessage("FAILED", this.lang, { error: errorText(e) });
      this.state.update(() => ({ error }));
    } finally {
      this.state.update(() => ({ busy: this.jobs.size() > 1, progress: null }));
    }
  }

  /** Other sheets of a changed entity show the change; entities that refer to it are validated again. */
  private scheduleDependents(changes: readonly EntityKind[], except: string | null): void {
    if (changes.length === 0) return;
    for (const other of this.tables.all()) {
      if (other.id === except) continue;
      const dependsOn = rulesFor(other.entity).dependsOn;
      if (changes.some((c) => c === other.entity || dependsOn.includes(c))) void this.scheduler.schedule(other.id);
    }
    if (changes.some((c) => c === "salesPrice" || c === "salesLineDiscount")) void this.refreshLineCounts();
  }

  /** Runs a pane operation on the queue; the sheets of what it changed reconcile after it. */
  private operate<K extends OpRequest["kind"]>(request: Extract<OpRequest, { kind: K }>): Promise<ResultOf<K>> {
    return this.jobs.push(async () => {
      const outcome = await this.planner.op(request, this.opContext());
      this.scheduleDependents(outcome.changes, null);
      if (request.kind === "deactivate" || outcome.changes.includes("segmentLine")) {
        this.state.update((s) => ({ targetGroupsVersion: s.targetGroupsVersion + 1 }));
      }
      return outcome.result as ResultOf<K>;
    });
  }

  private opContext() {
    return { lang: this.lang, today: this.deps.clock.today(), nowIso: this.deps.clock.nowIso() };
  }

  private async addBinding(b: WorkbookBinding): Promise<void> {
    this.tables.add(b);
    await this.putBinding(b, false);
    await this.listenTo(b);
  }

  /** Change hints of the table reconcile it (debounced); its sheet's activation reconciles it when idle. */
  private listenTo(b: WorkbookBinding): Promise<void> {
    return this.tables.subscribe(
      b,
      () => this.scheduler.hint(b.id),
      () => this.scheduler.whenIdle(b.id),
    );
  }

  /** The store's record of the binding, through the planner (the engine never writes the store). */
  private async putBinding(b: WorkbookBinding, reset: boolean): Promise<void> {
    const binding = { id: b.id, entity: b.entity, sheetName: b.sheetName, schemaVersion: b.schemaVersion };
    await this.planner.op({ kind: "putBinding", binding, reset }, this.opContext());
  }

  /** The sheet comes to the front with its first empty row selected, so the person's next paste lands there. */
  private async show(tableName: string, sheetName: string): Promise<void> {
    const shown = await this.deps.workbook.showTable(tableName).catch(() => "shown" as const);
    this.reportShown(shown, sheetName);
  }

  /** Another workbook had the focus: the pane says so until a sheet is shown. */
  private reportShown(shown: "shown" | "inactiveWorkbook", sheet: string): void {
    const notice = shown === "inactiveWorkbook" ? engineMessage("INACTIVE_WORKBOOK", this.lang, { sheet }) : null;
    this.state.update(() => ({ notice }));
  }

  /**
   * A workbook with bound sheets opens the pane for everyone who has the add-in (sideloaded or centrally deployed):
   * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
   */
  private async enableAutoOpen(): Promise<void> {
    if (this.autoOpenDone) return;
    await this.deps.workbook.enableAutoOpen().catch(() => undefined);
    this.autoOpenDone = true;
  }

  /** A source table of drop-down lists as the engine last read it (null while it is not bound). */
  private readonly readSource = (entity: EntityKind): ReadSource | null => {
    const b = this.tables.find(entity, undefined);
    const memory = b ? this.tables.memoryOf(b.id) : undefined;
    return b ? { binding: b, header: memory?.header, map: memory?.map } : null;
  };

  private async bannerOf(segmentNo: string): Promise<string[][] | undefined> {
    const header = (await this.deps.store.loadSegments()).find((s) => s.no === segmentNo);
    return header ? segmentBanner(header, this.lang) : undefined;
  }

  /** After a header save, the segment's sheet (if bound, and created with header lines) shows the new header. */
  private async refreshBanner(segmentNo: string): Promise<void> {
    const b = this.tables.all().find((x) => x.scope?.segmentNo === segmentNo);
    const above = b ? await this.bannerOf(segmentNo) : undefined;
    if (!b || !above) return;
    const info = await this.deps.workbook.getTable(b.tableName).catch(() => null);
    if (info && info.headerRow >= BANNER_ROWS + 1) await this.deps.workbook.writeSheetText(info.sheetName, 0, 0, above);
  }
}
