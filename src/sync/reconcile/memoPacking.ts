/**
 * A plan memo as the store keeps it (rule SP33): per row one JSON text of its raw cells and percent formats, in
 * parallel arrays, where the memo in memory holds arrays of cells. Reading back 100,000 rows' cells as arrays cost
 * the reopened planner ~2 million values to deserialise; as texts it is one string a row. A row read back is compared
 * by its text until a plan finds it clean, which gives it its cells again (incrementalRows.ts).
 */
import type { CellValue } from "../../workbook";
import type { MemoRow, RowMemo } from "./planInput";

const FORMAT = "packed-1";

export interface PackedMemo {
  format: typeof FORMAT;
  signature: string;
  ids: string[];
  texts: string[];
  hashes: string[];
  versions: number[];
  origins: string[];
}

/**
 * The text of a row's cells and formats; null when a cell is not plain JSON (undefined, NaN, an infinity), whose
 * text would stand for another value: such a row is not remembered, or not clean.
 */
export function rowText(cells: readonly CellValue[], formats: readonly string[]): string | null {
  for (const c of cells) {
    const kind = typeof c;
    if (kind === "string" || kind === "boolean" || c === null) continue;
    if (kind !== "number" || !Number.isFinite(c)) return null;
  }
  return JSON.stringify([cells, formats]);
}

export function packMemo(memo: RowMemo): PackedMemo {
  const packed: PackedMemo = {
    format: FORMAT,
    signature: memo.signature,
    ids: [],
    texts: [],
    hashes: [],
    versions: [],
    origins: [],
  };
  for (const [id, row] of memo.rows) {
    const text = row.packed ?? rowText(row.cells, row.formats);
    if (text === null) continue;
    packed.ids.push(id);
    packed.texts.push(text);
    packed.hashes.push(row.hash);
    packed.versions.push(row.version);
    packed.origins.push(row.origin);
  }
  return packed;
}

/** The memo read back, or null when it is not one (anything else counts as no memo). */
export function unpackMemo(value: unknown): RowMemo | null {
  const memo = value as (Partial<PackedMemo> & { rows?: unknown }) | undefined;
  if (typeof memo?.signature !== "string") return null;
  if (memo.rows instanceof Map) return memo as unknown as RowMemo; // as saved before SP33
  const { ids, texts, hashes, versions, origins } = memo;
  if (memo.format !== FORMAT || !Array.isArray(ids) || !Array.isArray(texts)) return null;
  if (!Array.isArray(hashes) || !Array.isArray(versions) || !Array.isArray(origins)) return null;
  const rows = new Map<string, MemoRow>();
  for (let i = 0; i < ids.length; i++) {
    const [id, text, hash, version, origin] = [ids[i], texts[i], hashes[i], versions[i], origins[i]];
    if (typeof id !== "string" || typeof text !== "string" || typeof hash !== "string") continue;
    if (typeof version !== "number" || typeof origin !== "string") continue;
    rows.set(id, { cells: [], formats: [], packed: text, hash, version, origin });
  }
  return { signature: memo.signature, rows };
}
