import {
  CheckboxVisibility,
  DetailsList,
  DetailsListLayoutMode,
  PrimaryButton,
  Selection,
  SelectionMode,
  Stack,
  Text,
} from "@fluentui/react";
import type { IColumn } from "@fluentui/react";
import { useMemo } from "react";
import type { Lang } from "../../domain";
import { useEngine, useEngineState, useLiveRows } from "../EngineContext";
import { showsFirstSteps } from "../firstSteps";
import { campaignWindowText } from "../campaignWindow";
import { t } from "../i18n";
import { CampaignFirstSteps } from "./CampaignFirstSteps";

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
  const selection = useMemo(
    () =>
      new Selection({
        onSelectionChanged: () => {
          const picked = selection.getSelection()[0] as { rowId?: string } | undefined;
          onSelect(picked?.rowId ?? null);
        },
        getKey: (item) => (item as { rowId: string }).rowId,
      }),
    // The selection object must live as long as the list; onSelect is stable from the parent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
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
          <CampaignRows lang={lang} items={items} selection={selection} />
        </div>
      )}
    </Stack>
  );
}

type Row = { rowId: string; no: string; description: string; startingDate: string; endingDate: string };

/** The list itself. The selection carries the row keys: DetailsList warns when it also gets `getKey` (PN3). */
export function CampaignRows({ lang, items, selection }: { lang: Lang; items: Row[]; selection: Selection }) {
  return (
    <DetailsList
      items={items}
      columns={campaignColumns(lang)}
      selection={selection}
      selectionMode={SelectionMode.single}
      layoutMode={DetailsListLayoutMode.justified}
      checkboxVisibility={CheckboxVisibility.hidden}
      compact
      setKey="campaigns"
      ariaLabelForGrid={t(lang, "tabCampaigns")}
    />
  );
}

/** Three columns that fit a 320 px pane (PN1): the dates share one column and wrap. */
export function campaignColumns(lang: Lang): IColumn[] {
  return [
    { key: "no", name: t(lang, "fieldNo"), fieldName: "no", minWidth: 56, maxWidth: 70 },
    {
      key: "description",
      name: t(lang, "fieldDescription"),
      fieldName: "description",
      minWidth: 80,
      isMultiline: true,
    },
    {
      key: "dates",
      name: t(lang, "fieldDates"),
      minWidth: 90,
      maxWidth: 110,
      isMultiline: true,
      onRender: (c: { startingDate: string; endingDate: string }) =>
        campaignWindowText(lang, c.startingDate, c.endingDate),
    },
  ];
}
