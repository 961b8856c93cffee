/**
 * A spreadsheet view of the simulated workbook: toolbar, edit bar, virtualised cells and sheet tabs. It reads
 * and changes the workbook only through `SimUserApi`; the sim's selection is the one source of truth.
 */
import { useEffect, useRef, useState } from "react";
import type { ClipboardEvent, KeyboardEvent, MouseEvent } from "react";
import type { SimCellEditApi } from "../../excel-sim/person/cellEditApi";
import type { SimUserApi } from "../../excel-sim/simUserApi";
import { CellEditor } from "./CellEditor";
import { editText } from "./cellDisplay";
import { cellAddress } from "./columnLetters";
import { columnSlots, slotsWidth } from "./columnLayout";
import type { ColumnSlot } from "./columnLayout";
import { EditBar } from "./EditBar";
import { clearSelected, commitEdit, copyText, currentCell, pasteAtSelection } from "./gridCommands";
import type { SheetCell } from "./gridCommands";
import { ColumnHeader, SheetRow } from "./GridRows";
import { GridToolbar } from "./GridToolbar";
import {
  DEFAULT_GRID_HEIGHT,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  rootStyle,
  scrollerStyle,
} from "./gridStyles";
import { gridKeyAction, moveBy } from "./keyboard";
import type { CellPos, EditorKeyAction, GridBounds } from "./keyboard";
import { revealOffset, visibleRows } from "./rowWindow";
import { SheetTabs } from "./SheetTabs";
import { useSimVersion } from "./useSimVersion";

export interface SheetGridProps {
  /** With the cell-edit API, editing a cell puts the sim in Excel's cell-edit mode (the pane's requests wait). */
  sim: SimUserApi & Partial<SimCellEditApi>;
  /** Height in pixels of the scrolling cell area (toolbar, edit bar and tabs add to it). */
  height?: number;
}

/** Excel's sheet size: the selection may go anywhere in it. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Empty rows and columns shown past the used range, so there is room to type. */
const SPARE_ROWS = 50;
const SPARE_COLS = 4;
const MIN_COLS = 10;
const OVERSCAN_ROWS = 8;

interface EditState extends SheetCell {
  initialText: string;
}

const EDITOR_MOVES: Record<Exclude<EditorKeyAction, "none" | "cancel">, [number, number]> = {
  commitDown: [1, 0],
  commitRight: [0, 1],
  commitLeft: [0, -1],
};

function cellAt(target: EventTarget): CellPos | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest("[data-col]");
  if (cell === null) return null;
  return { row: Number(cell.getAttribute("data-row")), col: Number(cell.getAttribute("data-col")) };
}

function isEditorEvent(target: EventTarget): boolean {
  return target instanceof HTMLInputElement;
}

export function SheetGrid({ sim, height = DEFAULT_GRID_HEIGHT }: SheetGridProps) {
  const [, refresh] = useSimVersion(sim);
  const gridRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [editing, setEditing] = useState<EditState | null>(null);
  // The edit being made, readable synchronously by the blur that a commit itself causes.
  const editRef = useRef<EditState | null>(null);

  const sheetName = sim.activeSheet();
  const selection = sim.selection();
  const sel = selection.sheetName === sheetName ? { row: selection.row, col: selection.col } : null;
  const used = sim.usedSize(sheetName);
  const rowCount = Math.max(used.rows, (sel?.row ?? 0) + 1, editing ? editing.row + 1 : 0) + SPARE_ROWS;
  const colCount = Math.max(MIN_COLS, Math.max(used.cols, (sel?.col ?? 0) + 1) + SPARE_COLS);
  const slots = columnSlots(
    colCount,
    (c) => sim.isColumnHidden(sheetName, c),
    (c) => sim.columnWidth(sheetName, c),
  );
  const slotsRef = useRef<ColumnSlot[]>(slots);
  slotsRef.current = slots;
  const tables = sim.tables(sheetName);
  const contentWidth = ROW_HEADER_WIDTH + slotsWidth(slots);
  const rowRange = visibleRows(scrollTop, height - HEADER_HEIGHT, ROW_HEIGHT, rowCount, OVERSCAN_ROWS);
  const bounds: GridBounds = {
    maxRow: MAX_ROW,
    maxCol: MAX_COL,
    isHidden: (c) => sim.isColumnHidden(sheetName, c),
    pageRows: Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1),
  };
  const selected = currentCell(sim);

  // Bring the selection into view whenever it changes, whoever changed it (the user or the add-in).
  const selKey = sel === null ? sheetName : `${sheetName}\u0000${sel.row}\u0000${sel.col}`;
  const shownSheet = useRef(sheetName);
  useEffect(() => {
    const el = gridRef.current;
    if (el === null) return;
    if (shownSheet.current !== sim.activeSheet()) {
      shownSheet.current = sim.activeSheet();
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
    const at = sim.selection();
    if (at.sheetName !== sim.activeSheet()) return;
    el.scrollTop = revealOffset(at.row * ROW_HEIGHT, ROW_HEIGHT, el.scrollTop, el.clientHeight - HEADER_HEIGHT);
    const slot = slotsRef.current.find((s) => s.col === at.col);
    if (slot !== undefined) {
      el.scrollLeft = revealOffset(slot.left, slot.width, el.scrollLeft, el.clientWidth - ROW_HEADER_WIDTH);
    }
  }, [selKey, sim]);

  const select = (to: CellPos) => {
    sim.userSelect({ sheetName: sim.activeSheet(), row: to.row, col: to.col });
    refresh();
  };

  const startEdit = (at: SheetCell, text: string | null) => {
    const edit = { ...at, initialText: text ?? editText(sim.cell(at.sheetName, at.row, at.col)) };
    editRef.current = edit;
    setEditing(edit);
    sim.userBeginCellEdit?.(at.sheetName, at.row, at.col);
  };

  const finishEdit = (commit: boolean, text: string, move: [number, number] | null, refocus: boolean) => {
    const edit = editRef.current;
    if (edit === null) return;
    editRef.current = null;
    setEditing(null);
    // Leaving edit mode first: the requests Excel held go on after this commit (they resume on later microtasks).
    sim.userEndCellEdit?.();
    if (commit) commitEdit(sim, edit, text);
    if (move !== null && sim.activeSheet() === edit.sheetName) select(moveBy(edit, move[0], move[1], bounds));
    if (refocus) gridRef.current?.focus({ preventScroll: true });
    refresh();
  };

  const onEditorKey = (action: Exclude<EditorKeyAction, "none">, text: string) => {
    if (action === "cancel") finishEdit(false, text, null, true);
    else finishEdit(true, text, EDITOR_MOVES[action], true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const here = currentCell(sim);
    const action = gridKeyAction(here, e, bounds);
    if (action.kind === "move") {
      // Shift+Tab in column A (nowhere to go) leaves the grid, so the keyboard is never trapped.
      if (e.key === "Tab" && action.to.row === here.row && action.to.col === here.col) return;
      e.preventDefault();
      select(action.to);
    } else if (action.kind === "edit") {
      e.preventDefault();
      startEdit(here, action.text);
    } else if (action.kind === "clear") {
      e.preventDefault();
      clearSelected(sim);
      refresh();
    }
  };

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const at = cellAt(e.target);
    if (at !== null && e.button === 0) select(at);
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const at = cellAt(e.target);
    if (at !== null) startEdit({ sheetName: sim.activeSheet(), ...at }, null);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (isEditorEvent(e.target)) return;
    e.preventDefault();
    if (pasteAtSelection(sim, e.clipboardData.getData("text/plain"))) refresh();
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (isEditorEvent(e.target)) return;
    e.preventDefault();
    e.clipboardData.setData("text/plain", copyText(sim));
  };

  const editSlot = editing === null ? undefined : slots.find((s) => s.col === editing.col);
  const rows = [];
  for (let r = rowRange.first; r < rowRange.end; r++) {
    rows.push(
      <SheetRow
        key={r}
        sim={sim}
        sheetName={sheetName}
        row={r}
        slots={slots}
        tables={tables}
        selectedCol={sel !== null && sel.row === r ? sel.col : null}
        width={contentWidth}
      />,
    );
  }

  return (
    <div style={rootStyle} data-testid="sheet-grid">
      <GridToolbar sim={sim} onDone={refresh} />
      <EditBar
        address={cellAddress(selected.row, selected.col)}
        value={editText(sim.cell(sheetName, selected.row, selected.col))}
      />
      <div
        ref={gridRef}
        data-testid="grid"
        data-row-height={ROW_HEIGHT}
        data-header-height={HEADER_HEIGHT}
        role="grid"
        aria-label={`Sheet ${sheetName}`}
        aria-rowcount={rowCount + 1}
        tabIndex={0}
        style={scrollerStyle(height)}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onDoubleClick={onDoubleClick}
        onPaste={onPaste}
        onCopy={onCopy}
      >
        <div style={{ position: "relative", width: contentWidth, height: HEADER_HEIGHT + rowCount * ROW_HEIGHT }}>
          <ColumnHeader slots={slots} selectedCol={sel?.col ?? null} />
          {rows}
          {editing !== null && editing.sheetName === sheetName && (
            <CellEditor
              key={`${editing.row}:${editing.col}`}
              row={editing.row}
              left={editSlot?.left ?? 0}
              width={editSlot?.width ?? 120}
              initialText={editing.initialText}
              onKey={onEditorKey}
              onBlur={(text) => finishEdit(true, text, null, false)}
            />
          )}
        </div>
      </div>
      <SheetTabs
        names={sim.sheetNames()}
        active={sheetName}
        onSelect={(name) => {
          sim.setActiveSheet(name);
          refresh();
        }}
        onRename={(name, newName) => {
          try {
            sim.userRenameSheet(name, newName);
            refresh();
            return null;
          } catch (e) {
            return String((e as Error)?.message ?? e);
          }
        }}
      />
    </div>
  );
}
