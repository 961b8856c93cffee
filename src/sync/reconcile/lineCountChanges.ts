/**
 * Whether a unit changes how many price or discount lines a campaign has (rule SP46): a line deleted, added, or moved
 * to another sales type or code. A Line Discount % typed on one line does not, so the pane's line counts are not
 * counted again over 100,000 lines after it.
 */
import type { EntityKind } from "../../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";

const LINES = new Set<EntityKind>(["salesPrice", "salesLineDiscount"]);
/** More puts than this are counted again without looking at each (a paste). */
const LOOKED_AT = 50;

type Line = StoredRow<"salesPrice" | "salesLineDiscount">;

export async function changesLineCounts(store: SyncStore, unit: UnitOfWork | null): Promise<boolean> {
  if (!unit) return false;
  const ops = [{ entity: unit.entity, puts: unit.puts, deletes: unit.deletes }, ...(unit.cascade ?? [])];
  for (const op of ops) {
    if (!LINES.has(op.entity) || (op.puts.length === 0 && (op.deletes ?? []).length === 0)) continue;
    if ((op.deletes ?? []).length > 0 || op.puts.length > LOOKED_AT) return true;
    for (const put of op.puts as readonly Line[]) {
      const before = (await store.getRow(op.entity, put.rowId)) as Line | undefined;
      if (!before || before.salesType !== put.salesType || before.salesCode !== put.salesCode) return true;
    }
  }
  return false;
}
