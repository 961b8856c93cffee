/**
 * Contract: what a saved workbook keeps. Settings are stored in the document
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings), and so are
 * cells, number formats, fills, column widths, hidden columns and tables (a workbook file holds them all).
 */
import { createExcelSim } from "../../dev/excel-sim";

describe("Excel saved-workbook contract", () => {
  it("a saved workbook reopens with the same cells, formats, tables and settings", async () => {
    const sim = createExcelSim();
    sim.addSheet("Prices");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Prices");
      const header = sheet.getRange("A1:C1");
      header.values = [["Code", "Price", "Row id"]];
      const table = sheet.tables.add("A1:C1", true);
      table.name = "CampaignPrices";
      const body = sheet.getRange("A2:C3");
      body.numberFormat = [
        ["@", "0.00", "@"],
        ["@", "0.00", "@"],
      ];
      body.values = [
        ["=x", 1.5, "r1"],
        ["007", 2, "r2"],
      ];
      sheet.getRange("B3").format.fill.color = "#ffc7ce";
      sheet.getRange("C:C").columnHidden = true;
      sheet.getRange("A1").format.columnWidth = 120;
      context.workbook.settings.add("campaignDesk", '{"schema":1}');
      await context.sync();
    });
    const saved = sim.save();
    const reopened = createExcelSim(JSON.parse(JSON.stringify(saved)));
    expect(reopened.save()).toEqual(saved);
    expect(reopened.cell("Prices", 2, 0)).toEqual({ value: "007", formula: "", numberFormat: "@", fill: null });
    expect(reopened.cell("Prices", 2, 1).fill).toBe("#FFC7CE");
    expect(reopened.isColumnHidden("Prices", 2)).toBe(true);
    expect(reopened.columnWidth("Prices", 0)).toBe(120);
    expect(reopened.tables("Prices")).toEqual([
      { name: "CampaignPrices", sheetName: "Prices", top: 0, left: 0, bottom: 2, right: 2 },
    ]);
    const setting = await reopened.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject("campaignDesk").load("value");
      await context.sync();
      return s.value;
    });
    expect(setting).toBe('{"schema":1}');
  });
});
