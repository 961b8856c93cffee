/**
 * Per-column rules of a bound table: list validation (drop-downs) and the status column's conditional formats.
 * Queued into a batch the caller syncs: one operation per column, whatever the row count.
 */
import { jsonBytes } from "./excelSession";
import type { StatusColumnSpec, TableSpec } from "./workbookPort";

/** Rough JSON cost of one queued call with its proxy path. */
const CALL_BYTES = 200;

/** Excel's "Light red fill with dark red text" and "Yellow fill with dark yellow text" presets. */
export const STATUS_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

export function hasColumnRules(spec: TableSpec): boolean {
  return spec.statusColumn !== undefined || spec.columns.some((column) => column.list !== undefined);
}

/**
 * For an adopted table: where each spec column is now, by caption (trimmed, case-insensitive; first match),
 * or -1 when its caption is not in the header (renamed, or another language): such a column gets no rules.
 */
export function columnsByCaption(spec: TableSpec, header: readonly string[]): number[] {
  const key = (caption: string): string => caption.trim().toLowerCase();
  const at = new Map<string, number>();
  header.forEach((caption, index) => {
    if (!at.has(key(caption))) at.set(key(caption), index);
  });
  return spec.columns.map((column) => at.get(key(column.caption)) ?? -1);
}

function addMarkerFormat(range: Excel.Range, text: string, colors: { fill: string; font: string }): void {
  const format = range.conditionalFormats.add("ContainsText");
  format.textComparison.format.fill.color = colors.fill;
  format.textComparison.format.font.color = colors.font;
  format.textComparison.rule = { operator: "BeginsWith", text };
}

function queueStatusFormats(range: Excel.Range, status: StatusColumnSpec): number {
  // Replaces earlier formats of this column; the error format is added last, so it has the top priority.
  range.conditionalFormats.clearAll();
  addMarkerFormat(range, status.warningText, STATUS_COLORS.warning);
  addMarkerFormat(range, status.errorText, STATUS_COLORS.error);
  return 9 * CALL_BYTES + jsonBytes([status.warningText, status.errorText]);
}

/**
 * Queue the spec's rules. `bodyColumn(i)` is the body range of spec column `i`, or null when the table has no
 * such column. Re-applying is idempotent: the column's validation and conditional formats are replaced.
 * Returns the request bytes queued.
 */
export function queueColumnRules(spec: TableSpec, bodyColumn: (specIndex: number) => Excel.Range | null): number {
  let bytes = 0;
  spec.columns.forEach((column, index) => {
    if (column.list === undefined) return;
    const range = bodyColumn(index);
    if (range === null) return;
    const validation = range.dataValidation;
    validation.clear();
    validation.rule = { list: { inCellDropDown: true, source: column.list } };
    // Not "Stop": pasted and typed values outside the list stay, and the domain's validation reports them.
    validation.errorAlert = { showAlert: true, style: "Information", title: "", message: "" };
    bytes += 3 * CALL_BYTES + jsonBytes(column.list);
  });
  const status = spec.statusColumn;
  const statusRange = status === undefined ? null : bodyColumn(status.index);
  if (status !== undefined && statusRange !== null) bytes += queueStatusFormats(statusRange, status);
  return bytes;
}
