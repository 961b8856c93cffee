/**
 * Engine scenarios for issue "Campaign sales prices and line discounts": a campaign's own discount sheet,
 * the general sheet showing the same lines, campaign dates flowing to every line in one transaction,
 * typed dates refused, deletes through one sheet, ten kinds of bad lines, list validation and the
 * status column's conditional formatting — over the simulator and Dexie, in-process and through the
 * worker protocol.
 */
import { campaignDiscountLines } from "../../dev/host/pricingFixture";
import { makeHarness, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test (a dozen sheets bound and filled): on a loaded
// 2-core machine that passes jest's 5 s default, so these scenarios get 30 s (a limit, never an assertion on time).
jest.setTimeout(30_000);

const CP = "CP0003";
const SCOPED = `Discounts ${CP}`;

let h: Harness;

/** Column index of a caption in a sheet's header row. */
function col(sheet: string, caption: string): number {
  for (let c = 0; c < 40; c++) if (h.sim.cell(sheet, 0, c).value === caption) return c;
  throw new Error(`no column ${caption} in ${sheet}`);
}
const at = (sheet: string, row: number, caption: string) => h.sim.cell(sheet, row + 1, col(sheet, caption)).value;
const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
const lines = async () => (await h.store.loadRows("salesLineDiscount")).filter((l) => l.salesCode === CP);
async function pasteInto(sheet: string, bodyRow: number, rows: string[][]) {
  h.sim.userEdit(sheet, bodyRow + 1, 0, rows);
  await h.settle();
}
/** Lines laid out for the campaign sheet: [type, code, variant, unit, currency, minQty, pct]. */
const line = (code: string, unit: string, pct: string, minQty = "0") => ["Item", code, "", unit, "", minQty, pct];

async function setUp(worker: boolean) {
  h = await makeHarness("en", { worker });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [[CP, "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, 20);
  await h.engine.bind("salesLineDiscount", { campaignNo: CP });
  await h.settle();
}

describe.each([
  ["in-process", false],
  ["through the worker protocol", true],
])("campaign discount lines (%s planner)", (_name, worker) => {
  beforeEach(() => setUp(worker));
  afterEach(() => h.dispose());

  test("[P1] lines pasted on the campaign's own sheet are stored as its lines with its dates, shown read-only", async () => {
    await pasteInto(SCOPED, 0, [line(" i0001 ", "box", "12,5"), line("I0002", "", "15 %")]);
    const stored = (await lines()).sort((a, b) => a.code.localeCompare(b.code));
    expect(
      stored.map((l) => [l.code, l.unitOfMeasureCode, l.lineDiscountPct, l.salesType, l.startingDate, l.endingDate]),
    ).toEqual([
      ["I0001", "BOX", 12.5, "Campaign", "2026-09-01", "2026-11-30"],
      ["I0002", "PCS", 15, "Campaign", "2026-09-01", "2026-11-30"], // blank unit: the item's sales unit
    ]);
    expect(at(SCOPED, 0, "Code")).toBe("I0001");
    expect(at(SCOPED, 0, "Starting Date")).toBe(serial("2026-09-01"));
    expect(at(SCOPED, 1, "Ending Date")).toBe(serial("2026-11-30"));
    expect(at(SCOPED, 0, "Status")).toBe("");
    expect(stored.every((l) => l.id === l.rowId)).toBe(true);
  });

  test("[P2] the general sheet shows the campaign's lines, and an edit there reaches the campaign's sheet", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10"), line("I0002", "PCS", "20")]);
    await h.engine.bind("salesLineDiscount");
    await h.settle();
    const general = h.sheetOf("salesLineDiscount");
    expect(general).toBe("Sales Line Discounts");
    const codes = [at(general, 0, "Code"), at(general, 1, "Code")].sort();
    expect(codes).toEqual(["I0001", "I0002"]);
    expect(at(general, 0, "Sales Type")).toBe("Campaign");
    const row = at(general, 0, "Code") === "I0002" ? 0 : 1;
    h.sim.userEdit(general, row + 1, col(general, "Line Discount %"), [["25"]]);
    await h.settle();
    expect((await lines()).find((l) => l.code === "I0002")?.lineDiscountPct).toBe(25);
    expect(at(SCOPED, 1, "Line Discount %")).toBe(25);
    expect(h.engine.getState().issues).toEqual([]);
  });

  test("[P3] new campaign dates typed in the Campaigns sheet re-date every line in the same commit; both sheets follow", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10"), line("I0002", "PCS", "20"), line("I0003", "BOX", "5")]);
    await h.engine.bind("salesLineDiscount");
    await h.settle();
    const before = await lines();
    await h.paste("campaign", 0, [[CP, "Autumn chairs", "2026-09-15", "2026-12-31", "", "PLANNED"]]);
    const after = await lines();
    expect(after.map((l) => [l.startingDate, l.endingDate])).toEqual(after.map(() => ["2026-09-15", "2026-12-31"]));
    for (const l of after) expect(l.rowVersion).toBe(before.find((b) => b.rowId === l.rowId)!.rowVersion + 1);
    const general = h.sheetOf("salesLineDiscount");
    for (let r = 0; r < 3; r++) {
      expect(at(SCOPED, r, "Starting Date")).toBe(serial("2026-09-15"));
      expect(at(general, r, "Ending Date")).toBe(serial("2026-12-31"));
    }
    expect(h.engine.getState().issues).toEqual([]);
  });

  test("[P4] a date change saved in the campaign card re-dates the lines too", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10")]);
    const [c] = await h.store.loadRows("campaign");
    const saved = await h.engine.saveCampaign(c!.rowId, { ...c!, endingDate: "2027-01-31" });
    expect(saved.ok).toBe(true);
    await h.settle();
    expect((await lines()).map((l) => l.endingDate)).toEqual(["2027-01-31"]);
    expect(at(SCOPED, 0, "Ending Date")).toBe(serial("2027-01-31"));
    expect(h.engine.getState().issues).toEqual([]);
  });

  test("[P5] a typed date on a campaign line is refused with a message pointing to the campaign card", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10")]);
    h.sim.userEdit(SCOPED, 1, col(SCOPED, "Starting Date"), [["2026-10-01"]]);
    await h.settle();
    const issue = h.engine.getState().issues.find((i) => i.code === "CAMPAIGN_DATES_FROM_CARD");
    expect(issue?.field).toBe("startingDate");
    expect(issue?.message).toContain(CP);
    expect(issue?.message.toLowerCase()).toContain("campaign card");
    expect((await lines())[0]?.startingDate).toBe("2026-09-01");
    expect(String(at(SCOPED, 0, "Status"))).toContain(issue!.message);
  });

  test("[P6] a line deleted on the campaign's sheet leaves the store and is cleared from the general sheet", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10"), line("I0002", "PCS", "20")]);
    await h.engine.bind("salesLineDiscount");
    await h.settle();
    h.sim.userDeleteRows(SCOPED, 1, 1);
    await h.settle();
    expect((await lines()).map((l) => l.code)).toEqual(["I0002"]);
    const general = h.sheetOf("salesLineDiscount");
    const shown = [at(general, 0, "Code"), at(general, 1, "Code")].filter((v) => v !== "");
    expect(shown).toEqual(["I0002"]);
    expect(h.engine.getState().issues).toEqual([]);
  });

  test("[P11] cancelling a big check stores nothing and loses nothing; checking again stores every line", async () => {
    const fixture = campaignDiscountLines(CP, 2000, 0, 20);
    const stop = h.engine.subscribe((s) => {
      if (s.progress) h.engine.cancel();
    });
    h.sim.userEdit(
      SCOPED,
      1,
      0,
      fixture.tsv.split("\r\n").map((l) => l.split("\t")),
    );
    await h.sim.flushEvents();
    await h.engine.idle();
    stop();
    expect(await lines()).toHaveLength(0);
    expect(h.engine.getState().error).toMatch(/cancel/i);
    expect(at(SCOPED, 1999, "Code")).not.toBe("");
    const scoped = h.engine.getState().bindings.find((b) => b.sheetName === SCOPED)!;
    await h.engine.reconcile(scoped.id);
    await h.settle();
    expect(await lines()).toHaveLength(2000);
  });

  test("[P7] ten kinds of bad lines are each flagged with their code; the good ones are stored", async () => {
    const fixture = campaignDiscountLines(CP, 200, 10, 20);
    await pasteInto(
      SCOPED,
      0,
      fixture.tsv.split("\r\n").map((l) => l.split("\t")),
    );
    const issues = h.engine.getState().issues.filter((i) => i.severity === "error");
    expect([...new Set(issues.map((i) => i.rowIndex))].sort((a, b) => a - b)).toEqual(fixture.bad.map((b) => b.row));
    for (const b of fixture.bad)
      expect(issues.filter((i) => i.rowIndex === b.row).map((i) => i.code)).toContain(b.code);
    expect(new Set(fixture.bad.map((b) => b.code)).size).toBe(10);
    expect((await lines()).length).toBe(190);
  });
});

describe("sheet aids and dependencies", () => {
  beforeEach(() => setUp(false));
  afterEach(() => h.dispose());

  test("[P12] [CD1] [CD2] a confirmed delete of a campaign's row deletes its price and discount lines with it, and its own sheet", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10"), line("I0002", "PCS", "20")]);
    expect(await lines()).toHaveLength(2);
    h.sim.userDeleteRows(h.sheetOf("campaign"), 1, 1);
    await h.settle();
    const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
    expect(asked?.message).toContain("also deletes its 2 price and discount lines");
    await h.engine.resolveConflict(asked!, { delete: true });
    await h.settle();
    expect(await h.store.loadRows("campaign")).toEqual([]);
    expect(await lines()).toEqual([]);
    expect(h.sim.sheetNames()).not.toContain(SCOPED); // its own sheet goes with it (CD2)
  });

  test("[P13] an activated campaign's deleted row is put back with a message; nothing is deleted", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10")]);
    await h.store.commit({
      entity: "campaign",
      deletes: [],
      puts: [],
      targetGroups: { puts: [{ type: "Customer", no: "10000", campaignNo: CP }], deletes: [] },
      log: { at: "", bindingId: "", entity: "campaign", origin: "test", puts: 0, deletes: 0, keys: [] },
    });
    const campaigns = h.sheetOf("campaign");
    h.sim.userDeleteRows(campaigns, 1, 1);
    await h.settle();
    expect((await h.store.loadRows("campaign")).map((c) => c.no)).toEqual([CP]);
    expect(await lines()).toHaveLength(1);
    expect(at(campaigns, 0, "No.")).toBe(CP);
    const issue = h.engine.getState().issues.find((i) => i.code === "CAMPAIGN_ACTIVATED_NO_DELETE");
    expect(issue?.message).toContain("Deactivate");
  });

  test("[P14] renumbering a campaign in its sheet moves its lines to the new number", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10")]);
    h.sim.userEdit(h.sheetOf("campaign"), 1, 0, [["CP0033"]]);
    await h.settle();
    const all = await h.store.loadRows("salesLineDiscount");
    expect(all.map((l) => [l.salesType, l.salesCode])).toEqual([["Campaign", "CP0033"]]);
  });

  test("[P15] renumbering a campaign in the card moves its lines too, as in the sheet", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "10")]);
    const [c] = await h.store.loadRows("campaign");
    expect((await h.engine.saveCampaign(c!.rowId, { ...c!, no: "CP0034" })).ok).toBe(true);
    await h.settle();
    const all = await h.store.loadRows("salesLineDiscount");
    expect(all.map((l) => [l.salesType, l.salesCode])).toEqual([["Campaign", "CP0034"]]);
  });

  test("[P8] code columns get a list validation from the setup table; the status column is conditionally formatted", async () => {
    const v = h.sim.validationAt(SCOPED, 1, col(SCOPED, "Code"));
    expect(v?.list?.source).toBe("=CampaignDesk.ItemTable.no");
    expect(h.sim.listValuesAt(SCOPED, 1, col(SCOPED, "Code"))).toContain("I0001");
    expect(v?.errorAlert.style).not.toBe("Stop");
    const unit = h.sim.validationAt(SCOPED, 1, col(SCOPED, "Unit of Measure Code"));
    expect(unit?.list?.source).toBe("=CampaignDesk.ItemUnitOfMeasureTable.code");
    await pasteInto(SCOPED, 0, [line("NOPE", "PCS", "10")]);
    expect(h.sim.conditionalStyleAt(SCOPED, 1, col(SCOPED, "Status"))?.fill).toBe("#FFC7CE");
  });

  test("[P9] removing an item from the Items sheet flags the lines that use it", async () => {
    await pasteInto(SCOPED, 0, [line("I0005", "PCS", "10")]);
    const items = h.sheetOf("item");
    let row = 0;
    while (h.sim.cell(items, row + 1, 0).value !== "I0005") row++;
    h.sim.userDeleteRows(items, row + 1, 1);
    await h.settle();
    const scoped = h.engine.getState().bindings.find((b) => b.sheetName === SCOPED);
    const issue = h.engine.getState().issues.find((i) => i.bindingId === scoped?.id);
    expect([issue?.code, issue?.rowIndex]).toEqual(["UNKNOWN_ITEM", 0]);
  });

  test("[P10] 15% typed into a General cell (a fraction with a % format) is stored as 15 and left as the person typed it", async () => {
    await pasteInto(SCOPED, 0, [line("I0001", "PCS", "15%")]);
    expect((await lines())[0]?.lineDiscountPct).toBe(15);
    expect(at(SCOPED, 0, "Line Discount %")).toBe(0.15);
    const version = (await lines())[0]?.rowVersion;
    await h.engine.reconcileAll();
    expect((await lines())[0]?.rowVersion).toBe(version);
    expect(at(SCOPED, 0, "Line Discount %")).toBe(0.15);
  });
});
