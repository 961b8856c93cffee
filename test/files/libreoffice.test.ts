/**
 * A saved workbook opened by a spreadsheet program nobody here wrote: LibreOffice Calc (`soffice --headless`) reads
 * the .xlsx the dev host's "Save a copy…" writes and exports every sheet to CSV, and saves it again as .xlsx, which
 * the dev host's "Open file…" reads back. Text cells stay text (`=HYPERLINK("x")` in a text-formatted cell is not a
 * formula), numbers and dates keep their values, Danish letters survive, and the very hidden sheet is exported too.
 * List validation and text conditional formats survive Calc too. Calc has no "very hidden" state: a workbook it saves
 * again has that sheet merely hidden (and the add-in's settings are gone: Calc 7.4 drops the web extension part).
 *
 * Needs LibreOffice (`apt-get install --no-install-recommends libreoffice-calc`; CI installs it): skipped with a
 * message when `soffice` is missing on a developer machine, a failure when it is missing in CI.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import { workbookToXlsx, xlsxToWorkbook } from "../../dev/host/xlsxFile";

function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const SOFFICE = findSoffice();
if (!SOFFICE) {
  if (process.env.CI === "true") {
    throw new Error("LibreOffice (soffice) not found: .ci/run installs libreoffice-calc.");
  }
  console.warn(
    "test/files/libreoffice.test.ts skipped: soffice not found — install it with " +
      "`apt-get install --no-install-recommends libreoffice-calc` (or set SOFFICE_PATH).",
  );
}
const run = SOFFICE ? describe : describe.skip;

/** CSV export: comma, double quotes, UTF-8, values (not as shown, no formulas), every sheet to `<file>-<Sheet>.csv`. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** Runs soffice with its own profile and HOME in `dir` (LibreOffice needs a writable profile). */
function soffice(dir: string, convertTo: string, file: string, outdir: string): void {
  const result = spawnSync(
    SOFFICE as string,
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      convertTo,
      "--outdir",
      outdir,
      file,
    ],
    { cwd: dir, env: { ...process.env, HOME: dir }, encoding: "utf8", timeout: 150_000 },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`soffice exited with ${result.status}: ${result.stderr}`);
}

/** Simple CSV (RFC 4180 quoting) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const HEADER = ["No.", "Description", "Unit Price", "Starting Date", "Status", "Row ID"];

/** A bound-looking table (text-formatted code and text columns), and a very hidden sheet with a table of its own. */
async function savedWorkbook(): Promise<ExcelSim> {
  const sim = createExcelSim();
  sim.addSheet("Prices");
  await sim.run(async (context) => {
    const wb = context.workbook;
    const prices = wb.worksheets.getItem("Prices");
    prices.getRange("A1:F1").values = [HEADER];
    const body = prices.getRange("A2:F5");
    const textRow = ["@", "@", "0.00", "yyyy-mm-dd", "@", "@"];
    body.numberFormat = [textRow, textRow, textRow, textRow];
    body.values = [
      ["1000", "Rødgrød med fløde", 12.5, 46023, "", "r-1"],
      ["007", '=HYPERLINK("x")', 1234.75, 46054, "Error: no price", "r-2"],
      ["1002", "Æbleskiver og øl på Ærø", 0.1, 46082, "", "r-3"],
      ["TRUE", "+45 1234", 3, 46387, "", "r-4"],
    ];
    prices.tables.add("A1:F5", true).name = "CampaignPrices";
    prices.getRange("F:F").columnHidden = true;
    const codes = prices.getRange("A2:A5").dataValidation;
    codes.rule = { list: { inCellDropDown: true, source: '=INDIRECT("Items[No.]")' } };
    codes.errorAlert = { showAlert: true, style: "Information", title: "", message: "" };
    const status = prices.getRange("E2:E5").conditionalFormats.add("ContainsText");
    status.textComparison.format.fill.color = "#FFC7CE";
    status.textComparison.format.font.color = "#9C0006";
    status.textComparison.rule = { operator: "BeginsWith", text: "Error" };
    const hidden = wb.worksheets.add("CampaignDesk Bindings");
    hidden.getRange("A1:C2").numberFormat = [
      ["@", "@", "@"],
      ["@", "@", "@"],
    ];
    hidden.getRange("A1:C2").values = [
      ["Binding ID", "Table", "Sheet"],
      ["b-1", "CampaignPrices", "Prices"],
    ];
    hidden.tables.add("A1:C2", true).name = "CampaignDeskBindings";
    hidden.visibility = "VeryHidden";
    wb.settings.add("campaignDesk.document", JSON.stringify({ id: "doc-lo", format: 1 }));
    prices.activate();
    await context.sync();
  });
  return sim;
}

run("a saved workbook in LibreOffice Calc", () => {
  let dir: string;
  let file: string;
  let sim: ExcelSim;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cd-lo-"));
    sim = await savedWorkbook();
    file = path.join(dir, "campaign.xlsx");
    fs.writeFileSync(file, await workbookToXlsx(sim.save()));
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exports every sheet's table with its values: text stays text, =HYPERLINK is not evaluated", () => {
    const out = path.join(dir, "csv");
    soffice(dir, CSV_FILTER, file, out);
    const prices = parseCsv(fs.readFileSync(path.join(out, "campaign-Prices.csv"), "utf8"));
    expect(prices).toEqual([
      HEADER,
      ["1000", "Rødgrød med fløde", "12.5", "2026-01-01", "", "r-1"],
      ["007", '=HYPERLINK("x")', "1234.75", "2026-02-01", "Error: no price", "r-2"],
      ["1002", "Æbleskiver og øl på Ærø", "0.1", "2026-03-01", "", "r-3"],
      ["TRUE", "+45 1234", "3", "2026-12-31", "", "r-4"],
    ]);
    const bindings = parseCsv(fs.readFileSync(path.join(out, "campaign-CampaignDesk Bindings.csv"), "utf8"));
    expect(bindings).toEqual([
      ["Binding ID", "Table", "Sheet"],
      ["b-1", "CampaignPrices", "Prices"],
    ]);
  }, 180_000);

  it("saved again by LibreOffice, the file opens with the same cells and tables (very hidden becomes hidden)", async () => {
    const out = path.join(dir, "xlsx");
    soffice(dir, "xlsx:Calc Office Open XML", file, out);
    const reopened = createExcelSim(await xlsxToWorkbook(fs.readFileSync(path.join(out, "campaign.xlsx"))));
    // Calc has no "very hidden": it keeps the sheet hidden, but a person could now unhide it (LibreOffice 7.4).
    expect(reopened.sheetVisibilities()).toEqual([
      { name: "Sheet1", visibility: "Visible" },
      { name: "Prices", visibility: "Visible" },
      { name: "CampaignDesk Bindings", visibility: "Hidden" },
    ]);
    expect(reopened.tables()).toEqual(sim.tables());
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < HEADER.length; c++) {
        const before = sim.cell("Prices", r, c);
        expect([r, c, reopened.cell("Prices", r, c).value]).toEqual([r, c, before.value]);
        expect([r, c, reopened.cell("Prices", r, c).numberFormat]).toEqual([r, c, before.numberFormat]);
      }
    }
    expect(reopened.cell("Prices", 2, 1)).toMatchObject({ value: '=HYPERLINK("x")', formula: "" });
    expect(reopened.isColumnHidden("Prices", 5)).toBe(true);
    expect(reopened.validationAt("Prices", 4, 0)).toEqual(sim.validationAt("Prices", 4, 0));
    expect(reopened.conditionalStyleAt("Prices", 2, 4)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(reopened.conditionalStyleAt("Prices", 1, 4)).toBeNull();
    expect(reopened.cell("CampaignDesk Bindings", 1, 1).value).toBe("CampaignPrices");
    expect(reopened.activeSheet()).toBe("Prices");
  }, 180_000);
});
