/** The tab strip's look (SP53), from the Fluent theme: Pivot's link sizes, an accent underline on the selected tab. */
import { mergeStyleSets } from "@fluentui/react";
import type { Theme } from "@fluentui/react";

function build(theme: Theme) {
  const { semanticColors: c, palette, fonts, effects } = theme;
  const link = {
    ...fonts.medium,
    position: "relative" as const,
    flexShrink: 0,
    height: 44,
    padding: "0 8px",
    margin: 0,
    border: 0,
    background: "transparent",
    color: c.actionLink,
    whiteSpace: "nowrap" as const,
    cursor: "pointer",
    fontWeight: 400,
  };
  return mergeStyleSets({
    root: { position: "relative" },
    strip: { display: "flex", flexWrap: "nowrap", overflow: "hidden", minWidth: 0 },
    tab: {
      ...link,
      selectors: {
        ":hover": { background: c.buttonBackgroundHovered, color: c.actionLinkHovered },
        ":focus": { outline: "none" },
        ":focus-visible": { outline: `2px solid ${c.focusBorder}`, outlineOffset: -2 },
        '&[aria-selected="true"]': { fontWeight: 600, color: c.bodyText },
        '&[aria-selected="true"]::before': {
          content: '""',
          position: "absolute",
          left: 8,
          right: 8,
          bottom: 0,
          height: 2,
          background: palette.themePrimary,
        },
      },
    },
    // Hidden copies of the tabs, measured in their widest (selected) weight.
    measure: { position: "relative", height: 0, overflow: "hidden" },
    measureRow: {
      position: "absolute",
      visibility: "hidden",
      display: "flex",
      selectors: { span: { ...link, fontWeight: 600, display: "inline-flex", alignItems: "center" } },
    },
    menu: {
      position: "absolute",
      right: 0,
      top: 44,
      zIndex: 10,
      minWidth: 140,
      maxWidth: "100%",
      padding: "4px 0",
      display: "flex",
      flexDirection: "column",
      background: c.bodyBackground,
      border: `1px solid ${c.bodyDivider}`,
      borderRadius: effects.roundedCorner2,
      boxShadow: effects.elevation8,
    },
    item: {
      ...fonts.medium,
      height: 36,
      padding: "0 12px",
      border: 0,
      textAlign: "left",
      background: "transparent",
      color: c.bodyText,
      cursor: "pointer",
      selectors: {
        ":hover": { background: c.menuItemBackgroundHovered },
        ":focus": { outline: "none", background: c.menuItemBackgroundHovered },
        ":focus-visible": { outline: `2px solid ${c.focusBorder}`, outlineOffset: -2 },
      },
    },
  });
}

export type TabStripClasses = ReturnType<typeof build>;
const byTheme = new WeakMap<Theme, TabStripClasses>();

export function tabStripClasses(theme: Theme): TabStripClasses {
  let classes = byTheme.get(theme);
  if (!classes) byTheme.set(theme, (classes = build(theme)));
  return classes;
}
