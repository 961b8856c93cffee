/**
 * Paste rules (docs/spec/paste-rules.md) through the real engine over the simulator and Dexie: what a person
 * pastes is kept exactly or refused with a message they can act on.
 */
import { C, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
  await h.bindAll();
});
afterEach(() => h.dispose());

/** A paste from another workbook brings its formats: these body cells of the campaign table become General. */
async function pasteGeneral(bodyRow: number, col: number, cols: number): Promise<void> {
  await h.sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(h.sheetOf("campaign"));
    sheet.getRangeByIndexes(bodyRow + 1, col, 1, cols).numberFormat = [Array.from({ length: cols }, () => "General")];
    await context.sync();
  });
}

const campaign = async (no: string) => (await h.store.loadRows("campaign")).find((c) => c.no === no);

test("[PS6] a formula showing an Excel error in a text column is stored as that text and flagged in the status cell", async () => {
  await pasteGeneral(0, C.description, 1);
  await h.paste("campaign", 0, [["CP1", "=1/0"]]);
  expect((await campaign("CP1"))?.description).toBe("#NAME?");
  expect(h.cell("campaign", 0, C.issues).value).toContain("The cell shows the Excel error #NAME?");
  // The person's formula is theirs: the add-in did not turn it into a value.
  expect(h.cell("campaign", 0, C.description).formula).toBe("=1/0");
});

test("[PS10] a date before 1900 (BC accepts it, Excel cannot show it) is stored and stays as typed", async () => {
  await h.paste("campaign", 0, [["CP1", "Old", "1800-05-01", "2026-01-31"]]);
  expect((await campaign("CP1"))?.startingDate).toBe("1800-05-01");
  expect(h.cell("campaign", 0, C.start).value).toBe("1800-05-01");
  expect(h.cell("campaign", 0, C.issues).value).toBe("");
});

test("[PS11] a code the add-in rewrites into a cell a paste made General stays text, never a formula", async () => {
  await pasteGeneral(0, 0, 2);
  await h.paste("campaign", 0, [["'+45ab", "Phone campaign"]]);
  expect((await campaign("+45AB"))?.description).toBe("Phone campaign");
  expect(h.cell("campaign", 0, C.no).value).toBe("+45AB");
  expect(h.cell("campaign", 0, C.no).formula).toBe("");
  expect(h.cell("campaign", 0, C.issues).value).toBe("");
});

test("[PS11] a person's own formula inside the span the add-in writes is left as it is", async () => {
  await pasteGeneral(0, 0, 2);
  await h.paste("campaign", 0, [[" cp1 ", "=1/0"]]);
  expect(h.cell("campaign", 0, C.no).value).toBe("CP1");
  expect(h.cell("campaign", 0, C.description).formula).toBe("=1/0");
  expect((await campaign("CP1"))?.description).toBe("#NAME?");
});

test("[PS2] a whole row copied (hidden row id included) above its original and given a new number is a new campaign", async () => {
  await h.paste("campaign", 0, [["CP1", "Spring"]]);
  const original = await campaign("CP1");
  const rowId = String(h.cell("campaign", 0, C.rowId).value);
  h.sim.userInsertRows(h.sheetOf("campaign"), 1, 1);
  // The copy carries every cell of the original, its row id too; the person then changes its number.
  const copied = Array.from({ length: C.version + 1 }, (_, col) => String(h.cell("campaign", 1, col).value));
  copied[C.no] = "CP2";
  copied[C.issues] = "";
  await h.paste("campaign", 0, [copied]);
  expect((await campaign("CP1"))?.rowId).toBe(original?.rowId);
  expect((await campaign("CP1"))?.rowVersion).toBe(original?.rowVersion);
  const copy = await campaign("CP2");
  expect(copy?.rowId ?? rowId).not.toBe(rowId);
  expect((await h.store.loadRows("campaign")).map((c) => c.no).sort()).toEqual(["CP1", "CP2"]);
  expect(String(h.cell("campaign", 1, C.rowId).value)).toBe(rowId);
});
