/**
 * Excel's size limits, over the simulator (F3, F4): payloads are sized in UTF-8 bytes, as Excel counts them; a row
 * too wide for one response is read in column parts; a read over the cell limit (RangeExceedsLimit, or null values)
 * is halved and tried again; a write retried after a cached read does not trip over a proxy of the failed batch.
 */
import { createExcelSim } from "../../dev/excel-sim";
import type { ExcelSimOptions } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { CellValue, ExcelRun, TableSpec } from "../../src/workbook";
import { C, makeHarness } from "./engineHarness";

const KB = 1024;

const spec = (columns: number): TableSpec => ({
  sheetName: "Lines",
  tableName: "tblLines",
  columns: Array.from({ length: columns }, (_, i) => ({ caption: `C${i}`, numberFormat: i === 1 ? "0.00" : "@" })),
});

function setup(limit: number, options: ExcelSimOptions = {}) {
  const sim = createExcelSim(undefined, { payloadLimitBytes: limit, ...options });
  const port = () => createExcelWorkbook(sim.run as unknown as ExcelRun, { payloadLimitBytes: limit });
  return { sim, port };
}

/** Rows of CJK and emoji text: 3 UTF-8 bytes per CJK character (1 UTF-16 unit), 4 per emoji (2 units). */
const cjkRows = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [`${"東京都渋谷区".repeat(6)}${i}`, i % 100, `${"😀🎉".repeat(8)}${i}`]);

describe("[F3] payloads are sized in UTF-8 bytes", () => {
  test("3,000 rows of CJK and emoji text are written and read with no request or response over the limit", async () => {
    const limit = 100 * KB;
    const { sim, port } = setup(limit);
    const writer = port();
    await writer.ensureTable(spec(3));
    const rows = cjkRows(3000);
    await writer.writeCells("tblLines", [{ rowIndex: 0, colIndex: 0, values: rows }]);
    expect(sim.counters().largestRequest).toBeLessThanOrEqual(limit);
    const read = await port().readBody("tblLines"); // a fresh adapter: no row size remembered
    expect(read).toEqual(rows);
    expect(sim.counters().largestResponse).toBeLessThanOrEqual(limit);
  });

  test("a single row wider than a response is read in column parts, with its formats", async () => {
    const limit = 64 * KB;
    const { sim, port } = setup(limit);
    const adapter = port();
    await adapter.ensureTable(spec(40));
    const wide = Array.from({ length: 40 }, (_, c) => `${c}:${"中".repeat(1000)}`); // ≈ 120 KB of UTF-8
    const narrow = (i: number) => Array.from({ length: 40 }, (_, c) => `r${i}c${c}`);
    sim.userEdit("Lines", 1, 0, [narrow(0), wide, narrow(2), narrow(3)]);
    const read = await adapter.readTable("tblLines", undefined, undefined, { formatColumns: (h) => [h.indexOf("C1")] });
    expect(read?.body).toEqual([narrow(0), wide, narrow(2), narrow(3)]);
    expect(read?.formats.get(1)).toEqual(["0.00", "0.00", "0.00", "0.00"]);
    expect(read?.info.header[39]).toBe("C39");
  });

  test("a wide first row is read in parts too, with the table's info", async () => {
    const limit = 64 * KB;
    const { sim, port } = setup(limit);
    await port().ensureTable(spec(40));
    const wide = Array.from({ length: 40 }, (_, c) => `${c}:${"😀".repeat(600)}`);
    sim.userEdit("Lines", 1, 0, [wide, ["after"]]);
    const read = await port().readTable("tblLines", undefined, undefined, { formatColumns: (h) => [h.indexOf("C0")] });
    expect(read?.body.map((r) => r[0])).toEqual([wide[0], "after"]);
    expect(read?.body[0]).toEqual(wide);
    expect(read?.formats.get(0)).toEqual(["@", "@"]);
    expect(read?.info.rowCount).toBe(2);
  });
});

describe("[F4] reads over Excel's cell limit are halved and tried again", () => {
  test.each(["error", "null"] as const)(
    "a read over the cell limit (answered with %s) is halved until it fits; every row arrives",
    async (answer) => {
      const { sim, port } = setup(5 * 1024 * KB, { readCellLimit: 2_000, largeRangeReads: answer });
      const adapter = port();
      await adapter.ensureTable(spec(12));
      const rows = Array.from({ length: 3000 }, (_, i) => Array.from({ length: 12 }, (_, c) => `r${i}c${c}`));
      sim.userEdit("Lines", 1, 0, rows);
      expect(await adapter.readBody("tblLines")).toEqual(rows);
    },
  );

  test("a table widened after a read (its row size remembered) is read again in full", async () => {
    const { sim, port } = setup(5 * 1024 * KB, { readCellLimit: 30_000 });
    const adapter = port();
    await adapter.ensureTable(spec(3));
    sim.userEdit(
      "Lines",
      1,
      0,
      Array.from({ length: 5000 }, (_, i) => [`${i}`, "1", "x"]),
    );
    await adapter.readBody("tblLines");
    // The person pastes a wider block: the table grows to 30 columns.
    sim.userEdit(
      "Lines",
      1,
      3,
      Array.from({ length: 5000 }, () => Array.from({ length: 27 }, () => "w")),
    );
    const body = await adapter.readBody("tblLines");
    expect(body).toHaveLength(5000);
    expect(body[4999]).toHaveLength(30);
  });

  test("a write retried on a payload error right after a cached read does not throw InvalidObjectPath", async () => {
    const { sim, port } = setup(5 * 1024 * KB);
    const adapter = port();
    await adapter.ensureTable(spec(3));
    sim.userEdit("Lines", 1, 0, [
      ["a", "1", "x"],
      ["a2", "1", "x2"],
    ]);
    await adapter.readTable("tblLines"); // the body's shape is known: the write needs no round trip to learn it
    sim.failNextSync("RequestPayloadSizeLimitExceeded");
    const values = [
      ["b", 2, "y"],
      ["b2", 3, "y2"],
    ];
    await adapter.writeCells("tblLines", [{ rowIndex: 0, colIndex: 0, values }]);
    expect([sim.cell("Lines", 1, 0).value, sim.cell("Lines", 2, 2).value]).toEqual(["b", "y2"]);
  });
});

describe("[F4] the engine over Excel's cell limit", () => {
  test("a paste whose next read passes the cell limit is stored and checked, not left broken", async () => {
    // 200 cells per read: the campaign table (13 columns) is read 15 rows at a time after the first refusals.
    const h = await makeHarness("en", { sim: { readCellLimit: 200 } });
    await h.bindAll();
    const rows = Array.from({ length: 60 }, (_, i) => [`CP${String(i + 1).padStart(4, "0")}`, `Campaign ${i}`]);
    rows.push(["CP0061", "A bad date", "not a date"]);
    await h.paste("campaign", 0, rows);
    expect(h.engine.getState().error).toBeNull();
    expect(await h.store.loadRows("campaign")).toHaveLength(60);
    expect(h.cell("campaign", 60, C.issues).value).not.toBe("");
    await h.dispose();
  });
});
