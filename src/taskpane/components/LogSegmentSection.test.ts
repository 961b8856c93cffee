import { createElement } from "react";
import { t } from "../i18n";
import { logSegmentOutcome } from "../logSegmentOutcome";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { LogSegmentSection } from "./LogSegmentSection";

describe("[IR1] Log Segment in the Segments tab", () => {
  test("a stored segment offers Log segment; the dialog waits until it is opened", () => {
    const html = renderWith(fakeEngine({}, "en"), createElement(LogSegmentSection, { segmentNo: "SEG0001" }));
    expect(textOf(html, "log-segment-open")).toBe(t("en", "logSegment"));
    expect(tagOf(html, "log-segment-run")).toBeNull();
  });

  test("what it did: the counts in words (plurals), and the follow-up segment", () => {
    const done = { ok: true, issues: [], interactions: 1, campaignEntries: 2, followUpNo: "SEG0002" };
    expect(logSegmentOutcome("en", "SEG0001", done)).toEqual({
      severity: "success",
      lines: [
        "Segment SEG0001 is logged: 1 interaction and 2 campaign entries.",
        "Follow-up segment SEG0002 was created.",
      ],
    });
    const many = logSegmentOutcome("da", "SEG0001", { ok: true, issues: [], interactions: 50_000, campaignEntries: 2 });
    expect(many.lines).toEqual(["Segment SEG0001 er logget: 50.000 interaktioner og 2 kampagneposter."]);
  });

  test("refused: the issues' messages", () => {
    const issue = {
      row: 0,
      field: "",
      code: "LOG_SEGMENT_EMPTY",
      severity: "error" as const,
      params: {},
      message: "Empty.",
    };
    expect(
      logSegmentOutcome("en", "SEG0001", { ok: false, issues: [issue], interactions: 0, campaignEntries: 0 }),
    ).toEqual({ severity: "error", lines: ["Empty."] });
  });
});
