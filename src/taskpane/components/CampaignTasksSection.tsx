import { Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { Lang, SalespersonTaskCount } from "../../domain";
import { displayDate } from "../dateText";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";

/**
 * The campaign card's open tasks (TK23): per salesperson, how many open tasks of the campaign, the next due date and
 * how many are overdue — from the engine, refreshed as the sheets are checked.
 */
export function CampaignTasksSection({ campaignNo }: { campaignNo: string }) {
  const engine = useEngine();
  const { reconcileCount } = useEngineState();
  const [counts, setCounts] = useState<SalespersonTaskCount[] | null>(null);

  useEffect(() => {
    let live = true;
    void engine.campaignTaskCounts(campaignNo).then((c) => live && setCounts(c));
    return () => {
      live = false;
    };
  }, [campaignNo, reconcileCount, engine]);

  return <CampaignTasksView counts={counts} lang={engine.lang} />;
}

const cell = { root: { minWidth: 64 } };
const overdueCell = { root: { minWidth: 64, color: "var(--cd-error)", fontWeight: 600 } };

/** The open tasks by salesperson (null while they load). */
export function CampaignTasksView({ counts, lang }: { counts: SalespersonTaskCount[] | null; lang: Lang }) {
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid="card-tasks">
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: "8px 0 0", fontWeight: 600 } }}>
        {t(lang, "cardTasksTitle")}
      </Text>
      {counts !== null && counts.length === 0 && <Text variant="small">{t(lang, "cardTasksNone")}</Text>}
      {counts !== null && counts.length > 0 && (
        <Stack role="table" tokens={{ childrenGap: 2 }}>
          <Stack horizontal role="row" tokens={{ childrenGap: 8 }}>
            {(["cardTasksSalesperson", "cardTasksOpen", "cardTasksNext", "cardTasksOverdue"] as const).map((k) => (
              <Text key={k} variant="small" role="columnheader" styles={{ root: { minWidth: 64, fontWeight: 600 } }}>
                {t(lang, k)}
              </Text>
            ))}
          </Stack>
          {counts.map((c) => (
            <Stack
              horizontal
              role="row"
              key={c.salespersonCode}
              tokens={{ childrenGap: 8 }}
              data-testid={`card-tasks-${c.salespersonCode}`}
            >
              <Text variant="small" role="cell" styles={cell}>
                {c.salespersonCode}
              </Text>
              <Text variant="small" role="cell" styles={cell}>
                {c.open}
              </Text>
              <Text variant="small" role="cell" styles={cell}>
                {displayDate(c.nextDate, lang)}
              </Text>
              <Text variant="small" role="cell" styles={c.overdue > 0 ? overdueCell : cell}>
                {c.overdue}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
