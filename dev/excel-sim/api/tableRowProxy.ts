/**
 * `Excel.TableRow` of the sim, as `table.rows.getItemAt(index)` gives it (ExcelApi 1.1): `index`, and `delete()`
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1): "Deletes the
 * row from the table"). The row is looked up when its lookup runs in the batch, so rows deleted bottom-up in one batch
 * are the rows the indexes named.
 */
import { deleteTableRow } from "../model/tableRows";
import { SimError } from "../model/simError";
import { liveTable, type TableModel } from "../model/workbookModel";
import { SimClientObject } from "./clientObject";
import type { SimRequestContext } from "./requestContext";

export interface TableRowTarget {
  table: TableModel;
  index: number;
}

export class SimTableRow extends SimClientObject<TableRowTarget> {
  protected readonly scalarProps = ["index"] as const;

  constructor(context: SimRequestContext, table: () => TableModel | null, index: number) {
    super(context, {
      json: { nav: "getItemAt", args: [index] },
      resolve: () => {
        const t = table();
        if (t === null) return null;
        if (!Number.isInteger(index) || index < 0 || index >= t.bottom - t.top) {
          throw SimError.invalidArgument(`The table has no row ${index}.`);
        }
        return { table: t, index };
      },
    });
  }

  protected readProp(row: TableRowTarget, prop: string): unknown {
    if (prop === "index") return row.index;
    throw SimError.invalidArgument(`TableRow has no property '${prop}'.`);
  }

  get index(): number {
    return this.get("index");
  }

  /** Deletes the row: the cells below it in the table's columns move up and the table shrinks by one row. */
  delete(): void {
    this.call("delete", [], (row) => deleteTableRow(this.context._engine.model, liveTable(row.table), row.index));
  }
}
