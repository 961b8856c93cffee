import { buildPriceIndex } from "./priceIndex";
import { priceCheck } from "./priceCheck";
import { campaignPrice, check, ctx, line, price } from "../../test/fixtures/priceCheckFixtures";
import { buildTargetGroupLookup } from "./targetGroups";
import type { CampaignTargetGroup } from "./records";

const cp = (campaignNo: string, id = campaignNo): ReturnType<typeof campaignPrice> =>
  campaignPrice({ id, salesCode: campaignNo, unitPrice: 1 });

describe("[§5, bc-reference §7.2] campaign sources come from the customer's target-group rows", () => {
  test("a customer's Customer rows make their campaigns sources", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Customer", no: "10000", campaignNo: "CP1" }];
    expect(check(line(), [cp("CP1")], [], rows).priceSource).toEqual({ kind: "campaign", code: "CP1" });
  });

  test("a customer without Customer rows falls back to the Contact rows of its company contact", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Contact", no: "K2", campaignNo: "CP1" }];
    expect(check(line({ customerNo: "20000" }), [cp("CP1")], [], rows).price.winner?.rowId).toBe("CP1");
  });

  test("a customer WITH Customer rows does not use its company's Contact rows", () => {
    const rows: CampaignTargetGroup[] = [
      { type: "Customer", no: "30000", campaignNo: "CP2" },
      { type: "Contact", no: "K3", campaignNo: "CP3" },
    ];
    const result = check(line({ customerNo: "30000" }), [cp("CP2"), cp("CP3")], [], rows);
    expect(result.price.candidates.map((c) => c.rowId)).toEqual(["CP2"]);
    expect(result.excluded).toEqual([]);
  });

  test("another customer's rows give no campaign", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Customer", no: "20000", campaignNo: "CP1" }];
    expect(check(line(), [cp("CP1")], [], rows).price.winner).toBeNull();
  });

  test("a campaign counts only through its lines' own dates, not through the campaign's", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Customer", no: "10000", campaignNo: "CP1" }];
    const dated = campaignPrice({ id: "may", startingDate: "2026-05-01", endingDate: "2026-05-31" });
    expect(check(line({ date: "2026-05-15" }), [dated], [], rows).price.winner?.rowId).toBe("may");
  });
});

describe("[§5] a contact-only check uses the contact's company", () => {
  test("a person of a company without customer gets the company's Contact-row campaigns", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Contact", no: "K4", campaignNo: "CP1" }];
    const input = line({ contactNo: "P4" });
    delete input.customerNo;
    const result = check(input, [cp("CP1"), price({ id: "c", salesType: "Customer", salesCode: "10000" })], [], rows);
    expect(result.price.candidates.map((c) => c.rowId)).toEqual(["CP1"]);
  });

  test("a person of a company linked to a customer is priced as that customer", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Customer", no: "20000", campaignNo: "CP1" }];
    const input = line({ contactNo: "P2" });
    delete input.customerNo;
    const own = price({ id: "own", salesType: "Customer", salesCode: "20000", unitPrice: 2 });
    expect(check(input, [cp("CP1"), own], [], rows).price.candidates.map((c) => c.rowId)).toEqual(["CP1", "own"]);
  });

  test("an unknown contact is noted", () => {
    const input = line({ contactNo: "NOBODY" });
    delete input.customerNo;
    expect(check(input, []).notes).toEqual([{ code: "UNKNOWN_CONTACT", params: { code: "NOBODY" } }]);
  });
});

describe("[§5] the sources a customer's prices come from", () => {
  test("all customers, the customer and its price group all compete", () => {
    const rows = [
      price({ id: "all", unitPrice: 30 }),
      price({ id: "own", salesType: "Customer", salesCode: "10000", unitPrice: 20 }),
      price({ id: "group", salesType: "CustomerPriceGroup", salesCode: "PG", unitPrice: 10 }),
    ];
    const result = check(line(), rows);
    expect(result.price.candidates.map((c) => [c.rowId, c.source.kind])).toEqual([
      ["group", "customerPriceGroup"],
      ["own", "customer"],
      ["all", "allCustomers"],
    ]);
  });

  test("target groups as rows or as a prebuilt lookup give the same answer", () => {
    const rows: CampaignTargetGroup[] = [
      { type: "Customer", no: "10000", campaignNo: "CP2" },
      { type: "Customer", no: "10000", campaignNo: "CP1" },
    ];
    const index = buildPriceIndex([cp("CP1"), cp("CP2"), price()], []);
    const fromRows = priceCheck(index, line(), ctx(rows));
    const fromLookup = priceCheck(index, line(), { ...ctx(), targetGroups: buildTargetGroupLookup(rows) });
    expect(fromLookup).toEqual(fromRows);
    expect(fromRows.price.candidates).toHaveLength(3);
  });
});
