import { Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { CampaignStatistics } from "../../domain";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";
import { CampaignStatisticsView } from "./CampaignStatisticsView";
import { DateField } from "./DateField";
import { DefaultButton } from "./Button";

/**
 * The campaign card's statistics (CS1–CS7): shown when asked, refreshed as interactions are stored, and written to the
 * campaign's statistics sheet with a native chart so the numbers travel with the workbook.
 */
export function CampaignStatisticsSection({ campaignNo }: { campaignNo: string }) {
  const engine = useEngine();
  const lang = engine.lang;
  const { reconcileCount } = useEngineState();
  const [open, setOpen] = useState(false);
  const [stats, setStats] = useState<CampaignStatistics | null>(null);
  const [written, setWritten] = useState(false);
  // BC's Date Filter: it limits the interaction figures only (CS3).
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");

  useEffect(() => {
    if (!open) return;
    let live = true;
    const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    void engine.campaignStatistics(campaignNo, range).then((s) => live && setStats(s));
    return () => {
      live = false;
    };
  }, [open, campaignNo, reconcileCount, engine, from, to]);

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="card-statistics">
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: "8px 0 0", fontWeight: 600 } }}>
        {t(lang, "statsTitle")}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={t(lang, open ? "statsHide" : "statsShow")}
          onClick={() => setOpen(!open)}
          data-testid="card-statistics-toggle"
        />
        <DefaultButton
          text={t(lang, "statsWriteSheet")}
          onClick={() => void engine.writeStatisticsSheet(campaignNo).then(() => setWritten(true))}
          data-testid="card-statistics-sheet"
        />
      </Stack>
      {written && <Text variant="small">{t(lang, "statsSheetWritten", { campaign: campaignNo })}</Text>}
      {open && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} data-testid="card-statistics-range">
          <DateField
            label={t(lang, "statsFrom")}
            value={from}
            onChange={setFrom}
            errorMessage=""
            lang={lang}
            testId="stats-from"
          />
          <DateField
            label={t(lang, "statsTo")}
            value={to}
            onChange={setTo}
            errorMessage=""
            lang={lang}
            testId="stats-to"
          />
        </Stack>
      )}
      {open && stats && <CampaignStatisticsView stats={stats} lang={lang} />}
    </Stack>
  );
}
