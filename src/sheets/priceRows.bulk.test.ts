/**
 * Big pastes of discount lines: 100,000 generated rows in the forms people paste (percent in both notations,
 * with and without %, %-formatted fractions, option captions in either language and any case, messy codes)
 * parse to the expected records with no issues and distinct row hashes. The lead's engine parses every row of a
 * paste; the parse's speed is measured in bench/domain/priceRows.bench.ts.
 */
import { parsePastedRows, priceRowsScale, type PastedDiscountRow } from "../../test/fixtures/priceRowsScale";
import { hashText } from "./hashText";

const ROWS = 100_000;

test("100,000 pasted discount rows (Danish) parse to the expected records with no issues", () => {
  const scale = priceRowsScale(ROWS);
  const parsed = parsePastedRows(scale);

  let mismatches = 0;
  let issues = 0;
  const hashes = new Set<string>();
  parsed.forEach((p, i) => {
    issues += p.issues.length;
    const { id, ...record } = p.record;
    const e = (scale.rows[i] as PastedDiscountRow).expected;
    const same = id === "" && JSON.stringify(record) === JSON.stringify(e) && p.rowId === `id${i}`;
    if (!same) mismatches++;
    hashes.add(hashText(p.cellText));
  });
  expect(issues).toBe(0);
  expect(mismatches).toBe(0);
  expect(hashes.size).toBe(ROWS);
}, 120_000);
