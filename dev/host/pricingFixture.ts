/**
 * Generated pricing data for the dev host, the e2e tests and the benchmarks (one generator, so they agree):
 * setup rows (items with PCS/BOX units, variants on the first 100 items, discount groups, currencies) and
 * N campaign discount lines with a chosen number of bad lines of ten kinds, each with the code it must get.
 * Rows are built by field and laid out by the schema's own column order, as a person pasting would.
 */
import type { EntityKind } from "../../src/domain";
import { campaignDiscountSchema, schemaFor } from "../../src/sheets";
import type { SheetSchema } from "../../src/sheets";

type Fields = Record<string, string>;

export const ITEM_COUNT = 1000;
/** Items 1…itemCount/10 have the variants RED and BLUE; the rest have none. */
const variantItems = (itemCount: number) => Math.max(1, Math.floor(itemCount / 10));

const itemNo = (i: number) => `I${String(i).padStart(4, "0")}`;

/** Setup rows per entity, in the order they must be pasted (an item's units exist before its lines). */
export function pricingSetup(itemCount: number = ITEM_COUNT): { entity: EntityKind; rows: Fields[] }[] {
  const items: Fields[] = [];
  const units: Fields[] = [];
  const variants: Fields[] = [];
  for (let i = 1; i <= itemCount; i++) {
    items.push({
      no: itemNo(i),
      description: `Item ${i}`,
      baseUnitOfMeasure: "PCS",
      salesUnitOfMeasure: "PCS",
      unitPrice: String(10 + (i % 90)),
      itemDiscGroup: `G${i % 5}`,
      priceIncludesVat: "FALSE",
    });
    units.push({ itemNo: itemNo(i), code: "PCS", qtyPerUnitOfMeasure: "1" });
    units.push({ itemNo: itemNo(i), code: "BOX", qtyPerUnitOfMeasure: "12" });
    if (i <= variantItems(itemCount)) {
      variants.push({ itemNo: itemNo(i), code: "RED", description: "Red" });
      variants.push({ itemNo: itemNo(i), code: "BLUE", description: "Blue" });
    }
  }
  return [
    { entity: "itemDiscountGroup", rows: [0, 1, 2, 3, 4].map((g) => ({ code: `G${g}`, description: `Group ${g}` })) },
    {
      entity: "currency",
      rows: [
        { code: "EUR", description: "Euro", exchangeRate: "7.46" },
        { code: "USD", description: "US dollar", exchangeRate: "6.85" },
      ],
    },
    { entity: "item", rows: items },
    { entity: "itemUnitOfMeasure", rows: units },
    { entity: "itemVariant", rows: variants },
  ];
}

/** The codes bad lines get, one kind per code; a line of kind k sits at every (n / bad)-th row. */
export const BAD_KINDS = [
  "UNKNOWN_ITEM",
  "UNKNOWN_ITEM_UNIT",
  "UNKNOWN_ITEM_VARIANT",
  "DISCOUNT_OUT_OF_RANGE",
  "INVALID_NUMBER",
  "NEGATIVE_QUANTITY",
  "UNKNOWN_CURRENCY",
  "NOT_ALLOWED_FOR_DISC_GROUP",
  "CAMPAIGN_DATES_FROM_CARD",
  "INVALID_OPTION",
] as const;

export interface DiscountFixture {
  /** Tab-separated lines in the campaign discount sheet's column order (no header). */
  tsv: string;
  /** Body row → the code its status must carry. */
  bad: { row: number; code: string }[];
  n: number;
}

/** `n` unique discount lines for one campaign over `itemCount` items, `badCount` of them bad (spread evenly over BAD_KINDS). */
export function campaignDiscountLines(
  campaignNo: string,
  n: number,
  badCount: number,
  itemCount: number = ITEM_COUNT,
): DiscountFixture {
  const withVariants = variantItems(itemCount);
  const schema = campaignDiscountSchema(campaignNo) as unknown as SheetSchema<unknown>;
  const fields = schema.columns.map((c) => c.field);
  const step = badCount > 0 ? Math.floor(n / badCount) : Infinity;
  const lines: string[] = [];
  const bad: { row: number; code: string }[] = [];
  for (let i = 0; i < n; i++) {
    // Unique BC key per line: item × unit × minimum quantity.
    const item = (i % itemCount) + 1;
    const row: Fields = {
      type: "Item",
      code: itemNo(item).toLowerCase() + (i % 3 === 0 ? " " : ""), // any case, stray spaces
      currencyCode: "",
      lineDiscountPct: i % 4 === 0 ? "12,5" : i % 4 === 1 ? "15 %" : String(5 + (i % 20)),
      minimumQuantity: String(Math.floor(i / (2 * itemCount))),
      unitOfMeasureCode: Math.floor(i / itemCount) % 2 === 0 ? "PCS" : "BOX",
      variantCode: "",
      startingDate: "",
      endingDate: "",
    };
    const k = i % step === step - 1 && bad.length < badCount ? bad.length % BAD_KINDS.length : -1;
    if (k >= 0) {
      const code = BAD_KINDS[k] as string;
      bad.push({ row: i, code });
      if (code === "UNKNOWN_ITEM") row.code = `NOPE${i}`;
      else if (code === "UNKNOWN_ITEM_UNIT") row.unitOfMeasureCode = "CASE";
      else if (code === "UNKNOWN_ITEM_VARIANT") {
        row.code = itemNo(withVariants + 1 + (i % (itemCount - withVariants)));
        row.variantCode = "RED";
        row.minimumQuantity = String(1000 + i); // stays unique
      } else if (code === "DISCOUNT_OUT_OF_RANGE") row.lineDiscountPct = "120";
      else if (code === "INVALID_NUMBER") row.lineDiscountPct = "abc";
      else if (code === "NEGATIVE_QUANTITY") row.minimumQuantity = "-5";
      else if (code === "UNKNOWN_CURRENCY") row.currencyCode = "XXX";
      else if (code === "NOT_ALLOWED_FOR_DISC_GROUP") {
        row.type = "Item Disc. Group";
        row.code = "G1";
        row.variantCode = "RED";
        row.unitOfMeasureCode = "";
        row.minimumQuantity = String(2000 + i); // stays unique
      } else if (code === "CAMPAIGN_DATES_FROM_CARD") row.startingDate = "2020-01-01";
      else row.type = "Thing";
    }
    lines.push(fields.map((f) => row[f] ?? "").join("\t"));
  }
  return { tsv: lines.join("\r\n"), bad, n };
}

/** A record laid out in a schema's column order. */
export function rowCells(entity: EntityKind, fields: Fields): string[] {
  return schemaFor(entity).columns.map((c) => fields[c.field] ?? "");
}
