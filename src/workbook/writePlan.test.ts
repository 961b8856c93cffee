import fc from "fast-check";
import { displayLanguageToLang } from "./language";
import type { WriteOp } from "./writePlan";
import { jsonBytes } from "./excelSession";
import { opBytes, packOps, planWrite, splitOp, textRuns } from "./writePlan";
import type { WrittenCell } from "./workbookPort";

const shape = (rowCount: number, columnCount: number, lastRowFormats: string[] = []) => ({
  rowCount,
  columnCount,
  lastRowFormats,
});

/** Rebuild the grid a plan's value ops would leave (row → col → value). */
function applyValues(groups: WriteOp[][]): Map<string, WrittenCell> {
  const cells = new Map<string, WrittenCell>();
  for (const op of groups.flat()) {
    if (op.kind !== "values") continue;
    op.values.forEach((row, r) => row.forEach((v, c) => cells.set(`${op.rowIndex + r}:${op.colIndex + c}`, v)));
  }
  return cells;
}

describe("write plan", () => {
  it("groups stay within the budget and together write exactly the given cells", () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant('=HYPERLINK("x")'));
    const grid = fc
      .integer({ min: 1, max: 4 })
      .chain((cols) =>
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 200 }),
      );
    fc.assert(
      fc.property(grid, fc.integer({ min: 1500, max: 6000 }), (values, budget) => {
        const cols = values[0]?.length ?? 0;
        const groups = planWrite([{ rowIndex: 0, colIndex: 0, values }], [], shape(values.length, cols), budget);
        for (const group of groups) {
          // Measured afresh (a copy is not costed yet), and equal to what cutting the slices summed.
          const bytes = group.reduce((sum, op) => sum + opBytes({ ...op }), 0);
          expect(group.reduce((sum, op) => sum + opBytes(op), 0)).toBe(bytes);
          // Only a single row may exceed the budget on its own (it cannot be cut further).
          const single = group.length === 1 && group[0]?.kind === "values" && group[0].values.length === 1;
          if (!single) expect(bytes).toBeLessThanOrEqual(budget);
        }
        const cells = applyValues(groups);
        expect(cells.size).toBe(values.length * cols);
        values.forEach((row, r) => row.forEach((v, c) => expect(cells.get(`${r}:${c}`)).toBe(v)));
      }),
      { numRuns: 60 },
    );
  });

  it("rejects a block that would leave a gap below the table (the table would not grow over it)", () => {
    expect(() => planWrite([{ rowIndex: 6, colIndex: 0, values: [["x"]] }], [], shape(5, 2), 10_000)).toThrow(/gap/);
    expect(() => planWrite([{ rowIndex: 5, colIndex: 0, values: [["x"]] }], [], shape(5, 2), 10_000)).not.toThrow();
  });

  it("accepts blocks in any order when together they continue the table", () => {
    const blocks = [
      { rowIndex: 7, colIndex: 0, values: [["c"]] },
      { rowIndex: 5, colIndex: 0, values: [["a"], ["b"]] },
    ];
    const ops = planWrite(blocks, [], shape(5, 1), 10_000).flat();
    const rows = ops.filter((op) => op.kind === "values").map((op) => op.rowIndex);
    expect(rows).toEqual([5, 7]);
  });

  it("rejects blocks beside the table (writing there would add a column) and ragged blocks", () => {
    expect(() => planWrite([{ rowIndex: 0, colIndex: 1, values: [["a", "b"]] }], [], shape(3, 2), 10_000)).toThrow(
      RangeError,
    );
    expect(() =>
      planWrite([{ rowIndex: 0, colIndex: 0, values: [["a", "b"], ["c"]] }], [], shape(3, 2), 10_000),
    ).toThrow(/rectangular/);
  });

  it("rows the table grows into get the last body row's non-General formats before their values", () => {
    const groups = planWrite(
      [
        {
          rowIndex: 2,
          colIndex: 0,
          values: [
            ["a", 1, "x"],
            ["b", 2, "y"],
            ["c", 3, "z"],
          ],
        },
      ],
      [],
      shape(3, 3, ["@", "General", "yyyy-mm-dd"]),
      100_000,
    );
    const ops = groups.flat();
    const formats = ops.filter((op) => op.kind === "formats");
    expect(formats.map((op) => [op.rowIndex, op.colIndex, op.formats.length])).toEqual([
      [3, 0, 2],
      [3, 2, 2],
    ]);
    const firstValues = ops.findIndex((op) => op.kind === "values");
    const lastFormat = ops.map((op) => op.kind).lastIndexOf("formats");
    expect(lastFormat).toBeLessThan(firstValues);
  });

  it("[PS11] finds vertical runs of text cells per column: every non-empty string, not numbers, blanks or nulls", () => {
    const values: WrittenCell[][] = [
      ["=A", 2, '=HYPERLINK("x")', "+45"],
      ["00123", "", 1, null],
      [true, "TRUE", "1-2", "@x"],
    ];
    expect(textRuns(values)).toEqual([
      { row: 0, col: 0, rows: 2 },
      { row: 2, col: 1, rows: 1 },
      { row: 0, col: 2, rows: 1 },
      { row: 2, col: 2, rows: 1 },
      { row: 0, col: 3, rows: 1 },
      { row: 2, col: 3, rows: 1 },
    ]);
  });

  it("fills: one operation per run of equal colour in a column, the last fill of a cell wins", () => {
    const fills = [
      { rowIndex: 0, colIndex: 1, color: "#FFC7CE" },
      { rowIndex: 1, colIndex: 1, color: "#FFC7CE" },
      { rowIndex: 2, colIndex: 1, color: null },
      { rowIndex: 3, colIndex: 1, color: "#FFC7CE" },
      { rowIndex: 3, colIndex: 1, color: "#FFEB9C" },
    ];
    const ops = planWrite([], fills, shape(4, 2), 10_000).flat();
    expect(ops).toEqual([
      { kind: "fill", rowIndex: 0, colIndex: 1, rows: 2, color: "#FFC7CE" },
      { kind: "fill", rowIndex: 2, colIndex: 1, rows: 1, color: null },
      { kind: "fill", rowIndex: 3, colIndex: 1, rows: 1, color: "#FFEB9C" },
    ]);
    expect(() => planWrite([], [{ rowIndex: 4, colIndex: 0, color: null }], shape(4, 2), 10_000)).toThrow(RangeError);
  });

  it("splitting an operation for a retry keeps every row exactly once", () => {
    const op: WriteOp = { kind: "values", rowIndex: 10, colIndex: 2, values: [[1], [2], [3]] };
    const parts = splitOp(op);
    expect(parts).toEqual([
      { kind: "values", rowIndex: 10, colIndex: 2, values: [[1], [2]] },
      { kind: "values", rowIndex: 12, colIndex: 2, values: [[3]] },
    ]);
    expect(splitOp({ kind: "values", rowIndex: 0, colIndex: 0, values: [[1, 2]] })).toBeNull();
  });

  it("packing keeps the order of operations", () => {
    const ops: WriteOp[] = Array.from({ length: 10 }, (_, i) => ({
      kind: "fill",
      rowIndex: i,
      colIndex: 0,
      rows: 1,
      color: null,
    }));
    const groups = packOps(ops, opBytes(ops[0]!) * 3);
    expect(groups.map((g) => g.length)).toEqual([3, 3, 3, 1]);
    expect(groups.flat()).toEqual(ops);
  });
});

describe("display language", () => {
  it("Danish display languages map to da, everything else to en", () => {
    expect(displayLanguageToLang("da-DK")).toBe("da");
    expect(displayLanguageToLang("da")).toBe("da");
    expect(displayLanguageToLang("DA-dk")).toBe("da");
    expect(displayLanguageToLang("en-US")).toBe("en");
    expect(displayLanguageToLang("de-DE")).toBe("en");
    expect(displayLanguageToLang("dav-KE")).toBe("en");
    expect(displayLanguageToLang("")).toBe("en");
  });
});

test("[F3] jsonBytes of cell arrays equals the JSON's UTF-8 bytes, escapes, nesting, CJK and emoji included", () => {
  const samples: unknown[] = [
    [],
    [["a", 1, true, false, ""]],
    [['say "hi"', "back\\slash", "tab\there", "line\nbreak", "\u0001", "æøå", 1.5e-7, -0, 12345678901234567890]],
    [[Number.NaN, Infinity], ["x"]],
    [["東京都", "😀🎉", 'é"中', "lone \ud800 high", "lone \udc00 low", "\ud83d\ude00\ud800"]],
  ];
  for (const s of samples) expect(jsonBytes(s)).toBe(Buffer.byteLength(JSON.stringify(s), "utf8"));
  expect(jsonBytes([["中"]])).toBe(9); // [["中"]]: 6 ASCII bytes and 3 for the character (UTF-16: 1 unit)
});
