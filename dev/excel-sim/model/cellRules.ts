/**
 * Data validation and conditional formats of a sheet. Both are rules over rectangles (a file's "sqref"), not per-cell
 * data: they move with inserted/deleted rows and are extended into rows a table grows into, as Excel extends a
 * table's formatting to its new rows.
 */
import { intersect, type Rect } from "./address";

export type AlertStyle = "Stop" | "Warning" | "Information";

export interface ErrorAlertModel {
  showAlert: boolean;
  style: AlertStyle;
  title: string;
  message: string;
}

export interface ValidationModel {
  /** null: any value (only an alert or `ignoreBlanks` was set). */
  list: { inCellDropDown: boolean; source: string } | null;
  errorAlert: ErrorAlertModel;
  ignoreBlanks: boolean;
}

/** One rectangle with one validation; the areas of a sheet never overlap. */
export interface ValidationArea {
  rect: Rect;
  validation: ValidationModel;
}

export type TextOperator = "Contains" | "NotContains" | "BeginsWith" | "EndsWith";

export interface ConditionalFormatModel {
  id: string;
  type: "ContainsText";
  /** Where it applies; the areas of one format never overlap. */
  areas: Rect[];
  rule: { operator: TextOperator; text: string } | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

/** What a sheet holds of both; conditional formats are in priority order (index 0 = top priority). */
export interface SheetRules {
  validations: ValidationArea[];
  conditionalFormats: ConditionalFormatModel[];
}

/** Excel's defaults for a new validation: an error alert of style Stop, blanks allowed. */
export const NO_VALIDATION: ValidationModel = {
  list: null,
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
};

const bottomOf = (r: Rect): number => r.row + r.rows - 1;
const rightOf = (r: Rect): number => r.col + r.cols - 1;
const contains = (r: Rect, row: number, col: number): boolean =>
  row >= r.row && row <= bottomOf(r) && col >= r.col && col <= rightOf(r);

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const pieces: Rect[] = [];
  if (cut.row > a.row) pieces.push({ row: a.row, col: a.col, rows: cut.row - a.row, cols: a.cols });
  if (bottomOf(cut) < bottomOf(a)) {
    pieces.push({ row: bottomOf(cut) + 1, col: a.col, rows: bottomOf(a) - bottomOf(cut), cols: a.cols });
  }
  if (cut.col > a.col) pieces.push({ row: cut.row, col: a.col, rows: cut.rows, cols: cut.col - a.col });
  if (rightOf(cut) < rightOf(a)) {
    pieces.push({ row: cut.row, col: rightOf(cut) + 1, rows: cut.rows, cols: rightOf(a) - rightOf(cut) });
  }
  return pieces;
}

function subtractAll(rects: readonly Rect[], cut: Rect): Rect[] {
  return rects.flatMap((r) => subtract(r, cut));
}

export function validationAreaAt(rules: SheetRules, row: number, col: number): ValidationArea | null {
  return rules.validations.find((a) => contains(a.rect, row, col)) ?? null;
}

/** Changes the validation of every cell in `rect` (cells without one start from Excel's defaults). */
export function updateValidation(
  rules: SheetRules,
  rect: Rect,
  change: (current: ValidationModel) => ValidationModel,
): void {
  const next: ValidationArea[] = [];
  let uncovered: Rect[] = [rect];
  for (const area of rules.validations) {
    const inside = intersect(area.rect, rect);
    if (!inside) {
      next.push(area);
      continue;
    }
    for (const piece of subtract(area.rect, rect)) next.push({ rect: piece, validation: area.validation });
    next.push({ rect: inside, validation: change(area.validation) });
    uncovered = subtractAll(uncovered, inside);
  }
  for (const piece of uncovered) next.push({ rect: piece, validation: change(NO_VALIDATION) });
  rules.validations = next;
}

export function clearValidation(rules: SheetRules, rect: Rect): void {
  rules.validations = rules.validations.flatMap((a) =>
    subtract(a.rect, rect).map((piece) => ({ rect: piece, validation: a.validation })),
  );
}

/** Conditional formats overlapping `rect`, highest priority first. */
export function conditionalFormatsOver(rules: SheetRules, rect: Rect): ConditionalFormatModel[] {
  return rules.conditionalFormats.filter((cf) => cf.areas.some((a) => intersect(a, rect) !== null));
}

/** `ConditionalFormatCollection.add`: a new format over `rect` at the top priority. */
export function addConditionalFormat(rules: SheetRules, id: string, rect: Rect): ConditionalFormatModel {
  const cf: ConditionalFormatModel = {
    id,
    type: "ContainsText",
    areas: [{ ...rect }],
    rule: null,
    fill: null,
    fontColor: null,
    stopIfTrue: false,
  };
  rules.conditionalFormats.unshift(cf);
  return cf;
}

/** `clearAll()`: removes every conditional format from the cells of `rect` (formats left with no cells go). */
export function clearConditionalFormats(rules: SheetRules, rect: Rect): void {
  for (const cf of rules.conditionalFormats) cf.areas = subtractAll(cf.areas, rect);
  rules.conditionalFormats = rules.conditionalFormats.filter((cf) => cf.areas.length > 0);
}

/** Removes validation and conditional formats from `rect` (deleting a table clears its cells). */
export function clearRules(rules: SheetRules, rect: Rect): void {
  clearValidation(rules, rect);
  clearConditionalFormats(rules, rect);
}

/**
 * Rows `oldBottom + 1 … newBottom` of columns `left … right` join a table: each column's validation and conditional
 * formats of the last row reach down into them. An area ending at the last row and lying within the table's
 * columns is stretched (so repeated appends keep one area per column rule).
 */
export function extendRulesDown(
  rules: SheetRules,
  left: number,
  right: number,
  oldBottom: number,
  newBottom: number,
): void {
  const added = newBottom - oldBottom;
  if (added <= 0) return;
  const grown: Rect = { row: oldBottom + 1, col: left, rows: added, cols: right - left + 1 };
  const stretch = (area: Rect): Rect | null => {
    if (!contains(area, oldBottom, Math.max(area.col, left)) || rightOf(area) < left || area.col > right) return null;
    if (bottomOf(area) === oldBottom && area.col >= left && rightOf(area) <= right) {
      return { ...area, rows: area.rows + added };
    }
    const col = Math.max(area.col, left);
    return { row: grown.row, col, rows: added, cols: Math.min(rightOf(area), right) - col + 1 };
  };
  clearValidation(rules, grown);
  const extra: ValidationArea[] = [];
  rules.validations = rules.validations.map((area) => {
    const wider = stretch(area.rect);
    if (!wider) return area;
    if (wider.row === area.rect.row) return { rect: wider, validation: area.validation };
    extra.push({ rect: wider, validation: area.validation });
    return area;
  });
  for (const area of extra) rules.validations.push(area);
  for (const cf of rules.conditionalFormats) {
    const kept = subtractAll(cf.areas, grown);
    const pieces: Rect[] = [];
    cf.areas = kept.map((area) => {
      const wider = stretch(area);
      if (!wider) return area;
      if (wider.row === area.row) return wider;
      pieces.push(wider);
      return area;
    });
    for (const piece of pieces) cf.areas.push(piece);
  }
}

/** Rules after inserting (`count` > 0) or deleting (`count` < 0) sheet rows at `at`. */
function shiftRect(r: Rect, at: number, count: number): Rect | null {
  if (count > 0) {
    if (r.row >= at) return { ...r, row: r.row + count };
    return at <= bottomOf(r) ? { ...r, rows: r.rows + count } : r;
  }
  const gone = -count;
  const end = at + gone - 1;
  const moved = (row: number, edge: number): number => (row < at ? row : row > end ? row - gone : edge);
  const top = moved(r.row, at);
  const bottom = moved(bottomOf(r), at - 1);
  return bottom < top ? null : { ...r, row: top, rows: bottom - top + 1 };
}

export function shiftRuleRows(rules: SheetRules, at: number, count: number): void {
  rules.validations = rules.validations.flatMap((a) => {
    const rect = shiftRect(a.rect, at, count);
    return rect ? [{ rect, validation: a.validation }] : [];
  });
  for (const cf of rules.conditionalFormats) {
    cf.areas = cf.areas.flatMap((a) => {
      const rect = shiftRect(a, at, count);
      return rect ? [rect] : [];
    });
  }
  rules.conditionalFormats = rules.conditionalFormats.filter((cf) => cf.areas.length > 0);
}

/** Does a text rule match what the cell shows? Excel compares text case-insensitively. */
export function textRuleMatches(rule: { operator: TextOperator; text: string }, shown: string): boolean {
  const text = shown.toLowerCase();
  const wanted = rule.text.toLowerCase();
  switch (rule.operator) {
    case "Contains":
      return text.includes(wanted);
    case "NotContains":
      return !text.includes(wanted);
    case "BeginsWith":
      return text.startsWith(wanted);
    case "EndsWith":
      return text.endsWith(wanted);
  }
}

/** Fill and font colour the conditional formats give a cell (per property, the highest-priority match wins). */
export function conditionalStyle(
  rules: SheetRules,
  row: number,
  col: number,
  shown: string,
): { fill: string | null; fontColor: string | null } | null {
  let fill: string | null = null;
  let fontColor: string | null = null;
  let matched = false;
  for (const cf of rules.conditionalFormats) {
    if (!cf.rule || !cf.areas.some((a) => contains(a, row, col)) || !textRuleMatches(cf.rule, shown)) continue;
    matched = true;
    fill ??= cf.fill;
    fontColor ??= cf.fontColor;
    if (cf.stopIfTrue) break;
  }
  return matched ? { fill, fontColor } : null;
}
