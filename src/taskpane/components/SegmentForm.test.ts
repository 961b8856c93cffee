import { createElement } from "react";
import type { SegmentHeader } from "../../domain";
import { t } from "../i18n";
import { fakeEngine, renderWith, tagOf } from "../paneTestKit";
import { draftFromHeader, emptySegmentDraft } from "../segmentDraft";
import type { SegmentDraft } from "../segmentDraft";
import { SegmentForm } from "./SegmentForm";

const HEADER: SegmentHeader = {
  no: "SEG0001",
  description: "Spring mailing",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "",
  unitCost: 1234.5,
  unitDuration: 3,
  date: "2026-04-01",
};

function render(draft: SegmentDraft, isNew: boolean, errors: Record<string, string> = {}, lang: "en" | "da" = "en") {
  const props = {
    lang,
    draft,
    isNew,
    campaigns: [{ no: "CP0001", description: "Spring" }],
    salespeople: [],
    templates: [],
    errors,
    onChange: () => undefined,
  };
  return renderWith(fakeEngine({}, lang), createElement(SegmentForm, props));
}

describe("the segment form", () => {
  test("a new segment's no. may be left blank for the series, and is editable", () => {
    const html = render(emptySegmentDraft("2026-06-15"), true);
    expect(tagOf(html, "segment-no")).toContain('value=""');
    expect(tagOf(html, "segment-no")).not.toContain("readonly");
    expect(html).toContain(t("en", "segmentNoHint"));
    expect(tagOf(html, "segment-date")).toContain('value="2026-06-15"');
  });

  test("a stored segment's no. is read-only and its fields are filled", () => {
    const html = render(draftFromHeader(HEADER, "en"), false);
    expect(tagOf(html, "segment-no")).toContain("readonly");
    expect(tagOf(html, "segment-description")).toContain('value="Spring mailing"');
    expect(html).not.toContain(t("en", "segmentNoHint"));
  });

  test("campaign target and response are disabled without a campaign", () => {
    const html = render(emptySegmentDraft("2026-06-15"), true);
    expect(tagOf(html, "segment-campaign-target")).toContain('aria-disabled="true"');
    expect(tagOf(html, "segment-campaign-response")).toContain('aria-disabled="true"');
  });

  test("with a campaign they are enabled and show their values", () => {
    const html = render(draftFromHeader(HEADER, "en"), false);
    expect(tagOf(html, "segment-campaign-target")).toContain('aria-disabled="false"');
    expect(tagOf(html, "segment-campaign-target")).toContain("checked");
    expect(tagOf(html, "segment-campaign-response")).not.toContain("checked");
  });

  test("numbers are shown the way the language types them", () => {
    expect(tagOf(render(draftFromHeader(HEADER, "da"), false, {}, "da"), "segment-unit-cost")).toContain(
      'value="1234,5"',
    );
  });

  test("an issue is shown at its field", () => {
    const html = render(draftFromHeader(HEADER, "en"), false, { unitCost: "Cost must not be negative" });
    expect(tagOf(html, "segment-unit-cost")).toContain('aria-invalid="true"');
    expect(html).toContain("Cost must not be negative");
    expect(tagOf(html, "segment-description")).toContain('aria-invalid="false"');
  });
});
