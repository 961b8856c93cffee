/** What the pure row planning needs: the table as read, the store's rows and reference data, the clock's readings. */
import type { EntityKind, EntityRecords, Lang } from "../../domain";
import type { CellKind, ColumnMap, SheetSchema } from "../../sheets";
import type { BindingRecord, HistoryEntry, ReferenceData, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import type { EntityRules, Resolution } from "../entities";

/** What a plan hands the next plan of the same binding (SP6, rowMemo.ts). */
export interface RowMemo {
  signature: string;
  /** Row id → its raw cells and its stored row's stamp, for rows that came out settled. */
  rows: Map<string, MemoRow>;
  /** Rows the plan that made it put in (SP47): at most this many are new to the memo it came from. */
  joined?: number;
}

/** A settled row as the last plan saw it: its raw cells (and percent formats) and its stored row's stamp. */
export interface MemoRow {
  cells: readonly CellValue[];
  formats: readonly string[];
  /** A row read back from the store: its cells and formats as one text, the cells and formats above empty (SP33). */
  packed?: string;
  hash: string;
  version: number;
  origin: string;
}

export interface PlanInput<E extends EntityKind> {
  /** The engine's id of the binding (what its issues name). */
  bindingId: string;
  /** The store's record of the binding for this file of the document. */
  binding: BindingRecord;
  rules: EntityRules<E>;
  /** The binding's schema: the entity's own, or a scoped variant (one campaign's lines). */
  schema: SheetSchema<EntityRecords[E]>;
  map: ColumnMap;
  /** Excel number format of a body cell, for percent columns (absent: unknown). */
  formatOf?: (sheetRow: number, colIndex: number) => string;
  /**
   * What a body cell holds beyond its value (absent: nothing): an Excel error value rather than text that looks like
   * one (PS6), or a date in a number column (PS12).
   */
  cellKind?: (sheetRow: number, colIndex: number) => CellKind | undefined;
  body: readonly (readonly CellValue[])[];
  /** 0-based sheet row of the table's header (absent: 0, a table at A1): messages name rows as Excel numbers them. */
  headerRow?: number;
  stored: readonly StoredRow<E>[];
  /** Row ids of the entity the store saw deleted: a sheet row with such an id was deleted elsewhere. */
  tombstones: ReadonlySet<string>;
  refs: ReferenceData;
  /** The entity's number series when it has one (campaign numbers): stored, or the default (row id ""). */
  series?: StoredRow<"numberSeries"> | undefined;
  /** Earlier versions of stored rows, newest first: the base values a field merge needs. */
  history: ReadonlyMap<string, readonly HistoryEntry[]>;
  /** Conflicts the person resolved, by row id: applied by this plan. */
  resolutions: ReadonlyMap<string, Resolution>;
  lang: Lang;
  today: string;
  nowIso: string;
  /**
   * The id of a row that has none: the same in every pane that sees the same row (its cells' text and its place
   * among rows with the same text), so co-authors name a pasted row alike.
   */
  newRowId: (cellText: string, occurrence: number) => string;
  /** Records a delete of a row would take along, by the row's store key (a campaign's lines); absent: none. */
  dependents?: ReadonlyMap<string, number>;
  /**
   * What the last plan of this binding left settled (SP6): present (null for none yet) to plan only what changed and
   * hand a memo to the next plan; absent, every row is planned and no memo kept.
   */
  memo?: RowMemo | null;
  /** Body rows holding a cell whose kind matters (`cellKind`): always planned. */
  kindRows?: ReadonlySet<number>;
  /** Milliseconds clock for the timings in the plan (absent: timings are 0). */
  timer?: () => number;
}
