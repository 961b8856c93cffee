import { createElement } from "react";
import type { AssignActivityResult } from "../../sync";
import {
  assignOutcome,
  emptyDraft,
  needsOrganizer,
  requestOf,
  segmentQuestion,
  withSalesperson,
  withTeam,
} from "../assignActivityForm";
import { t } from "../i18n";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { AssignActivitySection } from "./AssignActivitySection";
import { TasksTab } from "./TasksTab";

const done = (over: Partial<AssignActivityResult> = {}): AssignActivityResult => ({
  ok: true,
  issues: [],
  tasks: 12,
  contacts: 3,
  firstNo: "TD0013",
  lastNo: "TD0024",
  skippedMembers: [],
  ...over,
});

describe("[TK12] Assign an activity in the Tasks tab", () => {
  test("the Tasks tab shows the form: activity, what it is assigned to, start date (today), salesperson, team, Assign", () => {
    const html = renderWith(fakeEngine({}, "en"), createElement(TasksTab, { today: "2026-12-07" }));
    for (const id of ["assign-activity-code", "assign-context-type", "assign-context-no", "assign-salesperson"])
      expect(tagOf(html, id)).not.toBeNull();
    expect(tagOf(html, "assign-team")).not.toBeNull();
    expect(html).toContain('value="2026-12-07"');
    expect(textOf(html, "assign-run")).toBe(t("en", "assignRun"));
    expect(tagOf(html, "assign-organizer")).toBeNull();
    expect(tagOf(html, "assign-outcome")).toBeNull();
  });

  test("in Danish the labels are Danish and the start date is written day first", () => {
    const html = renderWith(fakeEngine({}, "da"), createElement(AssignActivitySection, { today: "2026-12-07" }));
    expect(textOf(html, "assign-run")).toBe("Tildel");
    expect(html).toContain('value="07-12-2026"');
  });

  test("[TK1] a salesperson clears the team and organizer, a team clears the salesperson; a team's meeting asks for an organizer", () => {
    const steps = [{ activityCode: "VISIT", type: "Meeting" as const }];
    let d = { ...emptyDraft("2026-12-07"), activityCode: "VISIT" };
    d = withTeam(d, "SALES");
    expect(needsOrganizer(d, steps)).toBe(true);
    d = { ...d, meetingOrganizer: "JR" };
    d = withSalesperson(d, "AB");
    expect(d).toMatchObject({ salespersonCode: "AB", teamCode: "", meetingOrganizer: "" });
    expect(needsOrganizer(d, steps)).toBe(false);
    expect(withTeam(d, "SALES")).toMatchObject({ salespersonCode: "", teamCode: "SALES" });
    // A team as the context asks too; an activity without a meeting never does.
    const teamContext = { ...emptyDraft("2026-12-07"), activityCode: "VISIT", contextType: "team" as const };
    expect(needsOrganizer({ ...teamContext, contextNo: "SALES" }, steps)).toBe(true);
    expect(needsOrganizer({ ...teamContext, contextNo: "SALES", activityCode: "CALL" }, steps)).toBe(false);
  });

  test("the request carries only what was chosen (blank salesperson and team: the context's)", () => {
    const d = { ...emptyDraft("2026-12-07"), activityCode: "CALL", contextNo: " SEG01 " };
    expect(requestOf(d)).toEqual({
      activityCode: "CALL",
      startDate: "2026-12-07",
      context: { type: "segment", no: "SEG01" },
    });
  });

  test("[TK13][TK4] what it did: tasks, number range, contacts, skipped blocked members (EN and DA)", () => {
    expect(assignOutcome("en", done({ skippedMembers: ["XX"] }))).toEqual({
      severity: "success",
      lines: ["Created 12 tasks, TD0013–TD0024, for 3 contacts.", "Skipped blocked team member XX."],
    });
    expect(assignOutcome("da", done({ tasks: 40_000, contacts: 10_000, lastNo: "TD40012" })).lines).toEqual([
      "Oprettede 40.000 opgaver, TD0013–TD40012, til 10.000 kontakter.",
    ]);
    expect(assignOutcome("en", done({ tasks: 1, contacts: 0, lastNo: "TD0013" })).lines).toEqual([
      "Created 1 task, TD0013–TD0013.",
    ]);
    expect(assignOutcome("en", done({ skippedMembers: ["XX", "YY"] })).lines[1]).toBe(
      "Skipped blocked team members XX, YY.",
    );
  });

  test("[TK1] refused: the issues' messages", () => {
    const issue = { row: 0, field: "", code: "TASK_SALESPERSON_BLOCKED", severity: "error" as const, params: {} };
    const refused = done({ ok: false, issues: [{ ...issue, message: "Salesperson XX is blocked." }], tasks: 0 });
    expect(assignOutcome("en", refused)).toEqual({ severity: "error", lines: ["Salesperson XX is blocked."] });
  });
});

test("[TK12] assigning to a segment asks first, as BC does (default Yes); other contexts do not", () => {
  const d = {
    ...emptyDraft("2026-12-07"),
    activityCode: "FOLLOW",
    contextType: "segment" as const,
    contextNo: "SEG01",
  };
  expect(segmentQuestion("en", d)?.text).toBe(
    "Assign activity FOLLOW to all contacts in segment SEG01? Each contact gets its own set of tasks.",
  );
  expect(segmentQuestion("da", d)?.title).toBe("Tildel til hele segmentet?");
  expect(segmentQuestion("en", { ...d, contextType: "campaign" })).toBeNull();
  expect(segmentQuestion("en", { ...d, contextNo: "" })).toBeNull();
});
