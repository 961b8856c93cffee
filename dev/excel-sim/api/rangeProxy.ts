/** `Excel.Range` of the sim: a rectangle on a sheet, fixed when the range is looked up during a sync. */
import { checkRect, formatAddress, type Rect } from "../model/address";
import { contentFromApiValue, valueType } from "../model/cellInput";
import { writeBlock, writeFormats } from "../model/cellWrites";
import { SimError } from "../model/simError";
import { liveSheet } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import { SimConditionalFormatCollection } from "./conditionalFormatProxies";
import { SimDataValidation } from "./dataValidationProxy";
import { SimRangeFormat } from "./rangeFormatProxies";
import type { SimRequestContext } from "./requestContext";
import { checkValues, grid, GRID_PROPS, overLimit, RANGE_SCALARS, type RangeTarget } from "./rangeGrid";
import { SimWorksheet } from "./worksheetProxy";
import type { CellValue } from "../../../src/workbook";

export type { RangeTarget } from "./rangeGrid";

export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly scalarProps = RANGE_SCALARS;
  private formatProxy: SimRangeFormat | undefined;
  private worksheetProxy: SimWorksheet | undefined;
  private validationProxy: SimDataValidation | undefined;
  private conditionalProxy: SimConditionalFormatCollection | undefined;

  constructor(context: SimRequestContext, origin: Origin<RangeTarget>) {
    super(context, origin);
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    const { sheet, rect } = t;
    if (GRID_PROPS.has(prop) && overLimit(t, this.model.readCellLimit, this.model.largeRangeReads) === null)
      return null;
    switch (prop) {
      case "values":
        return grid(t, (row, c) => row?.v[c] ?? "");
      case "formulas":
        return grid(t, (row, c) => row?.f?.[c] ?? row?.v[c] ?? "");
      case "numberFormat":
        return grid(t, (row, c) => row?.nf?.[c] ?? "General");
      case "valueTypes":
        return grid(t, (row, c) => valueType(row?.v[c] ?? "", row?.f?.[c]));
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "cellCount":
        return rect.rows * rect.cols;
      case "columnHidden": {
        let hidden = 0;
        for (let c = rect.col; c < rect.col + rect.cols; c++) if (sheet.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === rect.cols ? true : null;
      }
      default:
        throw SimError.invalidArgument(`Range has no property '${prop}'.`);
    }
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    if (name === "format") return this.format as SimClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as SimClientObject<unknown>;
    if (name === "dataValidation") return this.dataValidation as SimClientObject<unknown>;
    return undefined;
  }

  private get model() {
    return this.context._engine.model;
  }

  get values(): CellValue[][] {
    return this.get("values");
  }

  /** Exact shape only; strings are read like typed input unless the cell is "@"; null leaves a cell as is. */
  set values(values: CellValue[][]) {
    this.set("values", values, (t) => {
      const rows = checkValues(values, t.rect);
      writeBlock(this.model, liveSheet(t.sheet), t.rect, (i, j, nf) =>
        contentFromApiValue(rows[i]?.[j], nf, this.model.input),
      );
    });
  }

  get formulas(): CellValue[][] {
    return this.get("formulas");
  }

  set formulas(formulas: CellValue[][]) {
    this.set("formulas", formulas, (t) => {
      const rows = checkValues(formulas, t.rect);
      writeBlock(this.model, liveSheet(t.sheet), t.rect, (i, j, nf) =>
        contentFromApiValue(rows[i]?.[j], nf, this.model.input),
      );
    });
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.set("numberFormat", formats, (t) => writeFormats(this.model, liveSheet(t.sheet), t.rect, formats));
  }

  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get address(): string {
    return this.get("address");
  }

  get addressLocal(): string {
    return this.get("addressLocal");
  }

  get rowCount(): number {
    return this.get("rowCount");
  }

  get columnCount(): number {
    return this.get("columnCount");
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }

  get columnIndex(): number {
    return this.get("columnIndex");
  }

  get cellCount(): number {
    return this.get("cellCount");
  }

  get columnHidden(): boolean {
    return this.get("columnHidden");
  }

  /** Hides or shows every column the range spans. */
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, (t) => {
      const sheet = liveSheet(t.sheet);
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
        if (hidden) sheet.hiddenCols.add(c);
        else sheet.hiddenCols.delete(c);
      }
      this.model.touch();
    });
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, {
      json: { range: this._id, nav: "format" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  get dataValidation(): SimDataValidation {
    return (this.validationProxy ??= new SimDataValidation(this.context, {
      json: { range: this._id, nav: "dataValidation" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.conditionalProxy ??= new SimConditionalFormatCollection(this.context, {
      json: { range: this._id, nav: "conditionalFormats" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  get worksheet(): SimWorksheet {
    return (this.worksheetProxy ??= new SimWorksheet(this.context, {
      json: { range: this._id, nav: "worksheet" },
      resolve: () => SimClientObject._parentTarget(this)?.sheet ?? null,
    }));
  }

  private derive(method: string, args: readonly number[], rectOf: (r: Rect) => Rect): SimRange {
    return new SimRange(this.context, {
      json: { range: this._id, call: method, args },
      resolve: () => {
        const t = SimClientObject._parentTarget(this);
        return t ? { sheet: t.sheet, rect: checkRect(rectOf(t.rect)) } : null;
      },
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.derive("getCell", [row, column], (r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      cols: r.cols + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }

  getRow(row: number): SimRange {
    return this.derive("getRow", [row], (r) => ({ ...r, row: r.row + row, rows: row >= 0 && row < r.rows ? 1 : 0 }));
  }

  getColumn(column: number): SimRange {
    return this.derive("getColumn", [column], (r) => ({
      ...r,
      col: r.col + column,
      cols: column >= 0 && column < r.cols ? 1 : 0,
    }));
  }

  getLastRow(): SimRange {
    return this.derive("getLastRow", [], (r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  getLastColumn(): SimRange {
    return this.derive("getLastColumn", [], (r) => ({ ...r, col: r.col + r.cols - 1, cols: 1 }));
  }

  getEntireColumn(): SimRange {
    return this.derive("getEntireColumn", [], (r) => ({ ...r, row: 0, rows: 1_048_576 }));
  }

  getEntireRow(): SimRange {
    return this.derive("getEntireRow", [], (r) => ({ ...r, col: 0, cols: 16_384 }));
  }

  /** Selects the range (its top-left cell in the sim) and activates its sheet. */
  select(): void {
    this.call("select", [], (t) => {
      this.model.requireFocus();
      const sheet = liveSheet(t.sheet);
      sheet.selection = { row: t.rect.row, col: t.rect.col };
      this.model.activate(sheet);
    });
  }

  /** "All" (default), "Contents" or "Formats". Clearing contents is a data change and fires events. */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.call("clear", [applyTo], (t) => {
      const sheet = liveSheet(t.sheet);
      if (applyTo !== "Formats") writeBlock(this.model, sheet, t.rect, () => ({ value: "", formula: undefined }));
      if (applyTo === "Contents") return;
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
          sheet.data.setFormat(r, c, "General");
          sheet.data.setFill(r, c, null);
        }
      }
      this.model.touch();
    });
  }
}
