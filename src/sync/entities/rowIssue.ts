import type { Severity } from "../../domain";
import { STATUS_COLORS } from "../../workbook";
import type { Conflict } from "./conflicts";

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
  /** Set when the row is in conflict with another copy or a co-author: what differs and what can be chosen. */
  conflict?: Conflict;
}

/** Cell highlighting of an issue: the fills of the status column's own conditional formats. */
export const ERROR_FILL = STATUS_COLORS.error.fill;
export const WARNING_FILL = STATUS_COLORS.warning.fill;
