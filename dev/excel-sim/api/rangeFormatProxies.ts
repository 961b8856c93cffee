/** `Range.format` and `Range.format.fill`: column widths and cell fill colours. */
import { writeFill } from "../model/cellWrites";
import { SimError } from "../model/simError";
import { liveSheet, STANDARD_WIDTH } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import type { RangeTarget } from "./rangeProxy";
import type { SimRequestContext } from "./requestContext";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
};

/** Excel takes "#RRGGBB" or an HTML colour name and reports "#RRGGBB" in upper case. */
export function normalizeColor(color: string): string {
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color.toUpperCase();
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  throw SimError.invalidArgument(`'${color}' is not a colour.`);
}

export class SimRangeFill extends SimClientObject<RangeTarget> {
  protected readonly scalarProps = ["color"] as const;

  constructor(context: SimRequestContext, origin: Origin<RangeTarget>) {
    super(context, origin);
  }

  /** One colour for the whole range, "#FFFFFF" when there is no fill, null when cells differ. */
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop !== "color") throw SimError.invalidArgument(`RangeFill has no property '${prop}'.`);
    let seen: string | null | undefined;
    for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
        const fill = t.sheet.data.fill(r, c) ?? "#FFFFFF";
        if (seen === undefined) seen = fill;
        else if (seen !== fill) return null;
      }
    }
    return seen ?? null;
  }

  get color(): string {
    return this.get("color");
  }

  set color(color: string) {
    this.set("color", color, (t) =>
      writeFill(this.context._engine.model, liveSheet(t.sheet), t.rect, normalizeColor(color)),
    );
  }

  /** Removes the fill. */
  clear(): void {
    this.call("clear", [], (t) => writeFill(this.context._engine.model, liveSheet(t.sheet), t.rect, null));
  }
}

export class SimRangeFormat extends SimClientObject<RangeTarget> {
  protected readonly scalarProps = ["columnWidth", "rowHeight"] as const;
  private fillProxy: SimRangeFill | undefined;

  constructor(context: SimRequestContext, origin: Origin<RangeTarget>) {
    super(context, origin);
  }

  /** Widths are in points (Excel's standard column is 48 points); null when the columns differ. */
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === "rowHeight") return 15;
    if (prop !== "columnWidth") throw SimError.invalidArgument(`RangeFormat has no property '${prop}'.`);
    const first = t.sheet.widths.get(t.rect.col) ?? STANDARD_WIDTH;
    for (let c = t.rect.col + 1; c < t.rect.col + t.rect.cols; c++) {
      if ((t.sheet.widths.get(c) ?? STANDARD_WIDTH) !== first) return null;
    }
    return first;
  }

  protected override nav(name: string): SimClientObject<unknown> | undefined {
    return name === "fill" ? (this.fill as SimClientObject<unknown>) : undefined;
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }

  set columnWidth(width: number) {
    this.set("columnWidth", width, (t) => {
      if (!Number.isFinite(width) || width < 0)
        throw SimError.invalidArgument("Column width must be a positive number.");
      const sheet = liveSheet(t.sheet);
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) sheet.widths.set(c, width);
      this.context._engine.model.touch();
    });
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }

  get fill(): SimRangeFill {
    return (this.fillProxy ??= new SimRangeFill(this.context, {
      json: { format: this._id, nav: "fill" },
      resolve: () => SimClientObject._parentTarget(this),
    }));
  }
}
