/**
 * The simulated workbook's state: sheets, tables, settings, selection. Changes to cells are reported through
 * `changeListeners` (each co-authoring session's event hub turns them into Excel event args); `actor` and `session`
 * say who is changing things.
 */
import type { ChartModel } from "./charts";
import type { CellValue } from "../../../src/workbook";
import type { Rect } from "./address";
import { EN_US } from "./cellInput";
import type { InputLocale } from "./cellInput";
import type { SheetRules } from "./cellRules";
import type { NamedItemModel } from "./namedItems";
import { SheetData } from "./sheetData";
import { SimError } from "./simError";

/** A sheet; its data validation and conditional formats (`SheetRules`) live beside the cells. */
export interface SheetModel extends SheetRules {
  id: string;
  name: string;
  data: SheetData;
  hiddenCols: Set<number>;
  /** Column widths in points; absent means the standard width. */
  widths: Map<number, number>;
  deleted: boolean;
  selection: { row: number; col: number };
  /** Excel.SheetVisibility: a very hidden sheet is not listed in Excel's Unhide dialog, only by code. */
  visibility: SheetVisibility;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row. */
  top: number;
  left: number;
  /** Last body row; a table always has at least one body row, as in Excel. */
  bottom: number;
  right: number;
  deleted: boolean;
}

/**
 * Change types no Microsoft page states, so the sim lets tests choose them (and the add-in must treat every type as a
 * hint): the table event of a table that grew because values were written below it (office-js #728 reports
 * RowInserted for a drag-fill below a table), and the events of a sort (the sim says Unknown).
 */
export interface UnverifiedChangeTypes {
  growth: ChangeType;
  sort: ChangeType;
}

export const DEFAULT_UNVERIFIED: UnverifiedChangeTypes = { growth: "RowInserted", sort: "Unknown" };

/** The add-in (through `sim.run`), the person at the grid, or a co-author. */
export type Actor = "addin" | "person" | "remote";

/** Excel.DataChangeType (https://learn.microsoft.com/javascript/api/excel/excel.datachangetype). */
export type ChangeType =
  | "Unknown"
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";

export interface CellDetail {
  before: CellValue;
  beforeFormula: string | undefined;
  after: CellValue;
  afterFormula: string | undefined;
}

export interface ChangeRecord {
  sheet: SheetModel;
  changeType: ChangeType;
  rect: Rect;
  /** Only for a single-cell edit. */
  detail: CellDetail | undefined;
  /**
   * Tables touched, each with the part of `rect` inside it; `changeType` when the table's own event reports another
   * type than the sheet's (a table that grew, a sort: see `UnverifiedChangeTypes`).
   */
  tables: { table: TableModel; rect: Rect; changeType?: ChangeType }[];
  actor: Actor;
  /** The co-authoring session the change was made in ("main" unless the test opened co-authors). */
  session: string;
}

/** Excel's standard column width (8.43 characters) in points. */
export const STANDARD_WIDTH = 48;
const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * How a table grows when values land directly below it: "regular" to the block's last non-blank row; "stopsAtBlankRow"
 * models the irregular growth reported in office-js #3013 and #3191 (a block with blank rows: the table grows only
 * to the row above the block's first blank row).
 */
export type TableGrowth = "regular" | "stopsAtBlankRow";

/**
 * What a read of a range over the cell limit gets: the error `RangeExceedsLimit`, or `null` values (Microsoft's
 * resource-limits page: beyond 5,000,000 cells a range read may return null).
 */
export type LargeRangeReads = "error" | "null";

export class WorkbookModel {
  tableGrowth: TableGrowth = "regular";
  /** Cells one range read may hold (Excel: 5,000,000), and what a larger read gets. */
  readCellLimit = 5_000_000;
  largeRangeReads: LargeRangeReads = "error";
  /** How typed input and strings written through `Range.values` are read: the host's locale (default en-US). */
  input: InputLocale = EN_US;
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Charts of every sheet (model/charts.ts). */
  charts: ChartModel[] = [];
  settings = new Map<string, string>();
  /** Workbook-scoped defined names, by lower-case name. */
  names = new Map<string, NamedItemModel>();
  activeSheetId = "";
  /** False while a person works in another workbook: the API cannot activate or select here (InactiveWorkbook). */
  hasFocus = true;
  actor: Actor = "person";
  /** The co-authoring session acting now: each session (a co-author's Excel) hears the others' changes as Remote. */
  session = "main";
  /** Bumped on every change, so the sim knows when to notify subscribers. */
  version = 0;
  nextSheetNo = 1;
  nextTableNo = 1;
  /** Ids of conditional formats. */
  nextRuleId = 1;
  /** Every session's event hub hears every change (each decides Local or Remote). */
  readonly changeListeners = new Set<(change: ChangeRecord) => void>();
  /** Called when another sheet becomes the active one (by a person or the API), with the session that did it. */
  readonly activationListeners = new Set<(sheet: SheetModel, session: string) => void>();
  /** What the person's view subscribes to (the dev host's grid): every session's changes. */
  readonly viewListeners = new Set<() => void>();
  /** Change types the sim reports where Excel's documentation names none. */
  unverified: UnverifiedChangeTypes = { ...DEFAULT_UNVERIFIED };

  touch(): void {
    this.version++;
  }

  emit(change: Omit<ChangeRecord, "actor" | "session">): void {
    this.touch();
    const record: ChangeRecord = { ...change, actor: this.actor, session: this.session };
    for (const listener of this.changeListeners) listener(record);
  }

  /** Runs `change` as `actor` of `session`, then restores who was acting. */
  actAs<T>(actor: Actor, session: string, change: () => T): T {
    const previous = { actor: this.actor, session: this.session };
    this.actor = actor;
    this.session = session;
    try {
      return change();
    } finally {
      this.actor = previous.actor;
      this.session = previous.session;
    }
  }

  sheetByKey(key: string): SheetModel | null {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower) ?? null;
  }

  requireSheet(key: string): SheetModel {
    const sheet = this.sheetByKey(key);
    if (!sheet) throw SimError.itemNotFound(`Worksheet '${key}'`);
    return sheet;
  }

  /** Throws InactiveWorkbook while another workbook has the focus (the API's activate and select). */
  requireFocus(): void {
    if (this.hasFocus) return;
    throw new SimError(
      "InactiveWorkbook",
      "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.",
    );
  }

  /** Makes `sheet` the active one; a change of sheet raises the activation event. */
  activate(sheet: SheetModel): void {
    const changed = this.activeSheetId !== sheet.id;
    this.activeSheetId = sheet.id;
    this.touch();
    if (changed) for (const listener of this.activationListeners) listener(sheet, this.session);
  }

  activeSheet(): SheetModel {
    const sheet = this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new SimError("GeneralException", "The workbook has no sheets.");
    return sheet;
  }

  tableByKey(key: string): TableModel | null {
    const lower = key.toLowerCase();
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === lower) ?? null;
  }

  requireTable(key: string): TableModel {
    const table = this.tableByKey(key);
    if (!table) throw SimError.itemNotFound(`Table '${key}'`);
    return table;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  validateSheetName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw SimError.invalidArgument(`'${name}' is not a valid sheet name.`);
    }
    const clash = this.sheetByKey(name);
    if (clash && clash !== except && clash.name.toLowerCase() === name.toLowerCase()) {
      throw SimError.itemAlreadyExists(`Worksheet '${name}'`);
    }
  }

  addSheet(name?: string, id?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByKey(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.validateSheetName(sheetName);
    const makeId = (no: number): string =>
      `{00000000-${no.toString(16).toUpperCase().padStart(4, "0")}-0000-C000-000000000046}`;
    while (id === undefined && this.sheets.some((s) => s.id === makeId(this.nextSheetNo))) this.nextSheetNo++;
    const sheet: SheetModel = {
      id: id ?? makeId(this.nextSheetNo++),
      name: sheetName,
      data: new SheetData(),
      hiddenCols: new Set(),
      widths: new Map(),
      validations: [],
      conditionalFormats: [],
      deleted: false,
      selection: { row: 0, col: 0 },
      visibility: "Visible",
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    this.touch();
    return sheet;
  }

  /** Removes the sheet and its tables (handlers on them stay registered but never fire again). */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new SimError("InvalidOperation", "A workbook must contain at least one sheet.");
    // Excel keeps one visible sheet, and refuses to delete a very hidden one (Worksheet.delete()).
    const visibleOthers = this.sheets.some((s) => s !== sheet && s.visibility === "Visible");
    if (!visibleOthers) throw new SimError("InvalidOperation", "A workbook must contain at least one visible sheet.");
    if (sheet.visibility === "VeryHidden")
      throw new SimError("InvalidOperation", "A very hidden sheet cannot be deleted.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const t of this.tablesOn(sheet)) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    const next = this.sheets[0];
    if (this.activeSheetId === sheet.id && next) this.activate(next);
    this.touch();
  }

  static tableRect(t: TableModel): Rect {
    return { row: t.top, col: t.left, rows: t.bottom - t.top + 1, cols: t.right - t.left + 1 };
  }

  static headerRect(t: TableModel): Rect {
    return { row: t.top, col: t.left, rows: 1, cols: t.right - t.left + 1 };
  }

  static bodyRect(t: TableModel): Rect {
    return { row: t.top + 1, col: t.left, rows: t.bottom - t.top, cols: t.right - t.left + 1 };
  }
}

/** A sheet that still exists (ItemNotFound for a deleted one, as for a stale Excel object). */
export function liveSheet(sheet: SheetModel): SheetModel {
  if (sheet.deleted) throw SimError.itemNotFound(`Worksheet '${sheet.name}' (deleted)`);
  return sheet;
}

export function liveTable(table: TableModel): TableModel {
  if (table.deleted) throw SimError.itemNotFound(`Table '${table.name}' (deleted)`);
  return table;
}
