/** The sim's own promises (test hooks, person actions, bookkeeping) beyond the Excel contracts in test/contracts. */
import { createExcelSim, type ExcelSim } from "./index";

async function write(sim: ExcelSim, address: string, values: (string | number | boolean)[][]): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
    await context.sync();
  });
}

describe("excel-sim test hooks", () => {
  it("failNextSync rejects the next sync with that code and applies nothing", async () => {
    const sim = createExcelSim();
    sim.failNextSync("GeneralException");
    await expect(write(sim, "A1", [["x"]])).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.cell("Sheet1", 0, 0).value).toBe("");
    await write(sim, "A1", [["y"]]);
    expect(sim.cell("Sheet1", 0, 0).value).toBe("y");
  });

  it("a failing operation stops the batch; operations before it stay applied", async () => {
    const sim = createExcelSim();
    const attempt = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["before"]];
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["never"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.cell("Sheet1", 0, 0).value).toBe("before");
  });

  it("run syncs work still queued when the batch returns", async () => {
    const sim = createExcelSim();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["queued"]];
    });
    expect(sim.cell("Sheet1", 1, 1).value).toBe("queued");
    expect(sim.counters().syncs).toBe(1);
  });

  it("objects of a finished run cannot queue more work", async () => {
    const sim = createExcelSim();
    const range = await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  it("subscribers hear add-in syncs and person edits synchronously", async () => {
    const sim = createExcelSim();
    let calls = 0;
    const off = sim.subscribe(() => calls++);
    await write(sim, "A1", [[1]]);
    expect(calls).toBe(1);
    sim.userEdit("Sheet1", 0, 0, [["2"]]);
    expect(calls).toBe(2);
    off();
    sim.userEdit("Sheet1", 0, 0, [["3"]]);
    expect(calls).toBe(2);
  });

  it("counts calculation suspensions and payload bytes", async () => {
    const sim = createExcelSim();
    await sim.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
    });
    const counters = sim.counters();
    expect(counters.calculationSuspensions).toBe(1);
    expect(counters.bytesSent).toBeGreaterThan(0);
    expect(counters.bytesReceived).toBeGreaterThan(0);
    sim.resetCounters();
    expect(sim.counters().syncs).toBe(0);
  });
});

describe("excel-sim person actions", () => {
  it("typed text is read like Excel's General format", () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["1,234.5", "50%", "2024-01-31", "'007", "-x", "false", " text "]]);
    const cells = [0, 1, 2, 3, 4, 5, 6].map((c) => sim.cell("Sheet1", 0, c));
    expect(cells.map((c) => c.value)).toEqual([1234.5, 0.5, 45322, "007", "#NAME?", false, " text "]);
    expect(cells[2]?.numberFormat).toBe("yyyy-mm-dd");
    expect(cells[4]?.formula).toBe("=-x");
  });

  it("inserting rows inside a table grows it, copies formats from above and raises RowInserted", async () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["Code"], ["a"], ["b"]]);
    sim.addTableAsUser("Sheet1", "A1:A3", true);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").numberFormat = [["@"], ["@"]];
      await context.sync();
    });
    const seen: string[] = [];
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Table1").onChanged.add(async (args) => {
        seen.push(`${args.changeType} ${args.address}`);
      });
      await context.sync();
    });
    sim.userInsertRows("Sheet1", 2, 2);
    sim.userDeleteRows("Sheet1", 1, 1);
    await sim.flushEvents();
    // header 0, a 1, b 2 → insert 2 rows at 2 (bottom 4) → delete row 1 ("a"): inserted rows at 1–2, "b" at 3.
    expect(sim.tables()[0]?.bottom).toBe(3);
    expect([1, 2].map((r) => sim.cell("Sheet1", r, 0).numberFormat)).toEqual(["@", "@"]);
    expect(sim.cell("Sheet1", 3, 0).value).toBe("b");
    expect(seen).toEqual(["RowInserted A3:A4", "RowDeleted A2"]);
  });

  it("handlers on a deleted table or sheet stay registered but never fire", async () => {
    const sim = createExcelSim();
    sim.addSheet("Other");
    sim.addTableAsUser("Sheet1", "A1:B2", true);
    let fired = 0;
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Table1").onChanged.add(async () => {
        fired++;
      });
      context.workbook.worksheets.getItem("Other").onChanged.add(async () => {
        fired++;
      });
      await context.sync();
    });
    sim.userDeleteTable("Table1");
    sim.userDeleteSheet("Other");
    sim.userEdit("Sheet1", 1, 0, [["x"]]);
    await sim.flushEvents();
    expect(fired).toBe(0);
    expect(sim.cell("Sheet1", 0, 0).value).toBe("");
    expect(sim.sheetNames()).toEqual(["Sheet1"]);
  });

  it("a co-author's edit is reported with source Remote", async () => {
    const sim = createExcelSim();
    const sources: string[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        sources.push(args.source);
      });
      await context.sync();
    });
    sim.coauthorEdit("Sheet1", 0, 0, [["hi"]]);
    await sim.flushEvents();
    expect(sources).toEqual(["Remote"]);
  });

  it("tables.add without headers inserts a header row above the data", async () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [
      ["a", "1"],
      ["b", "2"],
    ]);
    sim.addTableAsUser("Sheet1", "A1:B2", false);
    expect(sim.tables()[0]).toMatchObject({ top: 0, bottom: 2 });
    expect([sim.cell("Sheet1", 0, 0).value, sim.cell("Sheet1", 1, 0).value]).toEqual(["Column1", "a"]);
  });

  it("typing in the column right of a table adds a column with a default caption", () => {
    const sim = createExcelSim();
    sim.userEdit("Sheet1", 0, 0, [["Code"], ["a"]]);
    sim.addTableAsUser("Sheet1", "A1:A2", true);
    sim.userEdit("Sheet1", 1, 1, [["extra"]]);
    expect(sim.tables()[0]?.right).toBe(1);
    expect(sim.cell("Sheet1", 0, 1).value).toBe("Column1");
  });

  it("save() is JSON-serialisable and restores to an identical save", async () => {
    const sim = createExcelSim();
    sim.addSheet("Two");
    sim.userEdit("Two", 3, 2, [["=SUM(A1)", "x"]]);
    sim.addTableAsUser("Two", "E1:F1", true);
    sim.userDeleteSheet("Sheet1");
    const saved = sim.save();
    const copy = createExcelSim(JSON.parse(JSON.stringify(saved)));
    expect(copy.save()).toEqual(saved);
    expect(copy.cell("Two", 3, 2).formula).toBe("=SUM(A1)");
    copy.addSheet("Three");
    const ids = await copy.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      await context.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(new Set(ids).size).toBe(2);
  });
});
