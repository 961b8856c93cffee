/** The dev host's spreadsheet grid over the simulated workbook. */

/** Spreadsheet view of a `SimUserApi` workbook: toolbar, edit bar, virtualised editable cells, sheet tabs. */
export { SheetGrid } from "./SheetGrid";
/** Props of `SheetGrid`: `{ sim, height? }` (height of the scrolling cell area in px). */
export type { SheetGridProps } from "./SheetGrid";
/** Row height in px of the grid's virtualised rows (page models scroll by it). */
export { ROW_HEIGHT } from "./gridStyles";
/** Excel serial (1900 date system) → "yyyy-mm-dd", or null where Excel shows no date. */
export { serialToIso } from "./excelDate";
/** Tab-separated clipboard text → a rectangular block of cell texts (Excel quoting understood). */
export { tsvRows } from "./tsv";
/** 0-based column → Excel letters ("A", "AA"). */
export { columnLetters } from "./columnLetters";
/** 0-based (row, col) → "A1". */
export { cellAddress } from "./columnLetters";
