/**
 * One campaign's prices and discounts on their own sheet ("Prices CP0003"). The sheet shows no Sales Type or
 * Sales Code column: every row is the campaign's (`fixed`). Its dates come from the campaign card, so the date
 * columns are read-only here (shown, written by the add-in).
 */
import type { SalesLineDiscount, SalesPrice } from "../domain";
import { hashText } from "./hashText";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";
import type { Caption, SheetSchema } from "./schemaTypes";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in sheet names. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
/** Table names hold letters, digits and underscores only. */
const TABLE_FORBIDDEN = /[^\p{L}\p{Nd}_]/gu;
const SCOPED_OUT = new Set(["salesType", "salesCode"]);
const CAMPAIGN_DATES = new Set(["startingDate", "endingDate"]);

const priceSchemas = new Map<string, SheetSchema<SalesPrice>>();
const discountSchemas = new Map<string, SheetSchema<SalesLineDiscount>>();

/** The sheet of one campaign's sales prices: "Prices CP0003" / "Priser CP0003", table "Prices_CP0003". */
export function campaignPriceSchema(campaignNo: string): SheetSchema<SalesPrice> {
  const no = campaignNo.trim().toUpperCase();
  let schema = priceSchemas.get(no);
  if (!schema) {
    schema = scoped(salesPriceSchema, no, { en: "Prices", da: "Priser" });
    priceSchemas.set(no, schema);
  }
  return schema;
}

/** The sheet of one campaign's line discounts: "Discounts CP0003" / "Rabatter CP0003", table "Discounts_CP0003". */
export function campaignDiscountSchema(campaignNo: string): SheetSchema<SalesLineDiscount> {
  const no = campaignNo.trim().toUpperCase();
  let schema = discountSchemas.get(no);
  if (!schema) {
    schema = scoped(salesLineDiscountSchema, no, { en: "Discounts", da: "Rabatter" });
    discountSchemas.set(no, schema);
  }
  return schema;
}

function scoped<R extends SalesPrice | SalesLineDiscount>(
  base: SheetSchema<R>,
  campaignNo: string,
  prefix: Caption,
): SheetSchema<R> {
  const fixed = { salesType: "Campaign", salesCode: campaignNo } as Partial<R>;
  return {
    ...base,
    sheetName: { en: excelSheetName(prefix.en, campaignNo), da: excelSheetName(prefix.da, campaignNo) },
    tableName: excelTableName(prefix.en, campaignNo),
    columns: base.columns
      .filter((c) => !SCOPED_OUT.has(c.field))
      .map((c) => (CAMPAIGN_DATES.has(c.field) ? { ...c, readOnly: true } : c)),
    fixed,
    blank: () => ({ ...base.blank(), ...fixed }),
  };
}

/**
 * `prefix_name` as an Excel table name: characters other than letters, digits and "_" become "_". When any
 * was replaced, a short hash of the original follows, so "CP-1" and "CP_1" never share a table.
 */
export function excelTableName(prefix: string, name: string): string {
  const clean = name.replace(TABLE_FORBIDDEN, "_");
  const table = `${prefix}_${clean}`;
  return clean === name ? table : `${table}_${tag(name)}`;
}

/**
 * `prefix name` as an Excel sheet name: at most 31 characters, none of []:*?/\, not ending in an apostrophe.
 * When the name had to change, a short hash of the original ends it, so two campaigns never share a sheet.
 */
export function excelSheetName(prefix: string, name: string): string {
  const clean = name.replace(SHEET_FORBIDDEN, "_");
  const sheet = `${prefix} ${clean}`;
  if (clean === name && sheet.length <= MAX_SHEET_NAME && !sheet.endsWith("'")) return sheet;
  const suffix = ` ${tag(name)}`;
  return sheet.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

function tag(name: string): string {
  return hashText(name).slice(0, 6);
}
