/**
 * Step 6 of planRows as plain data: the fewest cell writes (only cells that differ, one block per run of rows
 * with the same changed span), the typed cells of rows with errors left alone, percent cells in their own
 * terms, the highlighting of issues, and rows blanked for records deleted elsewhere.
 */
import type { Issue } from "../../domain";
import { campaignSchema, isoToSerial, salesLineDiscountSchema } from "../../sheets";
import type { CellValue } from "../../workbook";
import { ERROR_FILL, statusText, WARNING_FILL } from "../entities";
import { clearRows, planFills, planWrites, planWriteBack, rowsWrittenBy } from "./writeBack";
import type { DesiredRow } from "./writeBack";
import { campaignRecord, cellsOf, mapOf, salesLineDiscountRecord } from "../../../test/builders/syncRecords";

const map = mapOf(campaignSchema);
const col = (field: string) => map.fields.get(field)!;
const MODIFIED = isoToSerial("2026-01-01");

/** The cells of a campaign row as the add-in last wrote them. */
const shown = (no: string, description = `Campaign ${no}`, rowId = "r1", version: CellValue = "1") =>
  cellsOf(map, { no, description, lastDateModified: MODIFIED }, { rowId, version });

function row(o: Partial<DesiredRow> & { record?: Record<string, unknown> | null }): DesiredRow {
  return { sheetRow: 0, current: null, rowId: "r1", version: 1, base: null, record: null, issues: [], ...o };
}
const rec = (no: string, description = `Campaign ${no}`) =>
  campaignRecord(no, { description }) as unknown as Record<string, unknown>;

const issue = (field: string, severity: "error" | "warning", message = `${field} is wrong`): Issue => ({
  row: 0,
  field,
  code: "X",
  severity,
  params: {},
  message,
});

describe("planWrites", () => {
  test("a row that already shows its record writes nothing (a number and its text count as equal)", () => {
    const asText = shown("CP1");
    const asNumber = shown("CP1", "Campaign CP1", "r2", 1);
    const blocks = planWrites(
      campaignSchema,
      map,
      [
        row({ current: asText, record: rec("CP1") }),
        row({ sheetRow: 1, current: asNumber, rowId: "r2", record: rec("CP1") }),
      ],
      "en",
    );
    expect(blocks).toEqual([]);
  });

  test("[PS11] only the cells that differ are written: one cell, or the span between the first and last change with the unchanged cells in it left as they are (null)", () => {
    const one = planWrites(
      campaignSchema,
      map,
      [row({ current: shown("CP1", "old"), record: rec("CP1", "new") })],
      "en",
    );
    expect(one).toEqual([{ rowIndex: 0, colIndex: col("description"), values: [["new"]] }]);

    const current = shown("CP1", "same");
    const record = { ...rec("CP2", "same"), endingDate: "2026-12-31" };
    const span = planWrites(campaignSchema, map, [row({ current, record })], "en");
    expect(span).toEqual([
      { rowIndex: 0, colIndex: col("no"), values: [["CP2", null, null, isoToSerial("2026-12-31")]] },
    ]);
  });

  test("consecutive rows with the same changed span share a block; a gap or another span starts a new one", () => {
    const rows = [
      row({ sheetRow: 3, current: shown("CP4", "d", "r4"), rowId: "r4", record: rec("CP4", "D") }),
      row({ sheetRow: 4, current: shown("CP5", "Campaign CP5", "r5"), rowId: "r5", record: rec("CP9") }),
      row({ sheetRow: 1, current: shown("CP2", "b", "r2"), rowId: "r2", record: rec("CP2", "B") }),
      row({ sheetRow: 0, current: shown("CP1", "a", "r1"), record: rec("CP1", "A") }),
      row({ sheetRow: 2, current: shown("CP3", "c", "r3"), rowId: "r3", record: rec("CP3", "c") }),
    ];
    const blocks = planWrites(campaignSchema, map, rows, "en");
    expect(blocks).toEqual([
      { rowIndex: 0, colIndex: col("description"), values: [["A"], ["B"]] },
      { rowIndex: 3, colIndex: col("description"), values: [["D"]] },
      { rowIndex: 4, colIndex: col("no"), values: [["CP9", "Campaign CP9"]] },
    ]);
  });

  test("a row with an error keeps what the person typed: only its status, id and version change", () => {
    const typed = cellsOf(map, { no: "CP1", startingDate: "tomorrow" });
    const issues = [issue("startingDate", "error", "tomorrow is not a date")];
    const blocks = planWrites(campaignSchema, map, [row({ current: typed, rowId: "new1", version: 0, issues })], "en");
    expect(blocks).toEqual([{ rowIndex: 0, colIndex: map.status, values: [[statusText(issues), "new1"]] }]);
    expect(statusText(issues)).toBe("\u2716 tomorrow is not a date");
  });

  test("a stored row with an error writes its stored version over a missing version cell", () => {
    const typed = cellsOf(map, { no: "CP1", startingDate: "tomorrow" }, { rowId: "r1", version: "" });
    const issues = [issue("startingDate", "error")];
    const [block] = planWrites(campaignSchema, map, [row({ current: typed, version: 3, issues })], "en");
    expect(block?.colIndex).toBe(map.status);
    expect(block?.values).toEqual([[statusText(issues), null, "3"]]);
  });

  test("a row appended below the table is written whole, dates as serials", () => {
    const record = { ...rec("CP7"), startingDate: "2026-03-01" };
    const [block] = planWrites(campaignSchema, map, [row({ sheetRow: 5, rowId: "r7", version: 2, record })], "en");
    expect(block?.rowIndex).toBe(5);
    expect(block?.colIndex).toBe(0);
    const expected = cellsOf(
      map,
      { no: "CP7", description: "Campaign CP7", startingDate: isoToSerial("2026-03-01"), lastDateModified: MODIFIED },
      { rowId: "r7", version: "2" },
    );
    expect(block?.values).toEqual([expected]);
  });

  describe("percent cells", () => {
    const dmap = mapOf(salesLineDiscountSchema);
    const pct = dmap.fields.get("lineDiscountPct")!;
    const line = (lineDiscountPct: number) =>
      salesLineDiscountRecord("d1", { lineDiscountPct }) as unknown as Record<string, unknown>;
    /** The line as the add-in shows it, with `value` in the percent cell. */
    const shownLine = (value: CellValue) =>
      cellsOf(
        dmap,
        {
          salesType: "Campaign",
          salesCode: "CP0003",
          type: "Item",
          code: "I1",
          unitOfMeasureCode: "PCS",
          minimumQuantity: 0,
          lineDiscountPct: value,
        },
        { rowId: "r1", version: "1" },
      );
    /** The value written to the percent cell of a sheet row (undefined: not written). */
    const pctOf = (blocks: ReturnType<typeof planWrites>, sheetRow: number) => {
      const block = blocks.find((b) => b.rowIndex <= sheetRow && sheetRow < b.rowIndex + b.values.length);
      return block?.values[sheetRow - block.rowIndex]?.[pct - block.colIndex];
    };

    test("a cell formatted with % gets the fraction (15.5 → 0.155, exactly); a General cell the number", () => {
      const formatOf = (sheetRow: number, c: number) => (c === pct && sheetRow === 0 ? "0.0%" : "General");
      const rows = [
        row({ current: shownLine(""), record: line(15.5) }),
        row({ sheetRow: 1, current: shownLine(""), record: line(15.5) }),
      ];
      const blocks = planWrites(salesLineDiscountSchema, dmap, rows, "en", formatOf);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.colIndex).toBe(pct);
      expect(pctOf(blocks, 0)).toBe(0.155);
      expect(pctOf(blocks, 1)).toBe(15.5);
    });

    test("a %-formatted cell already holding the fraction is not rewritten; one holding points is", () => {
      const formatOf = () => "0%";
      expect(
        planWrites(
          salesLineDiscountSchema,
          dmap,
          [row({ current: shownLine(0.15), record: line(15) })],
          "en",
          formatOf,
        ),
      ).toEqual([]);
      const points = planWrites(
        salesLineDiscountSchema,
        dmap,
        [row({ current: shownLine(15), record: line(15) })],
        "en",
        formatOf,
      );
      expect(points).toEqual([{ rowIndex: 0, colIndex: pct, values: [[0.15]] }]);
    });

    test("appended rows and tables without formats get percent points", () => {
      const formatOf = () => "0%";
      const appended = planWrites(salesLineDiscountSchema, dmap, [row({ record: line(20) })], "en", formatOf);
      expect(pctOf(appended, 0)).toBe(20);
      const unknown = planWrites(
        salesLineDiscountSchema,
        dmap,
        [row({ current: shownLine(""), record: line(20) })],
        "en",
      );
      expect(unknown).toEqual([{ rowIndex: 0, colIndex: pct, values: [[20]] }]);
    });
  });

  test("option values are written as their caption in the person's language", () => {
    const dmap = mapOf(salesLineDiscountSchema, "da");
    const record = salesLineDiscountRecord("d1") as unknown as Record<string, unknown>;
    const [block] = planWrites(salesLineDiscountSchema, dmap, [row({ record })], "da");
    const at = (field: string) => block?.values[0]?.[dmap.fields.get(field)!];
    expect([at("salesType"), at("type")]).toEqual(["Kampagne", "Vare"]);
  });
});

describe("planFills", () => {
  const fillsOf = (issues: Issue[], status = "", current: CellValue[] | null = shown("CP1")) => {
    if (current) current[map.status] = status;
    return planFills(map, [row({ sheetRow: 2, current, issues })]);
  };

  test("nothing is filled when the status text is what the row already shows", () => {
    const issues = [issue("endingDate", "error")];
    expect(fillsOf(issues, statusText(issues))).toEqual([]);
    expect(fillsOf([], "")).toEqual([]);
  });

  test("an error fills its cell and the status cell red", () => {
    expect(fillsOf([issue("endingDate", "error")])).toEqual([
      { rowIndex: 2, colIndex: col("endingDate"), color: ERROR_FILL },
      { rowIndex: 2, colIndex: map.status, color: ERROR_FILL },
    ]);
  });

  test("warnings only fill yellow", () => {
    expect(fillsOf([issue("description", "warning")])).toEqual([
      { rowIndex: 2, colIndex: col("description"), color: WARNING_FILL },
      { rowIndex: 2, colIndex: map.status, color: WARNING_FILL },
    ]);
  });

  test("an error and a warning on one cell fill it red, whatever their order; the status cell takes the worst", () => {
    for (const issues of [
      [issue("description", "warning"), issue("description", "error")],
      [issue("description", "error"), issue("description", "warning")],
    ]) {
      expect(fillsOf(issues)).toEqual([
        { rowIndex: 2, colIndex: col("description"), color: ERROR_FILL },
        { rowIndex: 2, colIndex: map.status, color: ERROR_FILL },
      ]);
    }
    const mixed = fillsOf([issue("description", "warning"), issue("no", "error")]);
    expect(mixed.find((f) => f.colIndex === map.status)?.color).toBe(ERROR_FILL);
    expect(mixed.find((f) => f.colIndex === col("description"))?.color).toBe(WARNING_FILL);
  });

  test("a whole-row issue (no field, or a field without a column) fills the status cell only", () => {
    expect(fillsOf([issue("", "error"), issue("notAColumn", "error")])).toEqual([
      { rowIndex: 2, colIndex: map.status, color: ERROR_FILL },
    ]);
  });

  test("a fixed row clears the highlighting of every schema cell and the status cell", () => {
    const fills = fillsOf([], "\u2716 old problem");
    expect(fills).toHaveLength(map.fields.size + 1);
    expect(fills.every((f) => f.color === null && f.rowIndex === 2)).toBe(true);
    expect(new Set(fills.map((f) => f.colIndex))).toEqual(new Set([...map.fields.values(), map.status]));
  });

  test("other issues than last time: the old highlighting is cleared except where the new issues are", () => {
    const fills = fillsOf([issue("no", "error")], "\u2716 old problem");
    const cleared = fills.filter((f) => f.color === null).map((f) => f.colIndex);
    expect(cleared).not.toContain(col("no"));
    expect(cleared).not.toContain(map.status);
    expect(cleared).toHaveLength(map.fields.size - 1);
    expect(fills.filter((f) => f.color !== null)).toEqual([
      { rowIndex: 2, colIndex: col("no"), color: ERROR_FILL },
      { rowIndex: 2, colIndex: map.status, color: ERROR_FILL },
    ]);
  });

  test("a row appended with an issue is highlighted without clearing anything first", () => {
    expect(fillsOf([issue("no", "error")], "", null)).toEqual([
      { rowIndex: 2, colIndex: col("no"), color: ERROR_FILL },
      { rowIndex: 2, colIndex: map.status, color: ERROR_FILL },
    ]);
    expect(fillsOf([], "", null)).toEqual([]);
  });
});

describe("clearRows", () => {
  test("rows of records deleted elsewhere are blanked across the table and their fills removed", () => {
    const { blocks, fills } = clearRows([2, 5], 3);
    expect(blocks).toEqual([
      { rowIndex: 2, colIndex: 0, values: [["", "", ""]] },
      { rowIndex: 5, colIndex: 0, values: [["", "", ""]] },
    ]);
    expect(fills).toEqual(
      [2, 5].flatMap((rowIndex) => [0, 1, 2].map((colIndex) => ({ rowIndex, colIndex, color: null }))),
    );
  });

  test("nothing to clear, nothing written", () => {
    expect(clearRows([], 10)).toEqual({ blocks: [], fills: [] });
  });
});

describe("planWriteBack", () => {
  test("[SP61] plans slice by slice the very blocks and fills planWrites and planFills make of all rows at once", () => {
    // 20,000 rows over three slices: runs of new rows, unchanged rows breaking the runs, a row with errors now and then,
    // and a gap in the sheet rows; given out of order, so the fills keep the given order and the blocks the sheet's.
    const rows: DesiredRow[] = [];
    for (let i = 0; i < 20_000; i++) {
      const sheetRow = i < 9_000 ? i : i + 3;
      const settled = i % 997 === 0;
      const bad = i % 1_301 === 0;
      rows.push(
        row({
          sheetRow,
          rowId: settled ? "r1" : `n${i}`,
          current: settled ? shown("CP1") : i % 3 === 0 ? null : shown("CP1", "Campaign CP1", "", ""),
          record: bad ? null : rec("CP1"),
          issues: bad ? [issue("description", "error")] : [],
        }),
      );
    }
    const given = [...rows.slice(10_000), ...rows.slice(0, 10_000)];
    const sliced = planWriteBack(campaignSchema, map, given, (r) => r, "en");
    expect(sliced.blocks).toEqual(planWrites(campaignSchema, map, given, "en"));
    expect(sliced.fills).toEqual(planFills(map, given));
    expect(sliced.blocks.length).toBeGreaterThan(20);
    expect(sliced.fills.length).toBeGreaterThan(0);
  });
});

test("[SP62] rowsWrittenBy counts each row once, however its cells are split over blocks and fills", () => {
  const block = (rowIndex: number, rows: number, colIndex = 0) => ({
    rowIndex,
    colIndex,
    values: Array.from({ length: rows }, () => ["x"]),
  });
  const fill = (rowIndex: number) => ({ rowIndex, colIndex: 2, color: ERROR_FILL });
  expect(rowsWrittenBy([], [])).toBe(0);
  expect(rowsWrittenBy([block(5, 3), block(5, 3, 4), block(7, 4)], [fill(6), fill(12), fill(12), fill(20)])).toBe(8);
});
