import { editorKeyAction, gridKeyAction, moveBy } from "./keyboard";
import type { GridBounds, KeyPress } from "./keyboard";

const bounds: GridBounds = { maxRow: 999, maxCol: 9, isHidden: (c) => c === 2 || c === 3, pageRows: 20 };
const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("grid keyboard navigation", () => {
  it("arrow keys move one cell", () => {
    const at = { row: 5, col: 5 };
    expect(gridKeyAction(at, key("ArrowUp"), bounds)).toEqual({ kind: "move", to: { row: 4, col: 5 } });
    expect(gridKeyAction(at, key("ArrowDown"), bounds)).toEqual({ kind: "move", to: { row: 6, col: 5 } });
    expect(gridKeyAction(at, key("ArrowLeft"), bounds)).toEqual({ kind: "move", to: { row: 5, col: 4 } });
    expect(gridKeyAction(at, key("ArrowRight"), bounds)).toEqual({ kind: "move", to: { row: 5, col: 6 } });
  });

  it("stops at the sheet's edges", () => {
    expect(moveBy({ row: 0, col: 0 }, -1, -1, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveBy({ row: 999, col: 9 }, 1, 1, bounds)).toEqual({ row: 999, col: 9 });
  });

  it("sideways moves skip hidden columns", () => {
    expect(moveBy({ row: 0, col: 1 }, 0, 1, bounds)).toEqual({ row: 0, col: 4 });
    expect(moveBy({ row: 0, col: 4 }, 0, -1, bounds)).toEqual({ row: 0, col: 1 });
  });

  it("Tab moves right and Shift+Tab left", () => {
    expect(gridKeyAction({ row: 1, col: 1 }, key("Tab"), bounds)).toEqual({ kind: "move", to: { row: 1, col: 4 } });
    expect(gridKeyAction({ row: 1, col: 1 }, key("Tab", { shiftKey: true }), bounds)).toEqual({
      kind: "move",
      to: { row: 1, col: 0 },
    });
  });

  it("PageDown moves a page of rows and Ctrl+Home goes to A1", () => {
    expect(gridKeyAction({ row: 3, col: 4 }, key("PageDown"), bounds)).toEqual({
      kind: "move",
      to: { row: 23, col: 4 },
    });
    expect(gridKeyAction({ row: 30, col: 4 }, key("Home", { ctrlKey: true }), bounds)).toEqual({
      kind: "move",
      to: { row: 0, col: 0 },
    });
  });

  it("typing a character starts editing with that character", () => {
    expect(gridKeyAction({ row: 0, col: 0 }, key("x"), bounds)).toEqual({ kind: "edit", text: "x" });
    expect(gridKeyAction({ row: 0, col: 0 }, key("é"), bounds)).toEqual({ kind: "edit", text: "é" });
  });

  it("F2 and Enter start editing the current content", () => {
    expect(gridKeyAction({ row: 0, col: 0 }, key("F2"), bounds)).toEqual({ kind: "edit", text: null });
    expect(gridKeyAction({ row: 0, col: 0 }, key("Enter"), bounds)).toEqual({ kind: "edit", text: null });
  });

  it("Ctrl+letter shortcuts (copy, paste) do not start editing", () => {
    expect(gridKeyAction({ row: 0, col: 0 }, key("v", { ctrlKey: true }), bounds)).toEqual({ kind: "none" });
    expect(gridKeyAction({ row: 0, col: 0 }, key("c", { metaKey: true }), bounds)).toEqual({ kind: "none" });
  });

  it("Delete and Backspace clear the cell", () => {
    expect(gridKeyAction({ row: 0, col: 0 }, key("Delete"), bounds)).toEqual({ kind: "clear" });
    expect(gridKeyAction({ row: 0, col: 0 }, key("Backspace"), bounds)).toEqual({ kind: "clear" });
  });
});

describe("cell editor keys", () => {
  it("Enter commits and moves down, Tab right, Shift+Tab left, Escape cancels", () => {
    expect(editorKeyAction(key("Enter"))).toBe("commitDown");
    expect(editorKeyAction(key("Tab"))).toBe("commitRight");
    expect(editorKeyAction(key("Tab", { shiftKey: true }))).toBe("commitLeft");
    expect(editorKeyAction(key("Escape"))).toBe("cancel");
  });

  it("other keys are left to the input", () => {
    expect(editorKeyAction(key("a"))).toBe("none");
    expect(editorKeyAction(key("ArrowLeft"))).toBe("none");
  });
});
