/**
 * `Range.conditionalFormats` (ExcelApi 1.6), text comparison formats only: `add("ContainsText")` at the top
 * priority, `textComparison.rule` ({ operator, text }), `textComparison.format.fill.color` / `.font.color`,
 * `clearAll()` (removes formats from the range's cells), `getCount()`, `load("items")`.
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
 */
import {
  addConditionalFormat,
  clearConditionalFormats,
  conditionalFormatsOver,
  type ConditionalFormatModel,
  type TextOperator,
} from "../model/cellRules";
import { SimError } from "../model/simError";
import { liveSheet, type SheetModel } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import type { RangeTarget } from "./rangeGrid";
import { normalizeColor } from "./rangeFormatProxies";
import type { SimRequestContext } from "./requestContext";
import { SimCollection } from "./simCollection";

export interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const OPERATORS: readonly TextOperator[] = ["Contains", "NotContains", "BeginsWith", "EndsWith"];

/** `OfficeExtension.ClientResult`: `value` is readable after the sync. */
export class SimClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw SimError.propertyNotLoaded("value");
    return this.result as T;
  }

  /** @internal */
  _set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** Fill or font of a conditional format: `color` ("#RRGGBB" or a colour name) and `clear()`. */
export class SimConditionalColor extends SimClientObject<CfRef> {
  protected readonly scalarProps = ["color"] as const;
  private readonly key: "fill" | "fontColor";

  constructor(context: SimRequestContext, origin: Origin<CfRef>, key: "fill" | "fontColor") {
    super(context, origin);
    this.key = key;
  }

  protected readProp(ref: CfRef, prop: string): unknown {
    if (prop !== "color") throw SimError.invalidArgument(`Conditional ${this.key} has no property '${prop}'.`);
    return ref.cf[this.key];
  }

  private apply(ref: CfRef, color: string | null): void {
    liveSheet(ref.sheet);
    ref.cf[this.key] = color === null ? null : normalizeColor(color);
    this.context._engine.model.touch();
  }

  get color(): string {
    return this.get("color");
  }

  set color(color: string) {
    this.set("color", color, (ref) => this.apply(ref, color));
  }

  clear(): void {
    this.call("clear", [], (ref) => this.apply(ref, null));
  }
}

/** `ConditionalRangeFormat`: its `fill` and `font`. */
export class SimConditionalRangeFormat extends SimClientObject<CfRef> {
  protected readonly scalarProps = [] as const;
  private fillProxy: SimConditionalColor | undefined;
  private fontProxy: SimConditionalColor | undefined;

  constructor(context: SimRequestContext, origin: Origin<CfRef>) {
    super(context, origin);
  }

  private child(nav: "fill" | "font"): SimConditionalColor {
    const origin: Origin<CfRef> = {
      json: { conditionalFormat: this._id, nav },
      resolve: () => SimClientObject._parentTarget(this),
    };
    return new SimConditionalColor(this.context, origin, nav === "fill" ? "fill" : "fontColor");
  }

  get fill(): SimConditionalColor {
    return (this.fillProxy ??= this.child("fill"));
  }

  get font(): SimConditionalColor {
    return (this.fontProxy ??= this.child("font"));
  }

  protected readProp(_ref: CfRef, prop: string): unknown {
    throw SimError.invalidArgument(`ConditionalRangeFormat has no property '${prop}' in the sim.`);
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    if (name === "fill") return this.fill as SimClientObject<unknown>;
    if (name === "font") return this.font as SimClientObject<unknown>;
    return undefined;
  }
}

/** `TextConditionalFormat`: `rule` and `format`. */
export class SimTextConditionalFormat extends SimClientObject<CfRef> {
  protected readonly scalarProps = ["rule"] as const;
  private formatProxy: SimConditionalRangeFormat | undefined;

  constructor(context: SimRequestContext, origin: Origin<CfRef>) {
    super(context, origin);
  }

  get format(): SimConditionalRangeFormat {
    return (this.formatProxy ??= new SimConditionalRangeFormat(this.context, {
      json: { conditionalFormat: this._id, nav: "format" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }

  protected readProp(ref: CfRef, prop: string): unknown {
    if (prop !== "rule") throw SimError.invalidArgument(`TextConditionalFormat has no property '${prop}'.`);
    return ref.cf.rule ? { ...ref.cf.rule } : null;
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    return name === "format" ? (this.format as SimClientObject<unknown>) : undefined;
  }

  get rule(): { operator: TextOperator; text: string } {
    return this.get("rule");
  }

  set rule(rule: { operator: TextOperator; text: string }) {
    this.set("rule", rule, (ref) => {
      if (!OPERATORS.includes(rule.operator) || typeof rule.text !== "string") {
        throw SimError.invalidArgument("A text rule needs an operator and a text.");
      }
      liveSheet(ref.sheet);
      ref.cf.rule = { operator: rule.operator, text: rule.text };
      this.context._engine.model.touch();
    });
  }
}

export class SimConditionalFormat extends SimClientObject<CfRef> {
  protected readonly scalarProps = ["id", "type", "priority", "stopIfTrue"] as const;
  private textProxy: SimTextConditionalFormat | undefined;

  constructor(context: SimRequestContext, origin: Origin<CfRef>) {
    super(context, origin);
  }

  protected readProp(ref: CfRef, prop: string): unknown {
    switch (prop) {
      case "id":
        return ref.cf.id;
      case "type":
        return ref.cf.type;
      case "priority":
        return ref.sheet.conditionalFormats.indexOf(ref.cf);
      case "stopIfTrue":
        return ref.cf.stopIfTrue;
      default:
        throw SimError.invalidArgument(`ConditionalFormat has no property '${prop}'.`);
    }
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    return name === "textComparison" ? (this.textComparison as SimClientObject<unknown>) : undefined;
  }

  get id(): string {
    return this.get("id");
  }

  get type(): string {
    return this.get("type");
  }

  get priority(): number {
    return this.get("priority");
  }

  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }

  get textComparison(): SimTextConditionalFormat {
    return (this.textProxy ??= new SimTextConditionalFormat(this.context, {
      json: { conditionalFormat: this._id, nav: "textComparison" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }
}

export class SimConditionalFormatCollection extends SimCollection<RangeTarget, CfRef, SimConditionalFormat> {
  protected readonly itemProps = ["id", "type", "priority", "stopIfTrue"] as const;

  constructor(context: SimRequestContext, origin: Origin<RangeTarget>) {
    super(context, origin);
  }

  protected list(t: RangeTarget): CfRef[] {
    return conditionalFormatsOver(t.sheet, t.rect).map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected makeItem(ref: CfRef): SimConditionalFormat {
    return new SimConditionalFormat(this.context, { resolved: ref });
  }

  /** A new format over the range at the top priority; the sim has "ContainsText" only (else InvalidArgument). */
  add(type: string): SimConditionalFormat {
    return new SimConditionalFormat(this.context, {
      json: { conditionalFormats: this._id, add: type },
      resolve: () => {
        if (type !== "ContainsText") throw SimError.invalidArgument(`The sim has no '${type}' conditional formats.`);
        const t = this._need();
        const model = this.context._engine.model;
        const cf = addConditionalFormat(liveSheet(t.sheet), String(model.nextRuleId++), t.rect);
        model.touch();
        return { sheet: t.sheet, cf };
      },
    });
  }

  /** Removes all conditional formats from the range's cells (a format reaching beyond the range keeps the rest). */
  clearAll(): void {
    this.call("clearAll", [], (t) => {
      clearConditionalFormats(liveSheet(t.sheet), t.rect);
      this.context._engine.model.touch();
    });
  }

  /** Formats overlapping the range (the reference page says "in the workbook"; the collection is the range's). */
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue({
      json: { id: this._id, call: "getCount" },
      run: (exec) => {
        const count = this.list(this._need()).length;
        exec.respond(count);
        exec.afterCommit(() => result._set(count));
      },
    });
    return result;
  }
}
