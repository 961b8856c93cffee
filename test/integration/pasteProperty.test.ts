/**
 * The engine's property test for pasted input (PS13): random edits of the campaign sheet — typing and pasting rows
 * with the awkward classes of issue #13 among them, deleting, sorting, inserting rows — and after each reconcile the
 * sheet and the store agree: every valid row is stored exactly once, every invalid row is still in the sheet and
 * flagged. Seeds are pinned, so a failure is the same failure on every machine and in CI; runs are few and short.
 */
import fc from "fast-check";
import { C, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";

/** Campaign numbers, a few of them so duplicates happen; with invisible padding, inside, or too long. */
const NO = fc.constantFrom("CP1", "CP2", "CP3", "cp2 ", "CP3\u200b", "\ufeffCP1", "CP\u200b4", "CP-" + "9".repeat(30));
const DESCRIPTION = fc.constantFrom("Spring", "+45 12 34 56 78", "00123", "TRUE", "#N/A", "x".repeat(120), "");
const DATES = fc.constantFrom<[string, string]>(
  ["", ""],
  ["2026-03-01", "2026-03-31"],
  ["2026-05-01", "2026-04-01"], // reversed: an error
  ["soon", ""], // not a date: an error
  ["1800-01-01", "2026-01-01"], // before Excel's dates, within BC's
);
const PERSON = fc.constantFrom("", "JR", "ZZ"); // ZZ does not exist: an error
const ROW = fc
  .tuple(NO, DESCRIPTION, DATES, PERSON)
  .map(([no, description, [start, end], person]) => [no, description, start, end, person, ""]);

type Action =
  | { kind: "type"; at: number; rows: string[][] }
  | { kind: "delete"; at: number; count: number }
  | { kind: "sort"; col: number; ascending: boolean }
  | { kind: "insert"; at: number; count: number };

const ACTION: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      at: fc.nat(6),
      rows: fc.array(ROW, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("delete" as const),
      at: fc.nat(4),
      count: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      col: fc.constantFrom(C.no, C.description),
      ascending: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(4), count: fc.constant(1) }) },
);

async function act(h: Harness, action: Action): Promise<void> {
  const sheet = h.sheetOf("campaign");
  const body = bodyRows(h);
  switch (action.kind) {
    case "type":
      // At a row of the table or directly below it (the table grows), never leaving a gap.
      await h.paste("campaign", Math.min(action.at, body), action.rows);
      return;
    case "delete":
      if (body === 0) return;
      h.sim.userDeleteRows(sheet, 1 + Math.min(action.at, body - 1), action.count);
      break;
    case "sort":
      h.sim.userSortTable("CampaignTable", action.col, action.ascending);
      break;
    case "insert":
      if (body === 0) return;
      h.sim.userInsertRows(sheet, 1 + Math.min(action.at, body - 1), action.count);
      break;
  }
  await h.settle();
}

function bodyRows(h: Harness): number {
  const table = h.sim.tables(h.sheetOf("campaign")).find((t) => t.name === "CampaignTable");
  return table ? table.bottom - table.top : 0;
}

/** After a reconcile: the sheet and the store agree (the invariants of PS13). */
async function checkAgreement(h: Harness): Promise<void> {
  const stored = await h.store.loadRows("campaign");
  const storedById = new Map(stored.map((c) => [c.rowId, c]));
  const binding = h.engine.getState().bindings.find((b) => b.entity === "campaign" && !b.scope);
  const issues = h.engine.getState().issues.filter((i) => i.bindingId === binding?.id);
  const errorRows = new Set(issues.filter((i) => i.severity === "error").map((i) => i.rowIndex));
  const idsInSheet = new Map<string, number>();
  for (let row = 0; row < bodyRows(h); row++) {
    const cells = [C.no, C.description, C.start, C.end, C.salesperson, C.status].map(
      (col) => h.cell("campaign", row, col).value,
    );
    if (cells.every((v) => v === "")) continue;
    const rowId = String(h.cell("campaign", row, C.rowId).value);
    expect(rowId).not.toBe("");
    idsInSheet.set(rowId, (idsInSheet.get(rowId) ?? 0) + 1);
    if (errorRows.has(row)) {
      // Invalid: still in the sheet, flagged in its status cell.
      expect(h.cell("campaign", row, C.issues).value).not.toBe("");
      continue;
    }
    // Valid: stored, as the sheet shows it.
    const record = storedById.get(rowId);
    expect(record?.no).toBe(h.cell("campaign", row, C.no).value);
    expect(record?.description).toBe(String(h.cell("campaign", row, C.description).value));
  }
  // Every row id once in the sheet; every stored row shown by exactly one sheet row.
  for (const [rowId, count] of idsInSheet) expect([rowId, count]).toEqual([rowId, 1]);
  for (const c of stored) expect([c.no, idsInSheet.get(c.rowId)]).toEqual([c.no, 1]);
  expect(new Set(stored.map((c) => c.no)).size).toBe(stored.length);
  // Stored exactly: a stored code carries no invisible character (PS7), and no cell shows an Excel error (PS11).
  for (const c of stored) expect(c.no).toMatch(/^[\x21-\x7e]+$/);
  for (const c of stored) expect(c.description).not.toBe("#NAME?");
}

test.each([20261207, 4242, 13])(
  "[PS13] random edits with awkward pastes keep sheet and store in agreement (seed %i)",
  async (seed) => {
    await fc.assert(
      fc.asyncProperty(fc.array(ACTION, { minLength: 2, maxLength: 4 }), async (actions) => {
        const h = await makeHarness();
        try {
          await h.bindAll();
          await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
          await h.paste("salesperson", 0, [["JR", "Jim", "jim@x.example", "FALSE"]]);
          for (const action of actions) {
            await act(h, action);
            await checkAgreement(h);
          }
        } finally {
          await h.dispose();
        }
      }),
      { seed, numRuns: 2, endOnFailure: true },
    );
  },
);
