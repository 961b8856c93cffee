/**
 * Shapes of the sheets layer: a schema per bound table, the column map found from a table's header,
 * and the result of parsing one row of cells.
 */
import type { EntityKind, Issue } from "../domain";

/**
 * How a cell is read and written: codes are trimmed and upper-cased, text is trimmed, a percent is a number of
 * percent points (15 for 15 %), an option is one of a column's named values (written as its caption).
 */
export type FieldType = "code" | "text" | "date" | "boolean" | "number" | "integer" | "percent" | "option";

/** Caption in both languages the add-in speaks. */
export interface Caption {
  en: string;
  da: string;
}

/** One value of an option column: the record's value and what the sheet shows. */
export interface OptionDef {
  value: string;
  caption: Caption;
}

/** Where a code column's typing aid (an Excel list validation) takes its values from: a setup table's key column. */
export interface ListSource {
  entity: EntityKind;
  field: string;
}

interface ColumnBase {
  field: string;
  caption: Caption;
  /** Informational (the domain checks lengths). */
  maxLength?: number;
  /** Written by the add-in (e.g. lastDateModified); a bad value there is a warning, never an error. */
  readOnly?: boolean;
  /** Character width hint for new tables. */
  width?: number;
  /** A typing aid only: paste bypasses list validation and the domain judges references. */
  listSource?: ListSource;
}

/** One column of a bound table, tied to one record field. An option column lists its values. */
export type ColumnDef =
  | (ColumnBase & { type: Exclude<FieldType, "option"> })
  | (ColumnBase & { type: "option"; options: readonly OptionDef[] });

/** A column the add-in appends after the schema columns (status text, row id, row version). */
export interface SystemColumnDef {
  caption: Caption;
  hidden: boolean;
  width: number;
}

/** Everything needed to bind records of one kind to an Excel table. */
export interface SheetSchema<R> {
  entity: EntityKind;
  /** Bumped when columns change, so a binding in an old workbook can be recognised. */
  version: number;
  sheetName: Caption;
  tableName: string;
  columns: readonly ColumnDef[];
  keyField: keyof R & string;
  /** The key field is not a column: the engine sets it from the row id (price and discount lines). */
  keyIsRowId?: true;
  /**
   * The key field is a line number that is not a column (segment lines' `lineNo`): the engine numbers a new
   * row and keeps a row's number while the row lives; blank() holds 0.
   */
  keyIsLineNo?: true;
  /** Kept on a very hidden sheet: the workbook's own state (segment headers, number series, activations). */
  hidden?: true;
  /** Values a scoped sheet imposes on every row (one campaign's prices); parseRow applies them. */
  fixed?: Partial<R>;
  keyOf(r: R): string;
  blank(): R;
}

/** What a cell holds beyond its value: an Excel error value (PS6), or a date where a number belongs (PS12). */
export type CellKind = "error" | "date";

/** 0-based indices into the table's columns, found from the header by caption. */
export interface ColumnMap {
  fields: ReadonlyMap<string, number>;
  status: number;
  rowId: number;
  rowVersion: number;
  /** The row base column, or -1 in a table made before it existed. */
  rowBase: number;
  /** Number of columns in the table's header (user columns included). */
  width: number;
  /** Columns the schema does not know (the user's own, or Excel's "Column1"… after a wide paste), in order. */
  extra: readonly ExtraColumn[];
}

/** A header column that is neither a schema column nor a system column. */
export interface ExtraColumn {
  index: number;
  /** The header text as the user sees it (trimmed). */
  caption: string;
}

export interface HeaderProblem {
  code: "HEADER_MISSING" | "HEADER_DUPLICATE";
  /** The expected caption, in the requested language. */
  caption: string;
  message: string;
}

export interface ParsedRow<R> {
  record: R;
  /** "" for a row the add-in has not seen yet. */
  rowId: string;
  /** 0 when blank or unreadable. */
  rowVersion: number;
  /** The content hash the row had when the add-in last wrote it ("" for a row it has not written). */
  rowBase: string;
  /** Older hashes in the base cell after `rowBase`: versions of other stores the row descends from (newest first). */
  rowLineage: readonly string[];
  /** Every schema cell is blank (system columns ignored); such a row has no issues. */
  blank: boolean;
  /** Parse problems; `row` is 0 and the caller re-numbers. */
  issues: Issue[];
  /** Canonical text of the schema cells, for hashing (see recordText). */
  cellText: string;
  /** The row carried no id of its own (or another row's): its id was derived from its cells (set by the planner). */
  idFromCells?: boolean;
}
