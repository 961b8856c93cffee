/**
 * Values as people paste them (issue #13, docs/spec/paste-rules.md): long values, Excel's error values, invisible
 * characters. Expected values are written out by hand.
 */
import { formatMessage } from "../domain";
import type { CellValue } from "../workbook";
import { salesPriceSchema } from "./priceSchemas";
import { resolveHeader } from "./resolveHeader";
import { parseRow } from "./rowCodec";
import { tableColumns } from "./tableColumns";
import type { ColumnMap } from "./schemaTypes";

const header = tableColumns(salesPriceSchema, "en").map((c) => c.caption);
const map = resolveHeader(salesPriceSchema, header, "en").map as ColumnMap;

/** A price row with cells by caption. */
function row(byCaption: Record<string, CellValue>): CellValue[] {
  const cells: CellValue[] = header.map(() => "");
  for (const [caption, value] of Object.entries(byCaption)) cells[header.indexOf(caption)] = value;
  return cells;
}

describe("long values", () => {
  test("[PS5] a 1,000-character number is quoted by its start and its length, not whole", () => {
    const parsed = parseRow(
      salesPriceSchema,
      row({ "Item No.": "I1", "Unit Price": "9".repeat(999) + "x" }),
      map,
      "en",
    );
    expect(parsed.issues.map((i) => i.message)).toEqual([
      "‘999999999999999999999999… (1000 characters)’ is not a number: it contains letters or symbols. Type only digits, e.g. 1234.50.",
    ]);
  });

  test("[PS5] the domain's messages quote a long value the same way, in Danish too", () => {
    const value = "A".repeat(40);
    expect(formatMessage("CODE_TOO_LONG", { field: "itemNo", value, length: 40, max: 20 }, "da")).toBe(
      'Varenr. "AAAAAAAAAAAAAAAAAAAAAAAA… (40 tegn)" har 40 tegn, men der er højst plads til 20. Forkort værdien.',
    );
    expect(formatMessage("INVALID_EMAIL", { value: "a@b.dk" }, "en")).toContain('"a@b.dk"');
  });
});
