/**
 * List data validation and text conditional formats as a worksheet part holds them (ECMA-376 Part 1 §18.3.1.32
 * dataValidation, §18.3.1.10 cfRule, §18.8.14 dxf), to and from the sim's rule models. Written and read by hand:
 * ExcelJS 4.4 reads a validation's range cell by cell (a whole-column rule becomes a million entries), writes text
 * rules without their `text` (and beginsWith/endsWith/notContainsText rules not at all), and reads no `text` back.
 *
 * Not kept: validation types other than list (whole, decimal, date, textLength, custom) and input prompts, which the
 * sim does not model; conditional formats other than the four text comparisons; a format with no rule yet (Excel has
 * none such in a file); colours given by theme or palette index rather than RGB; the ids of conditional formats (a
 * file has none: they are numbered afresh on reading).
 */
import type { Rect } from "../../excel-sim/model/address";
import type {
  AlertStyle,
  ConditionalFormatModel,
  TextOperator,
  ValidationArea,
  ValidationModel,
} from "../../excel-sim/model/cellRules";
import { refOf, rectsOf, sqrefOf } from "./refs";
import { attr, boolAttr, child, children, element, escapeXml, parseXml, path, text, type XmlNode } from "./xml";

// ---- colours ----------------------------------------------------------------------------------------------------

/** "#FFC7CE" → "FFFFC7CE" (ARGB, opaque). */
export function argbOf(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** An RGB colour element ("FFFFC7CE" or "FFC7CE") → "#FFC7CE"; theme or indexed colours → null. */
export function colorOf(node: XmlNode | undefined): string | null {
  const rgb = attr(node, "rgb");
  if (!rgb || !/^([0-9a-fA-F]{2})?[0-9a-fA-F]{6}$/.test(rgb)) return null;
  return `#${rgb.slice(-6).toUpperCase()}`;
}

// ---- data validation --------------------------------------------------------------------------------------------

const ERROR_STYLE: Record<AlertStyle, string> = { Stop: "stop", Warning: "warning", Information: "information" };

/** A list source as formula1: "=INDIRECT(…)" → INDIRECT(…); a literal "A,B" → "A,B" in quotes. */
function listFormula(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

function listSource(formula: string): string {
  const literal = /^"((?:[^"]|"")*)"$/.exec(formula);
  return literal ? (literal[1] ?? "").replace(/""/g, '"') : `=${formula}`;
}

function validationXml(area: ValidationArea): string {
  const v = area.validation;
  const alert = v.errorAlert;
  return element(
    "dataValidation",
    {
      type: v.list ? "list" : undefined,
      errorStyle: alert.style === "Stop" ? undefined : ERROR_STYLE[alert.style],
      allowBlank: v.ignoreBlanks ? "1" : undefined,
      // Inverted in the file format: showDropDown="1" hides the in-cell arrow.
      showDropDown: v.list && !v.list.inCellDropDown ? "1" : undefined,
      showErrorMessage: alert.showAlert ? "1" : undefined,
      errorTitle: alert.title || undefined,
      error: alert.message || undefined,
      sqref: refOf(area.rect),
    },
    v.list ? element("formula1", {}, escapeXml(listFormula(v.list.source))) : undefined,
  );
}

/** `<dataValidations>` for a sheet (one element per area, so a saved sheet reads back area for area), or "". */
export function validationsXml(areas: readonly ValidationArea[]): string {
  if (areas.length === 0) return "";
  return element("dataValidations", { count: areas.length }, areas.map(validationXml).join(""));
}

function alertStyleOf(value: string | undefined): AlertStyle {
  if (value === "warning") return "Warning";
  if (value === "information") return "Information";
  return "Stop";
}

export function readValidations(tail: XmlNode): ValidationArea[] {
  const areas: ValidationArea[] = [];
  for (const dv of children(child(tail, "dataValidations"), "dataValidation")) {
    const type = attr(dv, "type") ?? "none";
    if (type !== "list" && type !== "none") continue;
    const validation: ValidationModel = {
      list:
        type === "list"
          ? { inCellDropDown: !boolAttr(dv, "showDropDown", false), source: listSource(text(child(dv, "formula1"))) }
          : null,
      errorAlert: {
        showAlert: boolAttr(dv, "showErrorMessage", false),
        style: alertStyleOf(attr(dv, "errorStyle")),
        title: attr(dv, "errorTitle") ?? "",
        message: attr(dv, "error") ?? "",
      },
      ignoreBlanks: boolAttr(dv, "allowBlank", false),
    };
    for (const rect of rectsOf(attr(dv, "sqref"))) areas.push({ rect, validation: structuredClone(validation) });
  }
  return areas;
}

// ---- conditional formats ----------------------------------------------------------------------------------------

const RULE_TYPE: Record<TextOperator, { type: string; operator: string }> = {
  Contains: { type: "containsText", operator: "containsText" },
  NotContains: { type: "notContainsText", operator: "notContains" },
  BeginsWith: { type: "beginsWith", operator: "beginsWith" },
  EndsWith: { type: "endsWith", operator: "endsWith" },
};

const OPERATOR_OF_TYPE: Record<string, TextOperator> = {
  containsText: "Contains",
  notContainsText: "NotContains",
  beginsWith: "BeginsWith",
  endsWith: "EndsWith",
};

/** The formula Excel writes for a text rule, relative to the top-left cell of the range. */
function ruleFormula(operator: TextOperator, textValue: string, cell: string): string {
  const quoted = `"${textValue.replace(/"/g, '""')}"`;
  switch (operator) {
    case "Contains":
      return `NOT(ISERROR(SEARCH(${quoted},${cell})))`;
    case "NotContains":
      return `ISERROR(SEARCH(${quoted},${cell}))`;
    case "BeginsWith":
      return `LEFT(${cell},LEN(${quoted}))=${quoted}`;
    case "EndsWith":
      return `RIGHT(${cell},LEN(${quoted}))=${quoted}`;
  }
}

/** A differential format with the format's fill and font colour (a dxf fill's colour is its bgColor). */
export function dxfXml(cf: Pick<ConditionalFormatModel, "fill" | "fontColor">): string {
  const font = cf.fontColor ? `<font><color rgb="${argbOf(cf.fontColor)}"/></font>` : "";
  const fill = cf.fill ? `<fill><patternFill><bgColor rgb="${argbOf(cf.fill)}"/></patternFill></fill>` : "";
  return `<dxf>${font}${fill}</dxf>`;
}

/** Formats that a file can hold: those with a rule (in priority order, as the sheet keeps them). */
export function writableFormats(formats: readonly ConditionalFormatModel[]): ConditionalFormatModel[] {
  return formats.filter((cf) => cf.rule !== null && cf.areas.length > 0);
}

/** One `<conditionalFormatting>` per format; priority 1 is the top; `firstDxf` is the dxf index of the first. */
export function conditionalFormatsXml(formats: readonly ConditionalFormatModel[], firstDxf: number): string {
  return formats
    .map((cf, i) => {
      const rule = cf.rule as { operator: TextOperator; text: string };
      const first = cf.areas[0] as Rect;
      const cell = refOf({ row: first.row, col: first.col, rows: 1, cols: 1 });
      const cfRule = element(
        "cfRule",
        {
          type: RULE_TYPE[rule.operator].type,
          dxfId: firstDxf + i,
          priority: i + 1,
          stopIfTrue: cf.stopIfTrue ? "1" : undefined,
          operator: RULE_TYPE[rule.operator].operator,
          text: rule.text,
        },
        element("formula", {}, escapeXml(ruleFormula(rule.operator, rule.text, cell))),
      );
      return element("conditionalFormatting", { sqref: sqrefOf(cf.areas) }, cfRule);
    })
    .join("");
}

export interface DxfColors {
  fill: string | null;
  fontColor: string | null;
}

/** The differential formats of a styles part, in order. */
export function readDxfs(stylesXml: string | null): DxfColors[] {
  if (!stylesXml) return [];
  const dxfs = path(parseXml(stylesXml), "styleSheet", "dxfs");
  return children(dxfs, "dxf").map((dxf) => {
    const pattern = path(dxf, "fill", "patternFill");
    return {
      fill: colorOf(child(pattern, "bgColor")) ?? colorOf(child(pattern, "fgColor")),
      fontColor: colorOf(path(dxf, "font", "color")),
    };
  });
}

/** Adds dxfs to a styles part written by ExcelJS (which writes `<dxfs count="0"/>`); returns the new part. */
export function appendDxfs(stylesXml: string, dxfs: readonly string[]): { xml: string; first: number } {
  const open = /<dxfs\b[^>]*?(\/?)>/.exec(stylesXml);
  if (!open) {
    const at = stylesXml.search(/<tableStyles[\s/>]|<colors[\s/>]|<extLst[\s/>]|<\/styleSheet>/);
    const xml = `${stylesXml.slice(0, at)}<dxfs count="${dxfs.length}">${dxfs.join("")}</dxfs>${stylesXml.slice(at)}`;
    return { xml, first: 0 };
  }
  const first = Number(/count="(\d+)"/.exec(open[0])?.[1] ?? 0);
  const count = `<dxfs count="${first + dxfs.length}">`;
  if (open[1] === "/") {
    return { xml: stylesXml.replace(open[0], `${count}${dxfs.join("")}</dxfs>`), first };
  }
  const xml = stylesXml.replace(open[0], count).replace("</dxfs>", `${dxfs.join("")}</dxfs>`);
  return { xml, first };
}

/** A rule's text: its `text` attribute, else the first string literal of its formula. */
function ruleText(cfRule: XmlNode): string {
  const given = attr(cfRule, "text");
  if (given !== undefined) return given;
  const literal = /"((?:[^"]|"")*)"/.exec(text(child(cfRule, "formula")));
  return literal ? (literal[1] ?? "").replace(/""/g, '"') : "";
}

/** Text conditional formats of a sheet, top priority first (ids are left for the caller to give). */
export function readConditionalFormats(
  tail: XmlNode,
  dxfs: readonly DxfColors[],
): Omit<ConditionalFormatModel, "id">[] {
  const found: { priority: number; order: number; cf: Omit<ConditionalFormatModel, "id"> }[] = [];
  for (const block of children(tail, "conditionalFormatting")) {
    const areas = rectsOf(attr(block, "sqref"));
    if (areas.length === 0) continue;
    for (const cfRule of children(block, "cfRule")) {
      const operator = OPERATOR_OF_TYPE[attr(cfRule, "type") ?? ""];
      if (!operator) continue;
      const dxf = dxfs[Number(attr(cfRule, "dxfId") ?? -1)];
      found.push({
        priority: Number(attr(cfRule, "priority") ?? Number.MAX_SAFE_INTEGER),
        order: found.length,
        cf: {
          type: "ContainsText",
          areas: areas.map((a) => ({ ...a })),
          rule: { operator, text: ruleText(cfRule) },
          fill: dxf?.fill ?? null,
          fontColor: dxf?.fontColor ?? null,
          stopIfTrue: boolAttr(cfRule, "stopIfTrue", false),
        },
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority || a.order - b.order).map((f) => f.cf);
}
