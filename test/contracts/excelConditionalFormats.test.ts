/**
 * Contract: text-comparison conditional formats as the add-in uses them, run against dev/excel-sim.
 * CF_ARTICLE: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 * CF_COLLECTION: https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
 * TEXT_RULE: https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionaltextcomparisonrule
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";

/** Table "Table1" at A1:B3 (Code, Status) and a "BeginsWith ERR" format with red fill and font on B2:B3. */
async function statusTable(): Promise<ExcelSim> {
  const sim = createExcelSim();
  sim.userEdit("Sheet1", 0, 0, [
    ["Code", "Status"],
    ["A", "ERR: no price"],
    ["B", "fine"],
  ]);
  sim.addTableAsUser("Sheet1", "A1:B3", true);
  await sim.run(async (context) => {
    const status = context.workbook.tables.getItem("Table1").getDataBodyRange().getColumn(1);
    const format = status.conditionalFormats.add("ContainsText");
    format.textComparison.format.fill.color = "#ffc7ce";
    format.textComparison.format.font.color = "#9C0006";
    format.textComparison.rule = { operator: "BeginsWith", text: "ERR" };
    await context.sync();
  });
  return sim;
}

describe("Excel conditional-format contract", () => {
  it("a text comparison format reads back its rule and colours, and colours only matching cells", async () => {
    // CF_ARTICLE ("Text comparison": textComparison.rule = { operator, text } and textComparison.format);
    // TEXT_RULE (operator "BeginsWith"). Excel reports colours as upper-case "#RRGGBB".
    const sim = await statusTable();
    const read = await sim.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").conditionalFormats;
      const count = formats.getCount();
      formats.load("items/type");
      await context.sync();
      const first = formats.items[0];
      const rule = first?.textComparison.load("rule");
      const fill = first?.textComparison.format.fill.load("color");
      await context.sync();
      return { count: count.value, type: first?.type, rule: rule?.rule, fill: fill?.color };
    });
    expect(read).toEqual({
      count: 1,
      type: "ContainsText",
      rule: { operator: "BeginsWith", text: "ERR" },
      fill: "#FFC7CE",
    });
    expect(sim.conditionalStyleAt("Sheet1", 1, 1)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sim.conditionalStyleAt("Sheet1", 2, 1)).toBeNull();
    sim.userEdit("Sheet1", 2, 1, [["err later"]]); // text comparison ignores case, and follows edits
    expect(sim.conditionalStyleAt("Sheet1", 2, 1)?.fill).toBe("#FFC7CE");
  });

  it("a format added later has the top priority", async () => {
    // CF_COLLECTION, add(type): "Adds a new conditional format to the collection at the first/top priority."
    const sim = await statusTable();
    await sim.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B2:B3")
        .conditionalFormats.add("ContainsText");
      format.textComparison.format.fill.color = "#FFEB9C";
      format.textComparison.rule = { operator: "Contains", text: "price" };
      await context.sync();
    });
    const views = sim.conditionalFormatsOn("Sheet1", "B2");
    expect(views.map((v) => [v.priority, v.rule?.text])).toEqual([
      [0, "price"],
      [1, "ERR"],
    ]);
    // Both match "ERR: no price": the fill comes from the top format, the font from the one that sets it.
    expect(sim.conditionalStyleAt("Sheet1", 1, 1)).toEqual({ fill: "#FFEB9C", fontColor: "#9C0006" });
  });

  it("clearAll removes the formats from the range's cells only", async () => {
    // CF_COLLECTION, clearAll(): "Clears all conditional formats active on the current specified range."
    const sim = await statusTable();
    const count = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").conditionalFormats.clearAll();
      const left = sheet.getRange("B2").conditionalFormats.getCount();
      await context.sync();
      return left.value;
    });
    expect(count).toBe(0);
    sim.userEdit("Sheet1", 2, 1, [["ERR again"]]);
    expect(sim.conditionalFormatsOn("Sheet1", "B2:B3")[0]?.appliesTo).toEqual(["B3"]);
    expect(sim.conditionalStyleAt("Sheet1", 2, 1)?.fill).toBe("#FFC7CE");
  });

  it("getCount's value is not readable before the sync", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientresult (value after sync)
    const sim = await statusTable();
    await sim.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("B2").conditionalFormats.getCount();
      expect(() => result.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(result.value).toBe(1);
    });
  });

  it("rows a table grows into get the column's conditional formats", async () => {
    // As with validation, Excel extends a table column's formatting to new rows (verify in Excel).
    const sim = await statusTable();
    sim.userEdit("Sheet1", 3, 0, [["C", "ERR: new row"]]);
    expect(sim.tables()[0]?.bottom).toBe(3);
    expect(sim.conditionalFormatsOn("Sheet1", "B2:B4")[0]?.appliesTo).toEqual(["B2:B4"]);
    expect(sim.conditionalStyleAt("Sheet1", 3, 1)?.fontColor).toBe("#9C0006");
    expect(sim.conditionalFormatsOn("Sheet1", "A2:A4")).toEqual([]);
  });

  it("a saved workbook keeps its conditional formats", async () => {
    // A workbook file stores conditional formats with the sheet (Open XML <conditionalFormatting>).
    const sim = await statusTable();
    const reopened = createExcelSim(JSON.parse(JSON.stringify(sim.save())));
    expect(reopened.save()).toEqual(sim.save());
    expect(reopened.conditionalFormatsOn("Sheet1", "B2:B3")).toEqual(sim.conditionalFormatsOn("Sheet1", "B2:B3"));
  });
});
