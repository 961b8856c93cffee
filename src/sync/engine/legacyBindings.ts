/** Bindings of a workbook made before they moved to their table (bindingTable.ts): a JSON list in settings. */
import type { WorkbookPort } from "../../workbook";
import { RECONCILE_ORDER } from "../entities";
import type { WorkbookBinding } from "./bindingTable";

/** Where workbooks made before the binding table kept their bindings (read once, moved to the table). */
export const METADATA_KEY = "campaignDesk.bindings";

function isBinding(v: unknown): v is WorkbookBinding {
  const b = v as Partial<WorkbookBinding> | null;
  return (
    !!b &&
    typeof b.id === "string" &&
    typeof b.tableName === "string" &&
    typeof b.sheetName === "string" &&
    typeof b.schemaVersion === "number" &&
    (b.scope === undefined || isScope(b.scope)) &&
    (RECONCILE_ORDER as readonly string[]).includes(String(b.entity))
  );
}

function isScope(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  const ok = (x: unknown) => x === undefined || typeof x === "string";
  return ok(s["campaignNo"]) && ok(s["segmentNo"]) && (s["campaignNo"] !== undefined || s["segmentNo"] !== undefined);
}

/** Reads the bindings of an older workbook from its settings; malformed entries are skipped (and counted). */
export async function readLegacyBindings(
  workbook: WorkbookPort,
): Promise<{ bindings: WorkbookBinding[]; skipped: number }> {
  const text = await workbook.readMetadata(METADATA_KEY);
  if (text === null) return { bindings: [], skipped: 0 };
  const parsed = JSON.parse(text) as { version?: number; bindings?: unknown[] };
  const all = Array.isArray(parsed.bindings) ? parsed.bindings : [];
  const bindings = all.filter(isBinding);
  return { bindings, skipped: all.length - bindings.length };
}
