/**
 * The adapter's write-back and Excel's undo stack (issue #9, item 3), over the simulator's model of it
 * (test/contracts/excelUndo.test.ts): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { CellValue, ExcelRun } from "../../src/workbook";
import { TWO_COLUMN_SPEC } from "../builders/tableSpecs";

const spec = TWO_COLUMN_SPEC;

/** 300 rows: several payload-sized chunks at a 4 kB limit. */
const rows: CellValue[][] = Array.from({ length: 300 }, (_, i) => [`CP${i}`, `campaign number ${i}`]);

async function setup(excelApi: string) {
  const sim = createExcelSim(undefined, { undo: true, excelApi, payloadLimitBytes: 4000 });
  const seenOptions: unknown[] = [];
  const run = ((first: unknown, second?: unknown) => {
    if (typeof first === "object" && first !== null && typeof second === "function") seenOptions.push({ ...first });
    return (sim.run as unknown as (a: unknown, b?: unknown) => Promise<unknown>)(first, second);
  }) as unknown as ExcelRun;
  const port = createExcelWorkbook(run, { payloadLimitBytes: 4000, isSetSupported: sim.isSetSupported });
  await port.ensureTable(spec);
  await port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["CP-first", "typed before"]] }]);
  return { sim, port, seenOptions };
}

const body = (sim: ExcelSim) => sim.tables("Campaigns")[0];

describe("write-backs and undo", () => {
  it("[XL6] where ExcelApi 1.20 is supported, one Ctrl+Z removes a whole write-back of several chunks", async () => {
    const { sim, port } = await setup("1.20");
    const before = port.stats().syncs;
    await port.writeCells("tblCampaigns", [{ rowIndex: 1, colIndex: 0, values: rows }]);
    const syncs = port.stats().syncs - before;
    sim.userUndo();
    expect({ several: syncs > 3, bottom: body(sim)?.bottom, a2: sim.cell("Campaigns", 2, 0).value }).toEqual({
      several: true,
      bottom: 1,
      a2: "",
    });
    expect(sim.cell("Campaigns", 1, 0).value).toBe("CP-first");
  });

  it("[XL6] on an older host the write runs without mergeUndoGroup (each chunk its own undo step)", async () => {
    const { sim, port, seenOptions } = await setup("1.19");
    seenOptions.length = 0;
    await port.writeCells("tblCampaigns", [{ rowIndex: 1, colIndex: 0, values: rows }]);
    sim.userUndo();
    expect(seenOptions.some((o) => (o as { mergeUndoGroup?: boolean }).mergeUndoGroup === true)).toBe(false);
    expect(sim.cell("Campaigns", 2, 0).value).toBe("CP0"); // only the last chunk went
  });

  it("[XL6] when Excel refuses the undo group (UndoNotSupported), the same write runs again without it", async () => {
    const { sim, port, seenOptions } = await setup("1.20");
    seenOptions.length = 0;
    sim.failNextSync("UndoNotSupported");
    await port.writeCells("tblCampaigns", [{ rowIndex: 1, colIndex: 0, values: rows }]);
    expect(sim.cell("Campaigns", 301, 1).value).toBe("campaign number 299");
    expect(seenOptions.map((o) => (o as { mergeUndoGroup?: boolean }).mergeUndoGroup ?? false)).toEqual([
      true,
      false,
      false, // switching events back on
    ]);
  });
});
