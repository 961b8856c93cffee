/**
 * The adapter under Excel's cell-edit mode (issue #9, item 1), over the simulator's model of it
 * (test/contracts/excelCellEdit.test.ts): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";
import { createExcelWorkbook } from "../../src/workbook";
import type { ExcelRun, WorkbookPort } from "../../src/workbook";
import { manualTimers, type ManualTimers } from "../builders/manualTimers";
import { waitUntil } from "../builders/waitUntil";
import { TWO_COLUMN_SPEC } from "../builders/tableSpecs";

const spec = TWO_COLUMN_SPEC;

function setup(options: { ignoresDelayForCellEdit?: boolean; payloadLimitBytes?: number } = {}) {
  const sim = createExcelSim(undefined, options);
  const timers = manualTimers();
  const port = createExcelWorkbook(sim.run as unknown as ExcelRun, { timers, ...options });
  const delayed: boolean[] = [];
  port.onDelayed((d) => delayed.push(d));
  return { sim, timers, port, delayed };
}

async function enableEvents(sim: ExcelSim): Promise<boolean> {
  return sim.run(async (context) => {
    context.runtime.load("enableEvents");
    await context.sync();
    return context.runtime.enableEvents;
  });
}

/** Lets the sim's asynchronous answers through until the adapter has armed a timer (a held request or a pause). */
const heldBy = (timers: ManualTimers) => waitUntil(() => timers.pending() > 0);

describe("the adapter in cell-edit mode", () => {
  it("[XL1] reads, writes, subscriptions and their removal wait while a person edits a cell, then succeed", async () => {
    const { sim, port } = setup();
    await port.ensureTable(spec);
    sim.userBeginCellEdit("Campaigns", 5, 5);
    const work = Promise.all([
      port.readTable("tblCampaigns"),
      port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["CP1", "held"]] }]),
      port.onTableChanged("tblCampaigns", () => undefined).then((off) => off()),
      port.readMetadata("k"),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const whileEditing = sim.cell("Campaigns", 1, 1).value;
    sim.userEndCellEdit("typed");
    await work;
    expect({ whileEditing, after: sim.cell("Campaigns", 1, 1).value, events: await enableEvents(sim) }).toEqual({
      whileEditing: "",
      after: "held",
      events: true,
    });
  });

  it("[XL2] a request Excel holds for 300 ms is reported as delayed, and as going on once answered", async () => {
    const { sim, timers, port, delayed } = setup();
    await port.ensureTable(spec);
    sim.userBeginCellEdit("Campaigns", 5, 5);
    const read = port.getTable("tblCampaigns");
    await heldBy(timers);
    timers.advance(299);
    const before300 = [...delayed];
    timers.advance(1);
    const at300 = [...delayed];
    sim.userEndCellEdit();
    await read;
    expect({ before300, at300, after: delayed }).toEqual({ before300: [], at300: [true], after: [true, false] });
  });

  it("[XL2] a request answered within 300 ms is never reported", async () => {
    const { timers, port, delayed } = setup();
    await port.ensureTable(spec);
    await port.getTable("tblCampaigns");
    timers.advance(1000);
    expect(delayed).toEqual([]);
  });

  it("[XL3] on a host that refuses requests in cell-edit mode, the run is tried again after a pause until it gets through", async () => {
    const { sim, timers, port, delayed } = setup({ ignoresDelayForCellEdit: true });
    await port.ensureTable(spec);
    sim.userBeginCellEdit("Campaigns", 5, 5);
    const write = port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: [["CP1", "retried"]] }]);
    await heldBy(timers);
    timers.advance(250); // first retry: still editing, refused again
    await heldBy(timers);
    sim.userEndCellEdit("x");
    timers.advance(500);
    await write;
    expect({ cell: sim.cell("Campaigns", 1, 1).value, delayed, events: await enableEvents(sim) }).toEqual({
      cell: "retried",
      delayed: [true, false],
      events: true,
    });
  });

  it("[XL4] when a write fails and switching events back on fails too, the next run switches them on", async () => {
    const { sim, port } = setup({ payloadLimitBytes: 4000 });
    await port.ensureTable(spec);
    const rows = Array.from({ length: 300 }, (_, i) => [`CP${i}`, `campaign number ${i}`]);
    await port.readTable("tblCampaigns"); // the write's shape is known: its first sync writes (events off)
    sim.failNextSync("GeneralException", { skip: 1, times: 2 }); // the second chunk, then the restore
    await expect(port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: rows }])).rejects.toMatchObject({
      code: "GeneralException",
    });
    const deaf = await enableEvents(sim);
    await port.getTable("tblCampaigns");
    expect({ deaf, afterNextRun: await enableEvents(sim) }).toEqual({ deaf: false, afterNextRun: true });
  });

  it("[XL4] with no other run coming, a timed retry switches the events back on", async () => {
    const { sim, timers, port } = setup({ payloadLimitBytes: 4000 });
    await port.ensureTable(spec);
    const rows = Array.from({ length: 300 }, (_, i) => [`CP${i}`, `campaign number ${i}`]);
    await port.readTable("tblCampaigns");
    sim.failNextSync("GeneralException", { skip: 1, times: 2 });
    await expect(port.writeCells("tblCampaigns", [{ rowIndex: 0, colIndex: 0, values: rows }])).rejects.toThrow();
    timers.advance(1000);
    await waitUntil(() => timers.pending() === 0);
    await sim.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await enableEvents(sim)).toBe(true);
  });
});

export type { WorkbookPort };
