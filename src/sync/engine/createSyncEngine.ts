/**
 * The sync engine: keeps bound tables and the store in step, on the UI thread next to Excel. Every job runs
 * on one queue (reconcileScheduler.ts). The data's way (architecture.md): read Excel → close → plan and
 * commit in the planner → write Excel. The engine never writes the store itself: the planner does.
 */
import { schemaOfBinding, type Resolution } from "../entities";
import type { OpRequest, ResultOf } from "../operations";
import type { Planner } from "../planner";
import type { WorkbookBinding } from "./bindingTable";
import { BoundTables } from "./boundTables";
import { segmentShown, uncovered } from "./coverage";
import { dependentsOf } from "./dependents";
import type { Changed } from "./dependents";
import { DocumentSession } from "./documentSession";
import { activateThrough, saveFromCard } from "./campaignActions";
import { engineMessage, failureMessage, tableMissingMessage } from "./engineMessages";
import { CampaignDeletes, restoreThrough } from "./campaignDeletes";
import { StatisticsSheets } from "./statisticsSheets";
import { StorageFull } from "./storageFull";
import { INITIAL_STATE, StateBox } from "./engineState";
import { ListNames } from "./listNames";
import { ReconcileScheduler, type ReconcileMode } from "./reconcileScheduler";
import { SheetBinder } from "./sheetBinder";
import { SheetFront } from "./sheetFront";
import { StoreRebuild } from "./storeRebuild";
import type { EngineDeps, SyncEngine } from "./syncEngine";
import { tableSpecOf } from "./tableSpec";
import { taskQueries, type TaskQueries } from "./taskQueries";
import { inReconcileOrder, openBindings } from "./workbookOpen";

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  return Object.assign(new Engine(deps), taskQueries(deps));
}

const errorText = (e: unknown) => String((e as Error)?.message ?? e);

class Engine implements Omit<SyncEngine, keyof TaskQueries> {
  readonly lang;
  private readonly state = new StateBox();
  private readonly tables: BoundTables;
  private readonly scheduler: ReconcileScheduler;
  private readonly planner: Planner;
  private readonly session: DocumentSession;
  private readonly stopWatchingDelays: () => void;
  private readonly lists: ListNames;
  private readonly front: SheetFront;
  private readonly rebuild: StoreRebuild;
  /** Conflicts the person resolved, per binding, waiting for the table's next reconcile. */
  private readonly resolutions = new Map<string, Record<string, Resolution>>();
  private readonly storageFull: StorageFull;
  private readonly deletes: CampaignDeletes;
  private readonly stats: StatisticsSheets;
  private readonly binder: SheetBinder;

  constructor(private readonly deps: EngineDeps) {
    this.lang = deps.lang;
    this.planner = deps.planner;
    this.session = new DocumentSession(deps.workbook, deps.store, deps.planner, deps.document, () => deps.ids.next());
    this.tables = new BoundTables(this.state, deps.workbook);
    this.rebuild = new StoreRebuild(this.state, deps.persistent ?? null);
    this.lists = new ListNames(deps.workbook);
    this.front = new SheetFront(deps.workbook, deps.store, this.state, deps.lang);
    this.scheduler = new ReconcileScheduler(
      (id, signal, mode, following, only) => this.reconcileNow(id, signal, mode, following, only),
      deps.timers,
      (pending) => this.state.update(() => ({ pending })),
    );
    this.storageFull = new StorageFull(this.state, this.tables, (id) => this.scheduler.schedule(id), deps.lang);
    this.deletes = new CampaignDeletes({
      workbook: deps.workbook,
      tables: this.tables,
      state: this.state,
      restore: (records) => restoreThrough(this.planner, records, this.opContext()),
      bind: (entity, scope) => void this.bind(entity, scope, { show: false }),
    });
    this.stats = new StatisticsSheets({ ...deps, planner: this.planner, push: (job) => this.jobs.push(job) });
    this.binder = new SheetBinder({
      ...deps,
      tables: this.tables,
      front: this.front,
      lists: this.lists,
      session: this.session,
      addBinding: (b) => this.addBinding(b),
      schedule: (id) => void this.scheduler.schedule(id),
    });
    this.stopWatchingDelays = deps.workbook.onDelayed((waiting) =>
      this.state.update(() => ({ waitingForCellEdit: waiting })),
    );
  }

  private get jobs() {
    return this.scheduler.jobs;
  }

  start = async (): Promise<void> => {
    const bindings = await openBindings(this.deps.workbook).catch((e: unknown) => {
      this.state.update(() => ({ error: engineMessage("METADATA_UNREADABLE", this.lang, { error: errorText(e) }) }));
      return [];
    });
    if (!(await this.session.meet((of) => this.state.update(() => ({ copy: { of } }))))) return;
    // A store that knows none of the workbook's tables is new here: it is rebuilt from the workbook, visibly.
    const rebuild = bindings.length > 0 && (await this.deps.store.countBindings()) === 0;
    for (const b of bindings) await this.addBinding(b);
    // SP48: the worker reads the big sheets' plan memos while the small tables are read and planned first.
    this.planner.warm?.(bindings.map((b) => ({ bindingId: b.id, entity: b.entity })));
    if (rebuild) {
      const order = inReconcileOrder(this.tables.all()).map((b) => b.id);
      await this.rebuild.run(order, (id) => this.scheduler.schedule(id));
    } else await this.reconcileAll();
    await this.refreshLineCounts();
  };

  bind: SyncEngine["bind"] = (entity, scope, options) =>
    this.jobs.push(() => this.binder.bindEach([{ entity, scope }], options?.show !== false));

  recreate = (bindingId: string): Promise<void> =>
    this.jobs.push(async () => {
      const b = this.tables.get(bindingId);
      if (!b) return;
      const schema = schemaOfBinding(b.entity, b.scope);
      await this.lists.beforeCreate(schema, this.tables.readSource);
      await this.deps.workbook.ensureTable({ ...tableSpecOf(schema, b.sheetName, this.lang), tableName: b.tableName });
      await this.putBinding(b, true); // a rebuilt table has shown nothing yet: every stored row is appended to it
      await this.listenTo(b);
      void this.scheduler.schedule(b.id);
    });

  reconcile = (bindingId: string): Promise<void> => this.scheduler.schedule(bindingId);

  reconcileAll = async (): Promise<void> => {
    await Promise.all(inReconcileOrder(this.tables.all()).map((b) => this.scheduler.schedule(b.id)));
    await this.jobs.idle();
  };

  cancel = (): void => {
    this.rebuild.cancel();
    this.scheduler.cancel();
    this.planner.cancel?.(); // a plan or an operation waiting on the worker (F6)
  };

  paneFocused = async (): Promise<void> => {
    const names = await this.deps.workbook.tablesOnActiveSheet().catch(() => []);
    for (const b of this.tables.withTables(names)) this.scheduler.whenIdle(b.id);
  };

  saveCampaign: SyncEngine["saveCampaign"] = (rowId, campaign) =>
    this.jobs.push(async () => {
      const b = this.tables.find("campaign", undefined);
      if (b) await this.scheduler.runNow(b.id);
      const request = { rowId, campaign, context: this.opContext() };
      const outcome = await saveFromCard(this.planner, this.deps.workbook, this.tables, b, request);
      if (outcome.ok && outcome.saved) this.scheduleDependents(outcome, b?.id ?? null);
      return { ok: outcome.ok, issues: outcome.issues, ...(outcome.saved ? { saved: outcome.saved } : {}) };
    });

  resolveConflict: SyncEngine["resolveConflict"] = async (issue, resolution) => {
    if (!issue.conflict) return;
    const pending = this.resolutions.get(issue.bindingId) ?? {};
    this.resolutions.set(issue.bindingId, { ...pending, [issue.conflict.rowId]: resolution });
    await this.scheduler.schedule(issue.bindingId);
  };

  resolveCopy: SyncEngine["resolveCopy"] = async (choice) => {
    await this.session.choose(choice);
    this.state.update(() => ({ copy: null, reopen: choice === "separate" }));
  };

  selectIssue: SyncEngine["selectIssue"] = async (issue) => {
    const b = this.tables.get(issue.bindingId);
    if (b) await this.front.select(b, issue.rowIndex, issue.colIndex);
  };

  campaignStatistics: SyncEngine["campaignStatistics"] = (no, r) =>
    this.operate({ kind: "campaignStatistics", campaignNo: no, ...r });
  writeStatisticsSheet: SyncEngine["writeStatisticsSheet"] = (no) => this.jobs.push(() => this.stats.write(no));
  showRecord: SyncEngine["showRecord"] = (entity, rowId, no) => this.front.showRecord(this.tables, entity, rowId, no);

  refreshLineCounts = (): Promise<void> =>
    this.jobs.push(async () => {
      const counts = await this.planner.op({ kind: "lineCounts" }, this.opContext()).catch(() => null);
      if (counts?.kind === "lineCounts") this.state.update(() => ({ lineCounts: counts.result }));
    });

  saveSegment: SyncEngine["saveSegment"] = async (header, options) => {
    const result = await this.operate({ kind: "saveSegment", header, ...options });
    if (result.ok) await this.jobs.push(() => this.front.refreshBanner(result.no, this.tables.all()));
    return result;
  };

  previewSegment: SyncEngine["previewSegment"] = (header) => this.operate({ kind: "previewSegment", header });
  deleteSegment: SyncEngine["deleteSegment"] = (segmentNo) => this.operate({ kind: "deleteSegment", segmentNo });
  addContacts: SyncEngine["addContacts"] = async (segmentNo, criteria, options) => {
    const result = await this.operate({ kind: "addContacts", segmentNo, criteria, options });
    // The lines travel with the workbook: a segment whose lines no sheet shows gets its own sheet.
    const no = segmentNo.trim().toUpperCase();
    if (result.added > 0 && !segmentShown(no, this.tables.all())) await this.bind("segmentLine", { segmentNo: no });
    return result;
  };
  removeContacts: SyncEngine["removeContacts"] = (segmentNo, mode, criteria, options) =>
    this.operate({ kind: "removeContacts", segmentNo, mode, criteria, options });
  logSegment: SyncEngine["logSegment"] = (no, o) => this.operate({ kind: "logSegment", segmentNo: no, ...o });
  assignActivity: SyncEngine["assignActivity"] = (request) => this.operate({ kind: "assignActivity", request });
  deactivateCampaign: SyncEngine["deactivateCampaign"] = (no) => this.operate({ kind: "deactivate", campaignNo: no });
  priceCheck: SyncEngine["priceCheck"] = (input) => this.operate({ kind: "priceCheck", input });

  activateCampaign: SyncEngine["activateCampaign"] = (campaignNo, confirmNoPrices) =>
    this.jobs.push(async () => {
      const { result, changes } = await activateThrough(this.planner, campaignNo, confirmNoPrices, this.opContext());
      if (!changes) return result;
      this.scheduleDependents({ changes }, null);
      this.state.update((s) => ({ targetGroupsVersion: s.targetGroupsVersion + 1 }));
      return result;
    });

  liveRows: SyncEngine["liveRows"] = (entity) => this.deps.store.liveRows(entity);
  liveSegments: SyncEngine["liveSegments"] = () => this.deps.store.liveRows("segmentHeader");
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
  private async reconcileNow(id: string, signal: AbortSignal, mode: ReconcileMode, following: boolean, only: boolean) {
    const b = this.tables.get(id);
    if (!b) return;
    const { workbook, clock } = this.deps;
    this.state.update((s) => ({ busy: true, error: this.storageFull.full ? s.error : null })); // full: it stays
    const resolutions = this.resolutions.get(id) ?? {};
    this.resolutions.delete(id);
    try {
      const args = { workbook, clock, lang: this.lang, planner: this.planner, binding: b, signal, resolutions };
      const session = { documentId: this.session.documentId, bindingRecordId: this.session.recordId(b.id) };
      const state = { dirty: this.scheduler.dirty, state: this.state, following };
      // SP20: a reconcile caused only by the table's own hints may read only the rows they name.
      const deps = { ...args, ...session, ...state, writeBack: mode === "local" };
      const result = await this.scheduler.edits.reconcile(deps, only);
      if (result.kind === "missing") {
        this.tables.unhealthy(id, "broken", [tableMissingMessage(b, this.lang)]);
      } else if (result.kind === "header") {
        this.tables.unhealthy(id, "header", result.problems);
      } else {
        this.tables.settled(id, result.memory, result.issues, result.report.rows, result.sheetName);
        this.storageFull.stored(id);
        await this.lists.afterReconcile({ binding: b, ...result.memory }).catch(() => undefined);
        this.state.update((s) => ({ lastReport: result.report, reconcileCount: s.reconcileCount + 1 }));
        this.scheduleDependents(result, id, mode);
        if (mode === "local") await this.deletes.followed(result.deletedCampaigns, result.removed);
        if (result.readAgain) void this.scheduler.schedule(id, mode);
      }
      this.tables.publishIssues();
    } catch (e) {
      if (!this.storageFull.tookFull(e, b)) this.state.update(() => ({ error: failureMessage(e, this.lang) }));
    } finally {
      this.state.update(() => ({ busy: this.jobs.size() > 1, progress: null }));
    }
  }
  retryStorage: SyncEngine["retryStorage"] = () => this.storageFull.retry();
  undoDelete: SyncEngine["undoDelete"] = () =>
    this.jobs.push(async () => {
      const { result, changes } = await this.deletes.undo();
      this.scheduleDependents({ changes }, null);
      return result;
    });

  /** Other sheets of a changed entity show the change, by scope (SP3); entities that refer to it are validated again. */
  private scheduleDependents(changed: Changed, except: string | null, mode: ReconcileMode = "local") {
    const { changes } = changed;
    if (changes.length === 0) return;
    this.stats.changed(changes, mode);
    // A co-author's pane shows what their change brought (CO1): only a local change binds new sheets here.
    const missing = mode === "local" ? uncovered(changes, this.tables.all()) : [];
    if (missing.length > 0) void this.jobs.push(() => this.binder.bindEach(missing, false));
    const source = except === null ? undefined : this.tables.get(except);
    for (const other of dependentsOf(changed, source, this.tables.all(), (id) => this.tables.isClean(id)))
      if (other.id !== except && !this.rebuild.isPending(other.id)) void this.scheduler.schedule(other.id, mode, true);
    const lines = changes.some((c) => c === "salesPrice" || c === "salesLineDiscount");
    if (lines && changed.lineCountsChange !== false) void this.refreshLineCounts();
  }

  /** Runs a pane operation on the queue; the sheets of what it changed reconcile after it. */
  private operate<K extends OpRequest["kind"]>(request: Extract<OpRequest, { kind: K }>): Promise<ResultOf<K>> {
    return this.jobs.push(async () => {
      const outcome = await this.planner.op(request, this.opContext());
      this.scheduleDependents(outcome, null);
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
      (change) => this.scheduler.hint(b.id, this.scheduler.edits.note(b.id, change)),
      () => this.scheduler.whenIdle(b.id),
    );
  }

  /** The store's record of the binding, through the planner (the engine never writes the store). */
  private async putBinding(b: WorkbookBinding, reset: boolean): Promise<void> {
    const id = this.session.recordId(b.id);
    const binding = { id, entity: b.entity, sheetName: b.sheetName, schemaVersion: b.schemaVersion };
    await this.planner.op({ kind: "putBinding", binding, reset }, this.opContext());
  }
}
