/** Keyboard handling as pure decisions: what a key press on the grid or in the cell editor means. */

export interface CellPos {
  row: number;
  col: number;
}

export interface GridBounds {
  /** Largest row index the selection may reach. */
  maxRow: number;
  maxCol: number;
  isHidden: (col: number) => boolean;
  /** Rows moved by PageUp/PageDown. */
  pageRows: number;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type GridKeyAction =
  | { kind: "move"; to: CellPos }
  /** Start editing; `text` replaces the content (a typed character) or is null to edit the current content. */
  | { kind: "edit"; text: string | null }
  | { kind: "clear" }
  | { kind: "none" };

export type EditorKeyAction = "commitDown" | "commitRight" | "commitLeft" | "cancel" | "none";

function firstShown(from: number, step: 1 | -1, bounds: GridBounds): number | null {
  for (let c = from; c >= 0 && c <= bounds.maxCol; c += step) if (!bounds.isHidden(c)) return c;
  return null;
}

/** Move by rows and columns, clamped to the sheet; sideways moves skip hidden columns (as Excel does). */
export function moveBy(pos: CellPos, dRow: number, dCol: number, bounds: GridBounds): CellPos {
  const row = Math.min(bounds.maxRow, Math.max(0, pos.row + dRow));
  let col = pos.col;
  if (dCol !== 0) {
    const step = dCol > 0 ? 1 : -1;
    for (let i = 0; i < Math.abs(dCol); i++) col = firstShown(col + step, step, bounds) ?? col;
  }
  return { row, col };
}

function isPrintable(k: KeyPress): boolean {
  return [...k.key].length === 1 && !k.ctrlKey && !k.metaKey;
}

/** What a key press on the focused grid (not editing) does. */
export function gridKeyAction(pos: CellPos, k: KeyPress, bounds: GridBounds): GridKeyAction {
  const move = (dRow: number, dCol: number): GridKeyAction => ({ kind: "move", to: moveBy(pos, dRow, dCol, bounds) });
  switch (k.key) {
    case "ArrowUp":
      return move(-1, 0);
    case "ArrowDown":
      return move(1, 0);
    case "ArrowLeft":
      return move(0, -1);
    case "ArrowRight":
      return move(0, 1);
    case "Tab":
      return move(0, k.shiftKey ? -1 : 1);
    case "PageUp":
      return move(-bounds.pageRows, 0);
    case "PageDown":
      return move(bounds.pageRows, 0);
    case "Home": {
      const col = firstShown(0, 1, bounds) ?? pos.col;
      return { kind: "move", to: { row: k.ctrlKey || k.metaKey ? 0 : pos.row, col } };
    }
    case "Enter":
    case "F2":
      return { kind: "edit", text: null };
    case "Delete":
    case "Backspace":
      return { kind: "clear" };
    default:
      return isPrintable(k) ? { kind: "edit", text: k.key } : { kind: "none" };
  }
}

/** What a key press inside the cell editor does. */
export function editorKeyAction(k: KeyPress): EditorKeyAction {
  if (k.key === "Escape") return "cancel";
  if (k.key === "Enter" && !k.altKey) return "commitDown";
  if (k.key === "Tab") return k.shiftKey ? "commitLeft" : "commitRight";
  return "none";
}
