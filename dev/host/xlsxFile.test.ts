/**
 * The dev host's .xlsx open/save: a workbook built through the sim's API (as the add-in and a person build one) goes
 * to a file and back, and what the sim shows is the same. The package's own parts (web extension, tables) are
 * checked with JSZip.
 */
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { createExcelSim, type ExcelSim } from "../excel-sim";
import type { SimWorkbookState } from "../excel-sim/simUserApi";
import { fileWidthToPoints, pointsToFileWidth } from "./xlsx/columnWidth";
import { ADDIN_REFERENCE, TASKPANES_PART, WEBEXTENSION_PART } from "./xlsx/webExtension";
import { workbookToXlsx, xlsxToWorkbook, XlsxFileError } from "./xlsxFile";

const DOCUMENT = JSON.stringify({ id: "doc-1f6e", format: 1 });
const ITEMS_SOURCE = '=INDIRECT("Items[No.]")';

/** Items (a bound-looking table with validation, a status format, text cells, dates), a hidden and a very hidden sheet. */
async function buildWorkbook(): Promise<ExcelSim> {
  const sim = createExcelSim();
  sim.addSheet("Scratch");
  sim.userDeleteSheet("Scratch"); // so the sheet ids have a gap: {…-0001-…}, {…-0003-…}, …
  sim.addSheet("Items");
  sim.addSheet("Notes");
  await sim.run(async (context) => {
    const wb = context.workbook;
    const items = wb.worksheets.getItem("Items");
    items.getRange("A1:F1").values = [["No.", "Description", "Price", "Starting Date", "Status", "Row ID"]];
    const body = items.getRange("A2:F4");
    body.numberFormat = [
      ["@", "@", "0.00", "yyyy-mm-dd", "@", "@"],
      ["@", "@", "0.00", "yyyy-mm-dd", "@", "@"],
      ["@", "@", "0.00", "yyyy-mm-dd", "@", "@"],
    ];
    body.values = [
      ["1000", "Blåbærsyltetøj (æøå)", 12.5, 46023, "", "r1"],
      ["007", '=HYPERLINK("x")', 3, 46054, "Error: no price", "r2"],
      ["1002", "Plain", 0.1, 46082, "", "r3"],
    ];
    const table = items.tables.add("A1:F4", true);
    table.name = "Items";
    items.getRange("B3").format.fill.color = "#ffc7ce";
    items.getRange("F:F").columnHidden = true;
    items.getRange("B1").format.columnWidth = 120;
    items.getRange("C1").format.columnWidth = 55.5;

    const code = items.getRange("A2:A4").dataValidation;
    code.rule = { list: { inCellDropDown: true, source: ITEMS_SOURCE } };
    code.errorAlert = { showAlert: true, style: "Information", title: "Item", message: "Pick an item from the list." };
    const status = items.getRange("E2:E4").dataValidation;
    status.rule = { list: { inCellDropDown: false, source: 'Open,"Closed",Done' } };
    status.errorAlert = { showAlert: false, style: "Warning", title: "", message: "" };
    status.ignoreBlanks = false;

    const errors = items.getRange("E2:E4").conditionalFormats.add("ContainsText");
    errors.textComparison.format.fill.color = "#FFC7CE";
    errors.textComparison.format.font.color = "#9C0006";
    errors.textComparison.rule = { operator: "BeginsWith", text: "Error" };
    const warnings = items.getRange("E2:E4").conditionalFormats.add("ContainsText");
    warnings.textComparison.format.fill.color = "#FFEB9C";
    warnings.textComparison.rule = { operator: "Contains", text: 'price "x"' };
    const notes = items.getRange("B2:B4").conditionalFormats.add("ContainsText");
    notes.textComparison.format.font.color = "#0000FF";
    notes.textComparison.rule = { operator: "EndsWith", text: "(æøå)" };

    const hidden = wb.worksheets.add("CampaignDesk Segments");
    hidden.getRange("A1:B2").values = [
      ["No.", "Description"],
      ["SEG0001", "Danske kunder"],
    ];
    hidden.tables.add("A1:B2", true).name = "CampaignDeskSegments";
    hidden.visibility = "VeryHidden";
    wb.worksheets.getItem("Notes").visibility = "Hidden";

    wb.settings.add("campaignDesk.document", DOCUMENT);
    wb.settings.add("campaignDesk.note", 'quotes " and <tags> & line\nbreaks');
    items.activate();
    await context.sync();
  });
  // A person types a formula, a boolean, a number and a date; and text with a leading apostrophe.
  sim.userEdit("Sheet1", 0, 0, [["=SUM(Items[Price])", "TRUE", "42", "2026-03-01", "'=not a formula"]]);
  sim.userEdit("Notes", 4, 2, [["note"]]);
  return sim;
}

/** Everything the sim shows of a workbook (CF ids left out: a file has none). */
function snapshot(sim: ExcelSim) {
  return sim.sheetVisibilities().map(({ name, visibility }) => {
    const size = sim.usedSize(name);
    const cells = [];
    const rules = [];
    for (let r = 0; r < size.rows + 1; r++) {
      for (let c = 0; c < size.cols + 1; c++) {
        cells.push(sim.cell(name, r, c));
        rules.push([sim.validationAt(name, r, c), sim.conditionalStyleAt(name, r, c)]);
      }
    }
    const columns = Array.from({ length: 8 }, (_, c) => [sim.isColumnHidden(name, c), sim.columnWidth(name, c)]);
    const formats = sim.conditionalFormatsOn(name, "A:XFD").map(({ id: _id, ...cf }) => cf);
    return { name, visibility, size, cells, rules, columns, formats, tables: sim.tables(name) };
  });
}

async function settingsOf(sim: ExcelSim): Promise<Record<string, string>> {
  return sim.run(async (context) => {
    const settings = context.workbook.settings.load("items/key,items/value");
    await context.sync();
    return Object.fromEntries(settings.items.map((s) => [s.key, s.value]));
  });
}

async function roundTrip(state: SimWorkbookState): Promise<{ bytes: Uint8Array; state: SimWorkbookState }> {
  const bytes = await workbookToXlsx(state);
  return { bytes, state: await xlsxToWorkbook(bytes) };
}

describe("dev host .xlsx files", () => {
  it("a workbook round-trips: cells, formats, fills, columns, visibility, tables, rules, settings, active sheet", async () => {
    const sim = await buildWorkbook();
    const saved = sim.save();
    const { state } = await roundTrip(saved);
    const reopened = createExcelSim(state);

    expect(snapshot(reopened)).toEqual(snapshot(sim));
    expect(await settingsOf(reopened)).toEqual(await settingsOf(sim));
    expect(reopened.activeSheet()).toBe("Items");
    // Spot checks of what the snapshot holds.
    expect(reopened.cell("Items", 2, 1)).toEqual({
      value: '=HYPERLINK("x")',
      formula: "",
      numberFormat: "@",
      fill: "#FFC7CE",
    });
    expect(reopened.cell("Items", 2, 0).value).toBe("007");
    expect(reopened.cell("Items", 1, 3)).toMatchObject({ value: 46023, numberFormat: "yyyy-mm-dd" });
    expect(reopened.cell("Sheet1", 0, 0)).toEqual({
      value: "#NAME?",
      formula: "=SUM(Items[Price])",
      numberFormat: "General",
      fill: null,
    });
    expect(reopened.cell("Sheet1", 0, 4).value).toBe("=not a formula");
    expect(reopened.tables()).toEqual([
      { name: "Items", sheetName: "Items", top: 0, left: 0, bottom: 3, right: 5 },
      { name: "CampaignDeskSegments", sheetName: "CampaignDesk Segments", top: 0, left: 0, bottom: 1, right: 1 },
    ]);
    expect(reopened.validationAt("Items", 3, 0)?.list?.source).toBe(ITEMS_SOURCE);
    expect(reopened.validationAt("Items", 1, 4)).toEqual({
      type: "List",
      list: { inCellDropDown: false, source: 'Open,"Closed",Done' },
      errorAlert: { showAlert: false, style: "Warning", title: "", message: "" },
      ignoreBlanks: false,
    });
    expect(reopened.conditionalStyleAt("Items", 2, 4)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(reopened.columnWidth("Items", 1)).toBe(120);
    // 55.5 pt is not a whole pixel (74 px): it is kept as the nearest one, 55.5 → 74 px = 55.5 pt exactly.
    expect(reopened.columnWidth("Items", 2)).toBe(55.5);
    expect(reopened.isColumnHidden("Items", 5)).toBe(true);
  });

  it("a second trip changes nothing: state → file → state is stable", async () => {
    const sim = await buildWorkbook();
    const first = await roundTrip(sim.save());
    const second = await roundTrip(createExcelSim(first.state).save());
    expect(second.state).toEqual(first.state);
    // Sheet ids (kept as the file's sheetId) and table ids (the table parts' id) survive.
    const ids = first.state.sheets.map((s) => (s as { id: string }).id);
    expect(ids).toEqual(sim.save().sheets.map((s) => (s as { id: string }).id));
    expect(ids).toContain("{00000000-0003-0000-C000-000000000046}");
    expect(first.state.tables).toEqual(sim.save().tables);
  });

  it("a very hidden sheet stays very hidden, in the file and back", async () => {
    const sim = await buildWorkbook();
    const { bytes, state } = await roundTrip(sim.save());
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
    expect(workbookXml).toMatch(/<sheet [^>]*name="CampaignDesk Segments"[^>]*state="veryHidden"/);
    expect(workbookXml).toMatch(/<sheet [^>]*name="Notes"[^>]*state="hidden"/);
    const reopened = createExcelSim(state);
    expect(reopened.sheetVisibilities()).toEqual(sim.sheetVisibilities());
    expect(reopened.sheetNames()).not.toContain("CampaignDesk Segments");
  });

  it("the settings are in the web extension part, JSON-encoded, with Office's relationships and content types", async () => {
    const sim = await buildWorkbook();
    const zip = await JSZip.loadAsync(await workbookToXlsx(sim.save()));
    const part = (await zip.file(WEBEXTENSION_PART)?.async("string")) ?? "";
    expect(part).toContain('xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"');
    expect(part).toContain(`<we:reference id="${ADDIN_REFERENCE.id}" version="${ADDIN_REFERENCE.version}"`);
    const encoded = JSON.stringify(DOCUMENT).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    expect(part).toContain(`<we:property name="campaignDesk.document" value="${encoded}"/>`);
    const taskpanes = (await zip.file(TASKPANES_PART)?.async("string")) ?? "";
    expect(taskpanes).toContain('xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"');
    expect(await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")?.async("string")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"',
    );
    expect(await zip.file("_rels/.rels")?.async("string")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"',
    );
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"');
  });

  it("the web extension names the add-in of manifest.xml", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(ADDIN_REFERENCE.id);
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(ADDIN_REFERENCE.version);
  });

  it("a workbook without settings has no web extension part", async () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["just cells"]]);
    const bytes = await workbookToXlsx(sim.save());
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((name) => name.includes("webextension"))).toEqual([]);
    expect(await zip.file("_rels/.rels")?.async("string")).not.toContain("webextension");
    expect(await zip.file("[Content_Types].xml")?.async("string")).not.toContain("webextension");
    expect((await xlsxToWorkbook(bytes)).settings).toEqual({});
  });

  it("a setting Office stored as a JSON non-string reads as its JSON text, as the sim keeps such values", async () => {
    const sim = createExcelSim();
    await sim.run(async (context) => {
      context.workbook.settings.add("flag", "placeholder");
      await context.sync();
    });
    const zip = await JSZip.loadAsync(await workbookToXlsx(sim.save()));
    const part = (await zip.file(WEBEXTENSION_PART)?.async("string")) ?? "";
    zip.file(WEBEXTENSION_PART, part.replace('value="&quot;placeholder&quot;"', 'value="{&quot;on&quot;:true}"'));
    const state = await xlsxToWorkbook(await zip.generateAsync({ type: "uint8array" }));
    expect(state.settings).toEqual({ flag: '{"on":true}' });
  });

  it("column widths: whole pixels survive exactly, the standard width is 8.43 characters", () => {
    expect(pointsToFileWidth(48)).toBe(9.140625);
    for (let px = 0; px <= 2000; px++) expect(fileWidthToPoints(pointsToFileWidth(px * 0.75))).toBe(px * 0.75);
    expect(fileWidthToPoints(pointsToFileWidth(100.1))).toBe(99.75);
  });

  it("a file that is not an .xlsx is refused with a clear message", async () => {
    const text = new TextEncoder().encode("Code;Description\n1;x\n");
    await expect(xlsxToWorkbook(text)).rejects.toThrow(XlsxFileError);
    await expect(xlsxToWorkbook(text)).rejects.toThrow("This is not an .xlsx workbook");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(xlsxToWorkbook(ole)).rejects.toThrow(/older \.xls file or a password-protected workbook/);
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const docx = await zip.generateAsync({ type: "uint8array" });
    await expect(xlsxToWorkbook(docx)).rejects.toThrow("no Excel workbook part");
    const truncated = (await workbookToXlsx(createExcelSim().save())).subarray(0, 200);
    await expect(xlsxToWorkbook(truncated)).rejects.toMatchObject({ reason: "not-xlsx" });
  });
});
