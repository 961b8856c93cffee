/** Contract: Excel table behaviour the workbook adapter relies on, run against dev/excel-sim. */
import { createExcelSim } from "../../dev/excel-sim";

// CO_AUTHORING: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/co-authoring-in-excel-add-ins

async function newTable(sim: ReturnType<typeof createExcelSim>, address: string, header: string[][]) {
  return sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange(address).values = header;
    const table = sheet.tables.add(address, true);
    table.name = "Prices";
    await context.sync();
  });
}

describe("Excel table contract", () => {
  it("a table created from a header-only range has one blank body row", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables ("Create a table":
    // tables.add("A1:D1", true) gives a table whose data body exists before any row is added)
    const sim = createExcelSim();
    await newTable(sim, "A1:C1", [["Code", "Price", "Note"]]);
    const body = await sim.run(async (context) => {
      const range = context.workbook.tables.getItem("Prices").getDataBodyRange().load("address,values");
      await context.sync();
      return { address: range.address, values: range.values };
    });
    expect(body).toEqual({ address: "Sheet1!A2:C2", values: [["", "", ""]] });
  });

  it("blank header cells get captions Column1, Column2…", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
    // (Excel fills missing headers with default column names)
    const sim = createExcelSim();
    await newTable(sim, "A1:C1", [["Code", "", ""]]);
    const header = await sim.run(async (context) => {
      const range = context.workbook.tables.getItem("Prices").getHeaderRowRange().load("values");
      await context.sync();
      return range.values;
    });
    expect(header).toEqual([["Code", "Column1", "Column2"]]);
  });

  it("writing values into the row directly below a table grows the table", async () => {
    // CO_AUTHORING: add rows by writing Range.values below the table instead of TableRowCollection.add.
    const sim = createExcelSim();
    await newTable(sim, "A1:B1", [["Code", "Price"]]);
    await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Prices").getDataBodyRange();
      body.values = [["A", 1]];
      body.getLastRow().getOffsetRange(1, 0).values = [["B", 2]];
      await context.sync();
    });
    expect(sim.tables("Sheet1")).toEqual([
      { name: "Prices", sheetName: "Sheet1", top: 0, left: 0, bottom: 2, right: 1 },
    ]);
  });

  it("a block that starts inside the body and runs past it grows the table to the block", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance ("Importing data into tables":
    // write the 2-D array to the range and the table expands)
    const sim = createExcelSim();
    await newTable(sim, "B2:C2", [["Code", "Price"]]);
    const rows = Array.from({ length: 50 }, (_, i) => [`K${i}`, i]);
    const rowCount = await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Prices");
      table.getDataBodyRange().getResizedRange(rows.length - 1, 0).values = rows;
      const body = table.getDataBodyRange().load("rowCount");
      await context.sync();
      return body.rowCount;
    });
    expect(rowCount).toBe(rows.length);
  });

  it("blank rows written below a table do not grow it", async () => {
    // CO_AUTHORING: "empty rows cannot be added" by writing below the table.
    const sim = createExcelSim();
    await newTable(sim, "A1:B1", [["Code", "Price"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3:B4").values = [
        ["", ""],
        ["", ""],
      ];
      await context.sync();
    });
    expect(sim.tables()[0]?.bottom).toBe(1);
  });

  it("a table name already used in the workbook is rejected with InvalidArgument", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-name-member
    // (names are unique per workbook; duplicate → InvalidArgument, OfficeDev/office-js#551)
    const sim = createExcelSim();
    await newTable(sim, "A1:B1", [["Code", "Price"]]);
    const attempt = sim.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Sheet1").tables.add("E1:F2", true);
      other.name = "prices";
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sorting a table moves whole rows, formats included", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection (a TableRow is a physical
    // row: sorting moves the data between rows) and .../office/dev/add-ins/excel/excel-add-ins-tables ("Sort data").
    const sim = createExcelSim();
    await newTable(sim, "A1:B1", [["Code", "Price"]]);
    await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Prices").getDataBodyRange().getResizedRange(2, 0);
      body.numberFormat = [
        ["@", "0.00"],
        ["@", "0.0"],
        ["@", "0"],
      ];
      body.values = [
        ["c", 3],
        ["a", 1],
        ["b", 2],
      ];
      await context.sync();
    });
    sim.userSortTable("Prices", 0, true);
    const rows = [1, 2, 3].map((r) => [sim.cell("Sheet1", r, 0).value, sim.cell("Sheet1", r, 1).numberFormat]);
    expect(rows).toEqual([
      ["a", "0.0"],
      ["b", "0"],
      ["c", "0.00"],
    ]);
  });

  it("after a sheet is deleted, getItemOrNullObject for it and its table gives null objects", async () => {
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets ("Get a worksheet",
    // getItemOrNullObject) and .../develop/application-specific-api-model ("*OrNullObject")
    const sim = createExcelSim();
    sim.addSheet("Data");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = "Gone";
      await context.sync();
    });
    sim.userDeleteSheet("Data");
    const result = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Data");
      const table = context.workbook.tables.getItemOrNullObject("Gone");
      await context.sync();
      return [sheet.isNullObject, table.isNullObject];
    });
    expect(result).toEqual([true, true]);
  });

  describe("a paste wider than the table, touching its right edge", () => {
    // AUTO_EXPAND: https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange ("When you type in
    // a cell of an empty row or column next to a list, the list will expand to include that row or column"; on by
    // default); new columns get default names "Column1", "Column2"…, as blank headers do (test above).
    const header = [["Code", "Price"]];
    const captions = (sim: ReturnType<typeof createExcelSim>, cols: number) =>
      Array.from({ length: cols }, (_, c) => sim.cell("Sheet1", 0, c).value);

    it("a block starting in the last column adds the columns it runs into, named Column1, Column2", async () => {
      const sim = createExcelSim();
      await newTable(sim, "A1:B1", header);
      sim.userEdit("Sheet1", 1, 1, [
        ["1", "x", "y"],
        ["2", "z", ""],
      ]);
      expect(sim.tables()[0]).toMatchObject({ right: 3, bottom: 2 });
      expect(captions(sim, 4)).toEqual(["Code", "Price", "Column1", "Column2"]);
    });

    it("a block pasted into the column right of the table adds columns; a gap column does not", async () => {
      const sim = createExcelSim();
      await newTable(sim, "A1:B1", header);
      sim.userEdit("Sheet1", 1, 2, [["note", "more"]]);
      expect(sim.tables()[0]?.right).toBe(3);
      sim.userEdit("Sheet1", 1, 5, [["apart"]]);
      expect(sim.tables()[0]?.right).toBe(3);
    });

    it("a block below the table and wider than it adds both rows and columns", async () => {
      const sim = createExcelSim();
      await newTable(sim, "A1:B1", header);
      sim.userEdit("Sheet1", 1, 0, [["A", "1"]]);
      sim.userEdit("Sheet1", 2, 0, [
        ["B", "2", "extra"],
        ["C", "3", ""],
      ]);
      expect(sim.tables()[0]).toMatchObject({ bottom: 3, right: 2 });
    });

    it("new column names stay unique when a header already says Column1", async () => {
      const sim = createExcelSim();
      await newTable(sim, "A1:B1", [["Column1", "Price"]]);
      sim.userEdit("Sheet1", 1, 1, [["1", "x", "y"]]);
      expect(captions(sim, 4)).toEqual(["Column1", "Price", "Column2", "Column3"]);
    });
  });
});
