/**
 * Excel's cell-edit mode: while a person is typing in a cell, a request from an add-in fails with
 * InvalidOperationInCellEditMode, unless its `Excel.run` asked for `delayForCellEdit: true`, in which case Excel holds
 * it until the person leaves the cell (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 */
import { SimError } from "./simError";

export interface EditedCell {
  sheetName: string;
  row: number;
  col: number;
}

export class CellEditMode {
  /** The cell being edited, or null. */
  cell: EditedCell | null = null;
  private waiters: (() => void)[] = [];

  begin(cell: EditedCell): void {
    this.cell = cell;
  }

  /** Leaves edit mode and releases the requests that were held. */
  end(): void {
    this.cell = null;
    const waiting = this.waiters;
    this.waiters = [];
    for (const release of waiting) release();
  }

  /**
   * What a request meets: nothing outside edit mode; in edit mode it waits (when it asked to be delayed and the
   * host honours that) or fails.
   */
  async admit(delay: boolean): Promise<void> {
    while (this.cell !== null) {
      if (!delay) throw CellEditMode.error();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  static error(): SimError {
    return new SimError(
      "InvalidOperationInCellEditMode",
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    );
  }
}
