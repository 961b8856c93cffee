import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain";
import { issueTitle } from "../../domain";
import type { RowIssue } from "../../sync";
import { t } from "../i18n";

/** A bar per issue code: after a big paste, what kind of problem dominates is clearer as a picture. */
export function IssueChart({ issues, lang }: { issues: readonly RowIssue[]; lang: Lang }) {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const max = rows[0]?.[1] ?? 1;
  return (
    <Stack tokens={{ childrenGap: 2 }} aria-label={t(lang, "issuesByCode")} data-testid="issue-chart">
      <Text variant="smallPlus" styles={{ root: { fontWeight: 600 } }}>
        {t(lang, "issuesByCode")}
      </Text>
      {rows.map(([code, n]) => (
        <Stack key={code} horizontal verticalAlign="center" tokens={{ childrenGap: 6 }}>
          <Text
            variant="small"
            title={issueTitle(code, lang)}
            data-code={code}
            styles={{ root: { width: 150, flexShrink: 0, overflow: "hidden", textOverflow: "ellipsis" } }}
          >
            {issueTitle(code, lang)}
          </Text>
          <div style={{ height: 10, width: `${Math.max(4, (n / max) * 100)}px`, background: "var(--cd-accent)" }} />
          <Text variant="small">{n}</Text>
        </Stack>
      ))}
    </Stack>
  );
}
