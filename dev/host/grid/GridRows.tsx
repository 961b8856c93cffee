/** The column-letter header and one sheet row of cells (text only; test hooks on every cell). */
import type { SimTableView, SimUserApi } from "../../excel-sim/simUserApi";
import { displayText, rawText } from "./cellDisplay";
import { columnLetters } from "./columnLetters";
import type { ColumnSlot } from "./columnLayout";
import {
  cellStyle,
  columnHeaderRowStyle,
  columnHeaderStyle,
  cornerStyle,
  rowHeaderStyle,
  rowStyle,
} from "./gridStyles";
import { tableBand } from "./tableBands";

export interface ColumnHeaderProps {
  slots: readonly ColumnSlot[];
  selectedCol: number | null;
}

export function ColumnHeader({ slots, selectedCol }: ColumnHeaderProps) {
  return (
    <div role="row" aria-rowindex={1} style={columnHeaderRowStyle}>
      <div style={cornerStyle} />
      {slots.map((s) => (
        <div key={s.col} role="columnheader" style={columnHeaderStyle(s.width, s.col === selectedCol)}>
          {columnLetters(s.col)}
        </div>
      ))}
    </div>
  );
}

export interface SheetRowProps {
  sim: SimUserApi;
  sheetName: string;
  row: number;
  slots: readonly ColumnSlot[];
  tables: readonly SimTableView[];
  /** Selected column when the selection is in this row, else null. */
  selectedCol: number | null;
  width: number;
}

export function SheetRow({ sim, sheetName, row, slots, tables, selectedCol, width }: SheetRowProps) {
  return (
    <div role="row" aria-rowindex={row + 2} style={rowStyle(row, width)}>
      <div role="rowheader" style={rowHeaderStyle(selectedCol !== null)}>
        {row + 1}
      </div>
      {slots.map((s) => {
        const view = sim.cell(sheetName, row, s.col);
        const shown = displayText(view);
        const selected = s.col === selectedCol;
        return (
          <div
            key={s.col}
            role="gridcell"
            aria-selected={selected}
            data-testid={`cell-${row}-${s.col}`}
            data-row={row}
            data-col={s.col}
            data-value={rawText(view.value)}
            data-fill={view.fill ?? undefined}
            style={cellStyle(s.width, shown.align, view.fill, tableBand(tables, row, s.col), selected)}
          >
            {shown.text}
          </div>
        );
      })}
    </div>
  );
}
