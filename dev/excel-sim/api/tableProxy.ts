/** `Excel.Table` of the sim. */
import { SimError } from "../model/simError";
import { parseLocalAddress, splitSheet } from "../model/address";
import { deleteTable, validateTableName } from "../model/tableOps";
import { addTableRows, resizeTable } from "../model/tableRows";
import { liveTable, WorkbookModel, type TableModel } from "../model/workbookModel";
import type { Rect } from "../model/address";
import { SimClientObject, type Origin } from "./clientObject";
import { SimEventHandlers } from "./eventHandlers";
import type { SimTableChangedEventArgs } from "./eventHub";
import { SimRange } from "./rangeProxy";
import { SimTableRow } from "./tableRowProxy";
import type { SimRequestContext } from "./requestContext";
import { SimWorksheet } from "./worksheetProxy";

export class SimTable extends SimClientObject<TableModel> {
  protected readonly scalarProps = ["name", "id", "showHeaders", "showTotals"] as const;
  private worksheetProxy: SimWorksheet | undefined;
  private rowsProxy: SimTableRowCollection | undefined;
  private changedHandlers: SimEventHandlers<TableModel, SimTableChangedEventArgs> | undefined;

  constructor(context: SimRequestContext, origin: Origin<TableModel>) {
    super(context, origin);
  }

  protected readProp(table: TableModel, prop: string): unknown {
    switch (prop) {
      case "name":
        return table.name;
      case "id":
        return table.id;
      case "showHeaders":
        return true;
      case "showTotals":
        return false;
      default:
        throw SimError.invalidArgument(`Table has no property '${prop}'.`);
    }
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as SimClientObject<unknown>) : undefined;
  }

  get name(): string {
    return this.get("name");
  }

  /** Renaming checks Excel's rules; a taken or malformed name fails with InvalidArgument. */
  set name(value: string) {
    this.set("name", value, (table) => {
      const model = this.context._engine.model;
      validateTableName(model, value, liveTable(table));
      table.name = value;
      model.touch();
    });
  }

  get id(): string {
    return this.get("id");
  }

  get showHeaders(): boolean {
    return this.get("showHeaders");
  }

  get showTotals(): boolean {
    return this.get("showTotals");
  }

  get worksheet(): SimWorksheet {
    return (this.worksheetProxy ??= new SimWorksheet(this.context, {
      json: { table: this._id, nav: "worksheet" },
      resolve: () => SimClientObject._parentTarget(this)?.sheet ?? null,
    }));
  }

  /** `Table.onChanged`: TableChangedEventArgs for data changes inside the table. */
  get onChanged(): SimEventHandlers<TableModel, SimTableChangedEventArgs> {
    return (this.changedHandlers ??= new SimEventHandlers(this, (table: TableModel) => ({ kind: "table", table })));
  }

  private part(method: string, rectOf: (t: TableModel) => Rect): SimRange {
    return new SimRange(this.context, {
      json: { table: this._id, call: method },
      resolve: () => {
        const table = SimClientObject._parentTarget(this);
        return table ? { sheet: liveTable(table).sheet, rect: rectOf(table) } : null;
      },
    });
  }

  getRange(): SimRange {
    return this.part("getRange", WorkbookModel.tableRect);
  }

  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", WorkbookModel.headerRect);
  }

  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", WorkbookModel.bodyRect);
  }

  /** `Table.rows` (ExcelApi 1.1): `count` and `add(null, values)` at the end of the table. */
  get rows(): SimTableRowCollection {
    return (this.rowsProxy ??= new SimTableRowCollection(this.context, {
      json: { table: this._id, nav: "rows" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  /**
   * `Table.resize(range)` (ExcelApi 1.13): a Range or a local/sheet address of the new extent, header row unchanged.
   */
  resize(newRange: SimRange | string): void {
    const json = typeof newRange === "string" ? newRange : { range: newRange._id };
    this.call("resize", [json], (table) => {
      const live = liveTable(table);
      const target = typeof newRange === "string" ? null : newRange._need();
      const rect = target ? target.rect : parseLocalAddress(splitSheet(newRange as string).local);
      resizeTable(this.context._engine.model, live, target ? target.sheet : live.sheet, rect);
    });
  }

  /** Deletes the table and its contents. */
  delete(): void {
    this.call("delete", [], (table) => deleteTable(this.context._engine.model, liveTable(table)));
  }
}

/** `Excel.TableRowCollection` of the sim: `count`, `getItemAt`, and `add` at the end of the table (other indexes are not simulated). */
export class SimTableRowCollection extends SimClientObject<TableModel> {
  protected readonly scalarProps = ["count"] as const;

  constructor(context: SimRequestContext, origin: Origin<TableModel>) {
    super(context, origin);
  }

  protected readProp(table: TableModel, prop: string): unknown {
    if (prop === "count") return table.bottom - table.top;
    throw SimError.invalidArgument(`TableRowCollection has no property '${prop}'.`);
  }

  get count(): number {
    return this.get("count");
  }

  /** The body row at `index` (0-based), looked up when the batch runs (ExcelApi 1.1). */
  getItemAt(index: number): SimTableRow {
    return new SimTableRow(this.context, () => SimClientObject._parentTarget(this), index);
  }

  /** Adds rows with `values` at the end of the table; cells below it move down. */
  add(index?: number | null, values?: unknown[][], alwaysInsert?: boolean): void {
    if (index !== undefined && index !== null) throw SimError.invalidArgument("The sim adds rows only at the end.");
    void alwaysInsert;
    this.call("add", [index ?? null, values ?? null], (table) =>
      addTableRows(this.context._engine.model, liveTable(table), values ?? [[]]),
    );
  }
}
