/**
 * Big pastes of discount lines: 100,000 generated rows in the forms people paste (percent in both notations,
 * with and without %, %-formatted fractions, option captions in either language and any case, messy codes)
 * parse to the expected records, and the whole parse stays fast. The lead's engine parses every row of a paste.
 */
import type { SalesLineDiscount } from "../domain";
import type { CellValue } from "../workbook";
import { hashText } from "./hashText";
import { salesLineDiscountSchema } from "./priceSchemas";
import { resolveHeader } from "./resolveHeader";
import { parseRow } from "./rowCodec";
import { tableColumns } from "./tableColumns";

const ROWS = 100_000;
/** Generous: ≈300 ms under jest on this machine (≈170 ms in plain Node); the bound catches an accidental slow path. */
const BOUND_MS = 1500;
const SALES_TYPES: [string, SalesLineDiscount["salesType"]][] = [
  ["Customer", "Customer"],
  ["debitorrabatgruppe", "CustomerDiscGroup"],
  ["All Customers", "AllCustomers"],
  ["KAMPAGNE", "Campaign"],
];
const TYPES: [string, SalesLineDiscount["type"]][] = [
  ["Item", "Item"],
  ["Item Disc Group", "ItemDiscGroup"],
  ["Vare", "Item"],
];

interface Generated {
  cells: CellValue[];
  percentFormat: string;
  expected: Omit<SalesLineDiscount, "id">;
}

function generate(i: number): Generated {
  const [salesTypeCell, salesType] = SALES_TYPES[i % SALES_TYPES.length] as [string, SalesLineDiscount["salesType"]];
  const [typeCell, type] = TYPES[i % TYPES.length] as [string, SalesLineDiscount["type"]];
  const tenths = i % 1000; // 0.0 % … 99.9 %
  const whole = Math.floor(tenths / 10);
  const pct = tenths / 10;
  // Forms: "12,5", "12.5 %", "12,5%", a numeric 12.5, a %-formatted fraction 0.125.
  const form = i % 5;
  const pctCell: CellValue = [
    `${whole},${tenths % 10}`,
    `${whole}.${tenths % 10} %`,
    `${whole},${tenths % 10}%`,
    pct,
    tenths / 1000,
  ][form] as CellValue;
  const code = `it${String(i).padStart(6, "0")}`;
  return {
    cells: [
      salesTypeCell,
      ` c${i % 50} `,
      typeCell,
      code,
      "",
      i % 2 ? "pcs" : "",
      i % 7 === 0 ? "eur" : "",
      i % 4 === 0 ? "1.000" : i % 3,
      pctCell,
      "",
      "",
      "",
      `id${i}`,
      i % 9,
    ],
    percentFormat: form === 4 ? "0.0%" : "0.00",
    expected: {
      type,
      code: code.toUpperCase(),
      salesType,
      salesCode: `C${i % 50}`,
      currencyCode: i % 7 === 0 ? "EUR" : "",
      startingDate: "",
      endingDate: "",
      lineDiscountPct: pct,
      minimumQuantity: i % 4 === 0 ? 1000 : i % 3,
      unitOfMeasureCode: i % 2 ? "PCS" : "",
      variantCode: "",
    },
  };
}

test("100,000 pasted discount rows (Danish) parse to the expected records with no issues, fast", () => {
  const schema = salesLineDiscountSchema;
  const { map } = resolveHeader(
    schema,
    tableColumns(schema, "da").map((c) => c.caption),
    "da",
  );
  if (!map) throw new Error("header did not resolve");
  const pctColumn = map.fields.get("lineDiscountPct");
  const rows = Array.from({ length: ROWS }, (_, i) => generate(i));
  let current = rows[0] as Generated;
  const formats = (col: number) => (col === pctColumn ? current.percentFormat : "");

  const started = performance.now();
  const parsed = rows.map((row) => {
    current = row;
    return parseRow(schema, row.cells, map, "da", formats);
  });
  const elapsed = performance.now() - started;

  let mismatches = 0;
  let issues = 0;
  const hashes = new Set<string>();
  parsed.forEach((p, i) => {
    issues += p.issues.length;
    const { id, ...record } = p.record;
    const e = (rows[i] as Generated).expected;
    const same = id === "" && JSON.stringify(record) === JSON.stringify(e) && p.rowId === `id${i}`;
    if (!same) mismatches++;
    hashes.add(hashText(p.cellText));
  });
  expect(issues).toBe(0);
  expect(mismatches).toBe(0);
  expect(hashes.size).toBe(ROWS);
  expect(elapsed).toBeLessThan(BOUND_MS);
});
