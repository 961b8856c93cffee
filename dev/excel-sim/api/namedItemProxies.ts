/**
 * `workbook.names` (ExcelApi 1.4): `add(name, reference)`, `getItem`, `getItemOrNullObject`, `load("items/…")`;
 * `NamedItem`: `name`, `formula` (set: ExcelApi 1.7), `value`, `type`, `visible`, `delete()`.
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 */
import { formatAddress } from "../model/address";
import { evaluateListSource, parseStructured, structuredColumn } from "../model/listSource";
import { addName, deleteName, findName, normalizeFormula, type NamedItemModel } from "../model/namedItems";
import { SimError } from "../model/simError";
import type { WorkbookModel } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import type { SimRequestContext } from "./requestContext";
import { SimCollection } from "./simCollection";

/** For a name that refers to a table column, that column's body address; otherwise the formula without "=". */
function valueOf(model: WorkbookModel, item: NamedItemModel): string {
  const sheet = model.sheets[0];
  const broken = sheet ? evaluateListSource(model, sheet, item.formula) === "#REF!" : true;
  if (broken) return "#REF!";
  const ref = parseStructured(item.formula.slice(1));
  const found = ref ? structuredColumn(model, ref.table, ref.column) : null;
  if (!found) return item.formula.slice(1);
  const { table, col } = found;
  const rect = { row: table.top + 1, col, rows: table.bottom - table.top, cols: 1 };
  const [sheetPart, local] = formatAddress(table.sheet.name, rect).split("!");
  return `${sheetPart}!${(local ?? "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

export class SimNamedItem extends SimClientObject<NamedItemModel> {
  protected readonly scalarProps = ["name", "formula", "type", "value", "visible"] as const;

  constructor(context: SimRequestContext, origin: Origin<NamedItemModel>) {
    super(context, origin);
  }

  private get model(): WorkbookModel {
    return this.context._engine.model;
  }

  protected readProp(item: NamedItemModel, prop: string): unknown {
    switch (prop) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return valueOf(this.model, item);
      case "type":
        return valueOf(this.model, item) === "#REF!" ? "Error" : item.formula.includes("[") ? "Range" : "String";
      case "visible":
        return true;
      default:
        throw SimError.invalidArgument(`NamedItem has no property '${prop}'.`);
    }
  }

  get name(): string {
    return this.get("name");
  }

  get formula(): string {
    return this.get("formula");
  }

  /** ExcelApi 1.7: the name now refers to another formula. */
  set formula(formula: string) {
    this.set("formula", formula, (item) => {
      item.formula = normalizeFormula(formula);
      this.model.touch();
    });
  }

  get value(): string {
    return this.get("value");
  }

  get type(): string {
    return this.get("type");
  }

  get visible(): boolean {
    return this.get("visible");
  }

  delete(): void {
    this.call("delete", [], (item) => deleteName(this.model, item));
  }
}

export class SimNamedItemCollection extends SimCollection<WorkbookModel, NamedItemModel, SimNamedItem> {
  protected readonly itemProps = ["name", "formula", "type", "value", "visible"] as const;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine.model });
  }

  protected list(model: WorkbookModel): NamedItemModel[] {
    return [...model.names.values()];
  }

  protected makeItem(item: NamedItemModel): SimNamedItem {
    return new SimNamedItem(this.context, { resolved: item });
  }

  /** Adds a name; a taken name fails with ItemAlreadyExists, a malformed one with InvalidArgument. */
  add(name: string, reference: string, comment?: string): SimNamedItem {
    const model = this._need();
    return new SimNamedItem(this.context, {
      json: { names: "add", name, reference, comment },
      resolve: () => addName(model, name, reference),
    });
  }

  getItem(name: string): SimNamedItem {
    const model = this._need();
    return new SimNamedItem(this.context, {
      json: { names: "getItem", name },
      resolve: () => {
        const item = findName(model, name);
        if (!item) throw SimError.itemNotFound(`Name '${name}'`);
        return item;
      },
    });
  }

  getItemOrNullObject(name: string): SimNamedItem {
    const model = this._need();
    return new SimNamedItem(this.context, {
      json: { names: "getItemOrNullObject", name },
      resolve: () => findName(model, name),
    });
  }
}
