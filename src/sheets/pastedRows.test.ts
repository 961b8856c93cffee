/**
 * Rows as people paste them into the price and discount sheets (issue #3): numbers and percentages in either
 * language's notation, messy codes, option captions, a block pasted with its own header row, and blocks wider
 * than the table. Expected values are written out by hand.
 */
import type { Lang, SalesLineDiscount, SalesPrice } from "../domain";
import type { CellValue } from "../workbook";
import { campaignDiscountSchema, campaignPriceSchema } from "./campaignLineSchemas";
import { itemSchema } from "./itemSchemas";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";
import { resolveHeader } from "./resolveHeader";
import { formatRow, parseRow } from "./rowCodec";
import { tableColumns } from "./tableColumns";
import type { ColumnMap, SheetSchema } from "./schemaTypes";

/** A header as the add-in creates it, with the user's (or Excel's) extra columns inserted first. */
function sheet<R>(schema: SheetSchema<R>, lang: Lang, extra: string[] = []) {
  const header = [...extra, ...tableColumns(schema, lang).map((c) => c.caption)];
  const { map } = resolveHeader(schema, header, lang);
  if (!map) throw new Error("header did not resolve");
  /** A row with cells placed by caption (either language); everything else blank. */
  const row = (byCaption: Record<string, CellValue>): CellValue[] => {
    const cells: CellValue[] = header.map(() => "");
    for (const [caption, value] of Object.entries(byCaption)) {
      const at = header.indexOf(caption);
      if (at < 0) throw new Error(`no column ${caption}`);
      cells[at] = value;
    }
    return cells;
  };
  return { header, map: map as ColumnMap, row };
}

const PCT_CAPTION = { en: "Line Discount %", da: "Linjerabat %" };
const QTY_CAPTION = { en: "Minimum Quantity", da: "Minimumsantal" };

// [cell, the cell's number format, { en, da }] for the Line Discount % column.
const PERCENTS: [CellValue, string, { en: number; da: number }][] = [
  ["12,5", "", { en: 12.5, da: 12.5 }],
  ["12.5", "", { en: 12.5, da: 12.5 }],
  ["1.234,50", "", { en: 1234.5, da: 1234.5 }],
  ["1,234.50", "", { en: 1234.5, da: 1234.5 }],
  ["15 %", "", { en: 15, da: 15 }],
  ["15%", "", { en: 15, da: 15 }],
  ["7,5 %", "", { en: 7.5, da: 7.5 }],
  [15, "0.00", { en: 15, da: 15 }],
  [0.15, "0%", { en: 15, da: 15 }],
  [0.125, "0.00%", { en: 12.5, da: 12.5 }],
  ["1,234", "", { en: 1234, da: 1.234 }],
  ["1.234", "", { en: 1.234, da: 1234 }],
];

// [cell, { en, da }] for the Minimum Quantity column (a plain number: a % format does not scale it).
const QUANTITIES: [CellValue, { en: number; da: number }][] = [
  ["12,5", { en: 12.5, da: 12.5 }],
  ["12.5", { en: 12.5, da: 12.5 }],
  ["1.234,50", { en: 1234.5, da: 1234.5 }],
  ["1.000", { en: 1, da: 1000 }],
  ["1,000", { en: 1000, da: 1 }],
  [" 24 ", { en: 24, da: 24 }],
  [0.5, { en: 0.5, da: 0.5 }],
];

describe.each<Lang>(["en", "da"])("a pasted discount row (%s)", (lang) => {
  // Two extra columns first, so table column indices differ from schema positions.
  const { map, row } = sheet(campaignDiscountSchema("CP0003"), lang, ["Notes", "Mine"]);
  const pctColumn = map.fields.get("lineDiscountPct");

  test.each(PERCENTS)("Line Discount %p with format %p", (cell, format, expected) => {
    const cells = row({ [PCT_CAPTION[lang]]: cell, [QTY_CAPTION[lang]]: "" });
    const formats = (col: number) => (col === pctColumn ? format : "0%");
    const parsed = parseRow(campaignDiscountSchema("CP0003"), cells, map, lang, formats);
    expect(parsed.issues).toEqual([]);
    expect(parsed.record.lineDiscountPct).toBe(expected[lang]);
  });

  test.each(QUANTITIES)("Minimum Quantity %p", (cell, expected) => {
    const parsed = parseRow(
      campaignDiscountSchema("CP0003"),
      row({ [QTY_CAPTION[lang]]: cell }),
      map,
      lang,
      () => "0%",
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.record.minimumQuantity).toBe(expected[lang]);
  });

  test("a % sign in a plain number column is refused, and so is a bad percentage; each names the fix", () => {
    const cells = row({ [QTY_CAPTION[lang]]: "15 %", [PCT_CAPTION[lang]]: "ti %" });
    const parsed = parseRow(campaignDiscountSchema("CP0003"), cells, map, lang);
    expect(parsed.issues.map((i) => [i.field, i.code, i.severity, i.params["value"]])).toEqual([
      ["minimumQuantity", "INVALID_NUMBER", "error", "15 %"],
      ["lineDiscountPct", "INVALID_NUMBER", "error", "ti %"],
    ]);
    expect(parsed.issues[1]?.message).toContain(lang === "en" ? "is not a percentage" : "er ikke en procentsats");
    expect([parsed.record.minimumQuantity, parsed.record.lineDiscountPct]).toEqual([0, 0]);
  });

  test("codes in any case with stray spaces; option captions of either language; the campaign's fixed values", () => {
    const cells = row({
      Type: lang === "en" ? " item disc. group" : "VARERABATGRUPPE ",
      [lang === "en" ? "Code" : "Kode"]: "  grp-a ",
      [lang === "en" ? "Currency Code" : "Valutakode"]: "eur",
    });
    const parsed = parseRow(campaignDiscountSchema("CP0003"), cells, map, lang);
    expect(parsed.issues).toEqual([]);
    expect(parsed.record).toEqual<SalesLineDiscount>({
      id: "",
      type: "ItemDiscGroup",
      code: "GRP-A",
      salesType: "Campaign",
      salesCode: "CP0003",
      currencyCode: "EUR",
      startingDate: "",
      endingDate: "",
      lineDiscountPct: 0,
      minimumQuantity: 0,
      unitOfMeasureCode: "",
      variantCode: "",
    });
  });

  test("INVALID_OPTION lists the allowed captions in the user's language; the field keeps its default", () => {
    const parsed = parseRow(campaignDiscountSchema("CP0003"), row({ Type: "Itm" }), map, lang);
    expect(parsed.record.type).toBe("Item");
    expect(parsed.issues).toEqual([
      {
        row: 0,
        field: "type",
        code: "INVALID_OPTION",
        severity: "error",
        params: { value: "Itm" },
        message:
          lang === "en"
            ? "‘Itm’ is not a choice for ‘Type’. Type one of: Item, Item Disc. Group."
            : "‘Itm’ er ikke et valg for ‘Type’. Skriv en af: Vare, Varerabatgruppe.",
      },
    ]);
  });

  test("a bad date in the campaign's read-only date column is only a warning", () => {
    const parsed = parseRow(
      campaignDiscountSchema("CP0003"),
      row({ [lang === "en" ? "Ending Date" : "Slutdato"]: "soon" }),
      map,
      lang,
    );
    expect(parsed.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["endingDate", "INVALID_DATE", "warning"],
    ]);
  });
});

test("dates in a pasted general price row read as today: slashes follow the language", () => {
  for (const [lang, expected] of [
    ["en", "2026-01-03"],
    ["da", "2026-03-01"],
  ] as const) {
    const { map, row } = sheet(salesPriceSchema, lang);
    const starting = lang === "en" ? "Starting Date" : "Startdato";
    const parsed = parseRow(
      salesPriceSchema,
      row({ [starting]: "1/3/2026", [lang === "en" ? "Ending Date" : "Slutdato"]: 46112 }),
      map,
      lang,
    );
    expect([parsed.record.startingDate, parsed.record.endingDate]).toEqual([expected, "2026-03-31"]);
  }
});

test("blank Allow Line/Invoice Disc. cells keep BC's default (yes); No turns them off", () => {
  const { map, row } = sheet(salesPriceSchema, "en");
  const blank = parseRow(salesPriceSchema, row({ "Item No.": "1000", "Sales Type": "All Customers" }), map, "en");
  expect(blank.record).toMatchObject<Partial<SalesPrice>>({
    itemNo: "1000",
    salesType: "AllCustomers",
    allowLineDisc: true,
    allowInvoiceDisc: true,
    priceIncludesVat: false,
  });
  const off = parseRow(salesPriceSchema, row({ "Item No.": "1000", "Allow Line Disc.": "No" }), map, "en");
  expect([off.record.allowLineDisc, off.record.allowInvoiceDisc]).toEqual([false, true]);
});

test("blank lines inside a pasted block are blank rows without issues; the rows around them parse", () => {
  const { map, row } = sheet(campaignPriceSchema("CP0003"), "da");
  const block = [row({ "Varenr.": "1000", Enhedspris: "12,50" }), row({}), row({ "Varenr.": "1001", Enhedspris: "9" })];
  const parsed = block.map((cells) => parseRow(campaignPriceSchema("CP0003"), cells, map, "da"));
  expect(parsed.map((p) => [p.blank, p.issues.length, p.record.itemNo, p.record.unitPrice])).toEqual([
    [false, 0, "1000", 12.5],
    [true, 0, "", 0],
    [false, 0, "1001", 9],
  ]);
  expect(parsed.every((p) => p.record.salesType === "Campaign" && p.record.salesCode === "CP0003")).toBe(true);
});

test("parseRow applies a schema's fixed values to every row, even where blank() does not hold them", () => {
  const scoped: SheetSchema<SalesPrice> = {
    ...salesPriceSchema,
    columns: salesPriceSchema.columns.filter((c) => c.field !== "salesType" && c.field !== "salesCode"),
    fixed: { salesType: "CustomerPriceGroup", salesCode: "RETAIL" },
  };
  const { map, row } = sheet(scoped, "en");
  for (const cells of [row({ "Item No.": "1000" }), row({})]) {
    const parsed = parseRow(scoped, cells, map, "en");
    expect([parsed.record.salesType, parsed.record.salesCode]).toEqual(["CustomerPriceGroup", "RETAIL"]);
  }
});

describe("a block pasted with its own header row", () => {
  test.each<Lang>(["en", "da"])("the header row (%s captions, any case) is one PASTED_HEADER_ROW error", (lang) => {
    const schema = campaignDiscountSchema("CP0003");
    const { header, map } = sheet(schema, "en");
    // The pasted header covers the system columns too: its Row ID cell holds a caption, not an id.
    const cells = tableColumns(schema, lang).map((c, i) => (i % 2 ? c.caption.toUpperCase() : ` ${c.caption}`));
    expect(cells).toHaveLength(header.length);
    const parsed = parseRow(schema, cells, map, "da");
    expect(parsed.blank).toBe(false);
    expect(parsed.rowId).toBe("");
    expect(parsed.issues).toEqual([
      {
        row: 0,
        field: "",
        code: "PASTED_HEADER_ROW",
        severity: "error",
        params: {},
        message: "Rækken gentager kolonneoverskrifterne (indsat sammen med dataene). Slet rækken; den gemmes ikke.",
      },
    ]);
  });

  test("a header row with some columns left out is still a header row (English message)", () => {
    const { map, row } = sheet(salesLineDiscountSchema, "en");
    const parsed = parseRow(
      salesLineDiscountSchema,
      row({ "Sales Type": "Salgstype", Code: "Code", Type: "type" }),
      map,
      "en",
    );
    expect(parsed.issues.map((i) => [i.code, i.field])).toEqual([["PASTED_HEADER_ROW", ""]]);
    expect(parsed.issues[0]?.message).toContain("Delete the row; it is not stored.");
  });

  test("one caption-like value, or captions mixed with real values, is no header row", () => {
    const { map, row } = sheet(itemSchema, "en");
    const one = parseRow(itemSchema, row({ "No.": "NR.", Description: "Some item" }), map, "en");
    expect(one.issues).toEqual([]);
    const mixed = parseRow(
      itemSchema,
      row({ "No.": "No.", Description: "Description", "Unit Price": "12" }),
      map,
      "en",
    );
    expect(mixed.issues).toEqual([]);
    expect(mixed.record).toMatchObject({ no: "NO.", description: "Description", unitPrice: 12 });
  });
});

describe("a block wider than the table", () => {
  test.each<Lang>(["en", "da"])(
    "values in columns the table does not know are EXTRA_COLUMN_IGNORED warnings (%s)",
    (lang) => {
      const { map, row } = sheet(itemSchema, lang, ["Column1", "Notes"]);
      expect(map.extra).toEqual([{ index: 0, caption: "Column1" }]);
      const parsed = parseRow(itemSchema, row({ Column1: "kg", [lang === "en" ? "No." : "Nr."]: "1000" }), map, lang);
      expect(parsed.record.no).toBe("1000");
      expect(parsed.issues).toEqual([
        {
          row: 0,
          field: "",
          code: "EXTRA_COLUMN_IGNORED",
          severity: "warning",
          params: { value: "kg", column: "Column1" },
          message:
            lang === "en"
              ? "‘kg’ in column ‘Column1’ is not stored: the table has no such column. Move it into the column it belongs to (see the headers), or delete column ‘Column1’ if you do not need it."
              : "‘kg’ i kolonnen ‘Column1’ gemmes ikke: tabellen har ingen sådan kolonne. Flyt værdien til den kolonne, den hører til (se overskrifterne), eller slet kolonnen ‘Column1’, hvis du ikke skal bruge den.",
        },
      ]);
    },
  );

  test("[PS4] several filled extra columns are one warning with a count, not one per value; blank ones do nothing", () => {
    const { map, row } = sheet(itemSchema, "da", ["Kolonne1", "Kolonne2", "Kolonne3", "Noter"]);
    const parsed = parseRow(itemSchema, row({ "Nr.": "1000", Kolonne1: "x", Kolonne3: 5, Noter: "husk" }), map, "da");
    expect(parsed.issues.map((i) => [i.code, i.params["count"], i.message])).toEqual([
      [
        "EXTRA_COLUMN_IGNORED",
        2,
        "2 værdier i kolonner, tabellen ikke har (‘Kolonne1’ til ‘Kolonne3’), gemmes ikke. Flyt dem til de kolonner, de hører til (se overskrifterne), eller slet kolonnerne, hvis du ikke skal bruge dem.",
      ],
    ]);
    const quiet = parseRow(itemSchema, row({ "Nr.": "1000" }), map, "da");
    expect(quiet.issues).toEqual([]);
  });

  test("a user's own titled column (notes, even a Sales Code) is theirs: no warning; the campaign's values win", () => {
    const schema = campaignPriceSchema("CP0003");
    const { map, row } = sheet(schema, "en", ["Sales Code"]);
    const parsed = parseRow(schema, row({ "Sales Code": "CP9999", "Item No.": "1000" }), map, "en");
    expect([parsed.record.salesType, parsed.record.salesCode]).toEqual(["Campaign", "CP0003"]);
    expect(parsed.issues).toEqual([]);
  });
});

test("formatRow writes option captions in the sheet's language and percent points as plain numbers", () => {
  const d: SalesLineDiscount = {
    ...salesLineDiscountSchema.blank(),
    id: "r1",
    type: "ItemDiscGroup",
    code: "GRP",
    salesType: "CustomerDiscGroup",
    salesCode: "DETAIL",
    lineDiscountPct: 12.5,
  };
  expect(formatRow(salesLineDiscountSchema, d, "da").slice(0, 4)).toEqual([
    "Debitorrabatgruppe",
    "DETAIL",
    "Varerabatgruppe",
    "GRP",
  ]);
  expect(formatRow(salesLineDiscountSchema, d, "en")[0]).toBe("Customer Disc. Group");
  expect(formatRow(salesLineDiscountSchema, d)[8]).toBe(12.5);
  // An unknown stored option is written as its text, so the next parse reports it.
  const odd = { ...d, type: "Nonsense" } as unknown as SalesLineDiscount;
  expect(formatRow(salesLineDiscountSchema, odd, "da")[2]).toBe("Nonsense");
});

test("[PS4] a paste 30 values wider than the table gives one sentence per row, not 30", () => {
  const extra = Array.from({ length: 30 }, (_, i) => `Column${i + 1}`);
  const { map, row } = sheet(itemSchema, "en", extra);
  const cells = row({ "No.": "1000", ...Object.fromEntries(extra.map((c, i) => [c, `value number ${i}`])) });
  const parsed = parseRow(itemSchema, cells, map, "en");
  expect(parsed.issues).toHaveLength(1);
  expect(parsed.issues[0]?.message).toMatch(
    /^30 values in columns the table does not have \(‘Column1’ to ‘Column30’\)/,
  );
  expect(parsed.issues[0]?.message.length).toBeLessThan(250);
});
