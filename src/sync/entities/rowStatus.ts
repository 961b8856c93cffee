/** The text of a row's status cell: what the status column's conditional formatting keys on. */
import type { Issue } from "../../domain";

/** First character of a row's status text. */
export const STATUS_MARK = { error: "\u2716", warning: "\u26A0" } as const;

/** "✖ message  •  message" for a row with an error, "⚠ …" for warnings only, "" for a clean row. */
export function statusText(issues: readonly Issue[]): string {
  if (issues.length === 0) return "";
  const mark = issues.some((i) => i.severity === "error") ? STATUS_MARK.error : STATUS_MARK.warning;
  return `${mark} ${issues.map((i) => i.message).join("  •  ")}`;
}
