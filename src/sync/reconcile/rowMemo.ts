/**
 * Plan only what changed (rule SP6). A plan remembers, per row id, the row's raw cells (and percent formats) together
 * with the stamp of its stored row (hash, version, origin) — for every row that came out settled: stored as the sheet
 * shows it, no issue, nothing to write. The next plan of the same binding skips parsing, validating and deriving a
 * row whose raw cells and stored row are as remembered: its outcome cannot differ. Everything a row's outcome depends
 * on beyond its own cells and stored row is in the memo's signature (column map, language, day, schema, the reference
 * data the entity looks up); a change there plans every row. Rows that meet other rows — duplicates — are planned
 * again when a changed row (or an appended one) shares their neighbour key (`code` of a line: every duplicate of a
 * line has its item or group code). Only entities with a neighbour key plan incrementally.
 */
import type { EntityKind } from "../../domain";
import { hashText } from "../../sheets";
import type { ReferenceData, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { rowText } from "./memoPacking";
import type { MemoRow, PlanInput } from "./planInput";

export type { RowMemo } from "./planInput";

/** The entities planned incrementally, with the key every duplicate shares and the reference data they look up. */
const INCREMENTAL: Partial<Record<EntityKind, { neighbour: string; refs: readonly (keyof ReferenceData)[] }>> = {
  salesPrice: { neighbour: "itemNo", refs: lineRefs() },
  salesLineDiscount: { neighbour: "code", refs: lineRefs() },
};

function lineRefs(): (keyof ReferenceData)[] {
  return [
    "items",
    "itemUnits",
    "itemVariants",
    "itemDiscGroups",
    "customers",
    "customerPriceGroups",
    "customerDiscGroups",
    "currencies",
    "campaigns",
  ];
}

export function plansIncrementally(entity: EntityKind): boolean {
  return INCREMENTAL[entity] !== undefined;
}

/** The key a row shares with every row it can be a duplicate of ("" for none). */
export function neighbourKey(entity: EntityKind, record: unknown): string {
  const field = INCREMENTAL[entity]?.neighbour;
  if (!field) return "";
  const value = (record as Record<string, unknown>)[field];
  return (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value))
    .trim()
    .toUpperCase();
}

const fingerprints = new WeakMap<ReferenceData, Map<string, string>>();

/** A hash of the parts of the reference data an entity looks up (kept per reference data object). */
function refsFingerprint(entity: EntityKind, refs: ReferenceData): string {
  let byEntity = fingerprints.get(refs);
  if (!byEntity) fingerprints.set(refs, (byEntity = new Map()));
  const known = byEntity.get(entity);
  if (known !== undefined) return known;
  const parts = INCREMENTAL[entity]?.refs ?? [];
  const print = hashText(parts.map((p) => `${p}=${textOf(refs[p])}`).join("\u001e"));
  byEntity.set(entity, print);
  return print;
}

function textOf(value: unknown): string {
  if (value instanceof Map) return `M${[...value].map(([k, v]) => `${String(k)}:${textOf(v)}`).join(";")}`;
  if (value instanceof Set) return `S${[...value].join(";")}`;
  if (value !== null && typeof value === "object") {
    const fields = value as Record<string, unknown>;
    return `O${Object.keys(fields)
      .sort()
      .map((k) => `${k}:${textOf(fields[k])}`)
      .join(",")}`;
  }
  return `${typeof value}${String(value)}`;
}

/** Everything beyond a row's own cells and stored row that its outcome depends on. */
export function memoSignature<E extends EntityKind>(input: PlanInput<E>): string {
  const { map } = input;
  return [
    input.rules.entity,
    input.bindingId,
    input.lang,
    input.today,
    input.schema.columns.map((c) => c.field).join(","),
    [...map.fields].map(([f, c]) => `${f}@${c}`).join(","),
    [map.status, map.rowId, map.rowVersion, map.rowBase, map.width].join(","),
    refsFingerprint(input.rules.entity, input.refs),
  ].join("|");
}

/** The body columns holding percents (their number format decides how a cell reads). */
export function percentColumns<E extends EntityKind>(input: PlanInput<E>): number[] {
  if (!input.formatOf) return [];
  const { schema, map } = input;
  return schema.columns.flatMap((c) => (c.type === "percent" ? (map.fields.get(c.field) ?? []) : []));
}

/** The row as remembered: the same cells (same type, same value), formats and stored row. */
export function sameAsMemo<E extends EntityKind>(
  input: PlanInput<E>,
  memo: MemoRow,
  sheetRow: number,
  cells: readonly CellValue[],
  stored: StoredRow<E>,
  percents: readonly number[],
): boolean {
  if (memo.hash !== stored.rowHash || memo.version !== stored.rowVersion) return false;
  if (memo.origin !== (stored.rowOrigin ?? "")) return false;
  if (memo.packed !== undefined) {
    const formats = percents.map((at) => input.formatOf?.(sheetRow, at) ?? "");
    return rowText(cells, formats) === memo.packed;
  }
  const before = memo.cells;
  // A memo read back from the store is checked as it is used: a row that is not as written is simply planned.
  if (!Array.isArray(before) || !Array.isArray(memo.formats) || before.length !== cells.length) return false;
  for (let c = 0; c < cells.length; c++) if (before[c] !== cells[c]) return false;
  for (let k = 0; k < percents.length; k++) {
    if (memo.formats[k] !== input.formatOf?.(sheetRow, percents[k] as number)) return false;
  }
  return true;
}

/** A settled row to remember: a copy of its cells (the body may be reused), its formats and stored row's stamp. */
export function memoRow<E extends EntityKind>(
  input: PlanInput<E>,
  sheetRow: number,
  cells: readonly CellValue[],
  stored: StoredRow<E>,
  percents: readonly number[],
): MemoRow {
  return {
    cells: cells.slice(),
    formats: percents.map((at) => input.formatOf?.(sheetRow, at) ?? ""),
    hash: stored.rowHash,
    version: stored.rowVersion,
    origin: stored.rowOrigin ?? "",
  };
}
