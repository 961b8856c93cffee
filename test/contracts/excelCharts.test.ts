/**
 * Contract: native charts over a range, as the add-in draws a campaign's statistics so they travel with the workbook.
 * CHARTCOLLECTION_ADD: https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 * ("Creates a new chart": type, source data range, series by Auto/Columns/Rows; ExcelApi 1.1).
 * CHART_SETDATA: https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)
 * ("Resets the source data for the chart"). CHARTSERIES_GETDIMENSIONVALUES:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-getdimensionvalues-member(1)
 * (values of a series' dimension, ExcelApi 1.12). A chart refers to its cells: it shows what they hold now.
 */
import { createExcelSim } from "../../dev/excel-sim";
import type { ExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun } from "../../src/workbook";

type Sim = ExcelSim;

async function withTrend(): Promise<Sim> {
  const sim = createExcelSim();
  sim.addSheet("Stats");
  sim.userEdit("Stats", 0, 0, [
    ["Week", "Contacted", "Responded"],
    ["W37", "10", "2"],
    ["W38", "12", "5"],
  ]);
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stats");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
    chart.name = "Trend";
    chart.title.text = "CP0001";
    await context.sync();
  });
  return sim;
}

async function seriesOf(sim: Sim, name = "Trend") {
  return sim.run(async (context) => {
    const chart = context.workbook.worksheets.getItem("Stats").charts.getItem(name);
    const series = chart.series.load("count");
    chart.title.load("text");
    await context.sync();
    const items = Array.from({ length: series.count }, (_, i) => chart.series.getItemAt(i).load("name"));
    const values = items.map((s) => s.getDimensionValues("Values"));
    const categories = items.map((s) => s.getDimensionValues("Categories"));
    await context.sync();
    return {
      title: chart.title.text,
      series: items.map((s, i) => ({ name: s.name, values: values[i]!.value, categories: categories[i]!.value })),
    };
  });
}

describe("Excel charts contract", () => {
  it("a chart added over a range has a series per column, named by the header, over the first column", async () => {
    const sim = await withTrend();
    expect(await seriesOf(sim)).toEqual({
      title: "CP0001",
      series: [
        { name: "Contacted", values: ["10", "12"], categories: ["W37", "W38"] },
        { name: "Responded", values: ["2", "5"], categories: ["W37", "W38"] },
      ],
    });
  });

  it("the chart shows what its cells hold now, and setData points it at a larger range", async () => {
    const sim = await withTrend();
    sim.userEdit("Stats", 2, 1, [["20"]]);
    expect((await seriesOf(sim)).series[0]!.values).toEqual(["10", "20"]);
    sim.userEdit("Stats", 3, 0, [["W39", "7", "1"]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Stats");
      sheet.charts.getItem("Trend").setData(sheet.getRange("A1:C4"), "Columns");
      await context.sync();
    });
    expect((await seriesOf(sim)).series[1]!.values).toEqual(["2", "5", "1"]);
  });

  it("a missing chart is a null object; a deleted one is gone; a saved workbook keeps its charts", async () => {
    const sim = await withTrend();
    const again = createExcelSim(sim.save());
    expect((await seriesOf(again)).series.map((s) => s.name)).toEqual(["Contacted", "Responded"]);
    const gone = await sim.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Stats").charts;
      const missing = charts.getItemOrNullObject("Nope");
      charts.getItem("Trend").delete();
      charts.load("items/name");
      await context.sync();
      return { missing: missing.isNullObject, count: charts.items.length };
    });
    expect(gone).toEqual({ missing: true, count: 0 });
  });
});

describe("a sheet of figures with its chart (writeChartSheet)", () => {
  const spec = (weeks: [string, number, number][]) => ({
    sheetName: "Statistics CP0001",
    rows: [["Campaign", "CP0001"], [], ["Week", "Contacted", "Responded"], ...weeks] as (string | number)[][],
    clearRows: 10,
    clearCols: 3,
    chart: {
      name: "CampaignDesk_CP0001",
      title: "CP0001 by week",
      type: "ColumnClustered" as const,
      top: 2,
      rowCount: 1 + weeks.length,
      colCount: 3,
    },
  });

  it("[CS6] writes text as text and numbers as numbers, adds the chart once and points it at the new block after", async () => {
    const sim = createExcelSim();
    const port = createExcelWorkbook(sim.run as unknown as ExcelRun);
    await port.writeChartSheet(
      spec([
        ["=W37", 10, 2],
        ["W38", 12, 5],
      ]),
    );
    expect(sim.cell("Statistics CP0001", 3, 0).value).toBe("=W37"); // text, never a formula
    expect(sim.cell("Statistics CP0001", 3, 1).value).toBe(10);
    await port.writeChartSheet(spec([["W38", 12, 5]]));
    const charts = await sim.run(async (context) => {
      const all = context.workbook.worksheets.getItem("Statistics CP0001").charts.load("items/name");
      await context.sync();
      return all.items.map((c) => c.name);
    });
    expect(charts).toEqual(["CampaignDesk_CP0001"]);
    expect(sim.cell("Statistics CP0001", 4, 0).value).toBe(""); // the longer block's last row is cleared
    const series = await sim.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Statistics CP0001").charts.getItem("CampaignDesk_CP0001");
      const values = chart.series.getItemAt(0).getDimensionValues("Values");
      chart.title.load("text");
      await context.sync();
      return { values: values.value, title: chart.title.text };
    });
    expect(series).toEqual({ values: ["12"], title: "CP0001 by week" });
  });
});
