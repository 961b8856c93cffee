/**
 * The Excel adapter (src/workbook) over the simulator: the same code that runs in Excel, driven through
 * `sim.run`, with a person's actions through the sim's user API.
 */
import { createExcelSim } from "../../dev/excel-sim";
import type { ExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook, SheetNotEmptyError } from "../../src/workbook";
import type { CellValue, ExcelRun, TableChange, TableSpec, WorkbookPort } from "../../src/workbook";

const SMALL_LIMIT = 200 * 1024;

const spec: TableSpec = {
  sheetName: "Campaigns",
  tableName: "tblCampaigns",
  columns: [
    { caption: "No.", numberFormat: "@", width: 12 },
    { caption: "Description", numberFormat: "@", width: 40 },
    { caption: "Starting Date", numberFormat: "yyyy-mm-dd" },
    { caption: "Amount", numberFormat: "General" },
    { caption: "Row Id", numberFormat: "@", hidden: true },
  ],
};

function setup(payloadLimitBytes?: number): { sim: ExcelSim; port: WorkbookPort } {
  const options = payloadLimitBytes === undefined ? undefined : { payloadLimitBytes };
  const sim = createExcelSim(undefined, options);
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun, options ?? {});
  return { sim, port };
}

/** n rows × 12 columns of mixed text, numbers and booleans (about 100 bytes of JSON per row). */
function bigRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `CP${String(i).padStart(6, "0")}`,
    `Campaign number ${i}`,
    45000 + (i % 365),
    i * 1.5,
    i % 2 === 0,
    `SEG${i % 97}`,
    i % 13,
    `note ${i % 7}`,
    (i * 7) % 1000,
    `R-${i}`,
    i % 3 === 0 ? "yes" : "no",
    i,
  ]);
}

const twelveColumns: TableSpec = {
  sheetName: "Big",
  tableName: "tblBig",
  columns: Array.from({ length: 12 }, (_, i) => ({ caption: `C${i}`, numberFormat: "General" })),
};

/** Syncs the adapter may use for `bytes` of values: one per 80 % of the limit, plus the bookkeeping round trips. */
const syncBound = (bytes: number, limit: number): number => Math.ceil(bytes / (0.8 * limit)) + 2;

async function enableEvents(sim: ExcelSim): Promise<boolean> {
  return sim.run(async (context) => {
    context.runtime.load("enableEvents");
    await context.sync();
    return context.runtime.enableEvents;
  });
}

describe("ensureTable / getTable", () => {
  it("with lines above it, the table starts one blank row below them; the lines are text", async () => {
    const { sim, port } = setup();
    const info = await port.ensureTable({ ...spec, above: [["Segment", "=SEG1"], ["Campaign"]] });
    expect(info.headerRow).toBe(3);
    expect(sim.tables("Campaigns")).toEqual([expect.objectContaining({ name: "tblCampaigns", top: 3, bottom: 4 })]);
    expect([sim.cell("Campaigns", 0, 0).value, sim.cell("Campaigns", 0, 1).value]).toEqual(["Segment", "=SEG1"]);
    expect(sim.cell("Campaigns", 0, 1).formula).toBe(""); // text, not a formula
    await port.writeSheetText("Campaigns", 1, 1, [["CP0003"]]);
    expect(sim.cell("Campaigns", 1, 1).value).toBe("CP0003");
    expect(sim.cell("Campaigns", 3, 0).value).toBe(spec.columns[0]!.caption);
  });

  it("creates the sheet and a table at A1 with captions, body formats, hidden columns and widths", async () => {
    const { sim, port } = setup();
    const info = await port.ensureTable(spec);
    expect(info).toEqual({
      tableName: "tblCampaigns",
      sheetName: "Campaigns",
      header: spec.columns.map((c) => c.caption),
      headerRow: 0,
      rowCount: 1,
    });
    expect(sim.sheetNames()).toContain("Campaigns");
    expect(sim.tables("Campaigns")).toEqual([
      expect.objectContaining({ name: "tblCampaigns", top: 0, left: 0, bottom: 1, right: 4 }),
    ]);
    expect(spec.columns.map((_, c) => sim.cell("Campaigns", 1, c).numberFormat)).toEqual(
      spec.columns.map((c) => c.numberFormat),
    );
    expect(sim.isColumnHidden("Campaigns", 4)).toBe(true);
    expect(sim.isColumnHidden("Campaigns", 0)).toBe(false);
    expect(sim.columnWidth("Campaigns", 1)).toBeGreaterThan(sim.columnWidth("Campaigns", 0));
  });

  it("adopts an existing table of that name without touching its header", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    sim.userEdit("Campaigns", 0, 1, [["Beskrivelse"]]);
    const adopted = await port.ensureTable(spec);
    expect(adopted.header[1]).toBe("Beskrivelse");
    expect(sim.tables()).toHaveLength(1);
  });

  it("creates the table on an existing empty sheet, but never writes a header over a person's cells", async () => {
    const { sim, port } = setup();
    sim.addSheet("Campaigns");
    await expect(port.ensureTable(spec)).resolves.toMatchObject({ sheetName: "Campaigns" });
    sim.addSheet("Other");
    sim.userEdit("Other", 0, 0, [["my own notes"]]);
    await expect(port.ensureTable({ ...spec, sheetName: "Other", tableName: "tblOther" })).rejects.toBeInstanceOf(
      SheetNotEmptyError,
    );
    expect(sim.cell("Other", 0, 0).value).toBe("my own notes");
  });

  it("getTable is null when the table or its sheet is gone", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.ensureTable({ ...spec, sheetName: "Prices", tableName: "tblPrices" });
    expect(await port.getTable("tblCampaigns")).not.toBeNull();
    sim.userDeleteTable("tblCampaigns");
    expect(await port.getTable("tblCampaigns")).toBeNull();
    sim.userDeleteSheet("Prices");
    expect(await port.getTable("tblPrices")).toBeNull();
    expect(await port.getTable("neverExisted")).toBeNull();
  });
});

describe("readBody / writeCells chunking", () => {
  it("writes and reads 30,000 × 12 cells in payload-sized chunks, one sync each", async () => {
    const { sim, port } = setup(SMALL_LIMIT);
    await port.ensureTable(twelveColumns);
    const rows = bigRows(30_000);
    const bytes = JSON.stringify(rows).length;

    // PS11: each string goes into a Text ("@") cell, so the write carries a number format (`["@"],`) per string cell.
    const textCells = rows.flat().filter((v) => typeof v === "string" && v !== "").length;
    const writeBytes = bytes + textCells * '["@"],'.length;

    let before = port.stats().syncs;
    await port.writeCells("tblBig", [{ rowIndex: 0, colIndex: 0, values: rows }]);
    const writeSyncs = port.stats().syncs - before;
    expect(writeSyncs).toBeGreaterThan(1);
    expect(writeSyncs).toBeLessThanOrEqual(syncBound(writeBytes, SMALL_LIMIT));
    expect(sim.counters().largestRequest).toBeLessThanOrEqual(SMALL_LIMIT);
    expect((await port.getTable("tblBig"))?.rowCount).toBe(30_000);

    const progress: number[] = [];
    before = port.stats().syncs;
    const read = await port.readBody("tblBig", (p) => progress.push(p.rowsRead));
    const readSyncs = port.stats().syncs - before;
    expect(read).toEqual(rows);
    expect(readSyncs).toBeGreaterThan(1);
    expect(readSyncs).toBeLessThanOrEqual(syncBound(bytes, SMALL_LIMIT));
    expect(sim.counters().largestResponse).toBeLessThanOrEqual(SMALL_LIMIT);
    expect(progress).toHaveLength(readSyncs);
    expect(progress[progress.length - 1]).toBe(30_000);
    expect(port.stats().bytesReceived).toBeGreaterThanOrEqual(bytes);
  });

  it("a new table's blank body row comes back as blanks", async () => {
    const { port } = setup();
    await port.ensureTable(spec);
    expect(await port.readBody("tblCampaigns")).toEqual([["", "", "", "", ""]]);
  });

  it("blocks below the body grow the table, and the new rows keep text columns text", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["CP1", "First", 45000, 10, "r1"]] }]);
    await port.writeCells("tblCampaigns", [
      { rowIndex: 1, colIndex: 0, values: [["00123", "TRUE", 45001, 2.5, "0004"]] },
      { rowIndex: 2, colIndex: 3, values: [[7]] },
    ]);
    expect(sim.tables("Campaigns")[0]?.bottom).toBe(3);
    expect(await port.readBody("tblCampaigns")).toEqual([
      ["CP1", "First", 45000, 10, "r1"],
      ["00123", "TRUE", 45001, 2.5, "0004"],
      ["", "", "", 7, ""],
    ]);
    expect(sim.cell("Campaigns", 2, 2).numberFormat).toBe("yyyy-mm-dd");
  });

  it("a shared text like =HYPERLINK(...) stays literal text, never a formula", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    const link = '=HYPERLINK("https://example.com","site")';
    // Column 3 is General: without the text format the sim (like Excel) would store a formula.
    await port.writeCells("tblCampaigns", [
      { rowIndex: 0, colIndex: 0, values: [["CP1", link, 45000, link, "r1"]] },
      { rowIndex: 1, colIndex: 3, values: [["=1+1"]] },
    ]);
    expect(sim.cell("Campaigns", 1, 3).formula).toBe("");
    expect(sim.cell("Campaigns", 2, 3).formula).toBe("");
    const body = await port.readBody("tblCampaigns");
    expect(body[0]?.[1]).toBe(link);
    expect(body[0]?.[3]).toBe(link);
    expect(body[1]?.[3]).toBe("=1+1");
  });

  it("fills set and clear cell colours", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.writeCells(
      "tblCampaigns",
      [
        {
          rowIndex: 0,
          colIndex: 0,
          values: [
            ["a", "b", 1, 2, "r"],
            ["c", "d", 3, 4, "s"],
          ],
        },
      ],
      [
        { rowIndex: 0, colIndex: 1, color: "#FFC7CE" },
        { rowIndex: 1, colIndex: 1, color: "#FFC7CE" },
      ],
    );
    expect(sim.cell("Campaigns", 1, 1).fill).toBe("#FFC7CE");
    expect(sim.cell("Campaigns", 2, 1).fill).toBe("#FFC7CE");
    await port.writeCells("tblCampaigns", [], [{ rowIndex: 0, colIndex: 1, color: null }]);
    expect(sim.cell("Campaigns", 1, 1).fill).toBeNull();
    expect(sim.cell("Campaigns", 2, 1).fill).toBe("#FFC7CE");
  });

  it("rejects a block that would leave a gap below the table, writing nothing", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await expect(
      port.writeCells("tblCampaigns", [{ rowIndex: 3, colIndex: 0, values: [["x", "", 0, 0, ""]] }]),
    ).rejects.toThrow(RangeError);
    expect(sim.cell("Campaigns", 4, 0).value).toBe("");
    expect(await enableEvents(sim)).toBe(true);
  });
});

describe("payload errors and cancellation", () => {
  it("a write retries in smaller pieces after RequestPayloadSizeLimitExceeded", async () => {
    const { sim, port } = setup(SMALL_LIMIT);
    await port.ensureTable(twelveColumns);
    const rows = bigRows(3_000);
    // The first sync of writeCells reads the table; fail the one after it (the first write).
    const { run, failSync } = countingRun(sim);
    const flaky = createExcelWorkbook(run, { payloadLimitBytes: SMALL_LIMIT });
    failSync(2, "RequestPayloadSizeLimitExceeded");
    await flaky.writeCells("tblBig", [{ rowIndex: 0, colIndex: 0, values: rows }]);
    expect(await port.readBody("tblBig")).toEqual(rows);
    expect(await enableEvents(sim)).toBe(true);
  });

  it("a read retries with half the chunk after a payload error", async () => {
    const { sim, port } = setup(SMALL_LIMIT);
    await port.ensureTable(twelveColumns);
    const rows = bigRows(3_000);
    await port.writeCells("tblBig", [{ rowIndex: 0, colIndex: 0, values: rows }]);
    const cleanBefore = port.stats().syncs;
    await port.readBody("tblBig");
    const cleanSyncs = port.stats().syncs - cleanBefore;
    const before = port.stats().syncs;
    sim.failNextSync("ResponsePayloadSizeLimitExceeded");
    expect(await port.readBody("tblBig")).toEqual(rows);
    expect(port.stats().syncs - before).toBeGreaterThan(cleanSyncs);
  });

  it("a failed write restores enableEvents and reports the write's error", async () => {
    const { sim } = setup();
    const { run, failSync } = countingRun(sim);
    const port = createExcelWorkbook(run);
    await port.ensureTable(spec);
    failSync(2, "InvalidArgument");
    await expect(
      port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["a", "b", 1, 2, "r"]] }]),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await enableEvents(sim)).toBe(true);
  });

  it("aborting between chunks rejects with an AbortError and stops reading", async () => {
    const { port } = setup(SMALL_LIMIT);
    await port.ensureTable(twelveColumns);
    await port.writeCells("tblBig", [{ rowIndex: 0, colIndex: 0, values: bigRows(10_000) }]);
    const controller = new AbortController();
    const seen: number[] = [];
    const before = port.stats().syncs;
    const reading = port.readBody(
      "tblBig",
      (p) => {
        seen.push(p.rowsRead);
        if (seen.length === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(port.stats().syncs - before).toBe(2);
    expect(seen[1]).toBeLessThan(10_000);
  });
});

describe("events, selection, metadata", () => {
  it("our own writes reach no listener; a person's edit does, until unsubscribed", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    const changes: TableChange[] = [];
    const unsubscribe = await port.onTableChanged("tblCampaigns", (c) => changes.push(c));

    await port.writeCells("tblCampaigns", [
      {
        rowIndex: 0,
        colIndex: 0,
        values: [
          ["CP1", "x", 1, 2, "r"],
          ["CP2", "y", 3, 4, "s"],
        ],
      },
    ]);
    await sim.flushEvents();
    expect(changes).toEqual([]);
    expect(await enableEvents(sim)).toBe(true);

    sim.userEdit("Campaigns", 2, 1, [["edited"]]);
    await sim.flushEvents();
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect(changes[0]).toMatchObject({ tableName: "tblCampaigns", source: "local" });
    expect(changes[0]?.address).toContain("B3");

    sim.coauthorEdit("Campaigns", 1, 1, [["theirs"]]);
    await sim.flushEvents();
    expect(changes[changes.length - 1]?.source).toBe("remote");

    await unsubscribe();
    const count = changes.length;
    sim.userEdit("Campaigns", 1, 1, [["again"]]);
    await sim.flushEvents();
    expect(changes).toHaveLength(count);
    expect(sim.handlerErrors()).toEqual([]);
  });

  it("selectCell activates the table's sheet and selects the body cell", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    sim.setActiveSheet("Sheet1");
    await port.selectCell("tblCampaigns", 0, 2);
    expect(sim.activeSheet()).toBe("Campaigns");
    expect(sim.selection()).toEqual({ sheetName: "Campaigns", row: 1, col: 2 });
  });

  it("[XL11] showTable activates the sheet and selects the first of the blank rows at the end of the body", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.writeCells("tblCampaigns", [
      {
        rowIndex: 0,
        colIndex: 0,
        values: [
          ["CP1", "a", 1, 2, "r1"],
          ["CP2", "b", 3, 4, "r2"],
        ],
      },
    ]);
    sim.addTableAsUser("Sheet1", "A1:A2", true); // another sheet active
    sim.userEdit("Campaigns", 3, 0, [["x"]]); // the table grows by a row…
    sim.userEdit("Campaigns", 3, 0, [[""]]); // …that is blank again
    sim.setActiveSheet("Sheet1");
    expect(await port.showTable("tblCampaigns")).toBe("shown");
    expect(sim.selection()).toEqual({ sheetName: "Campaigns", row: 3, col: 0 });
  });

  it("metadata round-trips through workbook settings, and a missing key reads as null", async () => {
    const { sim, port } = setup();
    expect(await port.readMetadata("campaignDesk.bindings")).toBeNull();
    const value = JSON.stringify({ version: 1, tables: { tblCampaigns: "campaign" } });
    await port.writeMetadata("campaignDesk.bindings", value);
    expect(await port.readMetadata("campaignDesk.bindings")).toBe(value);
    expect(sim.save().settings["campaignDesk.bindings"]).toBe(value);
  });

  it("stats count every sync the adapter makes", async () => {
    const { sim, port } = setup();
    sim.resetCounters();
    await port.ensureTable(spec);
    await port.readBody("tblCampaigns");
    await port.writeMetadata("k", "v");
    expect(port.stats().syncs).toBe(sim.counters().syncs);
    expect(port.stats().bytesSent).toBeGreaterThan(0);
  });
});

/** `sim.run` whose N-th sync (counted from the call of failSync) is made to fail with `code`. */
function countingRun(sim: ExcelSim): { run: ExcelRun; failSync: (nth: number, code: string) => void } {
  let countdown = 0;
  let failCode = "";
  const batchWithCountedSync =
    <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    (context: unknown): Promise<T> => {
      const ctx = context as { sync: () => Promise<void> };
      const sync = ctx.sync.bind(ctx);
      ctx.sync = () => {
        countdown -= 1;
        if (countdown === 0) sim.failNextSync(failCode);
        return sync();
      };
      return batch(context as Excel.RequestContext);
    };
  const run = ((first: unknown, second?: unknown) => {
    const simRun = sim.run as unknown as (a: unknown, b?: unknown) => Promise<unknown>;
    if (typeof first === "function") return simRun(batchWithCountedSync(first as never));
    return simRun(first, batchWithCountedSync(second as never));
  }) as unknown as ExcelRun;
  return {
    run,
    failSync: (nth, code) => {
      countdown = nth;
      failCode = code;
    },
  };
}

describe("readTable and the write after it", () => {
  it("reads header and body in one sync once the row size is known, and gives null for a deleted table", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    const rows = Array.from({ length: 2000 }, (_, i) => [`CP${i}`, `Campaign ${i}`, 45000, i, ""] as CellValue[]);
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: rows }]);
    await port.readTable(spec.tableName); // learns the row size
    const before = sim.counters().syncs;
    const read = await port.readTable(spec.tableName);
    expect(sim.counters().syncs - before).toBe(1);
    expect(read?.info.header).toEqual(spec.columns.map((c) => c.caption));
    expect(read?.body.length).toBe(2000);
    expect(read?.body[1999]?.[0]).toBe("CP1999");
    sim.userDeleteTable(spec.tableName);
    expect(await port.readTable(spec.tableName)).toBeNull();
  });

  it("the write right after a read needs no extra round trip for the body's shape; a person's edit in between drops it", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    await port.readTable(spec.tableName);
    const before = sim.counters().syncs;
    await port.writeCells(spec.tableName, [{ rowIndex: 0, colIndex: 0, values: [["CP1", "a", 45000, 1, ""]] }]);
    expect(sim.counters().syncs - before).toBe(2); // the write, then events back on
    let heard = 0;
    await port.onTableChanged(spec.tableName, () => heard++);
    sim.userEdit(spec.sheetName, 2, 0, [["CP2", "typed below"]]);
    await sim.flushEvents();
    expect(heard).toBe(1); // the table's event; its sheet's, overlapping it, is its twin (SP21)
    const mid = sim.counters().syncs;
    await port.writeCells(spec.tableName, [
      { rowIndex: 2, colIndex: 0, values: [["CP3", "after the edit", 45000, 3, ""]] },
    ]);
    expect(sim.counters().syncs - mid).toBe(3); // the shape is measured again first
    const body = await port.readBody(spec.tableName);
    expect(body.map((r) => r[0])).toEqual(["CP1", "CP2", "CP3"]);
  });
});
