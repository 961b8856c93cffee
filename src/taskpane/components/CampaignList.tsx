import { Stack, Text } from "@fluentui/react";
import { useEngine, useEngineState, useLiveCampaigns } from "../EngineContext";
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
  const items = useLiveCampaigns();
  const { bindings } = useEngineState();
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
