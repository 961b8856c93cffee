/**
 * Sanity check for big pastes: 100,000 generated campaign rows in the forms Excel hands over (serials,
 * text dates in several notations, messy codes) parse correctly. Correctness only; speed is benchmarked in bench/.
 */
import type { Campaign } from "../domain";
import type { CellValue } from "../workbook";
import { hashText } from "./hashText";
import { resolveHeader } from "./resolveHeader";
import { parseRow } from "./rowCodec";
import { campaignSchema } from "./schemas";
import { tableColumns } from "./tableColumns";

const ROWS = 100_000;
const DAY_MS = 86_400_000;
const SERIAL_BASE = Date.UTC(1899, 11, 30); // valid for dates after 1900-02-28
const MONTHS_DA = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

interface Generated {
  cells: CellValue[];
  expected: Campaign;
}

function generate(i: number): Generated {
  const start = new Date(Date.UTC(2020, 0, 1) + (i % 3000) * DAY_MS);
  const end = new Date(start.getTime() + (i % 90) * DAY_MS);
  const [y, m, d] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()];
  const startCell: CellValue = [
    (start.getTime() - SERIAL_BASE) / DAY_MS,
    start.toISOString().slice(0, 10),
    `${d}-${m}-${y}`,
    `${d}. ${MONTHS_DA[m - 1]} ${y}`,
  ][i % 4] as CellValue;
  const endCell: CellValue = i % 5 === 0 ? "" : (end.getTime() - SERIAL_BASE) / DAY_MS + 0.5;
  const no = `cp${String(i).padStart(6, "0")}`;
  return {
    cells: [
      ` ${no}`,
      `Campaign ${i} `,
      startCell,
      endCell,
      i % 3 === 0 ? 10000 + (i % 7) : "",
      "open",
      "",
      "",
      `id${i}`,
      i % 9,
    ],
    expected: {
      no: no.toUpperCase(),
      description: `Campaign ${i}`,
      startingDate: start.toISOString().slice(0, 10),
      endingDate: i % 5 === 0 ? "" : end.toISOString().slice(0, 10),
      salespersonCode: i % 3 === 0 ? String(10000 + (i % 7)) : "",
      statusCode: "OPEN",
      lastDateModified: "",
    },
  };
}

test("100,000 generated campaign rows parse to the expected records with no issues", () => {
  const { map } = resolveHeader(
    campaignSchema,
    tableColumns(campaignSchema, "da").map((c) => c.caption),
    "da",
  );
  if (!map) throw new Error("header did not resolve");
  const rows = Array.from({ length: ROWS }, (_, i) => generate(i));
  let mismatches = 0;
  let issues = 0;
  const hashes = new Set<string>();
  rows.forEach((row, i) => {
    const parsed = parseRow(campaignSchema, row.cells, map, "da");
    issues += parsed.issues.length;
    const r = parsed.record;
    const e = row.expected;
    const same =
      r.no === e.no &&
      r.description === e.description &&
      r.startingDate === e.startingDate &&
      r.endingDate === e.endingDate &&
      r.salespersonCode === e.salespersonCode &&
      r.statusCode === e.statusCode &&
      parsed.rowId === `id${i}` &&
      parsed.rowVersion === i % 9;
    if (!same) mismatches++;
    hashes.add(hashText(parsed.cellText));
  });
  expect(issues).toBe(0);
  expect(mismatches).toBe(0);
  expect(hashes.size).toBe(ROWS);
});
