/**
 * Workbook-scoped defined names (`workbook.names`, ExcelApi 1.4): a name and the formula it refers to. Names follow
 * Excel's rules (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64):
 * a letter, "_" or "\" first, then letters, digits, "." and "_"; no cell reference; at most 255 characters; unique
 * without regard to case.
 */
import { SimError } from "./simError";
import type { WorkbookModel } from "./workbookModel";

export interface NamedItemModel {
  name: string;
  /** Always starts with "=". */
  formula: string;
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function validateName(name: string): void {
  if (name.length === 0 || name.length > 255 || !NAME.test(name) || CELL_LIKE.test(name)) {
    throw SimError.invalidArgument(`'${name}' is not a valid name.`);
  }
}

export function normalizeFormula(reference: string): string {
  const text = reference.trim();
  return text.startsWith("=") ? text : `=${text}`;
}

export function findName(model: WorkbookModel, name: string): NamedItemModel | null {
  return model.names.get(name.toLowerCase()) ?? null;
}

export function addName(model: WorkbookModel, name: string, reference: string): NamedItemModel {
  validateName(name);
  if (findName(model, name)) throw SimError.itemAlreadyExists(`Name '${name}'`);
  const item: NamedItemModel = { name, formula: normalizeFormula(reference) };
  model.names.set(name.toLowerCase(), item);
  model.touch();
  return item;
}

export function deleteName(model: WorkbookModel, item: NamedItemModel): void {
  model.names.delete(item.name.toLowerCase());
  model.touch();
}
