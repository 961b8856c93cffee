/**
 * A sheet of figures with a native chart over part of them (a campaign's statistics, issue #17): the cells are written
 * and the chart refers to them, so the numbers and the picture travel with the workbook to people without the
 * add-in. Text goes into Text ("@") cells (never read as a formula), numbers as numbers. The chart is found by its
 * name and pointed at the new block (`Chart.setData`), or added (`worksheet.charts.add`, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)).
 * Cells left over from a longer earlier block are cleared. Three syncs: sheet and chart lookup, cells, chart.
 */
import type { ExcelSession } from "./excelSession";
import { columnLetters } from "./excelSession";
import type { ChartSheetSpec } from "./workbookPort";

const address = (top: number, left: number, rows: number, cols: number) =>
  `${columnLetters(left)}${top + 1}:${columnLetters(left + cols - 1)}${top + rows}`;

export function writeChartSheet(session: ExcelSession, spec: ChartSheetSpec): Promise<void> {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 1);
  return session.run(async (context) => {
    const found = context.workbook.worksheets.getItemOrNullObject(spec.sheetName);
    await session.sync(context);
    const sheet = found.isNullObject ? context.workbook.worksheets.add(spec.sheetName) : found;
    const chart = sheet.charts.getItemOrNullObject(spec.chart.name);
    const rows = Math.max(spec.clearRows, spec.rows.length);
    const cols = Math.max(spec.clearCols, width);
    sheet.getRange(address(0, 0, rows, cols)).clear("Contents");
    spec.rows.forEach((row, r) => {
      if (row.length === 0) return;
      const range = sheet.getRange(address(r, 0, 1, row.length));
      range.numberFormat = [row.map((v) => (typeof v === "number" ? "General" : "@"))];
      range.values = [row.slice()];
    });
    await session.sync(context);
    const { top, rowCount, colCount, name, title, type } = spec.chart;
    const source = sheet.getRange(address(top, 0, rowCount, colCount));
    const drawn = chart.isNullObject ? sheet.charts.add(type, source, "Columns") : chart;
    if (chart.isNullObject) drawn.name = name;
    else drawn.setData(source, "Columns");
    drawn.title.text = title;
    await session.sync(context);
  });
}
