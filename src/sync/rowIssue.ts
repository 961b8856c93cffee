import type { Severity } from "../domain/types";

/** An issue placed on a cell of a bound table, for the status column, highlighting and the pane's list. */
export interface RowIssue {
  bindingId: string;
  /** 0-based row in the table body at the time of the reconcile. */
  rowIndex: number;
  /** 0-based column within the table (the status column for whole-row issues). */
  colIndex: number;
  field: string;
  code: string;
  severity: Severity;
  message: string;
  /** The row's key as typed (may be blank), to show in the list. */
  rowKey: string;
}

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";
