import type { SegmentRefs } from "./segmentRefs";
import type { InteractionTemplate, Issue } from "./records";
import { validateInteractionGroups, validateInteractionTemplates } from "./validateInteractions";

const refs: Pick<SegmentRefs, "interactionGroups" | "campaigns"> = {
  interactionGroups: new Set(["LETTER", "MEETING"]),
  campaigns: new Set(["CP0001"]),
};
const aTemplate = (overrides: Partial<InteractionTemplate> = {}): InteractionTemplate => ({
  code: "MAIL",
  interactionGroupCode: "LETTER",
  description: "Mailing",
  unitCost: 2.5,
  unitDuration: 10,
  informationFlow: "Outbound",
  initiatedBy: "Us",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: false,
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);

describe("[§11.6] interaction groups", () => {
  test("code required (Code10) and unique, description Text100", () => {
    const rows = [
      { code: "LETTER", description: "Letters" },
      { code: "", description: "" },
      { code: "letter", description: "d".repeat(101) },
    ];
    expect(brief(validateInteractionGroups(rows, "en"))).toEqual([
      [0, "code", "DUPLICATE_KEY"],
      [1, "code", "KEY_REQUIRED"],
      [2, "description", "TEXT_TOO_LONG"],
      [2, "code", "DUPLICATE_KEY"],
    ]);
  });
});

describe("[§11.6] interaction templates", () => {
  test("well-formed templates have no issues; blank options, zero cost and no campaign are fine", () => {
    const rows = [
      aTemplate(),
      aTemplate({ code: "CALL", informationFlow: "", initiatedBy: "", unitCost: 0, unitDuration: 0 }),
      aTemplate({ code: "VISIT", campaignNo: "", campaignTarget: false, campaignResponse: false }),
    ];
    expect(validateInteractionTemplates(rows, refs, "en")).toEqual([]);
  });

  test("UNKNOWN_INTERACTION_GROUP, and the group is required", () => {
    const rows = [aTemplate({ interactionGroupCode: "FAX" }), aTemplate({ code: "B", interactionGroupCode: "" })];
    expect(brief(validateInteractionTemplates(rows, refs, "en"))).toEqual([
      [0, "interactionGroupCode", "UNKNOWN_INTERACTION_GROUP"],
      [1, "interactionGroupCode", "KEY_REQUIRED"],
    ]);
  });

  test("NEGATIVE_AMOUNT on unitCost, NEGATIVE_DURATION on unitDuration, INVALID_NUMBER for NaN", () => {
    const rows = [aTemplate({ unitCost: -1, unitDuration: -5 }), aTemplate({ code: "B", unitDuration: Number.NaN })];
    expect(brief(validateInteractionTemplates(rows, refs, "en"))).toEqual([
      [0, "unitCost", "NEGATIVE_AMOUNT"],
      [0, "unitDuration", "NEGATIVE_DURATION"],
      [1, "unitDuration", "INVALID_NUMBER"],
    ]);
  });

  test("INVALID_OPTION for information flow and initiated by", () => {
    const rows = [
      aTemplate({
        informationFlow: "Sideways" as InteractionTemplate["informationFlow"],
        initiatedBy: "Me" as InteractionTemplate["initiatedBy"],
      }),
    ];
    expect(brief(validateInteractionTemplates(rows, refs, "en"))).toEqual([
      [0, "informationFlow", "INVALID_OPTION"],
      [0, "initiatedBy", "INVALID_OPTION"],
    ]);
  });

  test("UNKNOWN_CAMPAIGN when the template's campaign does not exist (flags are then not reported again)", () => {
    expect(brief(validateInteractionTemplates([aTemplate({ campaignNo: "CP9" })], refs, "en"))).toEqual([
      [0, "campaignNo", "UNKNOWN_CAMPAIGN"],
    ]);
  });

  test("TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN: target and response need a campaign no.", () => {
    const rows = [aTemplate({ campaignNo: "", campaignTarget: true, campaignResponse: true })];
    expect(brief(validateInteractionTemplates(rows, refs, "en"))).toEqual([
      [0, "campaignTarget", "TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN"],
      [0, "campaignResponse", "TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN"],
    ]);
  });

  test("DUPLICATE_KEY marks both templates", () => {
    expect(brief(validateInteractionTemplates([aTemplate(), aTemplate({ code: "mail" })], refs, "en"))).toEqual([
      [0, "code", "DUPLICATE_KEY"],
      [1, "code", "DUPLICATE_KEY"],
    ]);
  });
});
