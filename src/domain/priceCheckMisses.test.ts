import { buildPriceIndex, priceCheck } from "./index";
import type { CampaignTargetGroup, PriceCheckInput, SalesLineDiscount, SalesPrice } from "./index";
import { campaignMisses, describeMiss, missKey } from "./priceCheckMisses";
import type { CampaignMissContext } from "./priceCheckMisses";
import { campaignPrice, ctx, discount, line } from "../../test/fixtures/priceCheckFixtures";

const campaignDiscount = (overrides: Partial<SalesLineDiscount> = {}) =>
  discount({
    salesType: "Campaign",
    salesCode: "CP1",
    startingDate: "",
    endingDate: "",
    lineDiscountPct: 14,
    ...overrides,
  });

function misses(
  input: PriceCheckInput,
  prices: SalesPrice[],
  discounts: SalesLineDiscount[],
  miss: Partial<CampaignMissContext> = {},
  targetGroups: CampaignTargetGroup[] = [],
) {
  const index = buildPriceIndex(prices, discounts);
  const c = ctx(targetGroups);
  const result = priceCheck(index, input, c);
  const full = { activated: new Set<string>(), targetedCompanies: new Set<string>(), ...miss };
  return campaignMisses(index, input, c, result, full);
}

describe("a price check explains a missed campaign", () => {
  test("[PN6] a customer outside the target group: the campaign, its %, the item and what to do", () => {
    const found = misses(line(), [], [campaignDiscount()], { activated: new Set(["CP1"]) });
    expect(found).toMatchObject([{ campaignNo: "CP1", kind: "discount", value: 14, code: "MISS_NOT_TARGETED_ACTIVE" }]);
    expect(describeMiss(found[0]!, "en")).toBe(
      "Campaign CP1 gives a 14% discount on 1000, but 10000 is not in its target group: add contact K1 to a segment of CP1 with Campaign Target (or log an interaction of CP1 with Campaign Target for it and activate again).",
    );
    expect(describeMiss(found[0]!, "da")).toContain(
      "Kampagne CP1 giver 14 % rabat på 1000, men 10000 er ikke i dens målgruppe",
    );
  });

  test("[PN6] not activated: in a campaign-target segment it says activate; outside one, add the contact then activate", () => {
    const targeted = misses(line(), [], [campaignDiscount()], { targetedCompanies: new Set([missKey("CP1", "K1")]) });
    expect(targeted.map((m) => m.code)).toEqual(["MISS_NOT_ACTIVATED"]);
    expect(describeMiss(targeted[0]!, "en")).toBe(
      "Campaign CP1 gives a 14% discount on 1000, but CP1 is not activated: activate it on the Campaigns tab.",
    );
    const outside = misses(line(), [], [campaignDiscount()]);
    expect(describeMiss(outside[0]!, "en")).toMatch(
      /add contact K1 to a segment of CP1 with Campaign Target \(or log an interaction of CP1 with Campaign Target for it\), then activate CP1\.$/,
    );
  });

  test("[PN6] a campaign the customer is a target of, or whose line would not apply anyway, is not a miss", () => {
    const targets: CampaignTargetGroup[] = [{ type: "Customer", no: "10000", campaignNo: "CP1" }];
    expect(misses(line(), [], [campaignDiscount()], {}, targets)).toEqual([]);
    expect(misses(line({ date: "2026-06-01" }), [], [campaignDiscount()])).toEqual([]);
    expect(misses(line(), [], [campaignDiscount({ minimumQuantity: 50 })])).toEqual([]);
  });

  test("[PN6] one miss per campaign and kind, the best value, sorted by campaign, prices first", () => {
    const found = misses(
      line(),
      [campaignPrice({ salesCode: "CP2", unitPrice: 30 }), campaignPrice({ salesCode: "CP2", unitPrice: 25 })],
      [
        campaignDiscount({ salesCode: "CP2", lineDiscountPct: 3 }),
        campaignDiscount({ lineDiscountPct: 9 }),
        campaignDiscount(),
      ],
    );
    expect(found.map((m) => [m.campaignNo, m.kind, m.value])).toEqual([
      ["CP1", "discount", 14],
      ["CP2", "price", 25],
      ["CP2", "discount", 3],
    ]);
    expect(describeMiss(found[1]!, "da")).toContain("giver en enhedspris på 25 på 1000");
  });
});

describe("percentages", () => {
  test("[PN10] messages write a percent as the language does: 14% in English, 14 % in Danish", () => {
    const found = misses(line(), [], [campaignDiscount()], { activated: new Set(["CP1"]) });
    expect(describeMiss(found[0]!, "en")).toContain("a 14% discount");
    expect(describeMiss(found[0]!, "da")).toContain("14 % rabat");
  });
});
