import { applyTemplateToLine } from "./segmentLineTemplate";
import type { InteractionTemplate, SegmentLine } from "./records";

const template = (code: string, overrides: Partial<InteractionTemplate> = {}): InteractionTemplate => ({
  code,
  interactionGroupCode: "G",
  description: `${code} text`,
  unitCost: 1,
  unitDuration: 2,
  informationFlow: "",
  initiatedBy: "",
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
  ...overrides,
});
const templates = new Map([
  ["OLD", template("OLD", { unitCost: 1, unitDuration: 2, campaignTarget: true })],
  ["NEW", template("NEW", { unitCost: 7, unitDuration: 9, campaignNo: "CP9", campaignResponse: true })],
]);
const line: SegmentLine = {
  segmentNo: "SEG01",
  lineNo: 10000,
  contactNo: "CO1",
  contactCompanyNo: "CO1",
  campaignNo: "",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "SP",
  interactionTemplateCode: "NEW",
  description: "OLD text",
  cost: 1,
  duration: 2,
  date: "2026-03-01",
  evaluation: "",
  attemptFailed: false,
};

describe("[§4][IR7] a segment line follows its interaction template (bc-reference §4.2)", () => {
  test("cost, duration, flags and a description from the old template are copied from the new template", () => {
    const next = applyTemplateToLine(line, "OLD", templates, { campaignNo: "" });
    expect(next).toMatchObject({
      cost: 7,
      duration: 9,
      campaignTarget: false,
      campaignResponse: true,
      description: "NEW text",
      campaignNo: "CP9",
    });
  });

  test("the header's campaign wins over the template's; a description the person wrote stays", () => {
    const own = { ...line, description: "My words" };
    const next = applyTemplateToLine(own, "OLD", templates, { campaignNo: "CP1" });
    expect(next.campaignNo).toBe("CP1");
    expect(next.description).toBe("My words");
  });

  test("an empty description takes the template's", () => {
    expect(applyTemplateToLine({ ...line, description: "" }, "OLD", templates, undefined).description).toBe("NEW text");
  });

  test("a cleared template resets cost, duration and flags; an unchanged template leaves the line as it is", () => {
    const cleared = applyTemplateToLine({ ...line, interactionTemplateCode: "" }, "OLD", templates, undefined);
    expect(cleared).toMatchObject({ cost: 0, duration: 0, campaignTarget: false, campaignResponse: false });
    expect(applyTemplateToLine(line, "new", templates, undefined)).toBe(line);
  });
});
