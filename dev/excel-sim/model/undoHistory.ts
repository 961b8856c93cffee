/**
 * Excel's undo stack as the sim models it (opt-in, `createExcelSim(state, { undo: true })`: every step keeps a copy of
 * the sheets and tables). A person's edit is one step; an add-in's sync that changes cells is one step, or all syncs of
 * one `Excel.run` with `mergeUndoGroup: true` are one (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities;
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-mergeundogroup-member).
 * A call Excel cannot undo clears the stack. Undoing restores the sheets and tables as they were before the step
 * (settings and names stay: the sim leaves them out of undo) and raises a RangeEdited change where cells changed.
 */
import type { SimWorkbookState } from "../simUserApi";
import type { Rect } from "./address";
import { tableHits } from "./cellWrites";
import { restoreModel, saveModel } from "./persist";
import type { WorkbookModel } from "./workbookModel";

/** Excel keeps the last 100 undo steps. */
const MAX_STEPS = 100;

/** The sheets and tables of a workbook, as text (what an undo step restores). */
interface GridSnapshot {
  state: SimWorkbookState;
  text: string;
}

export class UndoHistory {
  private steps: GridSnapshot[] = [];

  constructor(private readonly model: WorkbookModel) {}

  snapshot(): GridSnapshot {
    const state = saveModel(this.model);
    return { state, text: JSON.stringify([state.sheets, state.tables]) };
  }

  /** Records a step if the cells or tables differ from `before`. */
  record(before: GridSnapshot): boolean {
    if (this.snapshot().text === before.text) return false;
    this.steps.push(before);
    if (this.steps.length > MAX_STEPS) this.steps.shift();
    return true;
  }

  clear(): void {
    this.steps = [];
  }

  size(): number {
    return this.steps.length;
  }

  /** Reverts the last step (false when there is none). */
  undo(): boolean {
    const step = this.steps.pop();
    if (!step) return false;
    const changed = changedRects(this.model, step.state);
    restoreGrid(this.model, step.state);
    for (const { sheetId, rect } of changed) {
      const sheet = this.model.sheetByKey(sheetId);
      if (!sheet) continue;
      this.model.emit({
        sheet,
        changeType: "RangeEdited",
        rect,
        detail: undefined,
        tables: tableHits(this.model, sheet, rect),
      });
    }
    return true;
  }
}

/** Per sheet, the bounding rectangle of the cells whose value or formula differs from the saved state. */
function changedRects(model: WorkbookModel, state: SimWorkbookState): { sheetId: string; rect: Rect }[] {
  const saved = restoreModel(state);
  const out: { sheetId: string; rect: Rect }[] = [];
  for (const sheet of model.sheets) {
    const old = saved.sheetByKey(sheet.id);
    if (!old) continue;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const rows = Math.max(sheet.data.rows.length, old.data.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.data.rows[r]?.v.length ?? 0, old.data.rows[r]?.v.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const same =
          sheet.data.value(r, c) === old.data.value(r, c) && sheet.data.formula(r, c) === old.data.formula(r, c);
        if (same) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (bottom >= 0)
      out.push({ sheetId: sheet.id, rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } });
  }
  return out;
}

/**
 * Puts the saved sheets and tables back into the live model, keeping its objects (event registrations and proxies
 * hold them): cells, formats, rules and extents; tables the step created are removed, tables it deleted come back.
 */
function restoreGrid(model: WorkbookModel, state: SimWorkbookState): void {
  const saved = restoreModel(state);
  for (const old of saved.sheets) {
    const live = model.sheetByKey(old.id);
    if (!live) continue; // deleting a sheet cannot be undone: it never is a step
    Object.assign(live, {
      name: old.name,
      data: old.data,
      hiddenCols: old.hiddenCols,
      widths: old.widths,
      validations: old.validations,
      conditionalFormats: old.conditionalFormats,
    });
  }
  const keep = new Set(saved.tables.map((t) => t.id));
  for (const t of model.tables) if (!keep.has(t.id)) t.deleted = true;
  model.tables = model.tables.filter((t) => !t.deleted);
  for (const old of saved.tables) {
    const sheet = model.sheetByKey(old.sheet.id);
    if (!sheet) continue;
    const live = model.tables.find((t) => t.id === old.id);
    const extent = { name: old.name, top: old.top, left: old.left, bottom: old.bottom, right: old.right };
    if (live) Object.assign(live, extent);
    else model.tables.push({ id: old.id, sheet, deleted: false, ...extent });
  }
  model.touch();
}
