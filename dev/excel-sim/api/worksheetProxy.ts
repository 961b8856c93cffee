/** `Excel.Worksheet` of the sim. */
import { checkRect, parseLocalAddress, splitSheet, MAX_COLS, MAX_ROWS } from "../model/address";
import { SimError } from "../model/simError";
import { liveSheet, type SheetModel } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import { SimChartCollection } from "./chartProxies";
import { SimTableCollection } from "./collections";
import { SimEventHandlers } from "./eventHandlers";
import type { SimWorksheetActivatedEventArgs, SimWorksheetChangedEventArgs } from "./eventHub";
import { SimRange } from "./rangeProxy";
import type { SimRequestContext } from "./requestContext";

export class SimWorksheet extends SimClientObject<SheetModel> {
  protected readonly scalarProps = ["name", "id", "position", "visibility"] as const;
  private tablesProxy: SimTableCollection | undefined;
  private chartsProxy: SimChartCollection | undefined;
  private changedHandlers: SimEventHandlers<SheetModel, SimWorksheetChangedEventArgs> | undefined;
  private activatedHandlers: SimEventHandlers<SheetModel, SimWorksheetActivatedEventArgs> | undefined;

  constructor(context: SimRequestContext, origin: Origin<SheetModel>) {
    super(context, origin);
  }

  protected readProp(sheet: SheetModel, prop: string): unknown {
    switch (prop) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context._engine.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      default:
        throw SimError.invalidArgument(`Worksheet has no property '${prop}'.`);
    }
  }

  get name(): string {
    return this.get("name");
  }

  /** Renaming a sheet cannot be undone on desktop (excel-add-ins-undo-capabilities). */
  set name(value: string) {
    this.set(
      "name",
      value,
      (sheet) => {
        const model = this.context._engine.model;
        model.validateSheetName(value, liveSheet(sheet));
        sheet.name = value;
        model.touch();
      },
      true,
    );
  }

  get id(): string {
    return this.get("id");
  }

  get position(): number {
    return this.get("position");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  /**
   * Excel.SheetVisibility (ExcelApi 1.1 to read, 1.2 to set): "Visible", "Hidden" or "VeryHidden". At least one
   * sheet stays visible (Excel refuses to hide the last one: InvalidOperation). A hidden active sheet hands
   * activation to the first visible sheet.
   */
  set visibility(value: string) {
    this.set("visibility", value, (sheet) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        throw SimError.invalidArgument(`'${value}' is not a sheet visibility.`);
      }
      const model = this.context._engine.model;
      const live = liveSheet(sheet);
      const othersVisible = model.sheets.some((s) => s !== live && !s.deleted && s.visibility === "Visible");
      if (value !== "Visible" && !othersVisible) {
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      live.visibility = value;
      if (value !== "Visible" && model.activeSheetId === live.id) {
        model.activeSheetId = model.sheets.find((s) => !s.deleted && s.visibility === "Visible")?.id ?? live.id;
      }
      model.touch();
    });
  }

  get tables(): SimTableCollection {
    return (this.tablesProxy ??= new SimTableCollection(this.context, {
      json: { worksheet: this._id, nav: "tables" },
      resolve: () => {
        const sheet = SimClientObject._parentTarget(this);
        return sheet ? { model: this.context._engine.model, sheet } : null;
      },
    }));
  }

  /** `Worksheet.charts` (ExcelApi 1.1): the sheet's charts (api/chartProxies.ts). */
  get charts(): SimChartCollection {
    return (this.chartsProxy ??= new SimChartCollection(this.context, {
      json: { worksheet: this._id, nav: "charts" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  /** `Worksheet.onChanged`: WorksheetChangedEventArgs for every data change on the sheet. */
  get onChanged(): SimEventHandlers<SheetModel, SimWorksheetChangedEventArgs> {
    return (this.changedHandlers ??= new SimEventHandlers(this, (sheet: SheetModel) => ({ kind: "worksheet", sheet })));
  }

  /** `Worksheet.onActivated` (ExcelApi 1.7): the sheet became the active one (a person or the API). */
  get onActivated(): SimEventHandlers<SheetModel, SimWorksheetActivatedEventArgs> {
    return (this.activatedHandlers ??= new SimEventHandlers(this, (sheet: SheetModel) => ({
      kind: "activated",
      sheet,
    })));
  }

  /** A range by local address ("A1:C10", "B2", "A:C", "5:7"); no address means the whole sheet. */
  getRange(address?: string): SimRange {
    return new SimRange(this.context, {
      json: { worksheet: this._id, getRange: address },
      resolve: () => {
        const sheet = SimClientObject._parentTarget(this);
        if (!sheet) return null;
        if (address === undefined)
          return { sheet: liveSheet(sheet), rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
        const { sheet: named, local } = splitSheet(address);
        if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
          throw SimError.invalidArgument(`The address '${address}' is on another sheet.`);
        }
        return { sheet: liveSheet(sheet), rect: parseLocalAddress(local) };
      },
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return new SimRange(this.context, {
      json: { worksheet: this._id, getRangeByIndexes: [startRow, startColumn, rowCount, columnCount] },
      resolve: () => {
        const sheet = SimClientObject._parentTarget(this);
        if (!sheet) return null;
        return {
          sheet: liveSheet(sheet),
          rect: checkRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }),
        };
      },
    });
  }

  activate(): void {
    this.call("activate", [], (sheet) => {
      const model = this.context._engine.model;
      model.requireFocus();
      model.activate(liveSheet(sheet));
    });
  }

  /** Deleting a sheet cannot be undone (excel-add-ins-undo-capabilities). */
  delete(): void {
    this.call("delete", [], (sheet) => this.context._engine.model.deleteSheet(liveSheet(sheet)), true);
  }
}
