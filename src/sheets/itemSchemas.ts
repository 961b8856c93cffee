/**
 * Items with their units of measure and variants. Units and variants are keyed by (item no., code): their
 * keyOf joins the two with U+001F, a control character no valid code contains.
 */
import type { Item, ItemUnitOfMeasure, ItemVariant } from "../domain";
import type { SheetSchema } from "./schemaTypes";

/** Joins the parts of a compound key in keyOf: a control character no valid code contains. */
export const KEY_SEPARATOR = "\u001f";

export const itemSchema: SheetSchema<Item> = {
  entity: "item",
  version: 1,
  sheetName: { en: "Items", da: "Varer" },
  tableName: "ItemTable",
  columns: [
    { field: "no", caption: { en: "No.", da: "Nr." }, type: "code", maxLength: 20, width: 12 },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    {
      field: "baseUnitOfMeasure",
      caption: { en: "Base Unit of Measure", da: "Basisenhed" },
      type: "code",
      maxLength: 10,
      width: 12,
      listSource: { entity: "itemUnitOfMeasure", field: "code" },
    },
    {
      field: "salesUnitOfMeasure",
      caption: { en: "Sales Unit of Measure", da: "Salgsenhed" },
      type: "code",
      maxLength: 10,
      width: 12,
      listSource: { entity: "itemUnitOfMeasure", field: "code" },
    },
    { field: "unitPrice", caption: { en: "Unit Price", da: "Enhedspris" }, type: "number", width: 12 },
    {
      field: "itemDiscGroup",
      caption: { en: "Item Disc. Group", da: "Varerabatgruppe" },
      type: "code",
      maxLength: 20,
      width: 14,
      listSource: { entity: "itemDiscountGroup", field: "code" },
    },
    {
      field: "priceIncludesVat",
      caption: { en: "Price Includes VAT", da: "Pris inkl. moms" },
      type: "boolean",
      width: 10,
    },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    description: "",
    baseUnitOfMeasure: "",
    salesUnitOfMeasure: "",
    unitPrice: 0,
    itemDiscGroup: "",
    priceIncludesVat: false,
  }),
};

export const itemUnitOfMeasureSchema: SheetSchema<ItemUnitOfMeasure> = {
  entity: "itemUnitOfMeasure",
  version: 1,
  sheetName: { en: "Item Units of Measure", da: "Vareenheder" },
  tableName: "ItemUnitOfMeasureTable",
  columns: [
    {
      field: "itemNo",
      caption: { en: "Item No.", da: "Varenr." },
      type: "code",
      maxLength: 20,
      width: 12,
      listSource: { entity: "item", field: "no" },
    },
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 10, width: 10 },
    {
      field: "qtyPerUnitOfMeasure",
      caption: { en: "Qty. per Unit of Measure", da: "Antal pr. enhed" },
      type: "number",
      width: 12,
    },
  ],
  keyField: "code",
  keyOf: (r) => r.itemNo + KEY_SEPARATOR + r.code,
  blank: () => ({ itemNo: "", code: "", qtyPerUnitOfMeasure: 1 }), // BC InitValue 1
};

export const itemVariantSchema: SheetSchema<ItemVariant> = {
  entity: "itemVariant",
  version: 1,
  sheetName: { en: "Item Variants", da: "Varevarianter" },
  tableName: "ItemVariantTable",
  columns: [
    {
      field: "itemNo",
      caption: { en: "Item No.", da: "Varenr." },
      type: "code",
      maxLength: 20,
      width: 12,
      listSource: { entity: "item", field: "no" },
    },
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 10, width: 10 },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
  ],
  keyField: "code",
  keyOf: (r) => r.itemNo + KEY_SEPARATOR + r.code,
  blank: () => ({ itemNo: "", code: "", description: "" }),
};
