/**
 * `Excel.ChartCollection`, `Excel.Chart`, `Excel.ChartTitle`, `Excel.ChartSeriesCollection` and `Excel.ChartSeries`
 * of the sim (ExcelApi 1.1; `ChartSeries.getDimensionValues` 1.12): add a chart over a range, find it by name, rename
 * it, give it a title, point it at another range (`setData`), delete it, and read its series' names and values.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection,
 * https://learn.microsoft.com/javascript/api/excel/excel.chart,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-getdimensionvalues-member(1)
 */
import {
  addChart,
  chartSeries,
  chartsOn,
  setChartData,
  type ChartModel,
  type SeriesBy,
  type SeriesView,
} from "../model/charts";
import { SimError } from "../model/simError";
import { liveSheet, type SheetModel } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import { SimClientResult } from "./conditionalFormatProxies";
import type { SimRange } from "./rangeProxy";
import type { SimRequestContext } from "./requestContext";
import { SimCollection } from "./simCollection";

const live = (chart: ChartModel): ChartModel => {
  if (chart.deleted || chart.sheet.deleted) throw SimError.itemNotFound(`Chart '${chart.name}' (deleted)`);
  return chart;
};

export class SimChartCollection extends SimCollection<SheetModel, ChartModel, SimChart> {
  protected readonly itemProps = ["name", "id", "chartType"] as const;
  constructor(context: SimRequestContext, origin: Origin<SheetModel>) {
    super(context, origin);
  }

  protected list(sheet: SheetModel): ChartModel[] {
    return chartsOn(this.context._engine.model, liveSheet(sheet));
  }

  protected makeItem(chart: ChartModel): SimChart {
    return new SimChart(this.context, { resolved: chart });
  }

  /** A chart of `type` over `sourceData` (a range of this sheet), its series taken by `seriesBy`. */
  add(type: string, sourceData: SimRange, seriesBy: SeriesBy = "Auto"): SimChart {
    return new SimChart(this.context, {
      json: { charts: "add", args: [type, { range: sourceData._id }, seriesBy] },
      resolve: () => {
        const sheet = liveSheet(this._need());
        const source = sourceData._need();
        if (source.sheet !== sheet) throw SimError.invalidArgument("The sim charts a range of the chart's own sheet.");
        return addChart(this.context._engine.model, sheet, type, source.rect, seriesBy);
      },
    });
  }

  private find(name: string): ChartModel | null {
    if (this._target === null) return null;
    const key = name.toLowerCase();
    return this.list(this._need()).find((c) => c.name.toLowerCase() === key) ?? null;
  }

  getItem(name: string): SimChart {
    return new SimChart(this.context, {
      json: { charts: "getItem", name },
      resolve: () => {
        const chart = this.find(name);
        if (!chart) throw SimError.itemNotFound(`Chart '${name}'`);
        return chart;
      },
    });
  }

  getItemOrNullObject(name: string): SimChart {
    return new SimChart(this.context, {
      json: { charts: "getItemOrNullObject", name },
      resolve: () => this.find(name),
    });
  }
}

export class SimChart extends SimClientObject<ChartModel> {
  protected readonly scalarProps = ["name", "id", "chartType"] as const;
  private titleProxy: SimChartTitle | undefined;
  private seriesProxy: SimChartSeriesCollection | undefined;

  constructor(context: SimRequestContext, origin: Origin<ChartModel>) {
    super(context, origin);
  }

  protected readProp(chart: ChartModel, prop: string): unknown {
    if (prop === "name") return chart.name;
    if (prop === "id") return chart.id;
    if (prop === "chartType") return chart.chartType;
    throw SimError.invalidArgument(`Chart has no property '${prop}'.`);
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.set("name", value, (chart) => {
      live(chart).name = value;
      this.context._engine.model.touch();
    });
  }

  get chartType(): string {
    return this.get("chartType");
  }

  get title(): SimChartTitle {
    return (this.titleProxy ??= new SimChartTitle(this.context, {
      json: { chart: this._id, nav: "title" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  get series(): SimChartSeriesCollection {
    return (this.seriesProxy ??= new SimChartSeriesCollection(this.context, {
      json: { chart: this._id, nav: "series" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  /** Points the chart at another range of its sheet (ExcelApi 1.1). */
  setData(sourceData: SimRange, seriesBy: SeriesBy = "Auto"): void {
    this.call("setData", [{ range: sourceData._id }, seriesBy], (chart) => {
      const source = sourceData._need();
      if (source.sheet !== live(chart).sheet)
        throw SimError.invalidArgument("The sim charts a range of its own sheet.");
      setChartData(this.context._engine.model, chart, source.rect, seriesBy);
    });
  }

  delete(): void {
    this.call("delete", [], (chart) => {
      live(chart).deleted = true;
      this.context._engine.model.touch();
    });
  }
}

export class SimChartTitle extends SimClientObject<ChartModel> {
  protected readonly scalarProps = ["text"] as const;

  constructor(context: SimRequestContext, origin: Origin<ChartModel>) {
    super(context, origin);
  }

  protected readProp(chart: ChartModel, prop: string): unknown {
    if (prop === "text") return chart.title;
    throw SimError.invalidArgument(`ChartTitle has no property '${prop}'.`);
  }

  get text(): string {
    return this.get("text");
  }

  set text(value: string) {
    this.set("text", value, (chart) => {
      live(chart).title = value;
      this.context._engine.model.touch();
    });
  }
}

interface SeriesTarget {
  chart: ChartModel;
  view: SeriesView;
}

export class SimChartSeriesCollection extends SimClientObject<ChartModel> {
  protected readonly scalarProps = ["count"] as const;

  constructor(context: SimRequestContext, origin: Origin<ChartModel>) {
    super(context, origin);
  }

  protected readProp(chart: ChartModel, prop: string): unknown {
    if (prop === "count") return chartSeries(live(chart)).length;
    throw SimError.invalidArgument(`ChartSeriesCollection has no property '${prop}'.`);
  }

  get count(): number {
    return this.get("count");
  }

  getItemAt(index: number): SimChartSeries {
    return new SimChartSeries(this.context, {
      json: { series: "getItemAt", index },
      resolve: () => {
        const chart = SimClientObject._parentTarget(this);
        if (!chart) return null;
        const view = chartSeries(live(chart))[index];
        if (!view) throw SimError.invalidArgument(`The chart has no series ${index}.`);
        return { chart, view };
      },
    });
  }
}

export class SimChartSeries extends SimClientObject<SeriesTarget> {
  protected readonly scalarProps = ["name"] as const;

  constructor(context: SimRequestContext, origin: Origin<SeriesTarget>) {
    super(context, origin);
  }

  protected readProp(target: SeriesTarget, prop: string): unknown {
    if (prop === "name") return target.view.name;
    throw SimError.invalidArgument(`ChartSeries has no property '${prop}'.`);
  }

  get name(): string {
    return this.get("name");
  }

  /** The series' values or categories as Excel returns them: text, one per point (ExcelApi 1.12). */
  getDimensionValues(dimension: "Values" | "Categories"): SimClientResult<string[]> {
    const result = new SimClientResult<string[]>();
    this.context._enqueue({
      json: { id: this._id, call: "getDimensionValues", args: [dimension] },
      run: (exec) => {
        const { chart, view } = this._need();
        const fresh = chartSeries(live(chart)).find((s) => s.name === view.name) ?? view;
        const values = (dimension === "Values" ? fresh.values : fresh.categories).map((v) => String(v));
        exec.respond(values);
        exec.afterCommit(() => result._set(values));
      },
    });
    return result;
  }
}
