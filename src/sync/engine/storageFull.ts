import type { Lang } from "../../domain";
import type { WorkbookBinding } from "./bindingTable";
import type { BoundTables } from "./boundTables";
import { engineMessage } from "./engineMessages";
import type { StateBox } from "./engineState";

/**
 * The browser's storage for the add-in is full (issue #12 item 5): nothing of a table is stored (its unit is one
 * transaction), and the table stays listed as not saved until a commit succeeds again. Tables refused for lack of
 * space are retried when space shows up (another table's commit succeeds) and when the person asks.
 */

/** Dexie and IndexedDB name the error QuotaExceededError; some browsers abort the transaction with it inside. */
export function isStorageFull(error: unknown): boolean {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  if (!e) return false;
  if (e.name === "QuotaExceededError" || e.inner?.name === "QuotaExceededError") return true;
  return /quota/i.test(e.message ?? "");
}

export class StorageFull {
  private readonly refused = new Set<string>();

  constructor(
    private readonly state: StateBox,
    private readonly tables: BoundTables,
    private readonly schedule: (bindingId: string) => Promise<void>,
    private readonly lang: Lang,
  ) {}

  get full(): boolean {
    return this.refused.size > 0;
  }

  /** When `error` says the storage is full: the table says so and stays red until stored (true); else false. */
  tookFull(error: unknown, b: WorkbookBinding): boolean {
    if (!isStorageFull(error)) return false;
    this.refuse(b);
    return true;
  }

  /** Nothing of the table was stored for lack of space: it says so and stays red until stored. */
  private refuse(b: WorkbookBinding): void {
    const error = engineMessage("STORAGE_FULL", this.lang, { sheet: b.sheetName });
    this.refused.add(b.id);
    this.tables.unhealthy(b.id, "broken", [error]);
    this.publish(error);
  }

  /** A table was stored: space is there again, so the tables refused earlier are tried again now. */
  stored(bindingId: string): void {
    if (!this.full) return;
    this.refused.delete(bindingId);
    this.publish(null);
    for (const other of this.refused) void this.schedule(other);
  }

  /** The person's "Try again". */
  async retry(): Promise<void> {
    await Promise.all([...this.refused].map((id) => this.schedule(id)));
  }

  private publish(error: string | null): void {
    const full = [...this.refused].flatMap((id) => this.tables.get(id)?.sheetName ?? []);
    this.state.update((s) => ({ storage: { ...s.storage, full }, error: error ?? (full.length > 0 ? s.error : null) }));
  }
}
