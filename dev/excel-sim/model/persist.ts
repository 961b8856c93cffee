/** The saved form of the workbook (what a file would hold) and restoring it exactly. */
import type { CellValue } from "../../../src/workbook";
import type { SimWorkbookState } from "../simUserApi";
import type { ConditionalFormatModel, ValidationArea } from "./cellRules";
import { chartsOn, type ChartModel } from "./charts";
import type { RowData } from "./sheetData";
import { WorkbookModel } from "./workbookModel";
import type { SheetVisibility } from "./workbookModel";

/** One saved row: dense values, and formulas, number formats and fills where any cell has one (null elsewhere). */
export interface SavedRow {
  r: number;
  v: CellValue[];
  f?: (string | null)[];
  nf?: (string | null)[];
  fill?: (string | null)[];
}

export interface SavedSheet {
  id: string;
  name: string;
  rows: SavedRow[];
  hiddenCols: number[];
  widths: [number, number][];
  /** Only when not visible (older saves have none). */
  visibility?: SheetVisibility;
  /** Only when the sheet has any (older saves have neither). */
  validations?: ValidationArea[];
  conditionalFormats?: ConditionalFormatModel[];
}

export interface SavedTable {
  id: string;
  name: string;
  sheetId: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const toSaved = (a: (string | undefined)[] | undefined): (string | null)[] | undefined =>
  a && a.some((x) => x !== undefined) ? Array.from(a, (x) => x ?? null) : undefined;
const fromSaved = (a: (string | null)[] | undefined): (string | undefined)[] | undefined =>
  a ? a.map((x) => x ?? undefined) : undefined;

function saveRow(r: number, row: RowData): SavedRow | null {
  const v = Array.from(row.v, (x) => x ?? "");
  const saved: SavedRow = { r, v };
  const f = toSaved(row.f);
  const nf = toSaved(row.nf);
  const fill = toSaved(row.fill);
  if (f) saved.f = f;
  if (nf) saved.nf = nf;
  if (fill) saved.fill = fill;
  const empty = v.every((x) => x === "") && !f && !nf && !fill;
  return empty ? null : saved;
}

export function saveModel(model: WorkbookModel): SimWorkbookState {
  const sheets: SavedSheet[] = model.sheets.map((s) => {
    const rows: SavedRow[] = [];
    s.data.rows.forEach((row, r) => {
      const saved = row ? saveRow(r, row) : null;
      if (saved) rows.push(saved);
    });
    const saved: SavedSheet = {
      id: s.id,
      name: s.name,
      rows,
      hiddenCols: [...s.hiddenCols].sort((a, b) => a - b),
      widths: [...s.widths.entries()].sort((a, b) => a[0] - b[0]),
    };
    if (s.visibility !== "Visible") saved.visibility = s.visibility;
    if (s.validations.length > 0) saved.validations = structuredClone(s.validations);
    if (s.conditionalFormats.length > 0) saved.conditionalFormats = structuredClone(s.conditionalFormats);
    return saved;
  });
  const tables: SavedTable[] = model.tables.map((t) => ({
    id: t.id,
    name: t.name,
    sheetId: t.sheet.id,
    top: t.top,
    left: t.left,
    bottom: t.bottom,
    right: t.right,
  }));
  const settings: Record<string, string> = {};
  for (const [k, v] of model.settings) settings[k] = v;
  const saved: SimWorkbookState = { version: 1, sheets, tables, settings, activeSheet: model.activeSheet().name };
  if (model.names.size > 0) saved.names = [...model.names.values()].map((n) => ({ ...n }));
  const charts = chartsOn(model, null).map(({ sheet, deleted, source, ...chart }) => {
    void deleted;
    return { ...chart, sheetId: sheet.id, source: { ...source } };
  });
  if (charts.length > 0) saved.charts = charts;
  return saved;
}

/** Rebuilds a model from `saveModel` output; `saveModel(restoreModel(s))` deep-equals `s`. */
export function restoreModel(state: SimWorkbookState): WorkbookModel {
  const model = new WorkbookModel();
  for (const raw of state.sheets as SavedSheet[]) {
    const sheet = model.addSheet(raw.name, raw.id);
    for (const row of raw.rows) {
      sheet.data.rows[row.r] = {
        v: row.v.slice(),
        f: fromSaved(row.f),
        nf: fromSaved(row.nf),
        fill: fromSaved(row.fill),
      };
    }
    sheet.visibility = raw.visibility ?? "Visible";
    for (const c of raw.hiddenCols) sheet.hiddenCols.add(c);
    for (const [c, w] of raw.widths) sheet.widths.set(c, w);
    sheet.validations = structuredClone(raw.validations ?? []);
    sheet.conditionalFormats = structuredClone(raw.conditionalFormats ?? []);
    for (const cf of sheet.conditionalFormats) model.nextRuleId = Math.max(model.nextRuleId, Number(cf.id) + 1 || 0);
  }
  let maxTable = 0;
  for (const raw of state.tables as SavedTable[]) {
    const sheet = model.requireSheet(raw.sheetId);
    model.tables.push({ ...raw, sheet, deleted: false });
    maxTable = Math.max(maxTable, Number(raw.id) || 0);
  }
  model.nextTableNo = maxTable + 1;
  for (const [k, v] of Object.entries(state.settings)) model.settings.set(k, v);
  for (const n of state.names ?? []) model.names.set(n.name.toLowerCase(), { ...n });
  for (const raw of (state.charts ?? []) as (Omit<ChartModel, "sheet" | "deleted"> & { sheetId: string })[]) {
    const { sheetId, ...chart } = raw;
    model.charts.push({ ...chart, source: { ...chart.source }, sheet: model.requireSheet(sheetId), deleted: false });
  }
  model.activeSheetId = model.sheetByKey(state.activeSheet)?.id ?? model.sheets[0]?.id ?? "";
  return model;
}
