/**
 * The dev host's real files: the simulated workbook's saved state to and from an .xlsx (Office Open XML, ECMA-376).
 * Dev host only, never in the add-in bundle: ExcelJS (and this module) are loaded with dynamic `import()`, so they
 * are lazy chunks of the dev host page.
 *
 * ExcelJS writes and reads the cells, number formats, fills and columns (`xlsx/cells.ts`); the rest is written into
 * and read from the package with JSZip, by hand: sheet ids, visibility and the active sheet (`xl/workbook.xml`),
 * tables (`xlsx/tables.ts`), list validations and text conditional formats (`xlsx/cellRules.ts`), and the add-in's
 * settings in the web extension part (`xlsx/webExtension.ts`, [MS-OWEXML]). Each of those files says what the sim
 * keeps that a file does not (or the other way round). Also not in a file: the sim's per-sheet selection (it is not
 * in the saved state either).
 */
import type * as ExcelJSTypes from "exceljs";
import type JSZip from "jszip";
import type { SimWorkbookState } from "../excel-sim/simUserApi";
import type { ConditionalFormatModel } from "../excel-sim/model/cellRules";
import type { SavedSheet, SavedTable } from "../excel-sim/model/persist";
import { readSheetCells, writeSheetCells } from "./xlsx/cells";
import {
  appendDxfs,
  conditionalFormatsXml,
  dxfXml,
  readConditionalFormats,
  readDxfs,
  readValidations,
  validationsXml,
  writableFormats,
} from "./xlsx/cellRules";
import { readText, readWorkbookPart, type SheetState } from "./xlsx/opcPackage";
import { insertInTail, joinSheet, parseTail, splitSheet } from "./xlsx/sheetXml";
import { readSheetTables, uniqueColumnNames, writeSheetTables, type TableToWrite } from "./xlsx/tables";
import { readSettings, writeSettings } from "./xlsx/webExtension";

/** A file that is not an .xlsx workbook, or one that could not be read; the message is for the person. */
export class XlsxFileError extends Error {
  constructor(
    readonly reason: "not-xlsx" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

type ExcelJSModule = typeof ExcelJSTypes;

async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return typeof mod.Workbook === "function" ? mod : (mod.default as ExcelJSModule);
}

async function loadJSZip(): Promise<typeof JSZip> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "jszip")) as { default?: typeof JSZip };
  return (mod.default ?? mod) as typeof JSZip;
}

// ---- sheet ids --------------------------------------------------------------------------------------------------

/**
 * The sim's sheet ids look like Excel's ({00000000-0001-0000-C000-000000000046}), numbered as sheets are added; the
 * number is kept as the file's sheetId, so a sheet has the same id after a save and reopen.
 */
const SHEET_ID = /^\{00000000-([0-9A-F]{4})-0000-C000-000000000046\}$/i;

function sheetIdFromNumber(no: number): string {
  return `{00000000-${no.toString(16).toUpperCase().padStart(4, "0")}-0000-C000-000000000046}`;
}

/** The file's sheetIds: the numbers inside the sim's ids when they all have one (and differ), else 1, 2, 3… */
function fileSheetIds(sheets: readonly SavedSheet[]): number[] {
  const numbers = sheets.map((s) => parseInt(SHEET_ID.exec(s.id)?.[1] ?? "", 16));
  const usable = numbers.every((n) => n > 0) && new Set(numbers).size === numbers.length;
  return usable ? numbers : sheets.map((_, i) => i + 1);
}

// ---- writing ----------------------------------------------------------------------------------------------------

const VISIBILITY_TO_STATE: Record<string, SheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Table ids: the sim's (numeric) ids where they are distinct positive integers, else 1, 2, 3… */
function fileTableIds(tables: readonly SavedTable[]): number[] {
  const numbers = tables.map((t) => Number(t.id));
  const usable = numbers.every((n) => Number.isInteger(n) && n > 0) && new Set(numbers).size === numbers.length;
  return usable ? numbers : tables.map((_, i) => i + 1);
}

function headerCaptions(sheet: SavedSheet, table: SavedTable): string[] {
  const header = sheet.rows.find((r) => r.r === table.top);
  const captions: string[] = [];
  for (let c = table.left; c <= table.right; c++) {
    const value = header?.v[c] ?? "";
    captions.push(typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value));
  }
  return uniqueColumnNames(captions);
}

/** The workbook's state as an .xlsx file. */
export async function workbookToXlsx(state: SimWorkbookState): Promise<Uint8Array> {
  const [ExcelJS, JSZipClass] = await Promise.all([loadExcelJS(), loadJSZip()]);
  const sheets = state.sheets as SavedSheet[];
  const tables = state.tables as SavedTable[];
  const wb = new ExcelJS.Workbook();
  let formulas = false;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: VISIBILITY_TO_STATE[sheet.visibility ?? "Visible"] ?? "visible" });
    formulas = writeSheetCells(ws, sheet) || formulas;
  }
  // Excel cannot show a hidden sheet as the active one: then the first visible sheet is active in the file.
  const active = sheets.findIndex((s) => s.name === state.activeSheet);
  const shown = (i: number) => (sheets[i]?.visibility ?? "Visible") === "Visible";
  const activeTab =
    active >= 0 && shown(active)
      ? active
      : Math.max(
          0,
          sheets.findIndex((_, i) => shown(i)),
        );
  wb.views = [
    { x: 0, y: 0, width: 16000, height: 9000, visibility: "visible", activeTab } as ExcelJSTypes.WorkbookView,
  ];
  if (formulas) wb.calcProperties.fullCalcOnLoad = true;

  const zip = await JSZipClass.loadAsync(await wb.xlsx.writeBuffer());
  const workbook = await readWorkbookPart(zip);
  if (!workbook || workbook.sheets.length !== sheets.length) throw new Error("ExcelJS wrote an unexpected workbook.");
  await renumberSheets(zip, workbook.part, fileSheetIds(sheets));

  // Conditional formats' colours are differential formats in the styles part.
  const formatsBySheet = sheets.map((s) => writableFormats(s.conditionalFormats ?? []));
  const allFormats = formatsBySheet.flat();
  let firstDxf = 0;
  if (allFormats.length > 0 && workbook.stylesPart) {
    const styles = (await readText(zip, workbook.stylesPart)) ?? "";
    const added = appendDxfs(styles, allFormats.map(dxfXml));
    zip.file(workbook.stylesPart, added.xml);
    firstDxf = added.first;
  }

  const tableIds = fileTableIds(tables);
  let tablePartNo = 1;
  for (const [i, sheet] of sheets.entries()) {
    const part = (workbook.sheets[i] as { part: string }).part;
    const sheetTables: TableToWrite[] = tables.flatMap((t, k) =>
      t.sheetId === sheet.id
        ? [
            {
              id: tableIds[k] as number,
              name: t.name,
              rect: { row: t.top, col: t.left, rows: t.bottom - t.top + 1, cols: t.right - t.left + 1 },
              columns: headerCaptions(sheet, t),
            },
          ]
        : [],
    );
    const formats = formatsBySheet[i] ?? [];
    const cfXml = conditionalFormatsXml(formats, firstDxf);
    firstDxf += formats.length;
    const dvXml = validationsXml(sheet.validations ?? []);
    const tablePartsXml = await writeSheetTables(zip, part, sheetTables, tablePartNo);
    tablePartNo += sheetTables.length;
    if (!cfXml && !dvXml && !tablePartsXml) continue;
    const split = splitSheet(await (zip.file(part) as JSZip.JSZipObject).async("uint8array"));
    let tail = split.tail;
    if (cfXml) tail = insertInTail(tail, "conditionalFormatting", cfXml);
    if (dvXml) tail = insertInTail(tail, "dataValidations", dvXml);
    if (tablePartsXml) tail = insertInTail(tail, "tableParts", tablePartsXml);
    zip.file(part, joinSheet({ head: split.head, tail }));
  }

  await writeSettings(zip, state.settings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Sets the `sheetId` of each `<sheet>` in workbook.xml, in order (ExcelJS numbers them 1, 2, 3…). */
async function renumberSheets(zip: JSZip, workbookPart: string, ids: readonly number[]): Promise<void> {
  const xml = (await readText(zip, workbookPart)) ?? "";
  let i = 0;
  const renumbered = xml.replace(/<sheet\b[^>]*>/g, (tag) => tag.replace(/\bsheetId="\d+"/, `sheetId="${ids[i++]}"`));
  zip.file(workbookPart, renumbered);
}

// ---- reading ----------------------------------------------------------------------------------------------------

const STATE_TO_VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Sheet parts ExcelJS need not parse: read here (or not kept), and a whole-column validation costs it millions. */
const LEFT_TO_US = ["dataValidations", "conditionalFormatting", "tableParts", "extLst", "hyperlinks", "mergeCells"];

function asBytes(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function notXlsx(bytes: Uint8Array): XlsxFileError | null {
  const magic = Array.from(bytes.subarray(0, 4));
  if (magic.join() === "80,75,3,4") return null; // "PK\3\4": a ZIP package
  if (magic.join() === "208,207,17,224") {
    // An OLE compound file: an Excel 97-2003 .xls, or an .xlsx protected with a password.
    return new XlsxFileError(
      "not-xlsx",
      "This is not an .xlsx workbook: it looks like an older .xls file or a password-protected workbook. Save it as an unprotected .xlsx in Excel and open that.",
    );
  }
  return new XlsxFileError("not-xlsx", "This is not an .xlsx workbook (an .xlsx file is a ZIP package).");
}

/** An .xlsx file as the workbook's state (throws `XlsxFileError`). */
export async function xlsxToWorkbook(input: ArrayBuffer | Uint8Array): Promise<SimWorkbookState> {
  const bytes = asBytes(input);
  const wrong = notXlsx(bytes);
  if (wrong) throw wrong;
  const [ExcelJS, JSZipClass] = await Promise.all([loadExcelJS(), loadJSZip()]);
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (error) {
    throw new XlsxFileError(
      "not-xlsx",
      `This is not an .xlsx workbook: the ZIP package is damaged (${String(error)}).`,
    );
  }
  const workbook = await readWorkbookPart(zip);
  if (!workbook) {
    throw new XlsxFileError("not-xlsx", "This is not an .xlsx workbook: the package holds no Excel workbook part.");
  }
  if (workbook.sheets.length === 0) throw new XlsxFileError("unreadable", "The workbook has no worksheets.");
  try {
    return await readPackage(ExcelJS, zip, bytes, workbook);
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    throw new XlsxFileError(
      "unreadable",
      `The workbook could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function readPackage(
  ExcelJS: ExcelJSModule,
  zip: JSZip,
  bytes: Uint8Array,
  workbook: NonNullable<Awaited<ReturnType<typeof readWorkbookPart>>>,
): Promise<SimWorkbookState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJSTypes.Xlsx["load"]>[0], { ignoreNodes: LEFT_TO_US });
  const dxfs = readDxfs(workbook.stylesPart ? await readText(zip, workbook.stylesPart) : null);
  const sheets: SavedSheet[] = [];
  const tables: SavedTable[] = [];
  const formats: ConditionalFormatModel[][] = [];
  const usedIds = new Set<number>();
  for (const [i, part] of workbook.sheets.entries()) {
    const ws = wb.getWorksheet(part.name);
    if (!ws) throw new Error(`ExcelJS did not read the sheet '${part.name}'.`);
    const no = part.sheetId > 0 && !usedIds.has(part.sheetId) ? part.sheetId : Math.max(0, ...usedIds, i) + 1;
    usedIds.add(no);
    const id = sheetIdFromNumber(no);
    const cells = readSheetCells(ws);
    const file = zip.file(part.part);
    const tail = file ? parseTail(splitSheet(await file.async("uint8array")).tail) : {};
    const sheet: SavedSheet = { id, name: part.name, ...cells };
    if (part.state !== "visible") sheet.visibility = STATE_TO_VISIBILITY[part.state];
    const validations = readValidations(tail);
    if (validations.length > 0) sheet.validations = validations;
    formats.push(readConditionalFormats(tail, dxfs).map((cf) => ({ id: "", ...cf })));
    sheets.push(sheet);
    for (const t of await readSheetTables(zip, part.part, tail)) {
      tables.push({
        id: String(t.id),
        name: t.name,
        sheetId: id,
        top: t.top,
        left: t.left,
        bottom: t.bottom,
        right: t.right,
      });
    }
  }
  // Conditional formats get workbook-wide ids, lowest priority first (the sim numbers them as they are added, and a
  // new one goes on top).
  let ruleId = 1;
  formats.forEach((list, i) => {
    for (const cf of [...list].reverse()) cf.id = String(ruleId++);
    if (list.length > 0) (sheets[i] as SavedSheet).conditionalFormats = list;
  });
  fixTableIds(tables);
  const activeSheet = workbook.sheets[workbook.activeTab]?.name ?? workbook.sheets[0]?.name ?? "";
  return { version: 1, sheets, tables, settings: await readSettings(zip), activeSheet };
}

/** Table ids must be distinct: a table without a usable id gets the next free number. */
function fixTableIds(tables: SavedTable[]): void {
  const seen = new Set<string>();
  let next = Math.max(0, ...tables.map((t) => Number(t.id) || 0)) + 1;
  for (const t of tables) {
    if (Number(t.id) > 0 && !seen.has(t.id)) {
      seen.add(t.id);
      continue;
    }
    t.id = String(next++);
    seen.add(t.id);
  }
}
