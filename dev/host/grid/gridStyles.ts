/** Geometry and inline styles of the grid (inline so the grid needs no CSS loader). */
import type { CSSProperties } from "react";
import type { CellAlign } from "./cellDisplay";
import type { TableBand } from "./tableBands";

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 48;
export const DEFAULT_GRID_HEIGHT = 480;

const GRIDLINE = "#D4D4D4";
const HEADER_BG = "#F3F3F3";
const HEADER_ACTIVE_BG = "#D2D2D2";
const ACCENT = "#217346";
const FONT = "11pt Calibri, 'Segoe UI', Arial, sans-serif";

/** Excel's default table style (TableStyleMedium2): blue header, light blue first band. */
const BAND_BG: Record<TableBand, string> = { header: "#4472C4", band1: "#D9E1F2", band2: "#FFFFFF" };

export const rootStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  font: FONT,
  border: `1px solid ${GRIDLINE}`,
  background: "#FFFFFF",
  minWidth: 0,
};

export const toolbarStyle: CSSProperties = {
  display: "flex",
  gap: 4,
  padding: 4,
  borderBottom: `1px solid ${GRIDLINE}`,
  background: HEADER_BG,
};

export const buttonStyle: CSSProperties = { font: "inherit", fontSize: 12, padding: "2px 8px", cursor: "pointer" };

export const editBarStyle: CSSProperties = {
  display: "flex",
  alignItems: "stretch",
  height: 24,
  borderBottom: `1px solid ${GRIDLINE}`,
  fontSize: 13,
};

export const editBarAddressStyle: CSSProperties = {
  width: 80,
  padding: "3px 6px",
  borderRight: `1px solid ${GRIDLINE}`,
  fontFamily: "inherit",
};

export const editBarValueStyle: CSSProperties = {
  flex: 1,
  padding: "3px 6px",
  whiteSpace: "pre",
  overflow: "hidden",
  textOverflow: "ellipsis",
};

export function scrollerStyle(height: number): CSSProperties {
  return { height, overflow: "auto", position: "relative", outline: "none", fontSize: 14 };
}

export const columnHeaderRowStyle: CSSProperties = {
  position: "sticky",
  top: 0,
  zIndex: 2,
  display: "flex",
  height: HEADER_HEIGHT,
};

const headerCell: CSSProperties = {
  flex: "none",
  boxSizing: "border-box",
  height: HEADER_HEIGHT,
  lineHeight: `${HEADER_HEIGHT - 1}px`,
  textAlign: "center",
  fontSize: 12,
  color: "#444444",
  borderRight: `1px solid ${GRIDLINE}`,
  borderBottom: `1px solid ${GRIDLINE}`,
  userSelect: "none",
};

export const cornerStyle: CSSProperties = {
  ...headerCell,
  position: "sticky",
  left: 0,
  zIndex: 3,
  width: ROW_HEADER_WIDTH,
  background: HEADER_BG,
};

export function columnHeaderStyle(width: number, active: boolean): CSSProperties {
  return {
    ...headerCell,
    width,
    background: active ? HEADER_ACTIVE_BG : HEADER_BG,
    borderBottom: active ? `2px solid ${ACCENT}` : headerCell.borderBottom,
  };
}

export function rowStyle(row: number, width: number): CSSProperties {
  return {
    position: "absolute",
    top: HEADER_HEIGHT + row * ROW_HEIGHT,
    left: 0,
    width,
    height: ROW_HEIGHT,
    display: "flex",
  };
}

export function rowHeaderStyle(active: boolean): CSSProperties {
  return {
    ...headerCell,
    height: ROW_HEIGHT,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: ROW_HEADER_WIDTH,
    background: active ? HEADER_ACTIVE_BG : HEADER_BG,
  };
}

export function cellStyle(
  width: number,
  align: CellAlign,
  fill: string | null,
  band: TableBand | null,
  selected: boolean,
): CSSProperties {
  const header = band === "header";
  return {
    flex: "none",
    boxSizing: "border-box",
    width,
    height: ROW_HEIGHT,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    padding: "0 3px",
    overflow: "hidden",
    whiteSpace: "pre",
    textOverflow: "clip",
    textAlign: align,
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    background: fill ?? (band === null ? "#FFFFFF" : BAND_BG[band]),
    color: header && fill === null ? "#FFFFFF" : "#000000",
    fontWeight: header ? 700 : 400,
    outline: selected ? `2px solid ${ACCENT}` : "none",
    outlineOffset: -2,
    position: selected ? "relative" : "static",
    zIndex: selected ? 1 : "auto",
    cursor: "cell",
  };
}

export function editorStyle(row: number, left: number, width: number): CSSProperties {
  return {
    position: "absolute",
    top: HEADER_HEIGHT + row * ROW_HEIGHT,
    left: ROW_HEADER_WIDTH + left,
    width: Math.max(width, 120),
    height: ROW_HEIGHT,
    boxSizing: "border-box",
    zIndex: 4,
    font: "inherit",
    padding: "0 3px",
    border: `2px solid ${ACCENT}`,
    outline: "none",
  };
}

export const tabStripStyle: CSSProperties = {
  display: "flex",
  gap: 2,
  padding: "0 4px",
  borderTop: `1px solid ${GRIDLINE}`,
  background: HEADER_BG,
  overflowX: "auto",
};

export function tabStyle(active: boolean): CSSProperties {
  return {
    font: "inherit",
    fontSize: 12,
    padding: "3px 12px",
    border: "none",
    borderBottom: active ? `3px solid ${ACCENT}` : "3px solid transparent",
    background: active ? "#FFFFFF" : "transparent",
    color: active ? ACCENT : "#333333",
    fontWeight: active ? 700 : 400,
    cursor: "pointer",
  };
}
