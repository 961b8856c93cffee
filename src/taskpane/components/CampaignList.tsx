import { Stack, Text } from "@fluentui/react";
import { useMemo } from "react";
import { useEngine, useEngineState, useLiveRows } from "../EngineContext";
import { showsFirstSteps } from "../firstSteps";
import { t } from "../i18n";
import { CampaignFirstSteps } from "./CampaignFirstSteps";
import { CampaignRows } from "./CampaignRows";
import { PrimaryButton } from "./Button";

interface Props {
  selectedRowId: string | null;
  onSelect: (rowId: string | null) => void;
}

/** Stored campaigns (what is valid and persisted), newest numbers last; selecting one opens the card. */
export function CampaignList({ selectedRowId, onSelect }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const campaigns = useLiveRows("campaign");
  const { bindings } = useEngineState();
  const items = useMemo(() => [...campaigns].sort((a, b) => a.no.localeCompare(b.no)), [campaigns]);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {showsFirstSteps(bindings, items.length) && (
        <CampaignFirstSteps firstCampaignNo={items[0]?.no ?? null} onNewCampaign={() => onSelect(null)} />
      )}
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
        <Text data-testid="campaign-count">{items.length}</Text>
        <PrimaryButton
          text={t(lang, "newCampaign")}
          iconProps={{ iconName: "Add" }}
          onClick={() => onSelect(null)}
          data-testid="new-campaign"
        />
      </Stack>
      {items.length === 0 ? (
        <Text>{t(lang, "noCampaigns")}</Text>
      ) : (
        <div
          style={{ maxHeight: 260, overflowY: "auto" }}
          data-testid="campaign-list"
          data-selected={selectedRowId ?? ""}
        >
          <CampaignRows lang={lang} items={items} selectedRowId={selectedRowId} onSelect={onSelect} />
        </div>
      )}
    </Stack>
  );
}
