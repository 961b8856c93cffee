import { Link, Stack, Text } from "@fluentui/react";
import type { Lang, SegmentHeader } from "../../domain";
import { t } from "../i18n";
import { PrimaryButton } from "./Button";

interface Props {
  lang: Lang;
  segments: readonly SegmentHeader[];
  /** The selected segment's no.; null while a new one is being entered. */
  selectedNo: string | null;
  onSelect: (no: string) => void;
  onNew: () => void;
}

/** Stored segments by no.; each is a link (Tab to it, Enter to open it in the form below). */
export function SegmentList({ lang, segments, selectedNo, onSelect, onNew }: Props) {
  const items = [...segments].sort((a, b) => a.no.localeCompare(b.no));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
        <Text data-testid="segment-count">{items.length}</Text>
        <PrimaryButton
          text={t(lang, "newSegment")}
          iconProps={{ iconName: "Add" }}
          onClick={onNew}
          data-testid="new-segment"
        />
      </Stack>
      {items.length === 0 ? (
        <Text>{t(lang, "noSegments")}</Text>
      ) : (
        <Stack
          as="ul"
          aria-label={t(lang, "tabSegments")}
          styles={{ root: { listStyle: "none", padding: 0, margin: 0, maxHeight: 220, overflowY: "auto" } }}
          data-testid="segment-list"
          data-selected={selectedNo ?? ""}
        >
          {items.map((s) => (
            <li key={s.no} style={{ padding: "3px 0", borderBottom: "1px solid var(--cd-border)" }}>
              <Link
                onClick={() => onSelect(s.no)}
                aria-current={s.no === selectedNo ? "true" : undefined}
                styles={{ root: { fontWeight: s.no === selectedNo ? 600 : 400 } }}
                data-testid="segment-item"
                data-no={s.no}
              >
                {s.no}
                {s.description ? ` – ${s.description}` : ""}
              </Link>
              {s.campaignNo && (
                <Text variant="small" block>
                  {t(lang, "fieldCampaign")} {s.campaignNo}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
