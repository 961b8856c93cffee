/** A person typing into a cell: Excel's cell-edit mode, which holds or refuses the add-in's requests meanwhile. */
import { contentFromText } from "../model/cellInput";
import type { CellEditMode, EditedCell } from "../model/cellEditMode";
import { writeBlock } from "../model/cellWrites";
import type { UndoHistory } from "../model/undoHistory";
import type { WorkbookModel } from "../model/workbookModel";

export interface SimCellEditApi {
  /**
   * The person starts editing a cell (double-click, F2 or typing): until `userEndCellEdit`, a request of a run without
   * `delayForCellEdit: true` fails with InvalidOperationInCellEditMode; one with it waits.
   */
  userBeginCellEdit(sheetName: string, row: number, col: number): void;
  /** Enter (with the text typed: committed like `userEdit`) or Esc (no text: nothing changes); held requests go on. */
  userEndCellEdit(text?: string): void;
  /** The cell being edited, or null. */
  editingCell(): EditedCell | null;
}

export function createCellEditApi(
  model: WorkbookModel,
  mode: CellEditMode,
  notify: () => void,
  history: UndoHistory | null = null,
  session = "main",
): SimCellEditApi {
  return {
    userBeginCellEdit(sheetName, row, col) {
      model.requireSheet(sheetName);
      mode.begin({ sheetName, row, col });
      notify();
    },
    userEndCellEdit(text) {
      const cell = mode.cell;
      if (cell === null) return;
      if (text !== undefined) {
        const sheet = model.requireSheet(cell.sheetName);
        const before = history?.snapshot();
        model.actAs("person", session, () =>
          writeBlock(model, sheet, { row: cell.row, col: cell.col, rows: 1, cols: 1 }, (_i, _j, nf) =>
            contentFromText(text, nf, model.input),
          ),
        );
        if (before) history?.record(before);
      }
      mode.end();
      notify();
    },
    editingCell: () => (mode.cell === null ? null : { ...mode.cell }),
  };
}
