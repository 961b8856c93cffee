/**
 * Contract: worksheet events the add-in listens to besides `Table.onChanged`, run against dev/excel-sim.
 * EVENTS: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 * SHEET_ARGS: https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs (ExcelApi 1.7)
 * ACTIVATED: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onactivated-member
 *   ("Occurs when the worksheet is activated", ExcelApi 1.7)
 * DATA_CHANGE_TYPE: https://learn.microsoft.com/javascript/api/excel/excel.datachangetype — no page says which type a
 *   sort or a table's growth raises: the sim's defaults (growth RowInserted as office-js #728 saw, sort Unknown) can be
 *   changed, and the add-in treats every type as a hint (docs/excel-checklist.md).
 * Gaps of `Table.onChanged`: office-js #294 (row deletes on Mac), #1110 (drag-copy over filtered rows) — the sim's
 *   `tableEventGaps`.
 */
import { createExcelSim, type ExcelSim, type ExcelSimOptions } from "../../dev/excel-sim";

async function watched(options?: ExcelSimOptions) {
  const sim = createExcelSim(undefined, options);
  sim.userEdit("Sheet1", 0, 0, [
    ["Code", "Price"],
    ["A", "1"],
    ["B", "2"],
  ]);
  sim.addTableAsUser("Sheet1", "A1:B3", true);
  sim.addSheet("Other");
  const table: string[] = [];
  const sheet: string[] = [];
  const activated: string[] = [];
  await sim.run(async (context) => {
    context.workbook.tables.getItem("Table1").onChanged.add(async (a) => {
      table.push(`${a.changeType} ${a.address}`);
    });
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.onChanged.add(async (a) => {
      sheet.push(`${a.changeType} ${a.address}`);
    });
    ws.onActivated.add(async (a) => {
      activated.push(a.type);
    });
    await context.sync();
  });
  return { sim, table, sheet, activated };
}

const flushed = async (sim: ExcelSim) => sim.flushEvents();

describe("Excel worksheet events contract", () => {
  it("SHEET_ARGS: Worksheet.onChanged hears changes anywhere on the sheet, Table.onChanged only inside the table", async () => {
    const { sim, table, sheet } = await watched();
    sim.userEdit("Sheet1", 0, 5, [["far away"]]);
    sim.userEdit("Sheet1", 1, 1, [["9"]]);
    await flushed(sim);
    expect({ table, sheet }).toEqual({ table: ["RangeEdited B2"], sheet: ["RangeEdited F1", "RangeEdited B2"] });
  });

  it("ACTIVATED: onActivated fires when a person or the add-in makes the sheet active, not when it already is", async () => {
    const { sim, activated } = await watched();
    sim.setActiveSheet("Other");
    sim.setActiveSheet("Sheet1");
    sim.setActiveSheet("Sheet1");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Other").activate();
      context.workbook.worksheets.getItem("Sheet1").activate();
      await context.sync();
    });
    await flushed(sim);
    expect(activated).toEqual(["WorksheetActivated", "WorksheetActivated"]);
  });

  it("DATA_CHANGE_TYPE: a sort and a growth raise change types the sim lets tests choose", async () => {
    const { sim, table } = await watched({ unverifiedChangeTypes: { sort: "RangeEdited", growth: "RangeEdited" } });
    sim.userSortTable("Table1", 0, false);
    sim.userEdit("Sheet1", 3, 0, [["C"]]);
    const defaults = await watched();
    defaults.sim.userSortTable("Table1", 0, false);
    defaults.sim.userEdit("Sheet1", 3, 0, [["C"]]);
    await flushed(sim);
    await flushed(defaults.sim);
    expect({ chosen: table, defaults: defaults.table }).toEqual({
      chosen: ["RangeEdited A2:B3", "RangeEdited A4"],
      defaults: ["Unknown A2:B3", "RowInserted A4"],
    });
  });

  it("office-js #294: where Table.onChanged misses a row delete, Worksheet.onChanged still hears it", async () => {
    const { sim, table, sheet } = await watched({ tableEventGaps: ["RowDeleted"] });
    sim.userDeleteRows("Sheet1", 2, 1);
    await flushed(sim);
    expect({ table, sheet }).toEqual({ table: [], sheet: ["RowDeleted 3:3"] });
  });
});
