/**
 * A big paste with many bad lines is written back (F2): 140,000 rows, every second one flagged with a fill, go
 * through the Excel adapter over the simulator, and a person's paste of 130,000 rows lands in the simulator, without
 * overflowing the stack (a spread of a huge array into a call did). The engine's whole run of such a paste, with
 * its store and duplicates count, is the bench line `paste-200k-half-bad`.
 */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { CellFill, CellValue, ExcelRun, TableSpec } from "../../src/workbook";

const ROWS = 140_000;

const spec: TableSpec = {
  sheetName: "Lines",
  tableName: "tblLines",
  columns: [
    { caption: "Code", numberFormat: "@" },
    { caption: "Discount %", numberFormat: "0.00" },
    { caption: "Issues", numberFormat: "@" },
  ],
};

describe("[F2] a big write-back and a big paste go through without overflowing the stack", () => {
  test("140,000 rows written back with every second row's two cells filled red (140,000 fills): every value and fill lands", async () => {
    const sim = createExcelSim();
    const port = createExcelWorkbook(sim.run as unknown as ExcelRun);
    await port.ensureTable(spec);
    const values: CellValue[][] = Array.from({ length: ROWS }, (_, i) => [
      `ITEM${i}`,
      i % 2 ? 120 : 5,
      i % 2 ? "DISCOUNT_OUT_OF_RANGE" : "",
    ]);
    const fills: CellFill[] = [];
    for (let i = 1; i < ROWS; i += 2) {
      fills.push({ rowIndex: i, colIndex: 1, color: "#FFC7CE" }, { rowIndex: i, colIndex: 2, color: "#FFC7CE" });
    }
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values }], fills);
    expect(sim.tables()[0]?.bottom).toBe(ROWS);
    expect(sim.cell("Lines", ROWS, 2).value).toBe("DISCOUNT_OUT_OF_RANGE");
    expect(sim.cell("Lines", ROWS, 1).fill).toBe("#FFC7CE");
    expect(sim.cell("Lines", ROWS, 2).fill).toBe("#FFC7CE");
    expect(sim.cell("Lines", ROWS - 1, 1).fill).toBeNull();
  });

  test("a person's paste of 130,000 rows and an insert of 130,000 sheet rows land in the simulator", () => {
    const sim = createExcelSim();
    sim.addSheet("Paste");
    const rows = Array.from({ length: 130_000 }, (_, i) => [`ITEM${i}`, String(i % 100)]);
    sim.userEdit("Paste", 1, 0, rows);
    expect(sim.cell("Paste", 130_000, 0).value).toBe("ITEM129999");
    sim.userInsertRows("Paste", 1, 130_000);
    expect(sim.cell("Paste", 260_000, 0).value).toBe("ITEM129999");
    expect(sim.cell("Paste", 130_001, 0).value).toBe("ITEM0");
  });
});
