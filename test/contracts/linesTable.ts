/** A simulated workbook with one two-column text table "tblLines" on sheet "Lines", filled with `rows`. */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";

export async function linesTable(rows: string[][], captions: [string, string] = ["Code", "Name"]) {
  const sim = createExcelSim();
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun);
  await port.ensureTable({
    sheetName: "Lines",
    tableName: "tblLines",
    columns: captions.map((caption) => ({ caption, numberFormat: "@" })),
  });
  sim.userEdit("Lines", 1, 0, rows);
  return { sim, port };
}
