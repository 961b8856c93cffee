/** The look the pane's own fields share (SP51, SP54): label, input box, description and error, from the Fluent theme. */
import { mergeStyleSets } from "@fluentui/react";
import type { Theme } from "@fluentui/react";

function build(theme: Theme) {
  const { semanticColors: c, fonts, effects } = theme;
  return mergeStyleSets({
    label: { ...fonts.medium, display: "block", fontWeight: 600, padding: "5px 0", color: c.bodyText },
    required: { color: c.errorText, paddingLeft: 4 },
    box: {
      ...fonts.medium,
      display: "block",
      width: "100%",
      minHeight: 32,
      margin: 0,
      padding: "0 8px",
      boxSizing: "border-box",
      color: c.inputText,
      background: c.inputBackground,
      border: `1px solid ${c.inputBorder}`,
      borderRadius: effects.roundedCorner2,
      selectors: {
        ":hover": { borderColor: c.inputBorderHovered },
        ":focus": { outline: `2px solid ${c.inputFocusBorderAlt}`, outlineOffset: -2 },
        ":disabled": { color: c.disabledText, background: c.disabledBackground, borderColor: c.disabledBackground },
        "&[readonly]": { background: c.bodyStandoutBackground },
        '&[aria-invalid="true"]': { borderColor: c.errorText },
        "::placeholder": { color: c.inputPlaceholderText },
      },
    },
    area: { padding: "6px 8px", resize: "vertical" },
    description: { ...fonts.xSmall, display: "block", color: c.bodySubtext, paddingTop: 2 },
    error: { ...fonts.small, color: c.errorText, margin: 0, paddingTop: 5 },
  });
}

export type FieldClasses = ReturnType<typeof build>;
const byTheme = new WeakMap<Theme, FieldClasses>();

export function fieldClasses(theme: Theme): FieldClasses {
  let classes = byTheme.get(theme);
  if (!classes) byTheme.set(theme, (classes = build(theme)));
  return classes;
}
