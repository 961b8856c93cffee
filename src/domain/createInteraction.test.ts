import { aCampaignEntry, anInteraction } from "../../test/builders/interactions";
import { assignCampaignEntries, withTemplateDefaults } from "./createInteraction";

const series = { code: "CE", startingNo: "1", lastNoUsed: "3", manualNos: false };

describe("[§6][IR8] single interactions get their campaign entry as Create Interaction does", () => {
  test("one new entry per campaign, shared by all single interactions of that campaign", () => {
    const out = assignCampaignEntries(
      [anInteraction({ entryNo: 1 }), anInteraction({ entryNo: 2 }), anInteraction({ entryNo: 3, campaignNo: "CP2" })],
      [],
      series,
      "ANNA",
      "en",
    );
    expect(out.created.map((e) => [e.entryNo, e.campaignNo, e.description, e.registerNo, e.userId])).toEqual([
      [4, "CP1", "Interactions", 0, "ANNA"],
      [5, "CP2", "Interactions", 0, "ANNA"],
    ]);
    expect(out.interactions.map((i) => i.campaignEntryNo)).toEqual([4, 4, 5]);
    expect(out.series.lastNoUsed).toBe("5");
  });

  test("an existing uncanceled entry is reused; a canceled one never is", () => {
    const reused = assignCampaignEntries([anInteraction()], [aCampaignEntry({ entryNo: 2 })], series, "", "en");
    expect(reused.created).toEqual([]);
    expect(reused.interactions[0]?.campaignEntryNo).toBe(2);
    const fresh = assignCampaignEntries(
      [anInteraction()],
      [aCampaignEntry({ entryNo: 2, canceled: true })],
      series,
      "",
      "da",
    );
    expect(fresh.created.map((e) => [e.entryNo, e.description])).toEqual([[4, "Interaktioner"]]);
  });

  test("no campaign, postponed, or an entry already given: no entry made", () => {
    const out = assignCampaignEntries(
      [anInteraction({ campaignNo: "" }), anInteraction({ postponed: true }), anInteraction({ campaignEntryNo: 9 })],
      [],
      series,
      "",
      "en",
    );
    expect(out.created).toEqual([]);
    expect(out.interactions.map((i) => i.campaignEntryNo)).toEqual([0, 0, 9]);
  });
});

describe("[IR8] a new interaction takes its blanks from its template", () => {
  const template = {
    code: "CALL",
    interactionGroupCode: "PHONE",
    description: "Call",
    unitCost: 3,
    unitDuration: 15,
    informationFlow: "Outbound" as const,
    initiatedBy: "Us" as const,
    campaignNo: "CP9",
    campaignTarget: true,
    campaignResponse: false,
  };

  test("cost, duration, flow, initiated by, and the campaign with its flags when the row names none", () => {
    const out = withTemplateDefaults(anInteraction({ campaignNo: "", cost: 0, duration: 0 }), template);
    expect(out).toMatchObject({
      cost: 3,
      duration: 15,
      informationFlow: "Outbound",
      initiatedBy: "Us",
      campaignNo: "CP9",
      campaignTarget: true,
    });
  });

  test("what the row gives is kept", () => {
    const row = anInteraction({ campaignNo: "CP1", cost: 1, duration: 0, informationFlow: "Inbound" });
    expect(withTemplateDefaults(row, template)).toMatchObject({
      campaignNo: "CP1",
      campaignTarget: false,
      cost: 1,
      duration: 0,
      informationFlow: "Inbound",
    });
    expect(withTemplateDefaults(row, undefined)).toBe(row);
  });
});
