import { Stack } from "@fluentui/react";
import { ConflictList } from "./ConflictList";
import { IssuesList } from "./IssuesList";

/** The Issues tab: conflicts to resolve, then every table's issues. */
export function IssuesTab() {
  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 8 } }}>
      <ConflictList />
      <IssuesList />
    </Stack>
  );
}
