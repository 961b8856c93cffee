/** What the grid's buttons, editor and clipboard do to the workbook, written against `SimUserApi` only. */
import type { SimTableView, SimUserApi } from "../../excel-sim/simUserApi";
import { editText } from "./cellDisplay";
import { tableAt } from "./tableBands";
import { tsvRows } from "./tsv";

export interface SheetCell {
  sheetName: string;
  row: number;
  col: number;
}

/** The selected cell on the active sheet; A1 when the selection is on another sheet. */
export function currentCell(sim: SimUserApi): SheetCell {
  const sheetName = sim.activeSheet();
  const sel = sim.selection();
  return sel.sheetName === sheetName ? { sheetName, row: sel.row, col: sel.col } : { sheetName, row: 0, col: 0 };
}

/** The table under the selection, if any. */
export function tableAtSelection(sim: SimUserApi): SimTableView | null {
  const at = currentCell(sim);
  return tableAt(sim.tables(at.sheetName), at.row, at.col);
}

/** Type one cell's text (Enter or Tab in the editor, or the editor losing focus). */
export function commitEdit(sim: SimUserApi, at: SheetCell, text: string): void {
  sim.userEdit(at.sheetName, at.row, at.col, [[text]]);
}

/** Delete/Backspace on the selected cell. */
export function clearSelected(sim: SimUserApi): void {
  commitEdit(sim, currentCell(sim), "");
}

/** Paste clipboard text as one block at the selected cell; false when there was nothing to paste. */
export function pasteAtSelection(sim: SimUserApi, clipboardText: string): boolean {
  const rows = tsvRows(clipboardText);
  if (rows.rows === 0) return false;
  const at = currentCell(sim);
  sim.userEdit(at.sheetName, at.row, at.col, rows);
  return true;
}

/** The selected cell's text for Ctrl+C. */
export function copyText(sim: SimUserApi): string {
  const at = currentCell(sim);
  return editText(sim.cell(at.sheetName, at.row, at.col));
}

export function insertRowAtSelection(sim: SimUserApi): void {
  const at = currentCell(sim);
  sim.userInsertRows(at.sheetName, at.row, 1);
}

export function deleteRowAtSelection(sim: SimUserApi): void {
  const at = currentCell(sim);
  sim.userDeleteRows(at.sheetName, at.row, 1);
}

/** Delete the table under the selection; false when there is none. */
export function deleteTableAtSelection(sim: SimUserApi): boolean {
  const t = tableAtSelection(sim);
  if (t === null) return false;
  sim.userDeleteTable(t.name);
  return true;
}

/** Sort the table under the selection A→Z by the selected column; false when there is no table. */
export function sortTableAtSelection(sim: SimUserApi): boolean {
  const t = tableAtSelection(sim);
  if (t === null) return false;
  sim.userSortTable(t.name, currentCell(sim).col - t.left, true);
  return true;
}
