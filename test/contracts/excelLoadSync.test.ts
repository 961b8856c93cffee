/**
 * Contract: Office.js proxy/load/sync semantics the workbook adapter relies on, run against dev/excel-sim.
 * Each test cites the Microsoft page that states the behaviour.
 */
import { createExcelSim } from "../../dev/excel-sim";

// API_MODEL: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model

describe("Excel load/sync contract", () => {
  it("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    // API_MODEL, "load()": properties must be loaded and synced before they are read.
    const sim = createExcelSim();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("a loaded property is readable only after context.sync() completes", async () => {
    // API_MODEL, "sync()": load only queues the read; values arrive when sync resolves.
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["7"]]);
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      expect(() => range.values).toThrow(/call the load method on the containing object/);
      await context.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  it("load accepts a comma list, an array of names and an options object", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-load-member(1)
    const sim = createExcelSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2:C4").load("address, rowCount");
      const b = sheet.getRange("B2:C4").load(["columnCount", "rowIndex"]);
      const c = sheet.getRange("B2:C4").load({ select: "columnIndex" });
      await context.sync();
      expect([a.address, a.rowCount, b.columnCount, b.rowIndex, c.columnIndex]).toEqual(["Sheet1!B2:C4", 3, 2, 1, 1]);
    });
  });

  it("getItem of a missing sheet rejects the sync with ItemNotFound", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling (ItemNotFound)
    const sim = createExcelSim();
    const attempt = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  it("getItemOrNullObject of a missing item yields isNullObject instead of an error", async () => {
    // API_MODEL, "*OrNullObject methods and properties".
    const sim = createExcelSim();
    await sim.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("NoSuchTable");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names are case-insensitive
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("isNullObject is not available before the sync that looks the object up", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member
    const sim = createExcelSim();
    await sim.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("k");
      expect(() => setting.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(setting.isNullObject).toBe(true);
    });
  });

  it("queued operations make one round trip per context.sync()", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance ("Minimize the number of sync() calls")
    const sim = createExcelSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let r = 0; r < 10; r++) sheet.getRangeByIndexes(r, 0, 1, 2).values = [[r, `row ${r}`]];
      await context.sync();
      sheet.getRange("A1:B10").load("values");
      await context.sync();
    });
    expect(sim.counters().syncs).toBe(2);
    expect(sim.cell("Sheet1", 9, 1).value).toBe("row 9");
  });

  it("workbook settings are readable through getItemOrNullObject after add", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection
    const sim = createExcelSim();
    await sim.run(async (context) => {
      context.workbook.settings.add("binding", '{"v":1}');
      await context.sync();
    });
    const value = await sim.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject("binding").load("value");
      await context.sync();
      return s.value;
    });
    expect(JSON.parse(value)).toEqual({ v: 1 });
  });
});
