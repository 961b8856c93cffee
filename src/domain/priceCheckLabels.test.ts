import { describeExclusion, describeLoss, describeNote, describeSource } from "./priceCheckLabels";
import { messageCodes } from "./messages";
import { check, line, price } from "../../test/fixtures/priceCheckFixtures";

describe("[§5] the answer names its source so a sales person can see why", () => {
  test.each([
    [{ kind: "campaign", code: "CP0003" }, "campaign CP0003", "kampagne CP0003"],
    [{ kind: "allCustomers", code: "" }, "all customers", "alle debitorer"],
    [{ kind: "customer", code: "10000" }, "customer 10000", "debitor 10000"],
    [{ kind: "customerPriceGroup", code: "X" }, "price group X", "prisgruppe X"],
    [{ kind: "customerDiscGroup", code: "Y" }, "discount group Y", "rabatgruppe Y"],
    [{ kind: "itemCard", code: "1000" }, "item card", "varekort"],
  ] as const)("describeSource(%o)", (source, en, da) => {
    expect(describeSource(source, "en")).toBe(en);
    expect(describeSource(source, "da")).toBe(da);
  });

  test("describeLoss explains a loser in the user's language and is empty for the winner", () => {
    const result = check(line({ currencyCode: "EUR" }), [
      price({ id: "lcy" }),
      price({ id: "eur", currencyCode: "EUR" }),
    ]);
    const [winner, loser] = result.price.candidates;
    if (winner === undefined || loser === undefined) throw new Error("expected two candidates");
    expect(describeLoss(winner, "en")).toBe("");
    expect(describeLoss(loser, "en")).toBe("Less specific: the winning line has Currency code EUR, this one has none.");
    expect(describeLoss(loser, "da")).toBe("Mindre specifik: den vindende linje har Valutakode EUR, denne har ingen.");
  });

  test("describeExclusion and describeNote fill in the line's values", () => {
    const result = check(line({ quantity: 1, itemNo: "1000" }), [price({ id: "big", minimumQuantity: 5 })]);
    const excluded = result.excluded[0];
    if (excluded === undefined) throw new Error("expected an excluded line");
    expect(describeExclusion(excluded, "en")).toBe("The quantity 1 is below its minimum quantity 5.");
    expect(describeNote({ code: "UNKNOWN_ITEM", params: { code: "9999" } }, "da")).toContain("9999");
  });
});

/** Codes activation and the price check emit or show (issue 4); each needs catalog text in both languages. */
const EMITTED = [
  "NOTHING_TARGETED",
  "ACTIVATION_NO_PRICES",
  "CAMPAIGN_ACTIVATED",
  "CAMPAIGN_DEACTIVATED",
  "SOURCE_CAMPAIGN",
  "SOURCE_ALL_CUSTOMERS",
  "SOURCE_CUSTOMER",
  "SOURCE_CUSTOMER_PRICE_GROUP",
  "SOURCE_CUSTOMER_DISC_GROUP",
  "SOURCE_ITEM_CARD",
  "LOST_LESS_SPECIFIC",
  "LOST_HIGHER_AMOUNT",
  "LOST_LOWER_DISCOUNT",
  "LOST_EARLIER_START",
  "LOST_NO_START",
  "LOST_TIE_CAMPAIGN",
  "LOST_TIE_ORDER",
  "OUT_OF_DATES",
  "MIN_QTY",
  "OTHER_CURRENCY",
  "OTHER_VARIANT",
  "OTHER_UNIT",
  "PRICE_CHECK_NO_LINE_DISC",
  "UNKNOWN_ITEM",
  "UNKNOWN_CUSTOMER",
  "UNKNOWN_CONTACT",
  "UNKNOWN_ITEM_UNIT",
  "UNKNOWN_CURRENCY",
];

test("[§2] every code activation and the price check use has catalog text", () => {
  expect(messageCodes()).toEqual(expect.arrayContaining(EMITTED));
});
