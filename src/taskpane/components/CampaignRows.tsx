/**
 * The campaign list's table (SP50): a semantic `<table role="grid">` in place of Fluent's DetailsList, which with
 * GroupedList, List and Selection was a third of the pane's first download. One row is in the tab order; ↑/↓,
 * Home and End move between rows, Enter or Space (or a click) opens the row's card. Colours are the theme's.
 */
import { mergeStyleSets, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import { useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import type { Lang } from "../../domain";
import { campaignWindowText } from "../campaignWindow";
import { t } from "../i18n";

export type CampaignRow = { rowId: string; no: string; description: string; startingDate: string; endingDate: string };

/** Three columns that fit a 320 px pane (PN1): the dates share one column and wrap. */
export function campaignColumns(lang: Lang) {
  return [
    { key: "no", name: t(lang, "fieldNo"), minWidth: 56, maxWidth: 64, text: (c: CampaignRow) => c.no },
    { key: "description", name: t(lang, "fieldDescription"), minWidth: 80, text: (c: CampaignRow) => c.description },
    {
      key: "dates",
      name: t(lang, "fieldDates"),
      minWidth: 90,
      maxWidth: 100,
      text: (c: CampaignRow) => campaignWindowText(lang, c.startingDate, c.endingDate),
    },
  ];
}

function tableStyles(theme: Theme) {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed", ...fonts.small },
    head: {
      textAlign: "left",
      fontWeight: 600,
      padding: "10px 8px",
      color: semanticColors.bodyText,
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
      borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    },
    row: {
      cursor: "pointer",
      color: semanticColors.bodySubtext,
      outline: "none",
      selectors: {
        ":hover": { background: semanticColors.listItemBackgroundHovered },
        ":focus-visible": { outline: `2px solid ${palette.themePrimary}`, outlineOffset: -2 },
        '&[aria-selected="true"]': {
          background: semanticColors.listItemBackgroundChecked,
          color: semanticColors.bodyText,
        },
      },
    },
    cell: { padding: "4px 8px", overflowWrap: "break-word", verticalAlign: "top" },
  });
}

interface Props {
  lang: Lang;
  items: readonly CampaignRow[];
  selectedRowId: string | null;
  onSelect: (rowId: string) => void;
}

/** Where ↑/↓/Home/End move from `index` among `count` rows, or null for another key. */
export function nextRowIndex(key: string, index: number, count: number): number | null {
  if (key === "ArrowDown") return Math.min(count - 1, index + 1);
  if (key === "ArrowUp") return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

/** The list itself: stored campaigns by number, the selected one marked `aria-selected`. */
export function CampaignRows({ lang, items, selectedRowId, onSelect }: Props) {
  const theme = useTheme();
  const css = useMemo(() => tableStyles(theme), [theme]);
  const body = useRef<HTMLTableSectionElement>(null);
  const columns = campaignColumns(lang);
  const focusable = Math.max(
    0,
    items.findIndex((c) => c.rowId === selectedRowId),
  );
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, rowId: string) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(rowId);
      return;
    }
    const next = nextRowIndex(e.key, index, items.length);
    if (next === null) return;
    e.preventDefault();
    (body.current?.rows[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <table className={css.table} role="grid" aria-label={t(lang, "tabCampaigns")} aria-rowcount={items.length + 1}>
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key} className={css.head} scope="col" style={{ width: col.maxWidth }}>
              {col.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map((c, i) => (
          <tr
            key={c.rowId}
            className={css.row}
            tabIndex={i === focusable ? 0 : -1}
            aria-selected={c.rowId === selectedRowId}
            data-rowid={c.rowId}
            onClick={() => onSelect(c.rowId)}
            onKeyDown={(e) => onKeyDown(e, i, c.rowId)}
          >
            {columns.map((col) => (
              <td key={col.key} className={css.cell} role="gridcell">
                {col.text(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
