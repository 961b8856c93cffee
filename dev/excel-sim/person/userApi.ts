/** The person at the grid: what the dev host and tests do to the workbook directly (not through Office.js). */
import { checkRect, parseLocalAddress } from "../model/address";
import { contentFromText } from "../model/cellInput";
import { writeBlock } from "../model/cellWrites";
import { saveModel } from "../model/persist";
import { deleteRows, insertRows, sortTable } from "../model/rowOps";
import { addTable, deleteTable } from "../model/tableOps";
import type { UndoHistory } from "../model/undoHistory";
import { STANDARD_WIDTH, type WorkbookModel, type Actor } from "../model/workbookModel";
import type { SimCellView, SimSelection, SimTableView, SimTextRows, SimUserApi } from "../simUserApi";

type TextBlock = readonly (readonly string[])[] | SimTextRows;

/** Rows given as arrays, read as a block (F2: widths without spreading rows into a call). */
function textRowsOf(text: TextBlock): SimTextRows {
  if ("row" in text) return text;
  const rows = text;
  const cols = rows.reduce((most, r) => Math.max(most, r.length), 0);
  return { rows: rows.length, cols, row: (i) => rows[i] ?? [] };
}

/** Person-side helpers beyond `SimUserApi`. */
export interface SimUserExtras {
  /** Creates a table as a person would (Insert > Table); returns its name. */
  addTableAsUser(sheetName: string, address: string, hasHeaders: boolean): string;
  /**
   * The person switches to another workbook (`false`) or back (`true`): meanwhile the API's `activate` and `select`
   * fail with InactiveWorkbook.
   */
  userFocusThisWorkbook(focused: boolean): void;
  /** Like `userEdit`, but the change comes from a co-author: events report `source: "Remote"`. */
  coauthorEdit(sheetName: string, row: number, col: number, text: readonly (readonly string[])[]): void;
}

/** What a person's action does to Excel's undo stack: adds a step, clears the stack (deleting a sheet), or nothing. */
export type UndoEffect = "step" | "clears" | "none";

export function createUserApi(
  model: WorkbookModel,
  notify: () => void,
  history: UndoHistory | null = null,
  session = "main",
): SimUserApi & SimUserExtras {
  const listeners = model.viewListeners;
  /** Runs a person's change with the right actor (in this session), records its undo step, then tells subscribers. */
  function act<T>(actor: Actor, change: () => T, undo: UndoEffect = "step"): T {
    const before = history !== null && undo === "step" && actor === "person" ? history.snapshot() : null;
    try {
      return model.actAs(actor, session, change);
    } finally {
      if (before) history?.record(before);
      if (undo === "clears") history?.clear();
      notify();
    }
  }

  function edit(actor: Actor, sheetName: string, row: number, col: number, text: TextBlock): void {
    const block = textRowsOf(text);
    if (block.rows === 0 || block.cols === 0) return;
    const sheet = model.requireSheet(sheetName);
    const rect = checkRect({ row, col, rows: block.rows, cols: block.cols });
    let at = -1;
    let cells: readonly string[] = [];
    act(actor, () =>
      writeBlock(model, sheet, rect, (i, j, nf) => {
        if (i !== at) {
          cells = block.row(i);
          at = i;
        }
        const t = cells[j];
        return t === undefined ? null : contentFromText(t, nf, model.input);
      }),
    );
  }

  const api: SimUserApi & SimUserExtras = {
    sheetNames: () => model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    sheetVisibilities: () => model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    activeSheet: () => model.activeSheet().name,
    setActiveSheet(name) {
      const sheet = model.requireSheet(name);
      act("person", () => model.activate(sheet), "none");
    },
    addSheet(name) {
      act("person", () => model.addSheet(name), "none");
    },
    usedSize(sheetName) {
      const sheet = model.requireSheet(sheetName);
      const size = sheet.data.extent();
      for (const t of model.tablesOn(sheet)) {
        size.rows = Math.max(size.rows, t.bottom + 1);
        size.cols = Math.max(size.cols, t.right + 1);
      }
      return { rows: Math.max(1, size.rows), cols: Math.max(1, size.cols) };
    },
    cell(sheetName, row, col): SimCellView {
      const data = model.requireSheet(sheetName).data;
      return {
        value: data.value(row, col),
        formula: data.formula(row, col) ?? "",
        numberFormat: data.format(row, col),
        fill: data.fill(row, col),
      };
    },
    isColumnHidden: (sheetName, col) => model.requireSheet(sheetName).hiddenCols.has(col),
    columnWidth: (sheetName, col) => model.requireSheet(sheetName).widths.get(col) ?? STANDARD_WIDTH,
    tables(sheetName): SimTableView[] {
      const sheet = sheetName === undefined ? null : model.requireSheet(sheetName);
      return model.tables
        .filter((t) => sheet === null || t.sheet === sheet)
        .map((t) => ({
          name: t.name,
          sheetName: t.sheet.name,
          top: t.top,
          left: t.left,
          bottom: t.bottom,
          right: t.right,
        }));
    },
    userEdit: (sheetName, row, col, text) => edit("person", sheetName, row, col, text),
    coauthorEdit: (sheetName, row, col, text) => edit("remote", sheetName, row, col, text),
    userInsertRows(sheetName, row, count) {
      const sheet = model.requireSheet(sheetName);
      if (count > 0) act("person", () => insertRows(model, sheet, row, count));
    },
    userDeleteRows(sheetName, row, count) {
      const sheet = model.requireSheet(sheetName);
      if (count > 0) act("person", () => deleteRows(model, sheet, row, count));
    },
    userSortTable(tableName, colIndex, ascending) {
      const table = model.requireTable(tableName);
      if (colIndex < 0 || colIndex > table.right - table.left)
        throw new RangeError(`No column ${colIndex} in ${tableName}`);
      act("person", () => sortTable(model, table, colIndex, ascending));
    },
    userDeleteTable: (tableName) => act("person", () => deleteTable(model, model.requireTable(tableName))),
    userDeleteSheet: (sheetName) => act("person", () => model.deleteSheet(model.requireSheet(sheetName)), "clears"),
    userRenameSheet(sheetName, newName) {
      const sheet = model.requireSheet(sheetName);
      act(
        "person",
        () => {
          model.validateSheetName(newName, sheet);
          model.activate(sheet);
          sheet.name = newName;
          model.touch();
        },
        "clears", // renaming a sheet cannot be undone on desktop
      );
    },
    selection(): SimSelection {
      const sheet = model.activeSheet();
      return { sheetName: sheet.name, row: sheet.selection.row, col: sheet.selection.col };
    },
    userSelect(sel) {
      const sheet = model.requireSheet(sel.sheetName);
      act(
        "person",
        () => {
          sheet.selection = { row: sel.row, col: sel.col };
          model.activate(sheet);
        },
        "none",
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    save: () => saveModel(model),
    userFocusThisWorkbook(focused) {
      model.hasFocus = focused;
      notify();
    },
    addTableAsUser(sheetName, address, hasHeaders) {
      const sheet = model.requireSheet(sheetName);
      return act("person", () => addTable(model, sheet, parseLocalAddress(address), hasHeaders).name);
    },
  };
  return api;
}
