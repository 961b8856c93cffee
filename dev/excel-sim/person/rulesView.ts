/** What a test (or the dev host's grid) can ask about data validation and conditional formats, as a person sees them. */
import { formatLocalAddress, parseLocalAddress } from "../model/address";
import {
  conditionalFormatsOver,
  conditionalStyle,
  validationAreaAt,
  type AlertStyle,
  type TextOperator,
} from "../model/cellRules";
import { evaluateListSource, type ListValues } from "../model/listSource";
import type { WorkbookModel } from "../model/workbookModel";

export interface SimValidationView {
  /** "List" when a list rule applies, "None" when only an alert or `ignoreBlanks` was set. */
  type: "List" | "None";
  list: { inCellDropDown: boolean; source: string } | null;
  errorAlert: { showAlert: boolean; style: AlertStyle; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface SimConditionalFormatView {
  id: string;
  type: "ContainsText";
  /** 0 = top priority. */
  priority: number;
  /** Local addresses of the cells it applies to, e.g. ["B2:B40"]. */
  appliesTo: string[];
  rule: { operator: TextOperator; text: string } | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface SimRulesApi {
  /** The data validation of one cell (0-based sheet coordinates), or null when it has none. */
  validationAt(sheetName: string, row: number, col: number): SimValidationView | null;
  /** Conditional formats overlapping a local range ("B2:B10", "B:B"), highest priority first. */
  conditionalFormatsOn(sheetName: string, address: string): SimConditionalFormatView[];
  /**
   * What the cell's drop-down offers now: the values of its list source evaluated as Excel would (a name, a
   * structured reference, INDIRECT of a text, a range, a comma list), "#REF!" where Excel's list is broken, or null
   * when the cell has no list validation.
   */
  listValuesAt(sheetName: string, row: number, col: number): ListValues | null;
  /** Fill and font colour conditional formats give one cell now (evaluated on its shown text), or null. */
  conditionalStyleAt(
    sheetName: string,
    row: number,
    col: number,
  ): { fill: string | null; fontColor: string | null } | null;
}

export function createRulesView(model: WorkbookModel): SimRulesApi {
  return {
    validationAt(sheetName, row, col) {
      const area = validationAreaAt(model.requireSheet(sheetName), row, col);
      if (!area) return null;
      const v = area.validation;
      return {
        type: v.list ? "List" : "None",
        list: v.list ? { ...v.list } : null,
        errorAlert: { ...v.errorAlert },
        ignoreBlanks: v.ignoreBlanks,
      };
    },
    listValuesAt(sheetName, row, col) {
      const sheet = model.requireSheet(sheetName);
      const list = validationAreaAt(sheet, row, col)?.validation.list;
      return list ? evaluateListSource(model, sheet, list.source) : null;
    },
    conditionalFormatsOn(sheetName, address) {
      const sheet = model.requireSheet(sheetName);
      return conditionalFormatsOver(sheet, parseLocalAddress(address)).map((cf) => ({
        id: cf.id,
        type: cf.type,
        priority: sheet.conditionalFormats.indexOf(cf),
        appliesTo: cf.areas.map(formatLocalAddress),
        rule: cf.rule ? { ...cf.rule } : null,
        fill: cf.fill,
        fontColor: cf.fontColor,
        stopIfTrue: cf.stopIfTrue,
      }));
    },
    conditionalStyleAt(sheetName, row, col) {
      const sheet = model.requireSheet(sheetName);
      const value = sheet.data.value(row, col);
      const shown = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
      return conditionalStyle(sheet, row, col, shown);
    },
  };
}
