import { Stack } from "@fluentui/react";
import type { Issue } from "../../domain";
import { MessageBar, MessageBarType } from "./MessageBar";

/** Issues not shown at a field: one message bar each, errors red, warnings amber. */
export function IssueBars({ issues, testId = "issue-bars" }: { issues: readonly Issue[]; testId?: string }) {
  if (issues.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid={testId}>
      {issues.map((i, k) => (
        <MessageBar
          key={`${i.code}-${i.field}-${k}`}
          messageBarType={i.severity === "error" ? MessageBarType.error : MessageBarType.warning}
          isMultiline
        >
          {i.message}
        </MessageBar>
      ))}
    </Stack>
  );
}
