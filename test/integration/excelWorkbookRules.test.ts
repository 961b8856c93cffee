/**
 * The Excel adapter's column rules (list validation, status formats) and number-format reads, over the simulator:
 * rules are set on create and on adoption in a fixed number of round trips, formats ride along with the values.
 */
import { createExcelSim } from "../../dev/excel-sim";
import type { ExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook, STATUS_COLORS } from "../../src/workbook";
import type { CellValue, ExcelRun, TableRead, TableSpec, WorkbookPort } from "../../src/workbook";

const SMALL_LIMIT = 200 * 1024;
const ITEM_LIST = '=INDIRECT("tblItems[No.]")';
const UNIT_LIST = '=INDIRECT("tblUnits[Code]")';
const ERROR = "⛔";
const WARNING = "⚠";

/** Sales prices: item and unit with drop-downs, a percent discount, a status column, a hidden row id. */
const spec: TableSpec = {
  sheetName: "Prices",
  tableName: "tblPrices",
  columns: [
    { caption: "Item No.", numberFormat: "@", list: ITEM_LIST },
    { caption: "Unit", numberFormat: "@", list: UNIT_LIST },
    { caption: "Unit Price", numberFormat: "0.00" },
    { caption: "Discount %", numberFormat: "General" },
    { caption: "Status", numberFormat: "@" },
    { caption: "Row Id", numberFormat: "@", hidden: true },
  ],
  statusColumn: { index: 4, errorText: ERROR, warningText: WARNING },
};
const plainSpec: TableSpec = {
  ...spec,
  columns: spec.columns.map(({ list: _list, ...c }) => c),
  statusColumn: undefined,
};

function setup(payloadLimitBytes?: number): { sim: ExcelSim; port: WorkbookPort } {
  const options = payloadLimitBytes === undefined ? undefined : { payloadLimitBytes };
  const sim = createExcelSim(undefined, options);
  return { sim, port: createExcelWorkbook(sim.run as unknown as ExcelRun, options ?? {}) };
}

function rows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `I${i}`,
    "PCS",
    i * 1.25,
    (i % 20) / 100,
    i % 7 === 0 ? `${ERROR} price below cost` : i % 5 === 0 ? `${WARNING} no unit` : "",
    `r${i}`,
  ]);
}

async function syncsOf(port: WorkbookPort, action: () => Promise<unknown>): Promise<number> {
  const before = port.stats().syncs;
  await action();
  return port.stats().syncs - before;
}

describe("column rules on ensureTable", () => {
  it("a new table gets list validation and status formats in the same round trips as one without", async () => {
    const { sim, port } = setup();
    const withRules = await syncsOf(port, () => port.ensureTable(spec));
    const without = await syncsOf(port, () => port.ensureTable({ ...plainSpec, sheetName: "P2", tableName: "tblP2" }));
    expect(withRules).toBe(without);
    expect(sim.validationAt("Prices", 1, 0)).toMatchObject({
      type: "List",
      list: { inCellDropDown: true, source: ITEM_LIST },
      errorAlert: { showAlert: true, style: "Information" },
    });
    expect(sim.validationAt("Prices", 1, 1)?.list?.source).toBe(UNIT_LIST);
    expect(sim.validationAt("Prices", 1, 2)).toBeNull();
    expect(sim.validationAt("Prices", 0, 0)).toBeNull(); // the header has no drop-down
    const formats = sim.conditionalFormatsOn("Prices", "E2");
    expect(formats.map((f) => [f.rule?.text, f.fill, f.fontColor])).toEqual([
      [ERROR, STATUS_COLORS.error.fill, STATUS_COLORS.error.font],
      [WARNING, STATUS_COLORS.warning.fill, STATUS_COLORS.warning.font],
    ]);
    expect(sim.conditionalFormatsOn("Prices", "A2:D2")).toEqual([]);
  });

  it("rows written later carry the rules, and the status colours follow the marker text", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    const data = rows(50);
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: data }]);
    expect(sim.validationAt("Prices", 50, 0)?.list?.source).toBe(ITEM_LIST);
    expect(sim.conditionalStyleAt("Prices", 1, 4)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sim.conditionalStyleAt("Prices", 6, 4)).toEqual({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(sim.conditionalStyleAt("Prices", 2, 4)).toBeNull();
    expect(sim.conditionalFormatsOn("Prices", "E2:E51").every((f) => f.appliesTo.join() === "E2:E51")).toBe(true);
  });

  it("adopting a table re-applies its rules by caption, in the same number of syncs for 10 or 3,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 3_000]) {
      const { sim, port } = setup(SMALL_LIMIT);
      await port.ensureTable(spec);
      await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: rows(n) }]);
      await sim.run(async (context) => {
        const body = context.workbook.tables.getItem(spec.tableName).getDataBodyRange();
        body.dataValidation.clear();
        body.conditionalFormats.clearAll();
        await context.sync();
      });
      sim.userEdit("Prices", 0, 1, [["Enhed"]]); // a person renamed the Unit column
      const fresh = createExcelWorkbook(sim.run as unknown as ExcelRun, { payloadLimitBytes: SMALL_LIMIT });
      counts.push(await syncsOf(fresh, () => fresh.ensureTable(spec)));
      expect(sim.validationAt("Prices", n, 0)?.list?.source).toBe(ITEM_LIST);
      expect(sim.validationAt("Prices", n, 1)).toBeNull();
      expect(sim.conditionalFormatsOn("Prices", `E2:E${n + 1}`).map((f) => f.appliesTo)).toEqual([
        [`E2:E${n + 1}`],
        [`E2:E${n + 1}`],
      ]);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("adopting twice leaves one set of formats (re-applying replaces)", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.ensureTable(spec);
    await port.ensureTable(spec);
    expect(sim.conditionalFormatsOn("Prices", "E:E")).toHaveLength(2);
  });

  it("writes cost the same syncs with rules as without, and '=cmd' text stays text in a list column", async () => {
    const counts: number[] = [];
    for (const s of [spec, plainSpec]) {
      const { sim, port } = setup(SMALL_LIMIT);
      await port.ensureTable(s);
      const data = rows(4_000);
      data[3] = ["=cmd|' /C calc'!A0", "=1+1", 1, 0.1, '=HYPERLINK("x")', "r3"];
      counts.push(
        await syncsOf(port, () => port.writeCells(s.tableName, [{ rowIndex: 0, colIndex: 0, values: data }])),
      );
      expect([0, 1, 4].map((c) => sim.cell("Prices", 4, c).formula)).toEqual(["", "", ""]);
      expect(sim.cell("Prices", 4, 0).value).toBe("=cmd|' /C calc'!A0");
      expect(sim.cell("Prices", 4, 3).value).toBe(0.1);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("readTable with formatColumns", () => {
  it("returns each row's number format for the chosen columns, with no extra sync", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: rows(20) }]);
    sim.userEdit("Prices", 2, 3, [["15%"]]); // a person types a percentage into the General column
    await port.readTable(spec.tableName); // learns the row size
    const plain = await syncsOf(port, () => port.readTable(spec.tableName));
    let result: TableRead | null = null;
    const withFormats = await syncsOf(port, async () => {
      result = await port.readTable(spec.tableName, undefined, undefined, { formatColumns: [3, 2] });
    });
    expect(withFormats).toBe(plain);
    if (!result) throw new Error("the table was not read");
    const { body, formats } = result as TableRead;
    expect(body[1]?.[3]).toBe(0.15);
    expect([...formats.keys()].sort()).toEqual([2, 3]);
    expect(formats.get(3)?.[1]).toBe("0%");
    expect(formats.get(3)?.filter((f) => f === "General")).toHaveLength(19);
    expect(formats.get(2)).toEqual(Array.from({ length: 20 }, () => "0.00"));
    expect((await port.readTable(spec.tableName))?.formats.size).toBe(0);
  });

  it("a chunked read keeps formats aligned with rows and every response within the limit", async () => {
    const { sim, port } = setup(SMALL_LIMIT);
    await port.ensureTable(spec);
    const data = rows(6_000);
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: data }]);
    sim.userEdit("Prices", 5_000, 3, [["7%"]]);
    sim.resetCounters();
    const before = port.stats().bytesReceived;
    const read = await port.readTable(spec.tableName, undefined, undefined, { formatColumns: [3, 99] });
    expect(sim.counters().syncs).toBeGreaterThan(1);
    expect(sim.counters().largestResponse).toBeLessThanOrEqual(SMALL_LIMIT);
    const formats = read?.formats.get(3) ?? [];
    expect(formats).toHaveLength(6_000);
    expect(formats[4_999]).toBe("0%");
    expect(read?.body[4_999]?.[3]).toBe(0.07);
    expect(read?.formats.has(99)).toBe(false); // beyond the table
    const formatBytes = JSON.stringify(formats).length;
    expect(port.stats().bytesReceived - before).toBeGreaterThanOrEqual(JSON.stringify(data).length + formatBytes);
  });

  describe("given as a function of the header (columns a person may have moved)", () => {
    /** The column captioned "Discount %", wherever it is now. */
    const discountColumn = (header: string[]) => header.flatMap((caption, i) => (caption === "Discount %" ? [i] : []));

    async function pricesWithPercent(port: WorkbookPort, sim: ExcelSim): Promise<void> {
      await port.ensureTable(spec);
      await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: rows(300) }]);
      sim.userEdit("Prices", 250, 3, [["9%"]]);
    }

    it("costs no extra sync when the header is as last seen, and none on a first read", async () => {
      const { sim, port } = setup();
      await pricesWithPercent(port, sim);
      await port.readTable(spec.tableName);
      const plain = await syncsOf(port, () => port.readTable(spec.tableName));
      let result: TableRead | null = null;
      const withFormats = await syncsOf(port, async () => {
        result = await port.readTable(spec.tableName, undefined, undefined, { formatColumns: discountColumn });
      });
      expect(withFormats).toBe(plain);
      expect((result as TableRead | null)?.formats.get(3)?.[249]).toBe("0%");

      // A fresh adapter has seen no header: its first chunk loads every column's formats, then only the wanted one.
      const fresh = () => createExcelWorkbook(sim.run as unknown as ExcelRun);
      const first = fresh();
      const plainFirst = await syncsOf(first, () => first.readTable(spec.tableName));
      const second = fresh();
      let firstRead: TableRead | null = null;
      const formatsFirst = await syncsOf(second, async () => {
        firstRead = await second.readTable(spec.tableName, undefined, undefined, { formatColumns: discountColumn });
      });
      expect(formatsFirst).toBe(plainFirst);
      const got = (firstRead as TableRead | null)?.formats;
      expect([...(got?.keys() ?? [])]).toEqual([3]);
      expect(got?.get(3)).toHaveLength(300);
      expect(got?.get(3)?.[249]).toBe("0%");
    });

    it("follows a moved column: formats of the column now there, at most one sync more", async () => {
      const { sim, port } = setup();
      await pricesWithPercent(port, sim);
      await port.readTable(spec.tableName);
      const plain = await syncsOf(port, () => port.readTable(spec.tableName));
      // A person swaps the captions of Unit Price and Discount %: the percent column is now index 2.
      sim.userEdit("Prices", 0, 2, [["Discount %", "Unit Price"]]);
      let result: TableRead | null = null;
      const syncs = await syncsOf(port, async () => {
        result = await port.readTable(spec.tableName, undefined, undefined, { formatColumns: discountColumn });
      });
      expect(syncs).toBeLessThanOrEqual(plain + 1);
      const formats = (result as TableRead | null)?.formats;
      expect([...(formats?.keys() ?? [])]).toEqual([2]);
      expect(formats?.get(2)).toHaveLength(300);
      // Column 2 holds the old Unit Price cells ("0.00"); the typed "9%" (row 250) stays in column 3, not read.
      expect(formats?.get(2)).toEqual(Array.from({ length: 300 }, () => "0.00"));
    });
  });
});
