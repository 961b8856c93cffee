/**
 * Setup tables that prices, discounts and customers refer to: discount and price groups, currencies, customers.
 * Captions follow Business Central's English and Danish captions.
 */
import { codeListSchema } from "./codeListSchema";
import type { Currency, Customer, CustomerDiscountGroup, CustomerPriceGroup, ItemDiscountGroup } from "../domain";
import type { SheetSchema } from "./schemaTypes";

export const itemDiscountGroupSchema: SheetSchema<ItemDiscountGroup> = codeListSchema(
  "itemDiscountGroup",
  { en: "Item Discount Groups", da: "Varerabatgrupper" },
  "ItemDiscountGroupTable",
  20,
);

export const customerPriceGroupSchema: SheetSchema<CustomerPriceGroup> = codeListSchema(
  "customerPriceGroup",
  { en: "Customer Price Groups", da: "Debitorprisgrupper" },
  "CustomerPriceGroupTable",
  10,
);

export const customerDiscountGroupSchema: SheetSchema<CustomerDiscountGroup> = codeListSchema(
  "customerDiscountGroup",
  { en: "Customer Discount Groups", da: "Debitorrabatgrupper" },
  "CustomerDiscountGroupTable",
  20,
);

export const currencySchema: SheetSchema<Currency> = {
  entity: "currency",
  version: 1,
  sheetName: { en: "Currencies", da: "Valutaer" },
  tableName: "CurrencyTable",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 10, width: 10 },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 30 },
    { field: "exchangeRate", caption: { en: "Exchange Rate", da: "Valutakurs" }, type: "number", width: 14 },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", description: "", exchangeRate: 0 }),
};

export const customerSchema: SheetSchema<Customer> = {
  entity: "customer",
  version: 1,
  sheetName: { en: "Customers", da: "Debitorer" },
  tableName: "CustomerTable",
  columns: [
    { field: "no", caption: { en: "No.", da: "Nr." }, type: "code", maxLength: 20, width: 12 },
    { field: "name", caption: { en: "Name", da: "Navn" }, type: "text", width: 30 },
    { field: "contactNo", caption: { en: "Contact No.", da: "Kontaktnr." }, type: "code", maxLength: 20, width: 12 },
    {
      field: "customerPriceGroup",
      caption: { en: "Customer Price Group", da: "Debitorprisgruppe" },
      type: "code",
      maxLength: 10,
      width: 14,
      listSource: { entity: "customerPriceGroup", field: "code" },
    },
    {
      field: "customerDiscGroup",
      caption: { en: "Customer Disc. Group", da: "Debitorrabatgruppe" },
      type: "code",
      maxLength: 20,
      width: 14,
      listSource: { entity: "customerDiscountGroup", field: "code" },
    },
    {
      field: "currencyCode",
      caption: { en: "Currency Code", da: "Valutakode" },
      type: "code",
      maxLength: 10,
      width: 10,
      listSource: { entity: "currency", field: "code" },
    },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    name: "",
    contactNo: "",
    customerPriceGroup: "",
    customerDiscGroup: "",
    currencyCode: "",
  }),
};
