import { createElement } from "react";
import type { SegmentHeader } from "../../domain";
import type { EngineState } from "../../sync";
import { t } from "../i18n";
import { binding, fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { SegmentEditor } from "./SegmentEditor";

const STORED: SegmentHeader = {
  no: "SEG0007",
  description: "Autumn",
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "",
  unitCost: 0,
  unitDuration: 0,
  date: "2026-09-01",
};

function render(stored: SegmentHeader | undefined, state: Partial<EngineState> = {}, lang: "en" | "da" = "en") {
  const props = { stored, today: "2026-06-15", onSaved: () => undefined };
  return renderWith(fakeEngine(state, lang), createElement(SegmentEditor, props));
}

describe("the segment editor", () => {
  test("a new segment can be saved but has no sheet, line count or contacts yet", () => {
    const html = render(undefined);
    expect(tagOf(html, "segment-save")).not.toBeNull();
    expect(tagOf(html, "segment-open-sheet")).toBeNull();
    expect(tagOf(html, "segment-lines-count")).toBeNull();
    expect(tagOf(html, "add-contacts")).toBeNull();
    expect(tagOf(html, "segment-delete")).toBeNull();
  });

  test("a stored segment offers its sheet and a collapsed Add contacts section", () => {
    const html = render(STORED);
    expect(textOf(html, "segment-open-sheet")).toBe(t("en", "openSegmentSheet"));
    expect(tagOf(html, "add-contacts-toggle")).toContain('aria-expanded="false"');
    expect(tagOf(html, "criteria-add")).toBeNull();
    expect(textOf(html, "segment-delete")).toBe(t("en", "deleteSegment"));
  });

  test("the line count shows a dash until known", () => {
    expect(textOf(render(STORED), "segment-lines-count")).toBe("–");
  });

  test("the segment's own sheet's rows stand in for the line count, grouped per language", () => {
    const sheet = binding({ id: "s", entity: "segmentLine", scope: { segmentNo: "SEG0007" }, rows: 50000 });
    const other = binding({ id: "o", entity: "segmentLine", scope: { segmentNo: "SEG0008" }, rows: 3 });
    const html = render(STORED, { bindings: [other, sheet] }, "da");
    expect(textOf(html, "segment-lines-count")).toBe("50.000");
    expect(tagOf(html, "segment-lines-count")).toContain('data-count="50000"');
  });
});
