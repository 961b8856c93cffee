import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain";
import type { CampaignTargetGroup } from "../../domain";
import { targetGroupLabel, visibleTargetGroups } from "../activationOutcome";
import { formatCount, t } from "../i18n";

/** Who the campaign's prices and discounts apply to: its target-group rows, the first 200 listed. */
export function TargetGroupList({ lang, rows }: { lang: Lang; rows: readonly CampaignTargetGroup[] | undefined }) {
  const { shown, more } = visibleTargetGroups(rows ?? []);
  return (
    <Stack as="section" tokens={{ childrenGap: 4 }} aria-label={t(lang, "targetGroup")} data-testid="target-group">
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {t(lang, "targetGroup")}:{" "}
        <span data-testid="target-group-count" data-count={rows?.length ?? ""}>
          {rows === undefined ? "–" : formatCount(lang, rows.length)}
        </span>
      </Text>
      {rows?.length === 0 && <Text variant="small">{t(lang, "targetGroupEmpty")}</Text>}
      {shown.length > 0 && (
        <Stack
          as="ul"
          styles={{ root: { listStyle: "none", padding: 0, margin: 0, maxHeight: 200, overflowY: "auto" } }}
          data-testid="target-group-list"
        >
          {shown.map((row) => (
            <li key={`${row.type}-${row.no}`} data-testid="target-group-row">
              <Text variant="small">{targetGroupLabel(lang, row)}</Text>
            </li>
          ))}
        </Stack>
      )}
      {more > 0 && (
        <Text variant="small" data-testid="target-group-more">
          {t(lang, "andMore", { n: formatCount(lang, more) })}
        </Text>
      )}
    </Stack>
  );
}
