/**
 * The workbook's bound tables as the engine knows them: each binding, what its last reconcile learned
 * (column map, row positions), its issues, its change subscription, and its view in the engine's state.
 */
import type { EntityKind } from "../../domain";
import type { TableChange, WorkbookPort } from "../../workbook";
import { sameScope, STATE_ENTITIES } from "../entities";
import type { BindingScope, RowIssue } from "../entities";
import type { WorkbookBinding } from "./bindingTable";
import type { BindingView, StateBox } from "./engineState";
import type { ReadSource } from "./listNames";
import type { TableMemory } from "./syncEngine";

export class BoundTables {
  private readonly bindings = new Map<string, WorkbookBinding>();
  private readonly memory = new Map<string, TableMemory>();
  private readonly issuesBy = new Map<string, RowIssue[]>();
  /** Tables whose last reconcile read them whole or in part and found no issue (SP60). */
  private readonly clean = new Set<string>();
  private readonly unsubscribers = new Map<string, (() => Promise<void>)[]>();

  constructor(
    private readonly state: StateBox,
    private readonly workbook: WorkbookPort,
  ) {}

  get(id: string): WorkbookBinding | undefined {
    return this.bindings.get(id);
  }

  all(): WorkbookBinding[] {
    return [...this.bindings.values()];
  }

  ids(): string[] {
    return [...this.bindings.keys()];
  }

  find(entity: EntityKind, scope: BindingScope | undefined): WorkbookBinding | undefined {
    return this.all().find((b) => b.entity === entity && sameScope(b.scope, scope));
  }

  /** Whether the table's last reconcile found no issue in it (a table never reconciled, or unhealthy, is not clean). */
  isClean(id: string): boolean {
    return this.clean.has(id);
  }

  memoryOf(id: string): TableMemory | undefined {
    return this.memory.get(id);
  }

  /** Adds (or replaces) a binding; its view starts as "checking". */
  add(b: WorkbookBinding): void {
    this.bindings.set(b.id, b);
    const view: BindingView = {
      id: b.id,
      entity: b.entity,
      tableName: b.tableName,
      sheetName: b.sheetName,
      ...(b.scope ? { scope: b.scope } : {}),
      hidden: STATE_ENTITIES.includes(b.entity),
      health: "checking",
      problems: [],
      rows: 0,
      issueCount: 0,
    };
    this.state.update((s) => ({ bindings: [...s.bindings.filter((v) => v.id !== b.id), view] }));
  }

  /**
   * The table's change hints call `onChange`, the activation of its sheet `onActivated`; a table that is gone is
   * reported by its next reconcile.
   */
  async subscribe(b: WorkbookBinding, onChange: (change: TableChange) => void, onActivated: () => void): Promise<void> {
    await this.unsubscribe(b.id);
    const offs: (() => Promise<void>)[] = [];
    this.unsubscribers.set(b.id, offs);
    await this.workbook
      .onTableChanged(b.tableName, onChange)
      .then((off) => offs.push(off))
      .catch(() => undefined);
    await this.workbook
      .onSheetActivated(b.tableName, onActivated)
      .then((off) => offs.push(off))
      .catch(() => undefined);
  }

  /** Forgets a binding whose table is gone for good (a deleted campaign's sheet): no hints, no view, no issues. */
  async remove(id: string): Promise<void> {
    await this.unsubscribe(id);
    this.bindings.delete(id);
    this.memory.delete(id);
    this.issuesBy.delete(id);
    this.clean.delete(id);
    this.state.update((s) => ({ bindings: s.bindings.filter((v) => v.id !== id) }));
    this.publishIssues();
  }

  async unsubscribeAll(): Promise<void> {
    for (const id of [...this.unsubscribers.keys()]) await this.unsubscribe(id);
  }

  /** Bindings whose tables are among `tableNames` (case-insensitive, as Excel names tables). */
  withTables(tableNames: readonly string[]): WorkbookBinding[] {
    const names = new Set(tableNames.map((n) => n.toLowerCase()));
    return this.all().filter((b) => names.has(b.tableName.toLowerCase()));
  }

  private async unsubscribe(id: string): Promise<void> {
    const offs = this.unsubscribers.get(id) ?? [];
    this.unsubscribers.delete(id);
    for (const off of offs) await off().catch(() => undefined);
  }

  /** A reconcile found the table and planned it: remember its shape, show its issues under the sheet's name now. */
  settled(id: string, memory: TableMemory, issues: RowIssue[], rows: number, sheetName: string): void {
    this.memory.set(id, memory);
    this.issuesBy.set(id, issues);
    if (issues.length === 0) this.clean.add(id);
    else this.clean.delete(id);
    const b = this.bindings.get(id);
    if (b && sheetName !== "" && b.sheetName !== sheetName) this.bindings.set(id, { ...b, sheetName });
    const extraColumns = memory.map.extra.map((c) => c.caption);
    this.setView(id, { health: "ok", problems: [], rows, issueCount: issues.length, sheetName, extraColumns });
  }

  /** The table is missing or its header is wrong: nothing of it is shown as issues. */
  unhealthy(id: string, health: "broken" | "header", problems: string[]): void {
    if (health === "broken") this.memory.delete(id);
    this.issuesBy.set(id, []);
    this.clean.delete(id);
    this.setView(id, { health, problems, issueCount: 0 });
  }

  /** A row the card added below the table is now part of it. */
  /** A source table of drop-down lists as the engine last read it (null while it is not bound). */
  readonly readSource = (entity: EntityKind): ReadSource | null => {
    const b = this.find(entity, undefined);
    const memory = b ? this.memoryOf(b.id) : undefined;
    return b ? { binding: b, header: memory?.header, map: memory?.map } : null;
  };

  noteAppended(id: string, rowId: string): void {
    const m = this.memory.get(id);
    if (m && !m.rowIndexById.has(rowId)) {
      m.rowIndexById.set(rowId, m.bodyRows);
      m.bodyRows += 1;
    }
  }

  publishIssues(): void {
    this.state.update(() => ({ issues: this.ids().flatMap((id) => this.issuesBy.get(id) ?? []) }));
  }

  private setView(id: string, change: Partial<BindingView>): void {
    this.state.update((s) => ({ bindings: s.bindings.map((b) => (b.id === id ? { ...b, ...change } : b)) }));
  }
}
