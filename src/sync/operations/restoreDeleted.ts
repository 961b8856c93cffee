/**
 * Undo of a campaign's delete from the pane (rule CD4): the campaign and the lines its delete took go back into the
 * store as they were, each one version newer (copies see a change, and the rows' tombstones are lifted). Refused —
 * nothing stored — when a campaign's number is in use again; the commit also expects the number free (compare and
 * set), so a co-author who took it meanwhile is not overwritten.
 */
import type { EntityKind } from "../../domain";
import { storeKeyOf } from "../../store";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import { rulesFor } from "../entities";
import type { RemovedRecords } from "../entities";
import type { OpContext, RestoreResult } from "./operationTypes";

const again = (rows: readonly StoredRow[]) => rows.map((r) => ({ ...r, rowVersion: r.rowVersion + 1 }));

export async function restoreDeleted(
  store: SyncStore,
  records: RemovedRecords,
  ctx: OpContext,
): Promise<{ result: RestoreResult; unit: UnitOfWork | null }> {
  const own = records[0];
  if (!own || own.rows.length === 0) return { result: { ok: false, taken: [], restored: 0 }, unit: null };
  const entity: EntityKind = own.entity;
  // The number, not the store key: campaigns are stored by row id (ST15) and the commit keeps the no. unique (ST16).
  const numberOf = (r: StoredRow) => rulesFor(entity).schema.keyOf(r as never);
  const inUse = new Set((await store.loadRows(entity)).map(numberOf));
  const taken = own.rows.map(numberOf).filter((no) => inUse.has(no));
  if (taken.length > 0) return { result: { ok: false, taken, restored: 0 }, unit: null };
  const restored = records.reduce((n, set) => n + set.rows.length, 0);
  const keys = own.rows.map((r) => storeKeyOf(entity, r));
  const unit: UnitOfWork = {
    entity,
    deletes: [],
    puts: again(own.rows),
    cascade: records.slice(1).map((set) => ({ entity: set.entity, puts: again(set.rows) })),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity,
      origin: "undoDelete",
      puts: restored,
      deletes: 0,
      keys: own.rows.slice(0, 50).map(numberOf),
    },
    expect: own.rows.map((r, i) => ({ entity, key: keys[i]!, rowId: r.rowId, hash: null })),
  };
  return { result: { ok: true, taken: [], restored }, unit };
}
