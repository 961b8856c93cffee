/**
 * Values as people paste them (issue #13, docs/spec/paste-rules.md): long values, Excel's error values, invisible
 * characters. Expected values are written out by hand.
 */
import { formatMessage } from "../domain";
import type { CellValue } from "../workbook";
import { salesPriceSchema } from "./priceSchemas";
import { campaignSchema } from "./schemas";
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

describe("Excel's error values", () => {
  const at = (caption: string) => header.indexOf(caption);

  test("[PS6] an error value in a text column is stored as the text it shows, with a warning naming the error", () => {
    const campaignHeader = tableColumns(campaignSchema, "en").map((c) => c.caption);
    const campaignMap = resolveHeader(campaignSchema, campaignHeader, "en").map as ColumnMap;
    const cells: CellValue[] = campaignHeader.map(() => "");
    cells[0] = "CP1";
    cells[1] = "#DIV/0!";
    const parsed = parseRow(campaignSchema, cells, campaignMap, "en", undefined, (c) =>
      c === 1 ? "error" : undefined,
    );
    expect(parsed.record.description).toBe("#DIV/0!");
    expect(parsed.issues.map((i) => [i.field, i.code, i.severity, i.message])).toEqual([
      [
        "description",
        "EXCEL_ERROR_VALUE",
        "warning",
        "The cell shows the Excel error #DIV/0!; it is stored as the text ‘#DIV/0!’. Correct the formula, or type the text you mean.",
      ],
    ]);
  });

  test("[PS6] an error value in a code column cannot be a code: an error naming the Excel error", () => {
    const cells = row({ "Item No.": "#N/A", "Unit Price": 5 });
    const parsed = parseRow(salesPriceSchema, cells, map, "en", undefined, (c) =>
      c === at("Item No.") ? "error" : undefined,
    );
    expect(parsed.issues.map((i) => [i.field, i.code, i.severity, i.message])).toEqual([
      [
        "itemNo",
        "EXCEL_ERROR_VALUE",
        "error",
        "The cell shows the Excel error #N/A, not a value for ‘Item No.’. Correct the formula, or type the value.",
      ],
    ]);
    expect(parsed.record.itemNo).toBe("");
  });

  test("[PS6] text typed to look like an error is text: no issue, kept exactly", () => {
    const cells = row({ "Item No.": "#N/A", "Unit Price": 5 });
    const parsed = parseRow(salesPriceSchema, cells, map, "en", undefined, () => undefined);
    expect(parsed.issues).toEqual([]);
    expect(parsed.record.itemNo).toBe("#N/A");
  });

  test("[PS6] an error value in a number column is named as an Excel error, never 'letters or symbols'", () => {
    const parsed = parseRow(salesPriceSchema, row({ "Item No.": "I1", "Unit Price": "#DIV/0!" }), map, "da");
    expect(parsed.issues.map((i) => i.message)).toEqual([
      "Cellen viser Excel-fejlen #DIV/0!, ikke en værdi for ‘Enhedspris’. Ret formlen, eller skriv værdien.",
    ]);
  });
});

describe("invisible characters in codes", () => {
  test.each([
    ["a zero-width space after", "I1\u200b"],
    ["a byte order mark before", "\ufeffI1"],
    ["no-break spaces around", "\u00a0I1\u202f"],
    ["a soft hyphen and a zero-width joiner after", "i1\u00ad\u200d"],
  ])("[PS7] padding is stripped: %s the code", (_, itemNo) => {
    const parsed = parseRow(salesPriceSchema, row({ "Item No.": itemNo, "Unit Price": 5 }), map, "en");
    expect(parsed.issues).toEqual([]);
    expect(parsed.record.itemNo).toBe("I1");
  });

  test("[PS7] an invisible character inside a code is named, with where it is, in English and Danish", () => {
    const cells = row({ "Item No.": "10\u200b00", "Unit Price": 5 });
    expect(parseRow(salesPriceSchema, cells, map, "en").issues.map((i) => [i.field, i.code, i.message])).toEqual([
      [
        "itemNo",
        "INVISIBLE_CHARACTER",
        "Item No. ‘10\u200b00’ contains an invisible character (zero-width space, U+200B) after ‘10’. Type the code again without it (paste from a web page often brings one).",
      ],
    ]);
    const da = parseRow(salesPriceSchema, row({ "Item No.": "10\u00a000", "Unit Price": 5 }), map, "da");
    expect(da.issues.map((i) => i.message)).toEqual([
      "Varenr. ‘10\u00a000’ indeholder et usynligt tegn (hårdt mellemrum, U+00A0) efter ‘10’. Skriv koden igen uden det (det følger ofte med, når man indsætter fra en webside).",
    ]);
  });
});

describe("date messages", () => {
  const dated = (startingDate: CellValue, lang: "en" | "da" = "en") =>
    parseRow(salesPriceSchema, row({ "Item No.": "I1", "Unit Price": 5, "Starting Date": startingDate }), map, lang);

  test("[PS10] a number no date can be is not quoted as a serial; the message gives BC's range", () => {
    expect(dated(3_000_000).issues.map((i) => i.message)).toEqual([
      "This cell holds a number, not a date Business Central accepts. Type a date from 1753-01-01 to 9999-12-31.",
    ]);
    expect(dated(-5, "da").issues.map((i) => i.message)).toEqual([
      "Cellen indeholder et tal, ikke en dato, som Business Central godtager. Skriv en dato fra 01-01-1753 til 31-12-9999.",
    ]);
  });

  test("[PS10] Excel's serial 60 is named as the day Excel shows, 1900-02-29, never as 60", () => {
    expect(dated(60).issues.map((i) => i.message)).toEqual([
      "‘1900-02-29’ is not a real date: that month has no such day. Check the day and the month.",
    ]);
    expect(dated(60, "da").issues[0]?.message).toMatch(/^‘29-02-1900’ er ikke en rigtig dato/);
  });

  test("[PS10] dates BC accepts before Excel's first day are kept; earlier ones are refused with BC's range", () => {
    expect(dated("1800-05-01").record.startingDate).toBe("1800-05-01");
    expect(dated("1753-01-01").issues).toEqual([]);
    expect(dated("1752-12-31").issues.map((i) => i.message)).toEqual([
      "‘1752-12-31’ is outside the dates Business Central accepts. Type a date from 1753-01-01 to 9999-12-31.",
    ]);
  });
});

test("[PS12] numbers in messages are written as the language writes them: 112,5 % in Danish", () => {
  const params = { field: "lineDiscountPct", value: 112.5 };
  expect(formatMessage("DISCOUNT_OUT_OF_RANGE", params, "da")).toBe(
    "Linjerabat % er 112,5 %, men en rabat skal være fra 0 til 100 %. Skriv en værdi i det interval.",
  );
  expect(formatMessage("DISCOUNT_OUT_OF_RANGE", params, "en")).toMatch(/ is 112\.5%, but/);
});

test("[PS12] a number cell Excel read as a date is refused, naming the date it shows, never stored as 46143", () => {
  const cells = row({ "Item No.": "I1", "Unit Price": 46143 });
  const price = header.indexOf("Unit Price");
  const parsed = parseRow(salesPriceSchema, cells, map, "da", undefined, (c) => (c === price ? "date" : undefined));
  expect(parsed.record.unitPrice).toBe(0);
  expect(parsed.issues.map((i) => [i.field, i.code, i.severity, i.message])).toEqual([
    [
      "unitPrice",
      "NUMBER_SHOWS_DATE",
      "error",
      "‘Enhedspris’ viser datoen 01-05-2026, ikke et tal: Excel læste det indtastede som en dato. Formatér cellen som Tal, og skriv tallet igen (f.eks. 1,5).",
    ],
  ]);
});
