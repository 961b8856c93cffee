import {
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
import { useEngine, useLiveRows } from "../EngineContext";
import { t } from "../i18n";

interface Props {
  selectedRowId: string | null;
  onSelect: (rowId: string | null) => void;
}

/** Stored campaigns (what is valid and persisted), newest numbers last; selecting one opens the card. */
export function CampaignList({ selectedRowId, onSelect }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const campaigns = useLiveRows("campaign");
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
          <DetailsList
            items={items}
            columns={columns(lang)}
            selection={selection}
            selectionMode={SelectionMode.single}
            layoutMode={DetailsListLayoutMode.justified}
            compact
            setKey="campaigns"
            getKey={(item: { rowId: string }) => item.rowId}
            ariaLabelForGrid={t(lang, "tabCampaigns")}
          />
        </div>
      )}
    </Stack>
  );
}

function columns(lang: Lang): IColumn[] {
  return [
    { key: "no", name: t(lang, "fieldNo"), fieldName: "no", minWidth: 60, maxWidth: 80 },
    {
      key: "description",
      name: t(lang, "fieldDescription"),
      fieldName: "description",
      minWidth: 100,
      isMultiline: false,
    },
    { key: "startingDate", name: t(lang, "fieldStartingDate"), fieldName: "startingDate", minWidth: 75, maxWidth: 85 },
    { key: "endingDate", name: t(lang, "fieldEndingDate"), fieldName: "endingDate", minWidth: 75, maxWidth: 85 },
  ];
}
