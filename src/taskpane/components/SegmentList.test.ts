import { createElement } from "react";
import type { SegmentHeader } from "../../domain";
import { t } from "../i18n";
import { fakeEngine, renderWith, tagOf } from "../paneTestKit";
import { SegmentList } from "./SegmentList";

const segment = (no: string, description = ""): SegmentHeader => ({
  no,
  description,
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "",
  unitCost: 0,
  unitDuration: 0,
  date: "",
});

function render(segments: SegmentHeader[], selectedNo: string | null) {
  const props = { lang: "en" as const, segments, selectedNo, onSelect: () => undefined, onNew: () => undefined };
  return renderWith(fakeEngine({}), createElement(SegmentList, props));
}

describe("the segment list", () => {
  test("segments are listed by no., the selected one marked current", () => {
    const html = render([segment("SEG0002", "B"), segment("SEG0001", "A")], "SEG0002");
    const nos = [...html.matchAll(/data-no="([^"]+)"/g)].map((m) => m[1]);
    expect(nos).toEqual(["SEG0001", "SEG0002"]);
    expect(html).toMatch(/aria-current="true"[^>]*data-no="SEG0002"|data-no="SEG0002"[^>]*aria-current="true"/);
    expect(tagOf(html, "segment-list")).toContain('data-selected="SEG0002"');
  });

  test("without segments it says how to start, and New segment is there", () => {
    const html = render([], null);
    expect(tagOf(html, "segment-list")).toBeNull();
    expect(html).toContain(t("en", "noSegments"));
    expect(tagOf(html, "new-segment")).not.toBeNull();
  });
});
