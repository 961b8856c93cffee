/** `context.workbook`, `context.runtime`, `context.application`. */
import { SimClientObject } from "./clientObject";
import type { EventHub } from "./eventHub";
import type { SimEngine, SimRequestContext } from "./requestContext";
import { SimRange } from "./rangeProxy";
import { SimTableCollection, SimWorksheetCollection } from "./collections";
import { SimSettingCollection } from "./settingProxies";
import { SimNamedItemCollection } from "./namedItemProxies";
import { SimError } from "../model/simError";
import type { WorkbookModel } from "../model/workbookModel";

export class SimWorkbook extends SimClientObject<WorkbookModel> {
  protected readonly scalarProps = ["name"] as const;
  private worksheetsProxy: SimWorksheetCollection | undefined;
  private tablesProxy: SimTableCollection | undefined;
  private settingsProxy: SimSettingCollection | undefined;
  private namesProxy: SimNamedItemCollection | undefined;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine.model });
  }

  protected readProp(_target: WorkbookModel, prop: string): unknown {
    if (prop === "name") return "Book1.xlsx";
    throw SimError.invalidArgument(`Workbook has no property '${prop}'.`);
  }

  get name(): string {
    return this.get("name");
  }

  get worksheets(): SimWorksheetCollection {
    return (this.worksheetsProxy ??= new SimWorksheetCollection(this.context));
  }

  get tables(): SimTableCollection {
    return (this.tablesProxy ??= new SimTableCollection(this.context, {
      resolved: { model: this._need(), sheet: null },
    }));
  }

  get settings(): SimSettingCollection {
    return (this.settingsProxy ??= new SimSettingCollection(this.context));
  }

  /** `workbook.names` (ExcelApi 1.4): workbook-scoped defined names. */
  get names(): SimNamedItemCollection {
    return (this.namesProxy ??= new SimNamedItemCollection(this.context));
  }

  get application(): SimApplication {
    return this.context.application;
  }

  /** The selected cell of the active sheet (the sim selects one cell at a time). */
  getSelectedRange(): SimRange {
    const model = this._need();
    return new SimRange(this.context, {
      json: { workbook: "getSelectedRange" },
      resolve: () => {
        const sheet = model.activeSheet();
        return { sheet, rect: { ...sheet.selection, rows: 1, cols: 1 } };
      },
    });
  }
}

/** `context.runtime`: `enableEvents` mutes this add-in's event handlers until set back. */
export class SimRuntime extends SimClientObject<EventHub> {
  protected readonly scalarProps = ["enableEvents"] as const;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine.events });
  }

  protected readProp(target: EventHub, prop: string): unknown {
    if (prop === "enableEvents") return target.enableEvents;
    throw SimError.invalidArgument(`Runtime has no property '${prop}'.`);
  }

  get enableEvents(): boolean {
    return this.get("enableEvents");
  }

  set enableEvents(value: boolean) {
    this.set("enableEvents", value, (hub) => {
      hub.enableEvents = value;
    });
  }
}

/** `context.application`: calculation suspension is recorded, never needed (the sim does not calculate). */
export class SimApplication extends SimClientObject<SimEngine> {
  protected readonly scalarProps = ["calculationMode"] as const;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine });
  }

  protected readProp(_target: SimEngine, prop: string): unknown {
    if (prop === "calculationMode") return "Automatic";
    throw SimError.invalidArgument(`Application has no property '${prop}'.`);
  }

  get calculationMode(): string {
    return this.get("calculationMode");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], (engine) => engine.noteCalculationSuspended());
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
