/** `workbook.worksheets`, `workbook.tables` and `worksheet.tables`. */
import { parseLocalAddress, splitSheet } from "../model/address";
import { SimError } from "../model/simError";
import { addTable } from "../model/tableOps";
import { liveSheet, type SheetModel, type TableModel, type WorkbookModel } from "../model/workbookModel";
import type { Origin } from "./clientObject";
import type { SimRequestContext } from "./requestContext";
import { SimCollection } from "./simCollection";
import { SimRange } from "./rangeProxy";
import { SimTable } from "./tableProxy";
import { SimWorksheet } from "./worksheetProxy";

export class SimWorksheetCollection extends SimCollection<WorkbookModel, SheetModel, SimWorksheet> {
  protected readonly itemProps = ["name", "id", "position", "visibility"] as const;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine.model });
  }

  protected list(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected makeItem(sheet: SheetModel): SimWorksheet {
    return new SimWorksheet(this.context, { resolved: sheet });
  }

  /** By name (case-insensitive) or id; a missing sheet fails the sync with ItemNotFound. */
  getItem(key: string): SimWorksheet {
    const model = this._need();
    return new SimWorksheet(this.context, {
      json: { worksheets: "getItem", key },
      resolve: () => model.requireSheet(key),
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    const model = this._need();
    return new SimWorksheet(this.context, {
      json: { worksheets: "getItemOrNullObject", key },
      resolve: () => model.sheetByKey(key),
    });
  }

  /** Adds a sheet (not activated); a taken name fails with ItemAlreadyExists. */
  add(name?: string): SimWorksheet {
    const model = this._need();
    return new SimWorksheet(this.context, { json: { worksheets: "add", name }, resolve: () => model.addSheet(name) });
  }

  getActiveWorksheet(): SimWorksheet {
    const model = this._need();
    return new SimWorksheet(this.context, {
      json: { worksheets: "getActiveWorksheet" },
      resolve: () => model.activeSheet(),
    });
  }
}

/** A table collection: the whole workbook's (`sheet === null`) or one sheet's. */
export interface TableScope {
  model: WorkbookModel;
  sheet: SheetModel | null;
}

export class SimTableCollection extends SimCollection<TableScope, TableModel, SimTable> {
  protected readonly itemProps = ["name", "id", "showHeaders", "showTotals"] as const;

  constructor(context: SimRequestContext, origin: Origin<TableScope>) {
    super(context, origin);
  }

  protected list(scope: TableScope): TableModel[] {
    return scope.sheet ? scope.model.tablesOn(liveSheet(scope.sheet)) : scope.model.tables;
  }

  protected makeItem(table: TableModel): SimTable {
    return new SimTable(this.context, { resolved: table });
  }

  private find(key: string): TableModel | null {
    if (this._target === null) return null;
    const scope = this._need();
    const table = scope.model.tableByKey(key);
    return table && (scope.sheet === null || table.sheet === scope.sheet) ? table : null;
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, {
      json: { tables: "getItem", key },
      resolve: () => {
        const table = this.find(key);
        if (!table) throw SimError.itemNotFound(`Table '${key}'`);
        return table;
      },
    });
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.context, { json: { tables: "getItemOrNullObject", key }, resolve: () => this.find(key) });
  }

  /**
   * Creates a table over `address` ("A1:C1" on a sheet's collection, "Sheet1!A1:C1" on the workbook's) or a Range.
   * Header captions come from the cells; blanks become "Column1", "Column2"…
   */
  add(address: string | SimRange, hasHeaders: boolean): SimTable {
    if (address instanceof SimRange && address.context !== this.context) {
      throw new SimError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    }
    const json = { tables: "add", address: typeof address === "string" ? address : { range: address._id }, hasHeaders };
    return new SimTable(this.context, {
      json,
      resolve: () => {
        const scope = this._need();
        if (typeof address !== "string") {
          const { sheet, rect } = address._need();
          return addTable(scope.model, liveSheet(sheet), rect, hasHeaders);
        }
        const { sheet: sheetName, local } = splitSheet(address);
        const sheet =
          sheetName !== null ? scope.model.requireSheet(sheetName) : (scope.sheet ?? scope.model.activeSheet());
        if (scope.sheet && sheet !== scope.sheet) throw SimError.invalidArgument("The address is on another sheet.");
        return addTable(scope.model, liveSheet(sheet), parseLocalAddress(local), hasHeaders);
      },
    });
  }
}
