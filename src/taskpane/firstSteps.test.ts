import { firstSteps, showsFirstSteps } from "./firstSteps";

const campaignSheet = { entity: "campaign" as const };
const discountSheet = { entity: "salesLineDiscount" as const, scope: { campaignNo: "CP0001" } };

describe("the Campaigns tab's first steps", () => {
  test("[PN8] are shown while the campaign table is unbound or empty or no campaign has a lines sheet", () => {
    expect(showsFirstSteps([], 0)).toBe(true);
    expect(showsFirstSteps([], 3)).toBe(true);
    expect(showsFirstSteps([campaignSheet], 0)).toBe(true);
    expect(showsFirstSteps([campaignSheet], 1)).toBe(true);
    expect(showsFirstSteps([campaignSheet, discountSheet], 1)).toBe(false);
  });

  test("[PN8] each step is done in turn; pasting lines needs a campaign first", () => {
    expect(firstSteps([], 20, null)).toEqual([
      { id: "setup", done: false, enabled: true },
      { id: "campaign", done: false, enabled: true },
      { id: "lines", done: false, enabled: false },
    ]);
    expect(firstSteps([campaignSheet], 0, "CP0001").map((s) => [s.id, s.done, s.enabled])).toEqual([
      ["setup", true, true],
      ["campaign", true, true],
      ["lines", false, true],
    ]);
    expect(firstSteps([campaignSheet, discountSheet], 0, "CP0001")[2]?.done).toBe(true);
  });
});
