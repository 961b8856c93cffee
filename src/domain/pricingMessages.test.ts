import { FIELD_LABELS } from "./messageCatalog";
import { formatMessage, messageCodes } from "./messages";

/** Codes the item, customer, price and discount validators emit (issue 3). */
const PRICING_CODES = [
  "INVALID_NUMBER",
  "NEGATIVE_AMOUNT",
  "NEGATIVE_QUANTITY",
  "DISCOUNT_OUT_OF_RANGE",
  "EXCHANGE_RATE_NOT_POSITIVE",
  "QTY_PER_UNIT_NOT_POSITIVE",
  "BASE_UNIT_QTY_NOT_ONE",
  "UNKNOWN_ITEM",
  "UNKNOWN_ITEM_DISC_GROUP",
  "UNKNOWN_ITEM_UNIT",
  "UNKNOWN_ITEM_VARIANT",
  "UNKNOWN_CUSTOMER",
  "UNKNOWN_CUSTOMER_PRICE_GROUP",
  "UNKNOWN_CUSTOMER_DISC_GROUP",
  "UNKNOWN_CURRENCY",
  "UNKNOWN_CAMPAIGN",
  "INVALID_SALES_TYPE",
  "INVALID_LINE_DISCOUNT_TYPE",
  "SALES_CODE_MUST_BE_BLANK",
  "SALES_CODE_REQUIRED",
  "PRICE_DATES_ORDER",
  "CAMPAIGN_DATES_FROM_CARD",
  "NOT_ALLOWED_FOR_DISC_GROUP",
  "DUPLICATE_PRICE_LINE",
  "DUPLICATE_DISCOUNT_LINE",
];

/** Fields of the issue-3 records that messages may name. */
const PRICING_FIELDS = [
  "itemNo",
  "type",
  "salesType",
  "salesCode",
  "currencyCode",
  "unitPrice",
  "minimumQuantity",
  "unitOfMeasureCode",
  "variantCode",
  "lineDiscountPct",
  "qtyPerUnitOfMeasure",
  "exchangeRate",
  "baseUnitOfMeasure",
  "salesUnitOfMeasure",
  "itemDiscGroup",
  "customerPriceGroup",
  "customerDiscGroup",
  "contactNo",
  "priceIncludesVat",
  "allowLineDisc",
  "allowInvoiceDisc",
];

describe("[§2] pricing messages exist in English and Danish", () => {
  test("the catalog covers every code the pricing validators emit", () => {
    expect(messageCodes()).toEqual(expect.arrayContaining(PRICING_CODES));
  });

  test.each(PRICING_FIELDS)("field %s has a label in both languages", (field) => {
    expect(FIELD_LABELS[field]?.en).toBeTruthy();
    expect(FIELD_LABELS[field]?.da).toBeTruthy();
  });

  test("UNKNOWN_ITEM_UNIT names item and unit and says what to do, in both languages", () => {
    const params = { item: "1000", code: "PALLET" };
    expect(formatMessage("UNKNOWN_ITEM_UNIT", params, "en")).toBe(
      "Item 1000 has no unit of measure PALLET. Choose one of the item's units, or add PALLET to item 1000 first.",
    );
    expect(formatMessage("UNKNOWN_ITEM_UNIT", params, "da")).toBe(
      "Vare 1000 har ingen enhed PALLET. Vælg en af varens enheder, eller tilføj PALLET til vare 1000 først.",
    );
  });

  test("DISCOUNT_OUT_OF_RANGE shows the field label and value in the user's language", () => {
    const params = { field: "lineDiscountPct", value: 101 };
    expect(formatMessage("DISCOUNT_OUT_OF_RANGE", params, "en")).toContain("Line discount % is 101");
    expect(formatMessage("DISCOUNT_OUT_OF_RANGE", params, "da")).toContain("Linjerabat % er 101");
  });

  test("CAMPAIGN_DATES_FROM_CARD points to the campaign card in both languages", () => {
    const params = { field: "startingDate", value: "2026-04-02", campaign: "CP0001" };
    expect(formatMessage("CAMPAIGN_DATES_FROM_CARD", params, "en")).toContain("campaign card (Campaigns tab)");
    expect(formatMessage("CAMPAIGN_DATES_FROM_CARD", params, "da")).toContain("kampagnekortet (fanen Kampagner)");
  });
});
