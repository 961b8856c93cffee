/**
 * Sales prices and sales line discounts (BC tables 7002 and 7004). Both are keyed by the row id: the BC
 * primary key is a uniqueness rule the domain checks, so the `id` field is not a column.
 * Captions and option captions follow Business Central's English and Danish captions.
 */
import type { SalesLineDiscount, SalesPrice } from "../domain";
import type { ColumnDef, OptionDef } from "./schemaTypes";
import type { SheetSchema } from "./schemaTypes";

/** Sales Price Type (enum 7023), in BC's order. */
export const SALES_PRICE_TYPES: readonly OptionDef[] = [
  { value: "Customer", caption: { en: "Customer", da: "Debitor" } },
  { value: "CustomerPriceGroup", caption: { en: "Customer Price Group", da: "Debitorprisgruppe" } },
  { value: "AllCustomers", caption: { en: "All Customers", da: "Alle debitorer" } },
  { value: "Campaign", caption: { en: "Campaign", da: "Kampagne" } },
];

/** Sales Line Discount "Sales Type" (option), in BC's order. */
export const SALES_DISCOUNT_TYPES: readonly OptionDef[] = [
  { value: "Customer", caption: { en: "Customer", da: "Debitor" } },
  { value: "CustomerDiscGroup", caption: { en: "Customer Disc. Group", da: "Debitorrabatgruppe" } },
  { value: "AllCustomers", caption: { en: "All Customers", da: "Alle debitorer" } },
  { value: "Campaign", caption: { en: "Campaign", da: "Kampagne" } },
];

/** Sales Line Discount Type (enum 7021). */
export const LINE_DISCOUNT_TYPES: readonly OptionDef[] = [
  { value: "Item", caption: { en: "Item", da: "Vare" } },
  { value: "ItemDiscGroup", caption: { en: "Item Disc. Group", da: "Varerabatgruppe" } },
];

// Columns both tables share, in BC's page order after the item/code columns.
const salesCode: ColumnDef = {
  field: "salesCode",
  caption: { en: "Sales Code", da: "Salgskode" },
  type: "code",
  maxLength: 20,
  width: 12,
};
const variantCode: ColumnDef = {
  field: "variantCode",
  caption: { en: "Variant Code", da: "Variantkode" },
  type: "code",
  maxLength: 10,
  width: 10,
  listSource: { entity: "itemVariant", field: "code" },
};
const currencyCode: ColumnDef = {
  field: "currencyCode",
  caption: { en: "Currency Code", da: "Valutakode" },
  type: "code",
  maxLength: 10,
  width: 10,
  listSource: { entity: "currency", field: "code" },
};
const unitOfMeasureCode: ColumnDef = {
  field: "unitOfMeasureCode",
  caption: { en: "Unit of Measure Code", da: "Enhedskode" },
  type: "code",
  maxLength: 10,
  width: 10,
  listSource: { entity: "itemUnitOfMeasure", field: "code" },
};
const minimumQuantity: ColumnDef = {
  field: "minimumQuantity",
  caption: { en: "Minimum Quantity", da: "Minimumsantal" },
  type: "number",
  width: 10,
};
const startingDate: ColumnDef = {
  field: "startingDate",
  caption: { en: "Starting Date", da: "Startdato" },
  type: "date",
  width: 12,
};
const endingDate: ColumnDef = {
  field: "endingDate",
  caption: { en: "Ending Date", da: "Slutdato" },
  type: "date",
  width: 12,
};

export const salesPriceSchema: SheetSchema<SalesPrice> = {
  entity: "salesPrice",
  version: 1,
  sheetName: { en: "Sales Prices", da: "Salgspriser" },
  tableName: "SalesPriceTable",
  columns: [
    {
      field: "salesType",
      caption: { en: "Sales Type", da: "Salgstype" },
      type: "option",
      options: SALES_PRICE_TYPES,
      width: 18,
    },
    salesCode,
    {
      field: "itemNo",
      caption: { en: "Item No.", da: "Varenr." },
      type: "code",
      maxLength: 20,
      width: 12,
      listSource: { entity: "item", field: "no" },
    },
    variantCode,
    unitOfMeasureCode,
    currencyCode,
    minimumQuantity,
    { field: "unitPrice", caption: { en: "Unit Price", da: "Enhedspris" }, type: "number", width: 12 },
    startingDate,
    endingDate,
    {
      field: "priceIncludesVat",
      caption: { en: "Price Includes VAT", da: "Pris inkl. moms" },
      type: "boolean",
      width: 10,
    },
    {
      field: "allowInvoiceDisc",
      caption: { en: "Allow Invoice Disc.", da: "Tillad fakturarabat" },
      type: "boolean",
      width: 10,
    },
    {
      field: "allowLineDisc",
      caption: { en: "Allow Line Disc.", da: "Tillad linjerabat" },
      type: "boolean",
      width: 10,
    },
  ],
  keyField: "id",
  keyIsRowId: true,
  keyOf: (r) => r.id,
  blank: () => ({
    id: "",
    itemNo: "",
    salesType: "Customer", // BC's default (ordinal 0)
    salesCode: "",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    unitPrice: 0,
    priceIncludesVat: false,
    allowLineDisc: true,
    allowInvoiceDisc: true,
    minimumQuantity: 0,
    unitOfMeasureCode: "",
    variantCode: "",
  }),
};

export const salesLineDiscountSchema: SheetSchema<SalesLineDiscount> = {
  entity: "salesLineDiscount",
  version: 1,
  sheetName: { en: "Sales Line Discounts", da: "Salgslinjerabatter" },
  tableName: "SalesLineDiscountTable",
  columns: [
    {
      field: "salesType",
      caption: { en: "Sales Type", da: "Salgstype" },
      type: "option",
      options: SALES_DISCOUNT_TYPES,
      width: 18,
    },
    salesCode,
    { field: "type", caption: { en: "Type", da: "Type" }, type: "option", options: LINE_DISCOUNT_TYPES, width: 14 },
    {
      field: "code",
      caption: { en: "Code", da: "Kode" },
      type: "code",
      maxLength: 20,
      width: 12,
      // Only a hint: an item discount group code is valid too when Type is Item Disc. Group.
      listSource: { entity: "item", field: "no" },
    },
    variantCode,
    unitOfMeasureCode,
    currencyCode,
    minimumQuantity,
    { field: "lineDiscountPct", caption: { en: "Line Discount %", da: "Linjerabat %" }, type: "percent", width: 10 },
    startingDate,
    endingDate,
  ],
  keyField: "id",
  keyIsRowId: true,
  keyOf: (r) => r.id,
  blank: () => ({
    id: "",
    type: "Item", // BC's default (ordinal 0)
    code: "",
    salesType: "Customer",
    salesCode: "",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    lineDiscountPct: 0,
    minimumQuantity: 0,
    unitOfMeasureCode: "",
    variantCode: "",
  }),
};
