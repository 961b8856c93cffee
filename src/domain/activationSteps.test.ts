import { activationSteps, planActivation } from "./activation";

const empty = {
  segmentLines: [],
  contacts: new Map(),
  customerByContact: new Map(),
  existingRows: [],
};

describe("[§4][IR9] activation asks before it errs (bc-reference §6.2)", () => {
  test("no prices, no discounts and nothing targeted: the question first, the error only after it", () => {
    const plan = planActivation("CP1", { ...empty, hasPricesOrDiscounts: false }, "en");
    expect(activationSteps(plan)).toEqual(["confirm", "error"]);
    expect(plan.error?.code).toBe("NOTHING_TARGETED");
  });

  test("with prices and nothing targeted: the error at once", () => {
    expect(activationSteps(planActivation("CP1", { ...empty, hasPricesOrDiscounts: true }, "en"))).toEqual(["error"]);
  });

  test("interactions with Campaign Target count; canceled ones do not (§4 step 2)", () => {
    const ile = {
      contactNo: "CO1",
      contactCompanyNo: "CO1",
      campaignNo: "CP1",
      campaignTarget: true,
      postponed: false,
    };
    const counted = planActivation(
      "CP1",
      { ...empty, interactions: [{ ...ile, canceled: false }], hasPricesOrDiscounts: false },
      "en",
    );
    expect(activationSteps(counted)).toEqual(["confirm", "commit"]);
    expect(counted.puts).toEqual([{ type: "Contact", no: "CO1", campaignNo: "CP1" }]);
    const canceled = planActivation(
      "CP1",
      { ...empty, interactions: [{ ...ile, canceled: true }], hasPricesOrDiscounts: true },
      "en",
    );
    expect(activationSteps(canceled)).toEqual(["error"]);
  });
});
