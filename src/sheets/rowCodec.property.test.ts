import fc from "fast-check";
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { parseNumber } from "./parseNumber";
import { parsePercent } from "./parsePercent";
import { resolveHeader } from "./resolveHeader";
import { formatRow, parseRow, recordText } from "./rowCodec";
import { campaignDiscountSchema, campaignPriceSchema } from "./campaignLineSchemas";
import { contactSchema, teamMemberSchema } from "./contactSchemas";
import { interactionTemplateSchema } from "./interactionSchemas";
import { itemSchema } from "./itemSchemas";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";
import { campaignSchema, campaignStatusSchema, salespersonSchema } from "./schemas";
import { allSegmentLinesSchema, segmentLineSchema } from "./segmentSchemas";
import { currencySchema, customerSchema } from "./setupSchemas";
import { tableColumns } from "./tableColumns";
import type { ColumnDef, FieldType, SheetSchema } from "./schemaTypes";

/** A schema with number and integer columns side by side, to exercise both paths. */
interface Measured {
  code: string;
  price: number;
  quantity: number;
  note: string;
}
const measuredSchema: SheetSchema<Measured> = {
  entity: "campaign",
  version: 1,
  sheetName: { en: "Measured", da: "Målt" },
  tableName: "MeasuredTable",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code" },
    { field: "price", caption: { en: "Price", da: "Pris" }, type: "number" },
    { field: "quantity", caption: { en: "Quantity", da: "Antal" }, type: "integer" },
    { field: "note", caption: { en: "Note", da: "Note" }, type: "text" },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", price: 0, quantity: 0, note: "" }),
};

const SCHEMAS = [
  campaignStatusSchema,
  salespersonSchema,
  campaignSchema,
  measuredSchema,
  itemSchema,
  currencySchema,
  customerSchema,
  salesPriceSchema,
  salesLineDiscountSchema,
  campaignPriceSchema("CP0003"),
  campaignDiscountSchema("CP0003"),
  contactSchema,
  teamMemberSchema,
  interactionTemplateSchema,
  allSegmentLinesSchema,
  segmentLineSchema("SEG0012"),
] as unknown as SheetSchema<Record<string, unknown>>[];

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const VALUE: Record<Exclude<FieldType, "option">, fc.Arbitrary<unknown>> = {
  code: fc.stringMatching(/^(?:[A-Z0-9ÆØÅ](?:[A-Z0-9ÆØÅ .\-_/]{0,18}[A-Z0-9ÆØÅ])?)?$/),
  text: fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 20 })).map((s) => s.trim()),
  date: fc.oneof(
    fc.constant(""),
    fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
      .map(isoDay),
  ),
  boolean: fc.boolean(),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  integer: fc.maxSafeInteger(),
  percent: fc.oneof(
    fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
};
const valueOf = (c: ColumnDef): fc.Arbitrary<unknown> =>
  c.type === "option" ? fc.constantFrom(...c.options.map((o) => o.value)) : VALUE[c.type];

/** A valid record: every column's field generated; the row id key ("") and a scoped sheet's fixed values from blank(). */
const recordOf = (schema: SheetSchema<Record<string, unknown>>) =>
  fc
    .record(Object.fromEntries(schema.columns.map((c) => [c.field, valueOf(c)])))
    .map((fields) => ({ ...schema.blank(), ...fields }));

/** The table's captions in a shuffled order with some of the user's own columns mixed in. */
const headerOf = (schema: SheetSchema<Record<string, unknown>>, lang: Lang) => {
  const captions = tableColumns(schema, lang).map((c) => c.caption);
  return fc
    .tuple(
      fc.shuffledSubarray(captions, { minLength: captions.length, maxLength: captions.length }),
      fc.array(fc.constantFrom("Notes", "Mine", "", "Sum"), { maxLength: 3 }),
      fc.nat(),
    )
    .map(([shuffled, extra, at]) => {
      const header = [...shuffled];
      extra.forEach((e, i) => header.splice((at + i) % (header.length + 1), 0, i === 0 ? e : `${e}${i}`));
      return header;
    });
};

describe.each(SCHEMAS.map((s) => [s.tableName, s] as const))("%s", (_name, schema) => {
  test("formatRow → parseRow gives the same record, no issues, and cellText = recordText", () => {
    const lang = fc.constantFrom<Lang>("en", "da");
    const setup = lang.chain((l) => fc.tuple(fc.constant(l), headerOf(schema, l), recordOf(schema)));
    fc.assert(
      fc.property(setup, ([l, header, record]) => {
        const { map } = resolveHeader(schema, header, l);
        if (!map) throw new Error("shuffled header did not resolve");
        const row: CellValue[] = header.map(() => "");
        const cells = formatRow(schema, record, l);
        schema.columns.forEach((c, i) => (row[map.fields.get(c.field) ?? -1] = cells[i] ?? ""));
        row[map.rowId] = "id-1";
        row[map.rowVersion] = 5;
        const parsed = parseRow(schema, row, map, l, () => "0.00"); // the number format tableColumns gives
        expect(parsed.issues).toEqual([]);
        expect(parsed.record).toEqual(record);
        expect(parsed.cellText).toBe(recordText(schema, record));
        expect([parsed.rowId, parsed.rowVersion]).toEqual(["id-1", 5]);
      }),
      { numRuns: 300 },
    );
  });

  test("any cell content: never throws; a field is either read or blank with one issue naming it", () => {
    const anyCell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constantFrom("1/2/3", "1,2", "x", "31-02-26"));
    const lang = fc.constantFrom<Lang>("en", "da");
    fc.assert(
      fc.property(lang, fc.array(anyCell, { minLength: 8, maxLength: 12 }), (l, cells) => {
        const header = tableColumns(schema, l).map((c) => c.caption);
        const { map } = resolveHeader(schema, header, l);
        if (!map) throw new Error("header did not resolve");
        const parsed = parseRow(schema, cells, map, l);
        const blank = schema.blank();
        for (const issue of parsed.issues) {
          expect(parsed.record[issue.field]).toEqual(blank[issue.field]);
          // A number that is no date is not quoted as a serial (PS10); a date serial 60 is quoted as the day it shows.
          const raw = cells[map.fields.get(issue.field) ?? -1];
          const serial = issue.code === "INVALID_DATE" && typeof raw === "number";
          if (!serial) expect(issue.message).toContain(`‘${String(issue.params["value"])}’`);
        }
        expect(new Set(parsed.issues.map((i) => i.field)).size).toBe(parsed.issues.length);
      }),
    );
  });
});

test("INVALID_NUMBER: letters, and a fraction in an integer column", () => {
  const header = tableColumns(measuredSchema, "da").map((c) => c.caption);
  const { map } = resolveHeader(measuredSchema, header, "da");
  if (!map) throw new Error("header did not resolve");
  const parsed = parseRow(measuredSchema, ["A", "12 kr", "2,5", "", "", "", ""], map, "da");
  expect(parsed.record).toEqual({ code: "A", price: 0, quantity: 0, note: "" });
  expect(parsed.issues.map((i) => [i.field, i.code])).toEqual([
    ["price", "INVALID_NUMBER"],
    ["quantity", "INVALID_NUMBER"],
  ]);
  expect(parsed.issues[1]?.message).toContain("ikke et helt tal");
});

test("numbers as each language writes them (Intl as oracle) read back as the same number", () => {
  const formats = { en: new Intl.NumberFormat("en-US"), da: new Intl.NumberFormat("da-DK") };
  fc.assert(
    fc.property(fc.constantFrom<Lang>("en", "da"), fc.integer({ min: -1e12, max: 1e12 }), (lang, cents) => {
      const n = cents / 100;
      const result = parseNumber(formats[lang].format(n), lang);
      expect(result.ok && result.value).toBeCloseTo(n, 2);
    }),
  );
});

test("a percentage Excel holds as a fraction (a % number format) reads back as the same percent points", () => {
  fc.assert(
    fc.property(
      fc.constantFrom<Lang>("en", "da"),
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.constantFrom("0%", "0.00%", "#,##0.0 %"),
      (lang, k, format) => {
        const points = k / 10_000; // up to 4 decimals, as people type discounts
        const result = parsePercent(points / 100, lang, format);
        expect(result).toEqual({ ok: true, value: points });
      },
    ),
  );
});
