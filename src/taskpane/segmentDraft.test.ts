import type { InteractionTemplate, SegmentHeader } from "../domain";
import { t } from "./i18n";
import {
  draftFromHeader,
  emptySegmentDraft,
  headerFromDraft,
  needsLineConfirmation,
  updateLinesQuestion,
  withCampaign,
  withTemplate,
} from "./segmentDraft";

const HEADER: SegmentHeader = {
  no: "SEG0001",
  description: "Spring mailing",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: true,
  salespersonCode: "JO",
  interactionTemplateCode: "MAIL",
  unitCost: 1234.5,
  unitDuration: 3,
  date: "2026-04-01",
};

const TEMPLATE: InteractionTemplate = {
  code: "CALL",
  interactionGroupCode: "PHONE",
  description: "Call",
  unitCost: 2.5,
  unitDuration: 10,
  informationFlow: "Outbound",
  initiatedBy: "Us",
  campaignNo: "",
  campaignTarget: true,
  campaignResponse: false,
};

describe("the segment form's draft", () => {
  test("a new segment has a blank no. and today's date", () => {
    const draft = emptySegmentDraft("2026-06-15");
    expect(draft.no).toBe("");
    expect(draft.date).toBe("2026-06-15");
    const result = headerFromDraft(draft, "en");
    expect(result.ok && result.header.unitCost).toBe(0);
  });

  test("a stored header survives the form unchanged, in both languages", () => {
    for (const lang of ["en", "da"] as const) {
      const result = headerFromDraft(draftFromHeader(HEADER, lang), lang);
      expect(result).toEqual({ ok: true, header: HEADER });
    }
  });

  test("Danish costs are typed with a decimal comma", () => {
    expect(draftFromHeader(HEADER, "da").unitCost).toBe("1234,5");
  });

  test("a cost that is not a number is reported at its field, nothing is saved", () => {
    const result = headerFromDraft({ ...draftFromHeader(HEADER, "en"), unitCost: "ten" }, "en");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.unitCost).toBeTruthy();
    expect(!result.ok && result.errors.unitDuration).toBeUndefined();
  });

  test("clearing the campaign clears campaign target and response", () => {
    const draft = withCampaign(draftFromHeader(HEADER, "en"), "");
    expect([draft.campaignTarget, draft.campaignResponse]).toEqual([false, false]);
    expect(withCampaign(draftFromHeader(HEADER, "en"), "CP0002").campaignTarget).toBe(true);
  });

  test("choosing a template copies its cost, duration and flags, keeping the header's campaign", () => {
    const draft = withTemplate(draftFromHeader(HEADER, "en"), "CALL", TEMPLATE, "en");
    expect([draft.unitCost, draft.unitDuration]).toEqual(["2.5", "10"]);
    expect([draft.campaignNo, draft.campaignTarget, draft.campaignResponse]).toEqual(["CP0001", true, false]);
  });

  test("a template's own campaign becomes the header's", () => {
    const draft = withTemplate(emptySegmentDraft("2026-01-01"), "CALL", { ...TEMPLATE, campaignNo: "CP0009" }, "en");
    expect(draft.campaignNo).toBe("CP0009");
    expect(draft.campaignTarget).toBe(true);
  });

  test("a template without campaign gives no campaign flags to a header without campaign", () => {
    const draft = withTemplate(emptySegmentDraft("2026-01-01"), "CALL", TEMPLATE, "en");
    expect(draft.campaignTarget).toBe(false);
  });

  test("clearing the template resets its defaults and the campaign, as BC does", () => {
    const draft = withTemplate(draftFromHeader(HEADER, "en"), "", undefined, "en");
    expect([draft.unitCost, draft.campaignNo, draft.campaignTarget]).toEqual(["0", "", false]);
  });

  test("the lines are asked about only when a changed field reaches existing lines", () => {
    expect(needsLineConfirmation({ changedFields: ["date"], lineCount: 3 })).toBe(true);
    expect(needsLineConfirmation({ changedFields: [], lineCount: 3 })).toBe(false);
    expect(needsLineConfirmation({ changedFields: ["date"], lineCount: 0 })).toBe(false);
  });

  test("the question names the count, the segment and the changed fields by their labels", () => {
    const text = updateLinesQuestion("da", "SEG0001", { changedFields: ["campaignNo", "date"], lineCount: 1500 });
    expect(text).toContain("1.500");
    expect(text).toContain("SEG0001");
    expect(text).toContain(`${t("da", "fieldCampaign")}, ${t("da", "fieldDate")}`);
  });
});
