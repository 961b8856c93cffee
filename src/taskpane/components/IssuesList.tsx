import { Link, Stack, Text } from "@fluentui/react";
import type { RowIssue } from "../../sync";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";
import { IssueChart } from "./IssueChart";

const MAX_SHOWN = 500;

/** Every issue of every bound table; activating one selects its cell in the sheet. */
export function IssuesList() {
  const engine = useEngine();
  const { issues, bindings } = useEngineState();
  const lang = engine.lang;
  if (issues.length === 0) return <Text data-testid="issues-empty">{t(lang, "noIssues")}</Text>;
  const sheetOf = (i: RowIssue) => bindings.find((b) => b.id === i.bindingId)?.sheetName ?? "";
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <IssueChart issues={issues} lang={lang} />
      <Stack as="ul" styles={{ root: { listStyle: "none", padding: 0, margin: 0 } }} data-testid="issues-list">
        {issues.slice(0, MAX_SHOWN).map((issue, k) => (
          <li
            key={`${issue.bindingId}-${issue.rowIndex}-${issue.field}-${issue.code}-${k}`}
            style={{ padding: "4px 0" }}
          >
            <Link
              onClick={() => void engine.selectIssue(issue)}
              aria-label={`${t(lang, "goToCell")}: ${sheetOf(issue)} ${t(lang, "issueAt", { row: issue.rowIndex + 2 })}`}
              data-testid="issue-item"
              data-code={issue.code}
            >
              {sheetOf(issue)} · {t(lang, "issueAt", { row: issue.rowIndex + 2 })}
              {issue.rowKey ? ` · ${issue.rowKey}` : ""}
            </Link>
            <Text
              block
              variant="small"
              styles={{ root: { color: issue.severity === "error" ? "var(--cd-error)" : "var(--cd-warning)" } }}
            >
              {issue.message}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
