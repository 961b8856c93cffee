import { campaignContentEquals, touchCampaign } from "./campaignChanges";
import type { Campaign } from "./records";

const campaign: Campaign = {
  no: "CP0001",
  description: "Spring fair",
  startingDate: "2026-04-01",
  endingDate: "2026-05-01",
  salespersonCode: "ANNA",
  statusCode: "PLANNED",
  lastDateModified: "2026-01-01",
};

describe("[§3] lastDateModified is set by the domain on every change", () => {
  test("touchCampaign returns a copy stamped with today and leaves the input alone", () => {
    const touched = touchCampaign(campaign, "2026-03-15");
    expect(touched).toEqual({ ...campaign, lastDateModified: "2026-03-15" });
    expect(touched).not.toBe(campaign);
    expect(campaign.lastDateModified).toBe("2026-01-01");
  });

  test("campaignContentEquals ignores lastDateModified only", () => {
    expect(campaignContentEquals(campaign, touchCampaign(campaign, "2026-03-15"))).toBe(true);
    for (const key of Object.keys(campaign) as (keyof Campaign)[]) {
      if (key === "lastDateModified") continue;
      expect(campaignContentEquals(campaign, { ...campaign, [key]: `${campaign[key]}x` })).toBe(false);
    }
  });
});
