import { Link, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { Lang } from "../../domain";
import type { Conflict, Resolution, RowIssue } from "../../sync";
import { conflictChoices, conflictGroups, perFieldResolution } from "../conflictChoices";
import type { ConflictGroup } from "../conflictChoices";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";
import { DefaultButton } from "./Button";
import { RadioGroup } from "./RadioGroup";

/** Cards shown at most: thousands of conflicts (two copies' assigned tasks) are decided by their group's buttons. */
const MAX_CARDS = 50;

/**
 * Rows in conflict with another copy or a co-author (rules M3, M7, M8), each with both values and its choices: one
 * click keeps a side, renumbers or deletes; a row with several fields in conflict can be decided field by field.
 * Two or more of a kind on a sheet can be decided all at once (M9).
 */
export function ConflictList() {
  const engine = useEngine();
  const { issues, bindings } = useEngineState();
  const conflicts = issues.filter((i): i is RowIssue & { conflict: Conflict } => i.conflict !== undefined);
  if (conflicts.length === 0) return null;
  const lang = engine.lang;
  const sheetOf = (i: RowIssue) => bindings.find((b) => b.id === i.bindingId)?.sheetName ?? "";
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="conflict-list">
      <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0 } }}>
        {t(lang, "conflictsTitle", { count: conflicts.length })}
      </Text>
      {conflictGroups(conflicts).map((group) => (
        <GroupChoices
          key={`${group.bindingId}-${group.kind}`}
          group={group}
          sheet={sheetOf(group.issues[0]!)}
          lang={lang}
          resolve={(resolution) => {
            // Every row's resolution is set before its sheet's one reconcile runs (the scheduler queues it once).
            for (const issue of group.issues) void engine.resolveConflict(issue, resolution);
          }}
        />
      ))}
      {conflicts.slice(0, MAX_CARDS).map((issue) => (
        <ConflictCard
          key={`${issue.bindingId}-${issue.conflict.rowId}`}
          issue={issue}
          where={`${sheetOf(issue)} · ${t(lang, "issueAt", { row: issue.rowIndex + 2 })}${issue.rowKey ? ` · ${issue.rowKey}` : ""}`}
          lang={lang}
          resolve={(resolution) => void engine.resolveConflict(issue, resolution)}
          select={() => void engine.selectIssue(issue)}
        />
      ))}
      {conflicts.length > MAX_CARDS && (
        <Text variant="small" data-testid="conflict-more">
          {t(lang, "conflictMore", { n: conflicts.length - MAX_CARDS })}
        </Text>
      )}
    </Stack>
  );
}

interface GroupProps {
  group: ConflictGroup;
  sheet: string;
  lang: Lang;
  resolve: (resolution: Resolution) => void;
}

function GroupChoices({ group, sheet, lang, resolve }: GroupProps) {
  const n = group.issues.length;
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="conflict-group" data-kind={group.kind}>
      <Text variant="small">{t(lang, "conflictGroup", { n, sheet })}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {group.choices.map((choice) => (
          <DefaultButton
            key={choice.testId}
            text={t(lang, choice.allText!, { n })}
            onClick={() => resolve(choice.resolution)}
            data-testid={`${choice.testId}-all`}
          />
        ))}
      </Stack>
    </Stack>
  );
}

interface CardProps {
  issue: RowIssue & { conflict: Conflict };
  where: string;
  lang: Lang;
  resolve: (resolution: Resolution) => void;
  select: () => void;
}

function ConflictCard({ issue, where, lang, resolve, select }: CardProps) {
  const { conflict } = issue;
  const [picked, setPicked] = useState<Record<string, "sheet" | "stored">>({});
  const perField = conflict.kind === "fields" && conflict.fields.length > 1;
  return (
    <Stack
      tokens={{ childrenGap: 6 }}
      styles={{ root: { borderLeft: "3px solid var(--cd-error)", paddingLeft: 8 } }}
      data-testid="conflict-card"
      data-kind={conflict.kind}
    >
      <Link onClick={select} aria-label={`${t(lang, "goToCell")}: ${where}`} styles={{ root: { fontWeight: 600 } }}>
        {where}
      </Link>
      <Text variant="small">{issue.message}</Text>
      {conflict.fields.length > 0 && <FieldTable conflict={conflict} lang={lang} />}
      {perField &&
        conflict.fields.map((f) => (
          <RadioGroup
            key={f.field}
            label={t(lang, "conflictChoose", { field: f.caption[lang] })}
            selectedKey={picked[f.field] ?? "sheet"}
            options={[
              { key: "sheet", text: `${t(lang, "conflictHere")}: ${f.sheet}` },
              { key: "stored", text: `${t(lang, "conflictOther")}: ${f.stored}` },
            ]}
            onChange={(option) => setPicked({ ...picked, [f.field]: option.key as "sheet" | "stored" })}
          />
        ))}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {conflictChoices(conflict).map((choice) => (
          <DefaultButton
            key={choice.testId}
            text={t(lang, choice.text, { no: conflict.suggestion ?? "", key: issue.rowKey })}
            onClick={() => resolve(choice.resolution)}
            data-testid={choice.testId}
          />
        ))}
        {perField && (
          <DefaultButton
            text={t(lang, "conflictApplyFields")}
            onClick={() => resolve(perFieldResolution(conflict, picked))}
            data-testid="conflict-apply-fields"
          />
        )}
      </Stack>
    </Stack>
  );
}

/** Both values of each field in conflict, side by side. */
function FieldTable({ conflict, lang }: { conflict: Conflict; lang: Lang }) {
  const cell = { padding: "2px 6px", textAlign: "left" as const, verticalAlign: "top" as const };
  return (
    <table style={{ borderCollapse: "collapse", fontSize: 12 }} data-testid="conflict-fields">
      <thead>
        <tr>
          <th style={cell}>{t(lang, "conflictField")}</th>
          <th style={cell}>{t(lang, "conflictHere")}</th>
          <th style={cell}>{t(lang, "conflictOther")}</th>
        </tr>
      </thead>
      <tbody>
        {conflict.fields.map((f) => (
          <tr key={f.field} data-field={f.field}>
            <td style={cell}>{f.caption[lang]}</td>
            <td style={cell}>{f.sheet}</td>
            <td style={cell}>{f.stored}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
