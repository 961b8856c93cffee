import { createFakeSim } from "./fakeSim";
import {
  clearSelected,
  copyText,
  currentCell,
  deleteRowAtSelection,
  deleteTableAtSelection,
  insertRowAtSelection,
  pasteAtSelection,
  sortTableAtSelection,
} from "./gridCommands";

function simWithTable() {
  const sim = createFakeSim(["Prices", "Other"]);
  sim.addTable({ name: "PriceTable", sheetName: "Prices", top: 1, left: 2, bottom: 10, right: 6 });
  return sim;
}

describe("grid commands act at the selection", () => {
  it("a paste is one userEdit of the whole block at the selected cell", () => {
    const sim = createFakeSim();
    sim.userSelect({ sheetName: "Sheet1", row: 4, col: 2 });
    const rows = Array.from({ length: 20_000 }, (_, i) => `k${i}\t${i}`).join("\r\n");
    expect(pasteAtSelection(sim, `${rows}\r\n`)).toBe(true);
    const edits = sim.calls.filter((c) => c.method === "userEdit");
    expect(edits).toHaveLength(1);
    const [sheet, row, col, block] = edits[0]?.args as [string, number, number, string[][]];
    expect([sheet, row, col, block.length]).toEqual(["Sheet1", 4, 2, 20_000]);
    expect(sim.cell("Sheet1", 4 + 19_999, 3).value).toBe(19_999);
  });

  it("an empty clipboard pastes nothing", () => {
    const sim = createFakeSim();
    expect(pasteAtSelection(sim, "")).toBe(false);
    expect(sim.calls).toEqual([]);
  });

  it("clearing writes an empty text to the selected cell", () => {
    const sim = createFakeSim();
    sim.userSelect({ sheetName: "Sheet1", row: 1, col: 1 });
    clearSelected(sim);
    expect(sim.calls).toEqual([{ method: "userEdit", args: ["Sheet1", 1, 1, [[""]]] }]);
  });

  it("a selection on another sheet counts as A1 of the active sheet", () => {
    const sim = createFakeSim(["A", "B"]);
    sim.userSelect({ sheetName: "B", row: 7, col: 7 });
    expect(currentCell(sim)).toEqual({ sheetName: "A", row: 0, col: 0 });
  });

  it("insert and delete row use the selected row", () => {
    const sim = createFakeSim();
    sim.userSelect({ sheetName: "Sheet1", row: 12, col: 3 });
    insertRowAtSelection(sim);
    deleteRowAtSelection(sim);
    expect(sim.calls).toEqual([
      { method: "userInsertRows", args: ["Sheet1", 12, 1] },
      { method: "userDeleteRows", args: ["Sheet1", 12, 1] },
    ]);
  });

  it("sort A→Z uses the selected column counted from the table's left edge", () => {
    const sim = simWithTable();
    sim.userSelect({ sheetName: "Prices", row: 5, col: 4 });
    expect(sortTableAtSelection(sim)).toBe(true);
    expect(sim.calls).toEqual([{ method: "userSortTable", args: ["PriceTable", 2, true] }]);
  });

  it("delete table removes the table under the selection", () => {
    const sim = simWithTable();
    sim.userSelect({ sheetName: "Prices", row: 1, col: 6 });
    expect(deleteTableAtSelection(sim)).toBe(true);
    expect(sim.calls).toEqual([{ method: "userDeleteTable", args: ["PriceTable"] }]);
  });

  it("table commands do nothing outside a table", () => {
    const sim = simWithTable();
    sim.userSelect({ sheetName: "Prices", row: 11, col: 2 });
    expect(sortTableAtSelection(sim)).toBe(false);
    expect(deleteTableAtSelection(sim)).toBe(false);
    expect(sim.calls).toEqual([]);
  });

  it("copy gives the selected cell's formula or raw value", () => {
    const sim = createFakeSim();
    sim.put("Sheet1", 0, 0, { value: true });
    expect(copyText(sim)).toBe("TRUE");
    sim.put("Sheet1", 0, 0, { value: "#NAME?", formula: "=X()" });
    expect(copyText(sim)).toBe("=X()");
  });
});
