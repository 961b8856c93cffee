/**
 * The list of bound tables, kept in the workbook itself so it travels with the file. Written only when a
 * binding is added (saving workbook settings clears Excel's Undo stack).
 */
import type { EntityKind } from "../../domain";
import type { WorkbookPort } from "../../workbook";
import { ENTITY_ORDER } from "../entities";
import type { BindingScope } from "../entities";

export const METADATA_KEY = "campaignDesk.bindings";

export interface WorkbookBinding {
  id: string;
  entity: EntityKind;
  tableName: string;
  sheetName: string;
  schemaVersion: number;
  scope?: BindingScope;
}

function isBinding(v: unknown): v is WorkbookBinding {
  const b = v as Partial<WorkbookBinding> | null;
  return (
    !!b &&
    typeof b.id === "string" &&
    typeof b.tableName === "string" &&
    typeof b.sheetName === "string" &&
    typeof b.schemaVersion === "number" &&
    (b.scope === undefined || isScope(b.scope)) &&
    (ENTITY_ORDER as readonly string[]).includes(String(b.entity))
  );
}

function isScope(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  const ok = (x: unknown) => x === undefined || typeof x === "string";
  return ok(s["campaignNo"]) && ok(s["segmentNo"]) && (s["campaignNo"] !== undefined || s["segmentNo"] !== undefined);
}

/** Reads the bindings; malformed entries are skipped (reported by the count of skipped). */
export async function readBindings(workbook: WorkbookPort): Promise<{ bindings: WorkbookBinding[]; skipped: number }> {
  const text = await workbook.readMetadata(METADATA_KEY);
  if (text === null) return { bindings: [], skipped: 0 };
  const parsed = JSON.parse(text) as { version?: number; bindings?: unknown[] };
  const all = Array.isArray(parsed.bindings) ? parsed.bindings : [];
  const bindings = all.filter(isBinding);
  return { bindings, skipped: all.length - bindings.length };
}

export async function writeBindings(workbook: WorkbookPort, bindings: readonly WorkbookBinding[]): Promise<void> {
  await workbook.writeMetadata(METADATA_KEY, JSON.stringify({ version: 1, bindings }));
}
