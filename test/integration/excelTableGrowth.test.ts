/**
 * Appending by writing below the table, when Excel does not grow the table as documented (issue #9, item 6;
 * office-js #3013, #3191): the adapter checks the row count and falls back to Table.resize (ExcelApi 1.13) or rows.add.
 */
import { createExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { CellBlock, ExcelRun, TableSpec } from "../../src/workbook";
import { TWO_COLUMN_SPEC } from "../builders/tableSpecs";

const spec: TableSpec = {
  ...TWO_COLUMN_SPEC,
  columns: [...TWO_COLUMN_SPEC.columns, { caption: "Row Id", numberFormat: "@", hidden: true }],
};

/** Rows 1–3 below the one-row body, the middle one blank: the irregular growth stops above it. */
const appended: CellBlock[] = [
  {
    rowIndex: 1,
    colIndex: 0,
    values: [
      ["CP2", "second", "r2"],
      ["", "", ""],
      ["CP4", "=HYPERLINK(x)", "r4"],
    ],
  },
];

async function setup(excelApi: string) {
  const sim = createExcelSim(undefined, { tableGrowth: "stopsAtBlankRow", excelApi });
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun, { isSetSupported: sim.isSetSupported });
  await port.ensureTable(spec);
  await port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["CP1", "first", "r1"]] }]);
  return { sim, port };
}

describe("appending when the table does not grow", () => {
  it("[XL7] the adapter notices the short table and resizes it where ExcelApi 1.13 is supported", async () => {
    const { sim, port } = await setup("1.13");
    await port.writeCells("tblCampaigns", appended, [{ rowIndex: 3, colIndex: 0, color: "#FFC7CE" }]);
    const body = await port.readBody("tblCampaigns");
    expect(body.map((r) => r[0])).toEqual(["CP1", "CP2", "", "CP4"]);
    expect(sim.cell("Campaigns", 4, 0).fill).toBe("#FFC7CE");
  });

  it("[XL7] on an older host it adds the missing rows with rows.add and writes them again, nothing left below", async () => {
    const { sim, port } = await setup("1.12");
    await port.writeCells("tblCampaigns", appended, [{ rowIndex: 3, colIndex: 0, color: "#FFC7CE" }]);
    const body = await port.readBody("tblCampaigns");
    expect(body).toEqual([
      ["CP1", "first", "r1"],
      ["CP2", "second", "r2"],
      ["", "", ""],
      ["CP4", "=HYPERLINK(x)", "r4"],
    ]);
    expect([sim.cell("Campaigns", 4, 1).formula, sim.cell("Campaigns", 4, 0).fill]).toEqual(["", "#FFC7CE"]);
    expect(sim.usedSize("Campaigns").rows).toBe(5);
  });

  it("[XL7] a regular append costs no extra round trip for the check", async () => {
    const sim = createExcelSim(undefined, { excelApi: "1.13" });
    const port = createExcelWorkbook(sim.run as unknown as ExcelRun, { isSetSupported: sim.isSetSupported });
    await port.ensureTable(spec);
    await port.readTable("tblCampaigns");
    const before = port.stats().syncs;
    await port.writeCells("tblCampaigns", [
      {
        rowIndex: 0,
        colIndex: 0,
        values: [
          ["CP1", "a", "r1"],
          ["CP2", "b", "r2"],
        ],
      },
    ]);
    expect(port.stats().syncs - before).toBe(2); // the write (its last sync counts the rows), events back on
  });
});
