/** A plan memo as the store keeps it (rule SP33): one text per row, compared as the cells were. */
import type { StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { packMemo, unpackMemo } from "./memoPacking";
import type { MemoRow, PlanInput, RowMemo } from "./planInput";
import { PlanMemos } from "./planMemos";
import { memoRow, sameAsMemo } from "./rowMemo";

type Line = StoredRow<"salesLineDiscount">;
const stored = { rowId: "r1", rowHash: "h1", rowVersion: 2 } as unknown as Line;
const formats = new Map<string, string>([["0:1", "0%"]]);
const input = {
  formatOf: (row: number, col: number) => formats.get(`${row}:${col}`) ?? "",
} as PlanInput<"salesLineDiscount">;
const CELLS: CellValue[] = ["Item", 0.125, "", "PCS", true, "", "r1", 2];

/** The row remembered in memory, and the same row saved and read back. */
function remembered(cells: readonly CellValue[]): { full: MemoRow; back: MemoRow | undefined } {
  const full = memoRow(input, 0, cells, stored, [1]);
  const back = unpackMemo(structuredClone(packMemo({ signature: "s", rows: new Map([["r1", full]]) })));
  return { full, back: back?.rows.get("r1") };
}

describe("a plan memo read back from the store", () => {
  const cases: [string, CellValue[], boolean][] = [
    ["the same cells", [...CELLS], true],
    ["a cell typed again", ["Item", 0.125, "", "PCS", true, "", "r1", 2], true],
    ["a number become text", ["Item", "0.125", "", "PCS", true, "", "r1", 2], false],
    ["a boolean become text", ["Item", 0.125, "", "PCS", "TRUE", "", "r1", 2], false],
    ["a changed percent", ["Item", 0.13, "", "PCS", true, "", "r1", 2], false],
    ["a cell more", [...CELLS, ""], false],
  ];
  it.each(cases)("[SP33] finds a row clean exactly as the memo in memory does: %s", (_, now, same) => {
    const { full, back } = remembered(CELLS);
    expect(back?.packed).toBeDefined();
    expect(sameAsMemo(input, full, 0, now, stored, [1])).toBe(same);
    expect(sameAsMemo(input, back!, 0, now, stored, [1])).toBe(same);
  });

  it("[SP33] sees a changed format and a changed stored row as the memo in memory does", () => {
    const { back } = remembered(CELLS);
    expect(sameAsMemo(input, back!, 0, CELLS, { ...stored, rowVersion: 3 }, [1])).toBe(false);
    formats.set("0:1", "0.0%");
    try {
      expect(sameAsMemo(input, back!, 0, CELLS, stored, [1])).toBe(false);
    } finally {
      formats.set("0:1", "0%");
    }
  });

  it("[SP33] leaves out a row whose cells JSON cannot tell apart (NaN), and reads a memo saved before SP33", () => {
    expect(remembered(["Item", Number.NaN]).back).toBeUndefined();
    const before: RowMemo = { signature: "s", rows: new Map([["r1", memoRow(input, 0, CELLS, stored, [1])]]) };
    expect(unpackMemo(before)).toBe(before);
    expect(unpackMemo({ signature: "s", format: "packed-1", ids: "r1" })).toBeNull();
  });

  it("[SP33] rows read back and found clean do not make the planner save its memo again", async () => {
    let saves = 0;
    const rows = new Map<string, MemoRow>();
    for (let i = 0; i < 1500; i++) rows.set(`r${i}`, memoRow(input, i, [`c${i}`], stored, []));
    const saved = packMemo({ signature: "s", rows });
    const store = {
      loadPlanMemo: async () => structuredClone(saved),
      savePlanMemo: async () => void saves++,
    };
    const memos = new PlanMemos(store);
    const back = (await memos.get("b"))!;
    // A plan found every row clean: each is remembered by its cells again (incrementalRows.ts).
    const again = new Map<string, MemoRow>();
    for (const [id, { packed: _text, ...r }] of back.rows) again.set(id, { ...r, cells: ["x"] });
    await memos.set("b", { signature: "s", rows: again });
    expect(saves).toBe(0);
  });
});
