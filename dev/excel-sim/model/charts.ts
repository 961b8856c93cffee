/**
 * Charts on a sheet, as `worksheet.charts.add(type, sourceData, seriesBy)` makes them (ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)).
 * A chart keeps its source range, not a copy of the data: its series read the cells as they are now, so a chart
 * follows the cells it shows, as in Excel. Simplification: the source's first row holds the series names and its
 * first column the categories (what the add-in writes); "Auto" takes series by columns unless the range is wider
 * than it is tall. Saved with the workbook.
 */
import type { CellValue } from "../../../src/workbook";
import type { Rect } from "./address";
import { SimError } from "./simError";
import type { SheetModel, WorkbookModel } from "./workbookModel";

export type SeriesBy = "Auto" | "Columns" | "Rows";

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  title: string;
  source: Rect;
  seriesBy: "Columns" | "Rows";
  deleted: boolean;
}

export interface SeriesView {
  name: string;
  categories: CellValue[];
  values: CellValue[];
}

const byOf = (rect: Rect, seriesBy: SeriesBy): "Columns" | "Rows" =>
  seriesBy === "Auto" ? (rect.cols > rect.rows ? "Rows" : "Columns") : seriesBy;

export function addChart(
  model: WorkbookModel,
  sheet: SheetModel,
  type: string,
  source: Rect,
  by: SeriesBy,
): ChartModel {
  if (source.rows < 2 || source.cols < 2) {
    throw SimError.invalidArgument("The sim charts a range with a header row and a category column, and data.");
  }
  const n = model.charts.length + 1;
  const chart: ChartModel = {
    id: `{chart-${n}}`,
    name: `Chart ${n}`,
    sheet,
    chartType: type,
    title: "",
    source,
    seriesBy: byOf(source, by),
    deleted: false,
  };
  model.charts.push(chart);
  model.touch();
  return chart;
}

export function setChartData(model: WorkbookModel, chart: ChartModel, source: Rect, by: SeriesBy): void {
  if (source.rows < 2 || source.cols < 2) throw SimError.invalidArgument("The source needs a header and data.");
  chart.source = source;
  chart.seriesBy = byOf(source, by);
  model.touch();
}

/** The chart's series as its source cells hold them now. */
export function chartSeries(chart: ChartModel): SeriesView[] {
  const { row, col, rows, cols } = chart.source;
  const cell = (r: number, c: number) => chart.sheet.data.value(row + r, col + c);
  const out: SeriesView[] = [];
  if (chart.seriesBy === "Columns") {
    for (let c = 1; c < cols; c++) {
      const categories: CellValue[] = [];
      const values: CellValue[] = [];
      for (let r = 1; r < rows; r++) {
        categories.push(cell(r, 0));
        values.push(cell(r, c));
      }
      out.push({ name: String(cell(0, c)), categories, values });
    }
  } else {
    for (let r = 1; r < rows; r++) {
      const categories: CellValue[] = [];
      const values: CellValue[] = [];
      for (let c = 1; c < cols; c++) {
        categories.push(cell(0, c));
        values.push(cell(r, c));
      }
      out.push({ name: String(cell(r, 0)), categories, values });
    }
  }
  return out;
}

/** Charts still on a live sheet. */
export function chartsOn(model: WorkbookModel, sheet: SheetModel | null): ChartModel[] {
  return model.charts.filter((c) => !c.deleted && !c.sheet.deleted && (sheet === null || c.sheet === sheet));
}
