/**
 * `Range.dataValidation` (ExcelApi 1.8), list rules only: `rule = { list: { inCellDropDown, source } }`,
 * `errorAlert`, `ignoreBlanks`, `type`, `clear()`. Setting a rule replaces the one the cells had. Validation is
 * stored, never enforced: Excel checks it only when a person types a value into a cell, not on paste or on
 * writes by an add-in (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation).
 */
import { intersect } from "../model/address";
import {
  clearValidation,
  NO_VALIDATION,
  updateValidation,
  type AlertStyle,
  type ErrorAlertModel,
  type ValidationModel,
} from "../model/cellRules";
import { SimError } from "../model/simError";
import { liveSheet } from "../model/workbookModel";
import { SimClientObject, type Origin } from "./clientObject";
import type { RangeTarget } from "./rangeGrid";
import type { SimRequestContext } from "./requestContext";

export interface SimListRule {
  list: { inCellDropDown: boolean; source: string };
}

const STYLES: readonly AlertStyle[] = ["Stop", "Warning", "Information"];

function ruleOf(v: ValidationModel): SimListRule | Record<string, never> {
  return v.list ? { list: { ...v.list } } : {};
}

/** The one validation every cell of the range has, or "inconsistent" (cells differ, or only some have one). */
function uniform(t: RangeTarget): ValidationModel | "inconsistent" {
  let covered = 0;
  let found: ValidationModel | null = null;
  for (const area of t.sheet.validations) {
    const part = intersect(area.rect, t.rect);
    if (!part) continue;
    if (found && JSON.stringify(found) !== JSON.stringify(area.validation)) return "inconsistent";
    found = area.validation;
    covered += part.rows * part.cols;
  }
  if (!found) return NO_VALIDATION;
  return covered === t.rect.rows * t.rect.cols ? found : "inconsistent";
}

function checkRule(rule: unknown): { inCellDropDown: boolean; source: string } {
  const list = (rule as { list?: { inCellDropDown?: unknown; source?: unknown } } | null)?.list;
  if (!list || typeof list.source !== "string" || list.source.length === 0) {
    throw SimError.invalidArgument("The sim supports list data validation with a text source only.");
  }
  if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== "boolean") {
    throw SimError.invalidArgument("inCellDropDown must be a boolean.");
  }
  return { inCellDropDown: list.inCellDropDown ?? true, source: list.source };
}

function checkAlert(alert: Partial<ErrorAlertModel>): Partial<ErrorAlertModel> {
  if (alert.style !== undefined && !STYLES.includes(alert.style)) {
    throw SimError.invalidArgument(`'${String(alert.style)}' is not a data validation alert style.`);
  }
  return alert;
}

export class SimDataValidation extends SimClientObject<RangeTarget> {
  protected readonly scalarProps = ["type", "rule", "errorAlert", "ignoreBlanks"] as const;

  constructor(context: SimRequestContext, origin: Origin<RangeTarget>) {
    super(context, origin);
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    const v = uniform(t);
    switch (prop) {
      case "type":
        return v === "inconsistent" ? "Inconsistent" : v.list ? "List" : "None";
      case "rule":
        return v === "inconsistent" ? null : ruleOf(v);
      case "errorAlert":
        return v === "inconsistent" ? null : { ...v.errorAlert };
      case "ignoreBlanks":
        return v === "inconsistent" ? null : v.ignoreBlanks;
      default:
        throw SimError.invalidArgument(`DataValidation has no property '${prop}'.`);
    }
  }

  private change(prop: string, value: unknown, edit: (v: ValidationModel) => ValidationModel): void {
    this.set(prop, value, (t) => {
      updateValidation(liveSheet(t.sheet), t.rect, edit);
      this.context._engine.model.touch();
    });
  }

  get type(): string {
    return this.get("type");
  }

  get rule(): SimListRule {
    return this.get("rule");
  }

  /** Only list rules are simulated; anything else fails the sync with InvalidArgument. */
  set rule(rule: SimListRule) {
    this.change("rule", rule, (v) => ({ ...v, list: checkRule(rule) }));
  }

  get errorAlert(): ErrorAlertModel {
    return this.get("errorAlert");
  }

  set errorAlert(alert: Partial<ErrorAlertModel>) {
    this.change("errorAlert", alert, (v) => ({ ...v, errorAlert: { ...v.errorAlert, ...checkAlert(alert) } }));
  }

  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }

  set ignoreBlanks(ignore: boolean) {
    this.change("ignoreBlanks", ignore, (v) => ({ ...v, ignoreBlanks: ignore }));
  }

  /** Removes the validation from every cell of the range. */
  clear(): void {
    this.call("clear", [], (t) => {
      clearValidation(liveSheet(t.sheet), t.rect);
      this.context._engine.model.touch();
    });
  }
}
