/** `workbook.settings` (ExcelApi 1.4): key/value pairs saved in the workbook. The sim stores string values. */
import { SimError } from "../model/simError";
import type { WorkbookModel } from "../model/workbookModel";
import type { Origin } from "./clientObject";
import type { SimRequestContext } from "./requestContext";
import { SimClientObject } from "./clientObject";
import { SimCollection } from "./simCollection";

interface SettingRef {
  model: WorkbookModel;
  key: string;
}

function stored(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export class SimSetting extends SimClientObject<SettingRef> {
  protected readonly scalarProps = ["key", "value"] as const;

  constructor(context: SimRequestContext, origin: Origin<SettingRef>) {
    super(context, origin);
  }

  protected readProp(ref: SettingRef, prop: string): unknown {
    if (prop === "key") return ref.key;
    if (prop === "value") {
      const value = ref.model.settings.get(ref.key);
      if (value === undefined) throw SimError.itemNotFound(`Setting '${ref.key}'`);
      return value;
    }
    throw SimError.invalidArgument(`Setting has no property '${prop}'.`);
  }

  get key(): string {
    return this.get("key");
  }

  get value(): string {
    return this.get("value");
  }

  set value(value: string) {
    this.set("value", value, (ref) => {
      ref.model.settings.set(ref.key, stored(value));
      ref.model.touch();
    });
  }

  delete(): void {
    this.call("delete", [], (ref) => {
      ref.model.settings.delete(ref.key);
      ref.model.touch();
    });
  }
}

export class SimSettingCollection extends SimCollection<WorkbookModel, SettingRef, SimSetting> {
  protected readonly itemProps = ["key", "value"] as const;

  constructor(context: SimRequestContext) {
    super(context, { resolved: context._engine.model });
  }

  protected list(model: WorkbookModel): SettingRef[] {
    return [...model.settings.keys()].map((key) => ({ model, key }));
  }

  protected makeItem(ref: SettingRef): SimSetting {
    return new SimSetting(this.context, { resolved: ref });
  }

  /** Adds or replaces a setting. */
  add(key: string, value: string): SimSetting {
    const model = this._need();
    return new SimSetting(this.context, {
      json: { settings: "add", key, value },
      resolve: () => {
        model.settings.set(key, stored(value));
        model.touch();
        return { model, key };
      },
    });
  }

  getItem(key: string): SimSetting {
    const model = this._need();
    return new SimSetting(this.context, {
      json: { settings: "getItem", key },
      resolve: () => {
        if (!model.settings.has(key)) throw SimError.itemNotFound(`Setting '${key}'`);
        return { model, key };
      },
    });
  }

  getItemOrNullObject(key: string): SimSetting {
    const model = this._need();
    return new SimSetting(this.context, {
      json: { settings: "getItemOrNullObject", key },
      resolve: () => (model.settings.has(key) ? { model, key } : null),
    });
  }
}
