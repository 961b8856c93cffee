/**
 * The Assign Activity form's rules as BC's wizard has them (bc-reference §9.3; TK1, TK12): a salesperson clears the
 * team and the meeting organizer, a team clears the salesperson; the meeting organizer is asked for a team when the
 * activity has a Meeting step. What the pane says after assigning: counts, the number range, skipped members.
 */
import type { ActivityStep, IsoDate, Lang } from "../domain";
import type { AssignActivityRequest, AssignActivityResult, AssignContextType } from "../sync";
import { formatCount, t } from "./i18n";

export const CONTEXT_TYPES: readonly AssignContextType[] = [
  "segment",
  "campaign",
  "salesperson",
  "team",
  "contact",
  "opportunity",
];

export interface AssignDraft {
  activityCode: string;
  startDate: IsoDate | "";
  contextType: AssignContextType;
  contextNo: string;
  salespersonCode: string;
  teamCode: string;
  meetingOrganizer: string;
}

export const emptyDraft = (today: IsoDate): AssignDraft => ({
  activityCode: "",
  startDate: today,
  contextType: "segment",
  contextNo: "",
  salespersonCode: "",
  teamCode: "",
  meetingOrganizer: "",
});

/** Entering a salesperson clears the team and the meeting organizer (the wizard's page rule). */
export const withSalesperson = (d: AssignDraft, code: string): AssignDraft =>
  code === "" ? { ...d, salespersonCode: "" } : { ...d, salespersonCode: code, teamCode: "", meetingOrganizer: "" };

/** Entering a team clears the salesperson. */
export const withTeam = (d: AssignDraft, code: string): AssignDraft =>
  code === "" ? { ...d, teamCode: "", meetingOrganizer: "" } : { ...d, teamCode: code, salespersonCode: "" };

/** The team the tasks go to: the one chosen, else the context's when it is a team and no salesperson is chosen. */
export function teamOf(d: AssignDraft): string {
  if (d.teamCode !== "") return d.teamCode;
  return d.contextType === "team" && d.salespersonCode === "" ? d.contextNo : "";
}

/** The meeting organizer is asked for a team when a step of the activity is a Meeting (TK1). */
export function needsOrganizer(d: AssignDraft, steps: readonly Pick<ActivityStep, "activityCode" | "type">[]): boolean {
  return teamOf(d) !== "" && steps.some((s) => s.activityCode === d.activityCode && s.type === "Meeting");
}

/**
 * BC asks before assigning to a segment (bc-reference §9.3, default Yes): one task set per contact of it. The
 * question, or null when there is nothing to ask.
 */
export function segmentQuestion(lang: Lang, d: AssignDraft): { title: string; text: string } | null {
  if (d.contextType !== "segment" || d.contextNo === "" || d.activityCode === "") return null;
  return {
    title: t(lang, "assignSegmentTitle"),
    text: t(lang, "assignSegmentQuestion", { activity: d.activityCode, segment: d.contextNo }),
  };
}

export function requestOf(d: AssignDraft): AssignActivityRequest {
  return {
    activityCode: d.activityCode,
    startDate: d.startDate,
    context: { type: d.contextType, no: d.contextNo.trim() },
    ...(d.salespersonCode !== "" ? { salespersonCode: d.salespersonCode } : {}),
    ...(d.teamCode !== "" ? { teamCode: d.teamCode } : {}),
    ...(d.meetingOrganizer !== "" ? { meetingOrganizer: d.meetingOrganizer } : {}),
  };
}

export interface AssignOutcome {
  severity: "success" | "error";
  lines: string[];
}

/** What the Tasks tab says after Assign: "Created 12 tasks, TD0013–TD0024, for 3 contacts." and skipped members. */
export function assignOutcome(lang: Lang, result: AssignActivityResult): AssignOutcome {
  if (!result.ok) return { severity: "error", lines: result.issues.map((i) => i.message) };
  const params = {
    n: formatCount(lang, result.tasks),
    first: result.firstNo ?? "",
    last: result.lastNo ?? "",
    contacts: formatCount(lang, result.contacts),
  };
  const lines = [t(lang, result.contacts > 1 ? "assignDoneContacts" : "assignDone", params)];
  const skipped = result.skippedMembers;
  if (skipped.length > 0) lines.push(t(lang, "assignSkipped", { n: skipped.length, names: skipped.join(", ") }));
  return { severity: "success", lines };
}
