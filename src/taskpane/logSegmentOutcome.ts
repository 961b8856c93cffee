/** What the Segments tab says after Log Segment (issue 16, IR1): counts and the follow-up segment, or the issues. */
import type { Lang } from "../domain";
import type { LogSegmentResult } from "../sync";
import { formatCount, t } from "./i18n";

export interface LogOutcome {
  severity: "success" | "error";
  lines: string[];
}

export function logSegmentOutcome(lang: Lang, segmentNo: string, result: LogSegmentResult): LogOutcome {
  if (!result.ok) return { severity: "error", lines: result.issues.map((i) => i.message) };
  const counts = {
    no: segmentNo,
    n: formatCount(lang, result.interactions),
    entries: formatCount(lang, result.campaignEntries),
  };
  const lines = [t(lang, "logSegmentDone", counts)];
  if (result.followUpNo) lines.push(t(lang, "logSegmentFollowUpDone", { no: result.followUpNo }));
  return { severity: "success", lines };
}
