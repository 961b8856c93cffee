/**
 * Excel's error values in a read (PS6): `valueTypes` is loaded only for the cells whose value is an error text,
 * so a read without such cells costs what it did, and text that merely looks like an error is not one.
 */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook, EXCEL_ERROR_TEXTS } from "../../src/workbook";
import type { ExcelRun, TableSpec } from "../../src/workbook";
import { EXCEL_ERRORS } from "../../src/sheets";

const spec: TableSpec = {
  sheetName: "Prices",
  tableName: "tblPrices",
  columns: [
    { caption: "Item No.", numberFormat: "General" },
    { caption: "Description", numberFormat: "General" },
    { caption: "Unit Price", numberFormat: "General" },
  ],
};

function setup() {
  const sim = createExcelSim();
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun, {});
  return { sim, port };
}

test("[PS6] a read finds the cells holding an Excel error, not text typed to look like one, in one more sync", async () => {
  const { sim, port } = setup();
  await port.ensureTable(spec);
  sim.userEdit(spec.sheetName, 1, 0, [
    ["1000", "=1/0", "5"],
    ["'#N/A", "plain", "=A2*"],
  ]);
  await port.readTable(spec.tableName); // learns the row size
  const before = sim.counters();
  const read = await port.readTable(spec.tableName);
  expect(read?.body).toEqual([
    [1000, "#NAME?", 5],
    ["#N/A", "plain", "#NAME?"],
  ]);
  expect(read?.errorCells).toEqual([
    [0, 1],
    [1, 2],
  ]);
  expect(sim.counters().syncs - before.syncs).toBe(2);
});

test("[PS6] a read without error texts loads no valueTypes: one sync, no errorCells", async () => {
  const { sim, port } = setup();
  await port.ensureTable(spec);
  sim.userEdit(spec.sheetName, 1, 0, [["1000", "#1 seller", "5"]]);
  await port.readTable(spec.tableName);
  const before = sim.counters().syncs;
  const read = await port.readTable(spec.tableName);
  expect(read?.errorCells).toBeUndefined();
  expect(sim.counters().syncs - before).toBe(1);
});

test("[PS6] the sheets layer and the workbook adapter know the same error values", () => {
  expect([...EXCEL_ERRORS].sort()).toEqual([...EXCEL_ERROR_TEXTS].sort());
});

test("[PS12] in Danish Excel a typed 1.5 is a date: a read reports that number cell, by its number format only", async () => {
  const sim = createExcelSim(undefined, { locale: "da-DK", year: 2026 });
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun, {});
  await port.ensureTable(spec);
  const rows = [
    ["1000", "a", "1.5"],
    ["1000", "b", "1,5"],
    ["1000", "c", "46143"],
  ];
  // The table grows first, so each typed cell keeps its own format (rows a table grows into copy the last row's).
  sim.userEdit(spec.sheetName, 1, 0, [["1"], ["2"], ["3"]]);
  rows.forEach((row, i) => sim.userEdit(spec.sheetName, 1 + i, 0, [row]));
  const read = await port.readTable(spec.tableName, undefined, undefined, { dateColumns: () => [2] });
  expect(read?.body.map((r) => r[2])).toEqual([46143, 1.5, 46143]);
  expect(read?.dateCells).toEqual([[0, 2]]);
});
